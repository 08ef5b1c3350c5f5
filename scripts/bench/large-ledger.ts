/**
 * A large customer list and sales ledger for the scale check: 100,000
 * customers (ID, name, statement figures, the eleven ratings) on one sheet
 * and 1,000,000 sales rows (customer ID, date, amount) on another, drawn
 * from the project's seeded PRNG and written with ExcelJS's streaming
 * writer. Every customer is drawn uniformly, so nearly all have sales.
 *
 *   npx tsx scripts/bench/large-ledger.ts [out.xlsx]   (default out/large-ledger.xlsx)
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { Rng } from '../sample/prng';

export const LARGE_CUSTOMERS = 100_000;
export const LARGE_SALES_ROWS = 1_000_000;
export const LARGE_SEED = 100_001;
/** Bump when the generator's output changes, so a cached file is made again. */
export const LARGE_VERSION = 1;

export interface LargeLedgerStats {
  rows: number;
  customers: number;
  distinctCustomers: number;
  sheets: string[];
}

const RATINGS = ["Principal's credibility", 'Scale and nature', 'Sales ability', 'Operating know-how', 'Capital growth', 'Profit trend',
  'Employee complaints', 'Supplier evaluation', 'Bank credit', 'Peer standing', 'Industry outlook'];

export async function writeLargeLedger(path: string): Promise<LargeLedgerStats> {
  mkdirSync(dirname(path), { recursive: true });
  const rng = new Rng(LARGE_SEED);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const customers = writer.addWorksheet('Customers');
  customers.addRow(['Customer ID', 'Customer name', 'Current assets', 'Inventories', 'Current liabilities', 'Total liabilities',
    'Opening total assets', 'Closing total assets', 'Sales revenue', 'Net profit', ...RATINGS]).commit();
  for (let i = 1; i <= LARGE_CUSTOMERS; i++) {
    const assets = Math.round(rng.range(1e5, 5e7));
    const liabilities = Math.round(assets * rng.range(0.1, 0.9));
    const revenue = Math.round(assets * rng.range(0.3, 3));
    customers.addRow([
      `K${String(i).padStart(6, '0')}`, `Customer ${i}`, Math.round(assets * rng.range(0.2, 0.6)), Math.round(assets * rng.range(0.05, 0.2)),
      Math.round(liabilities * rng.range(0.3, 0.8)), liabilities, Math.round(assets * rng.range(0.8, 1.1)), assets, revenue,
      Math.round(revenue * rng.range(-0.05, 0.15)), ...RATINGS.map(() => rng.int(1, 5)),
    ]).commit();
  }
  customers.commit();
  const sales = writer.addWorksheet('Sales');
  sales.addRow(['Customer ID', 'Date', 'Amount']).commit();
  const seen = new Set<number>();
  const start = Date.UTC(2024, 0, 1);
  for (let r = 0; r < LARGE_SALES_ROWS; r++) {
    const c = rng.int(1, LARGE_CUSTOMERS);
    seen.add(c);
    const when = new Date(start + rng.int(0, 729) * 86400000);
    const amount = Math.round(rng.range(-200, 20000) * 100) / 100;
    const row = sales.addRow([`K${String(c).padStart(6, '0')}`, when, amount]);
    row.getCell(2).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  sales.commit();
  await writer.commit();
  return { rows: LARGE_SALES_ROWS, customers: LARGE_CUSTOMERS, distinctCustomers: seen.size, sheets: ['Customers', 'Sales'] };
}

if (require.main === module) {
  const out = process.argv[2] ?? join(__dirname, '..', '..', 'out', 'large-ledger.xlsx');
  writeLargeLedger(out).then(
    (stats) => console.log(JSON.stringify(stats)),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
