// The bench's reference for the core tiering: the same ABC/D rule (domain
// brief §3, src/core/tiers/assign-tiers.ts) as one DuckDB query over the same
// rows, loaded once into an in-memory database in this process. The query
// returns every customer row's net sales, share, cumulative share, rank and
// tier to JavaScript, in customer-sheet order, as the core's columns are.
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { CellValue, CellWrite } from '../../src/core/cells/cell';
import type { TierOptions } from '../../src/core/tiers/tier-options';
import type { BenchData } from './workload';

export interface DuckdbTiers {
  /** DuckDB's worker threads (its default: the machine's cores). */
  threads: number;
  /** Runs the query and reads every row into JS columns: net sales, share, cumulative share, rank, tier. */
  tier(): Promise<CellWrite[][]>;
  close(): void;
}

function appendString(appender: DuckDBAppender, value: CellValue, what: string, row: number): void {
  if (typeof value !== 'string') throw new Error(`duckdb load: ${what} of row ${row} is ${JSON.stringify(value)}, not text`);
  appender.appendVarchar(value);
}

function appendNumber(appender: DuckDBAppender, value: CellValue, what: string, row: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`duckdb load: ${what} of row ${row} is ${JSON.stringify(value)}, not a finite number`);
  appender.appendDouble(value);
}

async function load(connection: DuckDBConnection, data: BenchData): Promise<void> {
  await connection.run('CREATE TABLE customers (row_index INTEGER NOT NULL, key VARCHAR NOT NULL)');
  await connection.run('CREATE TABLE sales (sale_date DOUBLE NOT NULL, key VARCHAR NOT NULL, amount DOUBLE NOT NULL)');
  const customers = await connection.createAppender('customers');
  data.customers.key.values.forEach((key, i) => {
    customers.appendInteger(i);
    appendString(customers, key, 'customer key', i);
    customers.endRow();
  });
  customers.closeSync();
  const sales = await connection.createAppender('sales');
  const { date, key, amount } = data.sales;
  for (let i = 0; i < key.values.length; i++) {
    appendNumber(sales, date!.values[i] ?? null, 'date', i);
    appendString(sales, key.values[i] ?? null, 'customer key', i);
    appendNumber(sales, amount!.values[i] ?? null, 'amount', i);
    sales.endRow();
  }
  sales.closeSync();
  const counts = (await connection.runAndReadAll('SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM sales)')).getRowsJS()[0]!;
  if (Number(counts[0]) !== data.customers.key.values.length || Number(counts[1]) !== key.values.length) {
    throw new Error(`duckdb load: tables hold ${counts[0]} customers and ${counts[1]} sales rows, expected ${data.customers.key.values.length} and ${key.values.length}`);
  }
}

/**
 * The tiering as SQL. Net sales are rounded to 6 decimals before anything
 * else; only customers with positive net sales are ranked (the rest are D,
 * with no share, cumulative share or rank). The window ordered by net sales
 * descending with a RANGE frame ends at the last tie of the current row, so
 * `through` is the net sales of every customer with net sales >= its own
 * (ties share the cumulative share of the whole tie), and the "share before"
 * that picks the tier is `through` less the tie's own sales.
 */
function tierSql(options: TierOptions): string {
  if (options.mode !== 'sales') throw new Error(`duckdb tiering: only the sales mode is written as SQL, not ${options.mode}`);
  const [limitA, limitB] = options.thresholds;
  if (!Number.isFinite(limitA) || !Number.isFinite(limitB)) throw new Error(`duckdb tiering: thresholds ${JSON.stringify(options.thresholds)}`);
  return `
    WITH net AS (
      SELECT key, round(sum(amount), 6) AS net_sales FROM sales GROUP BY key
    ), customer_net AS (
      SELECT c.row_index, coalesce(n.net_sales, 0.0) AS net_sales
      FROM customers c LEFT JOIN net n ON n.key = c.key
    ), ranked AS (
      SELECT row_index, net_sales,
        sum(net_sales) OVER () AS total,
        sum(net_sales) OVER through_tie AS through,
        count(*) OVER through_tie AS through_count,
        rank() OVER (ORDER BY net_sales DESC) AS rnk
      FROM customer_net WHERE net_sales > 0
      WINDOW through_tie AS (ORDER BY net_sales DESC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
    ), tiered AS (
      SELECT row_index, net_sales, total, through, rnk,
        (through - net_sales * (through_count - rnk + 1)) / total AS share_before
      FROM ranked
    )
    SELECT cn.net_sales,
      t.net_sales / t.total AS share,
      t.through / t.total AS cumulative_share,
      CAST(t.rnk AS INTEGER) AS rank,
      CASE WHEN t.row_index IS NULL THEN 'D'
           WHEN t.share_before < ${limitA} THEN 'A'
           WHEN t.share_before < ${limitB} THEN 'B'
           ELSE 'C' END AS tier
    FROM customer_net cn LEFT JOIN tiered t ON t.row_index = cn.row_index
    ORDER BY cn.row_index`;
}

