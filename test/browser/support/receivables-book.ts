import { makeWorkbook, type Grid } from '../../support/workbooks';

/** The as-of date the receivables book is built around (the Credit control section's date field takes it as typed). */
export const BOOK_AS_OF = '2025-12-31';

/**
 * A workbook for the Credit control section: 30 customers with approved
 * limits (some tight, so they go over), a year of sales, and a receivables
 * sheet with open, overdue, long-overdue and paid invoices, a credit note,
 * an invoice dated after the as-of date and one of a customer not on the
 * customer sheet. Long trading names, to try a narrow pane.
 */
export async function receivablesBook(): Promise<Buffer> {
  const ids = Array.from({ length: 30 }, (_, i) => `C${String(i + 1).padStart(3, '0')}`);
  const customers: Grid = [
    ['Customer ID', 'Customer name', 'Approved credit limit'],
    ...ids.map((id, i) => [id, `Customer number ${i + 1} with a long trading name`, i % 3 === 0 ? 20_000 : 500_000]),
  ];
  const sales: Grid = [
    ['Date', 'Customer ID', 'Amount'],
    ...ids.flatMap((id, i) => [[new Date(Date.UTC(2025, i % 12, 5)), id, 10_000 * (30 - i)], [new Date(Date.UTC(2025, 10, 9)), id, 2_500]]),
  ];
  const day = (m: number, d: number) => new Date(Date.UTC(2025, m - 1, d));
  const receivables: Grid = [['Customer ID', 'Invoice no', 'Invoice date', 'Due date', 'Amount', 'Open amount']];
  ids.forEach((id, i) => {
    // Half of them not yet due on the as-of date, half some days past due.
    receivables.push([id, `INV-${i}-1`, day(11, 20), i % 2 === 0 ? day(12, 20) : new Date(Date.UTC(2026, 0, 20)), 30_000, 30_000]);
    receivables.push([id, `INV-${i}-2`, day(12, 10), new Date(Date.UTC(2026, 0, 10)), 8_000, 0]);
    // Every fourth customer owes an invoice long past due: held.
    if (i % 4 === 0) receivables.push([id, `INV-${i}-3`, day(6, 1), day(7, 1), 12_000, 12_000]);
  });
  receivables.push([ids[1]!, 'CN-1', day(12, 1), day(12, 1), -5_000, -5_000]);
  receivables.push([ids[2]!, 'INV-LATE', new Date(Date.UTC(2026, 0, 15)), new Date(Date.UTC(2026, 1, 15)), 9_000, 9_000]);
  receivables.push(['X999', 'INV-X', day(10, 1), day(11, 1), 4_000, 4_000]);
  const wb = makeWorkbook([
    { name: 'Customers', rows: customers },
    { name: 'Sales', rows: sales },
    { name: 'Receivables', rows: receivables },
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
