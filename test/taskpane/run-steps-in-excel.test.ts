import { runStepsInExcel } from '../../src/taskpane/excel/run-steps-in-excel';
import type { Progress } from '../../src/core/run-summary';
import { createExcelDouble, sheetNames, type DescribedCell, type ExcelDouble } from '../support/excel-double';

const customers: DescribedCell[][] = [
  ['Customer ID', 'Customer name', 'Current assets', 'Inventories', 'Current liabilities', 'Total liabilities', 'Closing total assets', 'Sales revenue', 'Net profit'],
  ['C1', 'Ann', 500, 100, 200, 300, 1000, 4000, 600],
  ['C2', 'Bob', 80, 10, 100, 900, 800, 100, -5],
];
const sales: DescribedCell[][] = [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 1_200_000], [46100, 'C2', 50_000]];

/** The pane's Excel module runs against the double, as Excel.run would in the add-in. */
function useBook(): ExcelDouble {
  const book = createExcelDouble({ sheets: [{ name: 'Customers', rows: customers }, { name: 'Sales', rows: sales }] });
  (globalThis as { Excel?: unknown }).Excel = { run: book.run.bind(book) };
  // A host with the page layout API (ExcelApi 1.9).
  (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: () => true } } };
  return book;
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
});

describe('runStepsInExcel', () => {
  it('tiers only, without a scorecard, when asked for the tiers', async () => {
    const book = useBook();
    const progress: Progress[] = [];
    const summary = await runStepsInExcel(['tiers'], (p) => progress.push(p));
    expect(summary.customers).toBe(2);
    expect(summary.credit).toBeUndefined();
    expect(sheetNames(book)).toEqual(['Customers', 'Sales']);
    expect(progress.at(-1)).toEqual({ stage: 'Done', fraction: 1 });
  });

  it('tiers and scores credit, creating the scorecard, when asked for both', async () => {
    const book = useBook();
    const summary = await runStepsInExcel(['tiers', 'credit']);
    expect(summary.credit).toMatchObject({ scorecardCreated: true, financialsSheet: 'Customers' });
    expect(Object.values(summary.credit?.grades ?? {}).reduce((a, b) => a + b, 0)).toBe(2);
    expect(sheetNames(book)).toContain(summary.credit?.scorecardSheet);
  });
});
