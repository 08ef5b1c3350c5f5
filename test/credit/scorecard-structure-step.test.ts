import ExcelJS from 'exceljs';
import { DEFAULT_STEPS } from '../../src/app/run-steps';
import { InputError } from '../../src/core/problems';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { changedParts, definedNames, readPackage } from '../support/package-diff';
import { columnBelow, failThroughFile, makeWorkbook, runThroughFile, type Grid } from '../support/workbooks';
import { reasonOf } from '../support/reason-of';

const HEADER = ['Customer ID', 'Current assets', 'Inventories', 'Current liabilities', 'Total liabilities', 'Total assets', 'Sales revenue', 'Net profit', 'Bank credit', 'Payment record', 'Years with us'];
const CUSTOMERS: Grid = [
  ['K1', 200, 50, 100, 40, 100, 500, 80, 5, 4, 'good'],
  ['K2', 150, 50, 100, 60, 100, 300, 30, 3, null, 2],
  ['K3', 90, 10, 100, 80, 100, 200, 5, 'poor', 'excellent', 'fair'],
];
const SALES: Grid = [['Date', 'Customer ID', 'Amount'], [46000, 'K1', 120000], [46001, 'K2', 60000], [46002, 'K3', 24000]];

function book(financials = false): ExcelJS.Workbook {
  const rows = [HEADER, ...CUSTOMERS];
  return makeWorkbook(financials
    ? [{ name: 'Customers', rows: [['Customer ID', 'Customer name'], ['K1', 'Ann'], ['K2', 'Bob'], ['K3', 'Cy']] }, { name: 'Statements', rows }, { name: 'Sales', rows: SALES }]
    : [{ name: 'Customers', rows }, { name: 'Sales', rows: SALES }]);
}

/** The workbook after a first run, with the scorecard cells set as a user types them. */
async function edited(wb: ExcelJS.Workbook, cells: Record<string, ExcelJS.CellValue>): Promise<ExcelJS.Workbook> {
  const { wb: first } = await runThroughFile(wb);
  const sc = first.getWorksheet('Credit Scorecard')!;
  for (const [address, value] of Object.entries(cells)) sc.getCell(address).value = value;
  return first;
}

const formulaOf = (v: unknown) => (v && typeof v === 'object' && 'formula' in v ? (v as { formula: string }).formula : null);
const resultOf = (v: unknown) => (v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v);
const headerCol = (ws: ExcelJS.Worksheet, header: string) => {
  let col = -1;
  ws.getRow(1).eachCell((cell, c) => { if (cell.value === header) col = c; });
  return col;
};

describe('factors of the user\'s own on the scorecard', () => {
  test('each gets a points column after the credit columns, in the outline group, and enters the management points and the not-rated count', async () => {
    const { summary, wb } = await runThroughFile(await edited(book(), { A66: 'Payment record', B66: 10, A67: 'years with us', B67: 5 }));
    const ws = wb.getWorksheet('Customers')!;
    const cap = headerCol(ws, 'Net-worth cap on the limit');
    expect([headerCol(ws, 'Points: Payment record'), headerCol(ws, 'Points: years with us')]).toEqual([cap + 1, cap + 2]);
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names.find((n) => n.name === 'CreditDesk_PointsUser1')?.ranges).toEqual([`Customers!$${ws.getColumn(cap + 1).letter}$1`]);
    expect(names.find((n) => n.name === 'CreditDesk_WeightUser2')?.ranges).toEqual(["'Credit Scorecard'!$B$67"]);
    expect([ws.getColumn(cap + 1).outlineLevel, ws.getColumn(cap + 2).outlineLevel]).toEqual([1, 1]);
    // Rating 4 of weight 10 is 8 points, "good" of weight 5 is 4; K2's blank payment record is missing (n/a).
    expect(columnBelow(wb, 'Customers', 'Points: Payment record').map(resultOf)).toEqual([8, 'n/a', 10]);
    expect(columnBelow(wb, 'Customers', 'Points: years with us').map(resultOf)).toEqual([4, 2, 3]);
    const userCols = `${ws.getColumn(cap + 1).letter}2:${ws.getColumn(cap + 2).letter}2`;
    expect(formulaOf(ws.getCell(2, headerCol(ws, 'Management points')).value)).toMatch(new RegExp(`^SUM\\(.+,${userCols}\\)$`));
    expect(formulaOf(ws.getCell(2, headerCol(ws, 'Credit grade')).value)).toMatch(/,13-COUNT\(.+,[A-Z]+2:[A-Z]+2\)>CreditDesk_MaxMissingRatings\)/);
    expect(formulaOf(ws.getCell(2, cap + 1).value)).toBe(
      'IFERROR(CreditDesk_WeightUser1*LOOKUP(2,1/(CreditDesk_RatingKeys=TRIM(J2)),CreditDesk_RatingValues)/5,"n/a")',
    );
    expect(summary.credit!.missingInputs['rating:Payment record']).toBe(1);
    expect(columnBelow(wb, 'Customers', headerOf(ws, 'Missing inputs'))[1]).toMatch(/Payment record \(up to 10 points\)/);
  });

  test('on a financials sheet, its ratings are looked up by the statement row like the built-in ones', async () => {
    const { wb, bytes } = await runThroughFile(await edited(book(true), { A66: 'Payment record', B66: 10 }));
    const ws = wb.getWorksheet('Customers')!;
    const col = headerCol(ws, 'Points: Payment record');
    const statementRow = ws.getColumn(headerCol(ws, 'Statement row')).letter;
    expect(formulaOf(ws.getCell(2, col).value)).toContain(`TRIM(INDEX(CreditDesk_RatingUser1,$${statementRow}2))`);
    expect(definedNames(readPackage(bytes)).find((n) => n.name === 'CreditDesk_RatingUser1')?.text).toBe('Statements!$J:$J');
    expect(columnBelow(wb, 'Customers', 'Points: Payment record').map(resultOf)).toEqual([8, 'n/a', 10]);
  });

  test('a factor removed from the scorecard leaves its column blank and says so; renamed, its column is renamed', async () => {
    const two = await runThroughFile(await edited(book(), { A66: 'Payment record', B66: 10, A67: 'Years with us', B67: 5 }));
    two.wb.getWorksheet('Credit Scorecard')!.getCell('A66').value = 'Years with us';
    two.wb.getWorksheet('Credit Scorecard')!.getCell('B66').value = 5;
    two.wb.getWorksheet('Credit Scorecard')!.getCell('A67').value = null;
    two.wb.getWorksheet('Credit Scorecard')!.getCell('B67').value = null;
    const { wb } = await runThroughFile(two.wb);
    const ws = wb.getWorksheet('Customers')!;
    const cap = headerCol(ws, 'Net-worth cap on the limit');
    expect([ws.getCell(1, cap + 1).value, ws.getCell(1, cap + 2).value]).toEqual(['Points: Years with us', 'Points: (no longer on the scorecard)']);
    expect(columnBelow(wb, 'Customers', 'Points: (no longer on the scorecard)')).toEqual([null, null, null]);
    expect(columnBelow(wb, 'Customers', 'Points: Years with us').map(resultOf)).toEqual([4, 2, 3]);
  });

  test('a factor whose name no header has, or the header of a column Credit Desk reads, stops the step by its cell; nothing is written', async () => {
    const { error, changed } = await failThroughFile(await edited(book(), { A66: 'Payment history', B66: 10, A67: 'Bank credit', B67: 5 }));
    expect(error).toBeInstanceOf(InputError);
    const refused = error as InputError;
    expect(refused.code).toBe('scorecardInvalid');
    expect(refused.problems.map((p) => [p.cell, p.code])).toEqual([['A67', 'scorecardFactorTwice']]);
    expect(changed).toEqual([]);
    const other = (await failThroughFile(await edited(book(), { A66: 'Payment history', B66: 10, A67: 'Customer ID', B67: 5 }))).error as InputError;
    expect(other.problems.map((p) => [p.sheet, p.cell, p.code, reasonOf(p)])).toEqual([
      ['Credit Scorecard', 'A66', 'scorecardFactorNoColumn', 'factor "Payment history": no column of sheet “Customers” has this header (its ratings are read from that column)'],
      ['Credit Scorecard', 'A67', 'scorecardFactorColumnTaken', 'factor "Customer ID": column A of sheet “Customers” is one Credit Desk already reads or writes'],
    ]);
  });
});

