import type { CellValue } from '../../src/core/cells/cell';
import type { SalesColumns } from '../../src/core/tiers/net-sales';
import type { CustomerColumns } from '../../src/core/tiers/match-customers';

/** A deterministic workbook's worth of columns: Pareto-like sales over `customers` keys. */
export function benchColumns(customers: number, salesRows: number): { customers: CustomerColumns; sales: SalesColumns } {
  const keys: CellValue[] = Array.from({ length: customers }, (_, i) => `C${String(i).padStart(6, '0')}`);
  const key: CellValue[] = new Array(salesRows);
  const amount: CellValue[] = new Array(salesRows);
  const date: CellValue[] = new Array(salesRows);
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < salesRows; i++) {
    key[i] = keys[Math.floor(customers * rand() ** 3)]!;
    amount[i] = Math.round(rand() * 100000) / 100;
    date[i] = 45000 + (i % 730);
  }
  return {
    customers: { sheet: 'Customers', firstRow: 1, key: { col: 0, values: keys } },
    sales: { sheet: 'Sales', firstRow: 1, key: { col: 1, values: key }, amount: { col: 2, values: amount }, date: { col: 0, values: date } },
  };
}
