import { DEFAULT_STEPS, runSteps } from '../../src/app/run-steps';
import type { WriteOp } from '../../src/core/plan/write-ops';
import { InputError } from '../../src/core/problems';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { createOfficePort } from '../../src/ports/office/office-port';
import { shiftRows } from '../support/excel-double/calculated-columns';
import { createExcelDouble, formulaAt, type DescribedCell, type ExcelDouble } from '../support/excel-double';

const customers: DescribedCell[][] = [
  ['Customer ID', 'Customer name', 'Current assets', 'Inventories', 'Current liabilities', 'Total liabilities', 'Total assets', 'Sales revenue', 'Net profit', 'Bank credit'],
  ['C1', 'Ann', 500, 100, 200, 300, 1000, 4000, 600, 'good'],
  ['C2', 'Bob', null, 10, 0, 900, 800, 100, -5, 9],
  ['C3', 'Cid', 50, 10, 20, 10, 100, 500, 50, 3],
  ['C4', 'Dee', 70, 5, 30, 40, 200, 900, 90, 5],
];
const sales: DescribedCell[][] = [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 1_200_000], [46100, 'C2', 50_000], [46200, 'C3', 3_000_000], [46210, 'C4', 90_000]];

function tableBook(): ExcelDouble {
  return createExcelDouble({
    sheets: [{ name: 'Customers', rows: customers }, { name: 'Sales', rows: sales }],
    tables: [{ name: 'Clients', sheet: 'Customers', row: 0, col: 0, rows: customers.length, cols: customers[0]!.length }],
  });
}

describe("Excel's calculated columns, as the double models them", () => {
  test('relative rows move, absolute rows, names, strings and functions such as LOG10( stay', () => {
    expect(shiftRows('IF(ISNUMBER(A5),$B$2+C5,"A5")+LOG10(A5)+CreditDesk_W1*Z$3+Fin!$C7', 2))
      .toBe('IF(ISNUMBER(A7),$B$2+C7,"A5")+LOG10(A7)+CreditDesk_W1*Z$3+Fin!$C9');
  });

  test('a formula written into a table column is copied into every row, replacing the rows written otherwise', async () => {
    const book = tableBook();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').getRange('C2:C4').formulas = [['=A2&"x"'], ['=1'], ['=B4']];
      await context.sync();
    });
    expect([1, 2, 3, 4].map((r) => formulaAt(book, 'Customers', r, 2))).toEqual(['=A2&"x"', '=A3&"x"', '=A4&"x"', '=A5&"x"']);
  });
});

describe('the Office port reads its formulas back after writing', () => {
  const write = (formulas: string[]): WriteOp[] => [{
    op: 'values', sheet: 'Customers', row: 1, col: 2, values: formulas.map((formula) => [{ formula, value: 0 }]),
  }];

  test('a column whose rows differ in shape, changed by the fill, stops the run naming the first changed cell', async () => {
    const book = tableBook();
    const error = await book.run((context) => createOfficePort(context).apply(write(['=A2*2', '=A3+1', '=A4*2', '=A5*2']))).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'formulaChanged', args: { sheet: 'Customers', cell: 'C3' } });
  });

  test('one formula for every row (in R1C1 terms) comes back unchanged', async () => {
    const book = tableBook();
    await book.run((context) => createOfficePort(context).apply(write(['=A2*2', '=A3*2', '=A4*2', '=A5*2'])));
    expect([1, 2, 3, 4].map((r) => formulaAt(book, 'Customers', r, 2))).toEqual(['=A2*2', '=A3*2', '=A4*2', '=A5*2']);
  });

  test('tiers and credit on a customer table: every owned formula column is one formula for all rows, so the fill changes nothing', async () => {
    const book = tableBook();
    const summary = await book.run((context) => runSteps(createOfficePort(context), { steps: DEFAULT_STEPS, options: defaultTierOptions() }));
    expect(summary.customers).toBe(4);
    let formulaColumns = 0;
    for (let c = customers[0]!.length; c < customers[0]!.length + 40; c++) {
      const first = formulaAt(book, 'Customers', 1, c);
      if (first === undefined) continue;
      formulaColumns++;
      for (let r = 2; r <= 4; r++) expect([c, r, formulaAt(book, 'Customers', r, c)]).toEqual([c, r, `=${shiftRows(first.slice(1), r - 1)}`]);
    }
    expect(formulaColumns).toBeGreaterThanOrEqual(10);
  });
});
