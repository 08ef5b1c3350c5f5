import type ExcelJS from 'exceljs';
import type { StepsRequest } from '../../src/app/run-steps';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { makeWorkbook, runThroughFile, type Grid } from '../support/workbooks';

const HEADER = ['Customer ID', 'Customer name', 'Bank credit', 'Payment record', 'Years with us'];
const RATINGS: Grid = [['K1', 'Ann', 5, 4, 'good'], ['K2', 'Bob', 3, null, 2]];
const SALES: Grid = [['Date', 'Customer ID', 'Amount'], [46000, 'K1', 120000], [46001, 'K2', 60000]];

/** Ratings on the customer sheet, or on a financials sheet keyed by customer (rows in another order). */
function book(financials: boolean): ExcelJS.Workbook {
  return makeWorkbook(financials
    ? [
      { name: 'Customers', rows: [['Customer ID', 'Customer name'], ['K1', 'Ann'], ['K2', 'Bob']] },
      { name: 'Statements', rows: [['Customer ID', 'Bank credit', 'Payment record', 'Years with us'], ...[...RATINGS].reverse().map(([id, , ...r]) => [id, ...r])] },
      { name: 'Sales', rows: SALES },
    ]
    : [{ name: 'Customers', rows: [HEADER, ...RATINGS] }, { name: 'Sales', rows: SALES }]);
}

const surveys: StepsRequest = {
  steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(),
  forms: { selection: { kind: 'all' }, batch: false, kinds: ['survey'], now: new Date(2026, 10, 22, 9, 30) },
};

/** Each factor row of a survey sheet: its name (column A) and the rating ticked in D–H (5 to 1). */
function ticks(ws: ExcelJS.Worksheet, names: string[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  ws.eachRow((row) => {
    const name = row.getCell(1).value;
    if (typeof name !== 'string' || !names.includes(name)) return;
    const ticked = [5, 4, 3, 2, 1].filter((v) => row.getCell(4 + (5 - v)).value === '✓');
    out[name] = ticked.length === 0 ? null : ticked.length === 1 ? ticked[0]! : NaN;
  });
  return out;
}

describe.each([false, true])('survey forms of a workbook with factors of the user\'s own (financials sheet: %p)', (financials) => {
  test('tick each factor\'s rating as the credit step read it, a zero weight too, beside the built-in ones', async () => {
    const first = await runThroughFile(book(financials));
    const sc = first.wb.getWorksheet('Credit Scorecard')!;
    sc.getCell('A66').value = 'Payment record';
    sc.getCell('B66').value = 10;
    // Weight 0: it scores nothing, so its points do not tell its rating; the form still ticks it.
    sc.getCell('A67').value = 'years with us';
    sc.getCell('B67').value = 0;
    const { summary, wb } = await runThroughFile(first.wb, surveys);
    const sheets = summary.forms!.sheets.map((s) => wb.getWorksheet(s.name)!);
    expect(sheets.map((ws) => ticks(ws, ['Bank credit', 'Payment record', 'years with us']))).toEqual([
      { 'Bank credit': 5, 'Payment record': 4, 'years with us': 4 },
      { 'Bank credit': 3, 'Payment record': null, 'years with us': 2 },
    ]);
  });
});
