import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FACTORS } from '../../src/core/columns/roles';
import { INPUT_HEADER } from '../../src/core/credit/input-needs';
import { label } from '../../src/core/i18n/labels';
import { changedParts } from '../support/package-diff';
import { makeWorkbook, readBack } from '../support/workbooks';

const BIN = join(__dirname, '..', '..', 'bin', 'credit-desk.js');
const dir = mkdtempSync(join(tmpdir(), 'credit-desk-cli-inputs-'));
const IN = join(dir, 'in.xlsx');

function cli(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
}

beforeAll(async () => {
  const wb = makeWorkbook([
    { name: '客戶資料', rows: [['客戶編號', '客戶名稱', '速動資產', '流動負債'], ['C1', '甲', 10, 5], ['C2', '乙', 20, 8]] },
    { name: '銷售', rows: [['日期', '客戶編號', '金額'], [45000, 'C1', 900], [45001, 'C2', 100]] },
  ]);
  await wb.xlsx.writeFile(IN);
});

describe('credit-desk run --add-input-columns', () => {
  test('adds the missing columns, a line each, writes the output and exits 0', async () => {
    const out = join(dir, 'out.xlsx');
    const r = cli('run', IN, '-o', out, '--add-input-columns');
    expect(r.stderr).toBe(`credit-desk: [90%] Writing '${out}'\n`);
    expect(r.status).toBe(0);
    const added = r.stdout.split('\n').filter((line) => line.startsWith('Added column '));
    const headers = ['負債總額', '資產總額', '期初資產總額', '銷售收入', '淨利潤', ...FACTORS.map((f) => label(INPUT_HEADER[`rating:${f}`], 'zh-Hant'))];
    expect(added).toHaveLength(headers.length);
    expect(added[0]).toBe(`Added column E "負債總額" (totalLiabilities) to '客戶資料'`);
    expect(r.stdout).toContain("Made the scorecard '信用評分表' with the default rules");
    expect(r.stdout).toContain(`Written: ${out}`);
    const ws = (await readBack(new Uint8Array(readFileSync(out)))).getWorksheet('客戶資料')!;
    headers.forEach((h, i) => expect(ws.getCell(1, 5 + i).value).toBe(h));
    // Tiers and credit did not run: no tier column.
    expect(ws.getRow(1).cellCount).toBe(4 + headers.length);
  });

  test('--json gives the columns as the last line; a second run adds nothing and writes the file as it was', () => {
    const first = join(dir, 'first.xlsx');
    const r = cli('run', IN, '-o', first, '--add-input-columns', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(json.output).toBe(first);
    expect(json.inputColumns).toMatchObject({ sheet: '客戶資料', table: null, scorecard: { sheet: '信用評分表', created: true } });
    expect(json.inputColumns.columns[0]).toEqual({ role: 'totalLiabilities', letter: 'E', header: '負債總額' });
    const second = join(dir, 'second.xlsx');
    const again = cli('run', first, '-o', second, '--add-input-columns');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("No input column is missing on '客戶資料': nothing was added.");
    expect(changedParts(first, second)).toEqual([]);
  });

  test('runs alone: with --steps or --forms it is wrong usage (exit 2)', () => {
    const r = cli('run', IN, '-o', join(dir, 'x.xlsx'), '--add-input-columns', '--steps', 'tiers');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--add-input-columns runs alone/);
  });

  test('refuses a column holding the user’s data by cell (exit 1), writing no output', async () => {
    const wb = makeWorkbook([
      { name: 'Customers', rows: [['Customer ID', 'Quick assets', null], ['C1', 1, 'keep me']] },
      { name: 'Sales', rows: [['Customer ID', 'Amount'], ['C1', 5]] },
    ]);
    const blocked = join(dir, 'blocked.xlsx');
    await wb.xlsx.writeFile(blocked);
    const out = join(dir, 'blocked-out.xlsx');
    const r = cli('run', blocked, '-o', out, '--add-input-columns');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('column C of sheet “Customers” for “Current liabilities”, but cell C2 of that column holds your data ("keep me").');
    expect(() => readFileSync(out)).toThrow(/ENOENT/);
  });
});