/** Loads the rows once (not timed) and prepares the query. */
export async function duckdbTiers(data: BenchData, options: TierOptions): Promise<DuckdbTiers> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await load(connection, data);
  const threads = Number((await connection.runAndReadAll("SELECT current_setting('threads')")).getRowsJS()[0]![0]);
  const sql = tierSql(options);
  return {
    threads,
    async tier() {
      const reader = await connection.runAndReadAll(sql);
      return reader.getColumnsJS() as CellWrite[][];
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * Throws unless both sides agree on every customer row: the same tier and
 * rank, net sales and shares within 1e-9 (relative for net sales). Returns
 * the largest differences seen.
 */
export function compareTiers(core: CellWrite[][], duck: CellWrite[][]): { rows: number; maxShareDiff: number; maxNetDiff: number } {
  const names = ['net sales', 'share', 'cumulative share', 'rank', 'tier'];
  if (core.length !== 5 || duck.length !== 5) throw new Error(`tier check: core has ${core.length} columns, DuckDB ${duck.length}; expected 5`);
  const rows = core[0]!.length;
  for (let c = 0; c < 5; c++) {
    if (core[c]!.length !== rows || duck[c]!.length !== rows) throw new Error(`tier check: ${names[c]}: core has ${core[c]!.length} rows, DuckDB ${duck[c]!.length}, expected ${rows}`);
  }
  const bad: string[] = [];
  let maxShareDiff = 0;
  let maxNetDiff = 0;
  const number = (v: CellWrite): number | null => (v === null ? null : typeof v === 'number' ? v : NaN);
  for (let i = 0; i < rows && bad.length < 10; i++) {
    const netA = number(core[0]![i]!);
    const netB = number(duck[0]![i]!);
    if (netA === null || netB === null || Number.isNaN(netA) || Number.isNaN(netB)) bad.push(`row ${i}: net sales ${core[0]![i]} vs ${duck[0]![i]}`);
    else {
      const d = Math.abs(netA - netB) / Math.max(1, Math.abs(netA));
      maxNetDiff = Math.max(maxNetDiff, d);
      if (d > 1e-9) bad.push(`row ${i}: net sales ${netA} vs ${netB}`);
    }
    for (const c of [1, 2]) {
      const a = number(core[c]![i]!);
      const b = number(duck[c]![i]!);
      if (a === null && b === null) continue;
      if (a === null || b === null || Number.isNaN(a) || Number.isNaN(b) || Math.abs(a - b) > 1e-9) bad.push(`row ${i}: ${names[c]} ${core[c]![i]} vs ${duck[c]![i]}`);
      else maxShareDiff = Math.max(maxShareDiff, Math.abs(a - b));
    }
    if (core[3]![i] !== duck[3]![i]) bad.push(`row ${i}: rank ${core[3]![i]} vs ${duck[3]![i]}`);
    if (core[4]![i] !== duck[4]![i]) bad.push(`row ${i}: tier ${core[4]![i]} vs ${duck[4]![i]}`);
  }
  if (bad.length > 0) throw new Error(`tier check: the core and DuckDB disagree (first ${bad.length}):\n  ${bad.join('\n  ')}`);
  return { rows, maxShareDiff, maxNetDiff };
}
