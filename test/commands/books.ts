import { createExcelDouble, type DescribedCell, type ExcelDouble } from '../support/excel-double';

export const CUSTOMER_HEADERS = ['Customer ID', 'Customer name', 'Current assets', 'Inventories', 'Current liabilities', 'Total liabilities', 'Closing total assets', 'Sales revenue', 'Net profit'];
/** Column of the first owned column (Net sales) on these customer sheets. */
export const FIRST_OWNED_COL = CUSTOMER_HEADERS.length;

export function customerRows(count: number): DescribedCell[][] {
  const rows: DescribedCell[][] = [CUSTOMER_HEADERS];
  for (let i = 1; i <= count; i++) rows.push([`C${i}`, `Customer ${i}`, 500, 100, 200, 300, 1000, 4000, 600]);
  return rows;
}

export function salesRows(lines: [number, string, number | string][]): DescribedCell[][] {
  return [['Date', 'Customer ID', 'Amount'], ...lines];
}

/** Two customers, three sales lines: a clean run. */
export function smallBook(extraSales: [number, string, number | string][] = []): ExcelDouble {
  return createExcelDouble({
    sheets: [
      { name: 'Customers', rows: customerRows(2) },
      { name: 'Sales', rows: salesRows([[46000, 'C1', 1_200_000], [46100, 'C2', 50_000], ...extraSales]) },
    ],
  });
}

/** `customers` customers with one sale each. */
export function bookWithCustomers(customers: number): ExcelDouble {
  const lines: [number, string, number][] = [];
  for (let i = 1; i <= customers; i++) lines.push([46000, `C${i}`, 1000 + i]);
  return createExcelDouble({ sheets: [{ name: 'Customers', rows: customerRows(customers) }, { name: 'Sales', rows: salesRows(lines) }] });
}

/**
 * Two customers, and a sales sheet whose used range is `salesUsedRows` rows
 * of 3 columns: a note far below the data (a cell in the Amount column), as
 * a workbook someone has worked in has.
 */
export function bookWithSalesUsedRows(salesUsedRows: number): ExcelDouble {
  const book = smallBook();
  book.model.sheet('Sales').put(salesUsedRows - 1, 2, { value: 'checked' });
  return book;
}

/** What a run would have written: the header of the first owned column, and the sheets. */
export function untouched(book: ExcelDouble): { header: unknown; sheets: string[] } {
  return { header: book.model.sheet('Customers').cell(0, FIRST_OWNED_COL)?.value ?? '', sheets: book.model.sheets.map((s) => s.name) };
}