/** The header of an owned column whose label starts with `start` (dated headers carry the run's date). */
function headerOf(ws: ExcelJS.Worksheet, start: string): string {
  let found = '';
  ws.getRow(1).eachCell((cell) => { if (typeof cell.value === 'string' && cell.value.startsWith(start)) found = cell.value; });
  return found;
}

describe('grades of the user\'s', () => {
  test('named, and as many as set, they flow to the grade column, the summary and the forms choice', async () => {
    // Six grades: AAA-C renamed, and one more below; every customer graded (they have one rating of the eleven).
    const wb = await edited(book(), { A111: 'Prime', A112: 'Strong', A113: 'Sound', A114: 'Fair', A115: 'Weak', B115: 20, A116: 'Cash only', B116: 0, C116: 0, B138: 11 });
    const { summary, wb: out } = await runThroughFile(wb, {
      steps: [...DEFAULT_STEPS, 'forms'], options: defaultTierOptions(),
      forms: { selection: { kind: 'grade', grade: 'cash ONLY' }, batch: true, now: new Date(2026, 10, 22, 9, 30) },
    });
    expect(summary.credit!.gradeNames).toEqual(['Prime', 'Strong', 'Sound', 'Fair', 'Weak', 'Cash only']);
    const grades = columnBelow(out, 'Customers', 'Credit grade').map(resultOf);
    expect(Object.keys(summary.credit!.grades).sort()).toEqual([...summary.credit!.gradeNames, 'notRated'].sort());
    for (const g of summary.credit!.gradeNames) expect([g, summary.credit!.grades[g]]).toEqual([g, grades.filter((x) => x === g).length]);
    expect(grades).toEqual(['Weak', 'Weak', 'Cash only']);
    expect(summary.forms!.sheets.flatMap((s) => s.customers)).toEqual(
      [...new Set(grades.flatMap((g, i) => (g === 'Cash only' ? [`K${i + 1}`] : [])))].flatMap((k) => [k, k]),
    );
  });

  test('a grade the scorecard lacks is refused with its grades; nothing is written', async () => {
    const first = await runThroughFile(book());
    const { error, changed } = await failThroughFile(first.bytes, {
      steps: [...DEFAULT_STEPS, 'forms'], options: defaultTierOptions(),
      forms: { selection: { kind: 'grade', grade: 'Prime' }, batch: true, now: new Date(2026, 10, 22, 9, 30) },
    });
    expect([(error as InputError).code, (error as InputError).args]).toEqual(['unknownGrade', { grade: 'Prime', grades: 'AAA, AA, A, B, C' }]);
    expect(changed).toEqual([]);
    expect(changedParts(first.bytes, (await runThroughFile(first.bytes)).bytes)).toEqual([]);
  });
});
