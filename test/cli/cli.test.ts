import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeWorkbook } from '../support/workbooks';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'credit-desk.js');
const dir = mkdtempSync(join(tmpdir(), 'credit-desk-cli-'));

function cli(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
}

beforeAll(async () => {
  const wb = makeWorkbook([
    { name: 'Customers', rows: [['客戶編號', '客戶名稱'], ['C1', '甲'], ['C2', '乙'], ['C3', '丙']] },
    { name: 'Sales', rows: [['日期', '客戶編號', '金額'], [45000, 'C1', 900], [45001, 'C2', 100], [45002, 'C2', 'abc']] },
  ]);
  await wb.xlsx.writeFile(join(dir, 'in.xlsx'));
  const ambiguous = makeWorkbook([{ name: 'S', rows: [['Customer', 'Amount', 'Sales'], ['a', 1, 2]] }]);
  await ambiguous.xlsx.writeFile(join(dir, 'ambiguous.xlsx'));
  const blank = makeWorkbook([{ name: 'Sales', rows: [['Customer ID', 'Amount'], ['C1', 1_234_567.5], ['C1', null]] }]);
  await blank.xlsx.writeFile(join(dir, 'blank.xlsx'));
});

describe('credit-desk run', () => {
  test('--json prints the run summary as one JSON object on the last line', () => {
    const r = cli('run', join(dir, 'in.xlsx'), '-o', join(dir, 'out.xlsx'), '--json');
    expect(r.status).toBe(0);
    const last = r.stdout.trim().split('\n').pop()!;
    const json = JSON.parse(last);
    expect(json).toMatchObject({
      customers: 3,
      tiers: { A: 1, B: 1, C: 0, D: 1 },
      salesByTier: { A: 900, B: 100, C: 0, D: 0 },
      rowsRead: 3,
      rowsSkipped: 1,
      problems: [{ sheet: 'Sales', cell: 'C4', reason: 'amount is not a number: "abc"' }],
    });
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(true);
  });

  test('refuses to replace an existing output file without --overwrite', () => {
    const out = join(dir, 'exists.xlsx');
    expect(cli('run', join(dir, 'in.xlsx'), '-o', out).status).toBe(0);
    const r = cli('run', join(dir, 'in.xlsx'), '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/already exists: choose another output file, or add --overwrite/);
    expect(cli('run', join(dir, 'in.xlsx'), '-o', out, '--overwrite').status).toBe(0);
  });

  test('a missing file exits non-zero with a message', () => {
    const r = cli('run', join(dir, 'nope.xlsx'), '-o', join(dir, 'x.xlsx'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Cannot open .*nope\.xlsx/);
  });

  test('ambiguous columns exit non-zero, list the candidates and the flag to use', () => {
    const r = cli('run', join(dir, 'ambiguous.xlsx'), '-o', join(dir, 'a.xlsx'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('credit-desk: Sheet “S” has 2 columns for “Amount”: B (Amount), C (Sales). Choose one with --sales-amount <column>.\n');
    const chosen = cli('run', join(dir, 'ambiguous.xlsx'), '-o', join(dir, 'a.xlsx'), '--sales-amount', 'C', '--json');
    expect(chosen.status).toBe(0);
    expect(JSON.parse(chosen.stdout.trim().split('\n').pop()!).salesByTier.A).toBe(2);
  });

  test('bad flags are usage errors', () => {
    expect(cli('run', join(dir, 'in.xlsx'), '-o', join(dir, 'b.xlsx'), '--mode', 'weird').status).toBe(2);
    expect(cli('run', join(dir, 'in.xlsx'), '-o', join(dir, 'b.xlsx'), '--thresholds', '95,80').stderr).toMatch(/0 < A < B ≤ 100, not 95 and 80\. --thresholds takes two percentages/);
    expect(cli('frobnicate').status).toBe(2);
    const misspelt = cli('run', join(dir, 'in.xlsx'), '-o', join(dir, 'b.xlsx'), '--customer-column', 'totalAsets=M');
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toMatch(/"totalAsets" is not a column role/);
    expect(cli('run', join(dir, 'in.xlsx'), '-o', join(dir, 'r.xlsx'), '--customer-column', 'rating:bankCredit=B').status).toBe(0);
  });

  test('--form-types makes only the forms it names; an unknown form type is a usage error', () => {
    const r = cli('run', join(dir, 'in.xlsx'), '-o', join(dir, 'f.xlsx'), '--forms', 'all', '--batch', '--form-types', 'authorization', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!).sheets.map((s: { form: string }) => s.form)).toEqual(['authorization']);
    const bad = cli('run', join(dir, 'in.xlsx'), '-o', join(dir, 'g.xlsx'), '--forms', 'all', '--form-types', 'survey,invoice');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--form-types takes survey, authorization or both/);
  });

  test('the head-count mode and a period are taken from flags', () => {
    const r = cli('run', join(dir, 'in.xlsx'), '-o', join(dir, 'h.xlsx'), '--overwrite', '--mode', 'headcount', '--from', '2023-03-15', '--to', '2023-03-15', '--json');
    expect(r.status).toBe(0);
    // serial 45001 is 2023-03-15: only C2's 100 is in the period
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!).tiers).toEqual({ A: 1, B: 0, C: 0, D: 2 });
  });

  test('a period that ends before it starts is refused before any work, in the dictionary\'s words', () => {
    const out = join(dir, 'reversed.xlsx');
    const r = cli('run', join(dir, 'in.xlsx'), '-o', out, '--from', '2026-12-01', '--to', '2026-01-01', '--steps', 'tiers');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('credit-desk: The period ends before it starts: from 2026-12-01 to 2026-01-01. Give --to a date on or after --from.\n');
    expect(existsSync(out)).toBe(false);
  });

  test('--lang takes the regional tags (zh-CN makes Simplified Chinese forms) and is checked whatever the steps', () => {
    const r = cli('run', join(dir, 'in.xlsx'), '-o', join(dir, 'lang.xlsx'), '--overwrite', '--forms', 'all', '--batch', '--form-types', 'survey', '--lang', 'zh-CN', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!).sheets.map((s: { name: string }) => s.name)).toEqual([expect.stringContaining('调查表')]);
    const wrong = cli('run', join(dir, 'in.xlsx'), '-o', join(dir, 'lang-wrong.xlsx'), '--steps', 'tiers', '--lang', 'fr');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--lang is zh-Hant, zh-Hans or en (or a tag such as zh-TW, zh-HK, zh-CN, zh-SG), not "fr".');
  });

  test('the text summary names a blank amount as blank, and prints amounts with separators', () => {
    const r = cli('run', join(dir, 'blank.xlsx'), '-o', join(dir, 'blank-out.xlsx'), '--steps', 'tiers');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  Sales!B3: amount is blank: the row is left out of the totals\n');
    expect(r.stdout).toMatch(/\nA +1 +1,234,567.5 +100\.0%\n/);
  });

  test('npx resolves the credit-desk bin of this package', () => {
    const out = execFileSync('npx', ['--no-install', 'credit-desk', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/Usage: credit-desk run/);
  });
});

