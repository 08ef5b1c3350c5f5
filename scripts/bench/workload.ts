// The in-memory workload of npm run bench, drawn with the project's sound
// generator (mulberry32, scripts/sample/prng.ts). The generator it replaced
// (seed * 1103515245 + 12345 in doubles) lost its low bits once the product
// passed 2^53 and fell into short cycles: its "1,000,000 rows over 50,000
// customers" had sales for 5,947 customers and 7,619 distinct amounts, and its
// 50,000 statement rows only 776 distinct rows.
import type { CellValue } from '../../src/core/cells/cell';
import { FACTORS } from '../../src/core/columns/roles';
import type { CustomerColumns } from '../../src/core/tiers/match-customers';
import type { SalesColumns } from '../../src/core/tiers/net-sales';
import { Rng } from '../sample/prng';

const FIGURE_HEADERS = ['Current assets', 'Inventories', 'Current liabilities', 'Total liabilities', 'Opening total assets', 'Closing total assets', 'Sales revenue', 'Net profit'];
const RATING_TEXT = ["Principal's credibility", 'Scale and nature', 'Sales ability', 'Operating know-how', 'Capital growth', 'Profit trend', 'Employee complaints', 'Supplier evaluation', 'Bank credit', 'Peer standing', 'Industry outlook'];

export interface BenchData {
  customers: CustomerColumns;
  sales: SalesColumns;
}

/**
 * Pareto-like sales over `customers` keys: each row's customer is
 * floor(customers × u³) (u uniform), so low indexes buy most, and yet, with
 * 1,000,000 rows over 50,000 customers, all but a handful have sales; amounts
 * are whole cents in [0, 1000]; dates cycle over the two years up to
 * LAST_SALES_DAY, the control workload's as-of date (so that the 90 days of
 * sales DSO is worked out over are there).
 */
/** 2026-06-30, as CONTROL_AS_OF in control-workload.ts. */
export const LAST_SALES_DAY = 46203;

export function benchColumns(customers: number, salesRows: number, seed = 42): BenchData {
  const rng = new Rng(seed);
  const keys: CellValue[] = Array.from({ length: customers }, (_, i) => `C${String(i).padStart(6, '0')}`);
  const key: CellValue[] = new Array(salesRows);
  const amount: CellValue[] = new Array(salesRows);
  const date: CellValue[] = new Array(salesRows);
  for (let i = 0; i < salesRows; i++) {
    key[i] = keys[Math.floor(customers * rng.next() ** 3)]!;
    amount[i] = Math.round(rng.next() * 100000) / 100;
    date[i] = LAST_SALES_DAY - 729 + (i % 730);
  }
  return {
    customers: { sheet: 'Customers', firstRow: 1, key: { col: 0, values: keys } },
    sales: { sheet: 'Sales', firstRow: 1, key: { col: 1, values: key }, amount: { col: 2, values: amount }, date: { col: 0, values: date } },
  };
}

/** Statement figures and ratings for each customer: header row + one row per customer (after the key). */
export function creditColumns(customers: number, seed = 7): { headers: string[]; rows: CellValue[][] } {
  const rng = new Rng(seed);
  const rand = () => rng.next();
  const rows: CellValue[][] = [];
  for (let i = 0; i < customers; i++) {
    const assets = 1e6 + rand() * 1e8;
    const figures = [assets * 0.4, assets * 0.1, assets * (0.1 + rand() * 0.4), assets * rand(), assets * 0.9, assets, assets * (1 + rand() * 5), assets * (rand() * 0.3 - 0.05)];
    const ratings = FACTORS.map(() => (rand() < 0.05 ? null : 1 + Math.floor(rand() * 5)));
    rows.push([...figures.map((f) => Math.round(f)), ...ratings]);
  }
  return { headers: [...FIGURE_HEADERS, ...RATING_TEXT], rows };
}

export interface WorkloadFacts {
  salesRows: number;
  customers: number;
  /** Customers on the customer sheet with at least one sales row. */
  customersWithSales: number;
  distinctAmounts: number;
  /** Distinct statement rows (figures and ratings) of the credit step's input. */
  distinctStatementRows: number;
}

/** What the generated workload really holds, counted from the cells themselves. */
export function describeWorkload(data: BenchData, credit: { rows: CellValue[][] }): WorkloadFacts {
  const sold = new Set(data.sales.key.values);
  const customersWithSales = data.customers.key.values.reduce<number>((n, k) => n + (sold.has(k) ? 1 : 0), 0);
  return {
    salesRows: data.sales.key.values.length,
    customers: data.customers.key.values.length,
    customersWithSales,
    distinctAmounts: new Set(data.sales.amount!.values).size,
    distinctStatementRows: new Set(credit.rows.map((r) => JSON.stringify(r))).size,
  };
}

/** Refuses a workload that does not have the shape the figures claim. */
export function requireWorkload(facts: WorkloadFacts, minCustomersWithSales: number): void {
  if (facts.customersWithSales < minCustomersWithSales) {
    throw new Error(
      `bench workload is degenerate: only ${facts.customersWithSales.toLocaleString('en')} of ${facts.customers.toLocaleString('en')} customers have sales ` +
        `(at least ${minCustomersWithSales.toLocaleString('en')} required); the figures would not describe the stated shape`,
    );
  }
}
