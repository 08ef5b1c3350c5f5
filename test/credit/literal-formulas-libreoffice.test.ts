import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formulaMismatches } from '../support/compare-formulas';
import { readFormulaValues, recalculateXlsxFiles } from '../support/libreoffice/recalculate';
import { columnBelow, makeWorkbook, runThroughFile, type Grid } from '../support/workbooks';
import { reasonOf } from '../support/reason-of';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-literal-'));

/** The formula cell's cached value (the core's), for a column below a header. */
const RATING_HEADERS = ["Principal's credibility", 'Scale and nature', 'Sales ability', 'Operating know-how', 'Capital growth', 'Profit trend',
  'Employee complaints', 'Supplier evaluation', 'Bank credit', 'Peer standing', 'Industry outlook'];
const cached = (values: unknown[]) => values.map((v) => (typeof v === 'object' && v !== null ? (v as { result?: unknown }).result ?? null : v));

describe('recalculated in LibreOffice, the sheet equals the core for inputs a formula could read otherwise', () => {
  test('ratings *, ?, g*, ~ and friends are matched literally: missing, as the core says, never a wildcard hit', async () => {
    const odd = ['*', '?', 'g*', '~', '~*', '?ood', 'g??d', '*優', ' * ', 'good', '優'];
    // One customer per odd rating, rated so in every factor: a wildcard hit would give it 5 (or 4) points a factor.
    const header = ['Customer ID', 'Total assets', 'Total liabilities', ...RATING_HEADERS];
    const rows: Grid = odd.map((rating, i) => [`K${i}`, 100, 30, ...Array.from({ length: 11 }, () => rating)]);
    const sales: Grid = [['Date', 'Customer ID', 'Amount'], ...odd.map((_, i) => [46000 + i, `K${i}`, 1000 * (i + 1)])];
    const { summary, wb, bytes } = await runThroughFile(makeWorkbook([{ name: 'Customers', rows: [header, ...rows] }, { name: 'Sales', rows: sales }]));
    const scores = cached(columnBelow(wb, 'Customers', 'Credit score'));
    // The core: only 'good' (4) and '優' (5) are rating words; the rest are missing and reported by cell.
    expect(scores).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 58, 70]);
    expect(summary.problems.filter((p) => p.code === 'badRating' && p.cell.startsWith('D')).map((p) => p.cell)).toEqual(['D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10']);
    const file = join(dir, 'wildcards.xlsx');
    writeFileSync(file, bytes);
    const [recalculated] = await recalculateXlsxFiles([file]);
    const { compared, mismatches } = formulaMismatches(await readFormulaValues(file, { missingResult: '' }), recalculated!);
    // debt ratio, net-worth cap, 4 ratio points, 11 factor points, management points, score, grade, limit, level; the scorecard's 3 totals
    expect(compared).toBe(odd.length * 22 + 3);
    expect(mismatches).toEqual([]);
  });

  test('figures that overflow (average assets, net worth, a quotient): n/a or a limit of 0 in the sheet as in the core, each reported by cell', async () => {
    const header = ['Customer ID', 'Quick assets', 'Current liabilities', 'Total liabilities', 'Opening total assets', 'Closing total assets', 'Sales revenue', 'Net profit', ...RATING_HEADERS];
    const FIVES = RATING_HEADERS.map(() => 5);
    const rows: Grid = [
      ['K1', 5e6, 1e7, 1e6, 1e308, 1e308, 4e7, 6e6, ...FIVES], // opening + closing overflows: turnover n/a
      ['K2', 5e6, 1e7, -9e307, 1e7, 9e307, 4e7, 6e6, ...FIVES], // closing − liabilities overflows: the net-worth cap, so the limit is 0
      ['K3', 1e308, 1e-300, 1e6, 1e7, 1e7, 4e7, 6e6, ...FIVES], // quick assets / current liabilities overflows: quick ratio n/a
      ['K4', 5e6, 1e7, 1e6, 1e7, 1e7, 4e7, 6e6, ...FIVES], // nothing overflows
    ];
    const sales: Grid = [['Date', 'Customer ID', 'Amount'], ...rows.map((r, i) => [46000 + i, r[0]!, 3_000_000])];
    const { summary, wb, bytes } = await runThroughFile(makeWorkbook([{ name: 'Customers', rows: [header, ...rows] }, { name: 'Sales', rows: sales }]));
    expect(cached(columnBelow(wb, 'Customers', 'Total asset turnover'))).toEqual(['n/a', expect.any(Number), 4, 4]);
    expect(cached(columnBelow(wb, 'Customers', 'Quick ratio'))).toEqual([0.5, 0.5, 'n/a', 0.5]);
    const limits = summary.credit!;
    expect(limits.approvalLevels['No credit (cash or collateral)']).toBe(1); // K2
    expect(cached(columnBelow(wb, 'Customers', 'Recommended limit'))[3]).toBeGreaterThan(0);
    expect(summary.problems.filter((p) => p.code === 'figureOverflow').map((p) => [p.cell, p.args?.result, reasonOf(p)])).toEqual([
      ['E2', 'assetTurnover', '1e+308 is too large to compute the Total asset turnover: it shows n/a and scores 0'],
      ['F3', 'limit', '9e+307 is too large to compute the Recommended limit: no credit is recommended until it is corrected'],
      ['B4', 'quickRatio', '1e+308 is too large to compute the Quick ratio: it shows n/a and scores 0'],
    ]);
    const file = join(dir, 'overflow.xlsx');
    writeFileSync(file, bytes);
    const [recalculated] = await recalculateXlsxFiles([file]);
    const { compared, mismatches } = formulaMismatches(await readFormulaValues(file, { missingResult: '' }), recalculated!);
    // 4 ratios, net-worth cap, 4 ratio points, 11 factor points, management points, score, grade, limit, level; the scorecard's 3 totals
    expect(compared).toBe(rows.length * 25 + 3);
    expect(mismatches).toEqual([]);
  });
});