describe('credit-desk run with the credit step', () => {
  test('--json gains grades, missingInputs, recommendedLimitTotal and approvalLevels', () => {
    const r = cli('run', join(dir, 'in.xlsx'), '-o', join(dir, 'credit.xlsx'), '--overwrite', '--steps', 'credit', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout.trim().split('\n').pop()!);
    // No statement figures or ratings at all: not rated (a survey is needed), counted apart from grade C.
    expect(json.grades).toEqual({ AAA: 0, AA: 0, A: 0, B: 0, C: 0, notRated: 3 });
    expect(json.recommendedLimitTotal).toBe(0);
    // The workbook is in Traditional Chinese: its level column's words are named as the pane names them, in English.
    expect(json.approvalLevels).toEqual({ 'Survey needed': 3 });
    expect(r.stdout).toContain('Approval levels: Survey needed 3');
    expect(json.missingInputs).toMatchObject({ quickRatio: 3, 'rating:bankCredit': 3 });
    expect(json.customers).toBe(3);
    expect(r.stdout).toMatch(/Credit \(scorecard: 信用評分表, created with the default rules/);
  });

  test('--steps tiers leaves the credit step out', () => {
    const r = cli('run', join(dir, 'in.xlsx'), '-o', join(dir, 'tiers-only.xlsx'), '--overwrite', '--steps', 'tiers', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!).grades).toBeUndefined();
  });
});

describe('the output keeps the input workbook kind', () => {
  test('a macro-enabled workbook must be written as .xlsm, and is, with its macro part carried through', async () => {
    const { unzipSync, zipSync, strToU8, strFromU8 } = await import('fflate');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const parts = unzipSync(readFileSync(join(dir, 'in.xlsx')));
    parts['[Content_Types].xml'] = strToU8(strFromU8(parts['[Content_Types].xml']!)
      .replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml'));
    parts['xl/vbaProject.bin'] = strToU8('not really VBA, but a part the run does not own');
    writeFileSync(join(dir, 'macros.xlsm'), zipSync(parts));
    const refused = cli('run', join(dir, 'macros.xlsm'), '-o', join(dir, 'macros-out.xlsx'));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('The input is an .xlsm workbook, so the output must end in .xlsm too');
    expect(existsSync(join(dir, 'macros-out.xlsx'))).toBe(false);
    const ok = cli('run', join(dir, 'macros.xlsm'), '-o', join(dir, 'macros-out.xlsm'));
    expect(ok.status).toBe(0);
    expect(strFromU8(unzipSync(readFileSync(join(dir, 'macros-out.xlsm')))['xl/vbaProject.bin']!)).toBe('not really VBA, but a part the run does not own');
  });
});
