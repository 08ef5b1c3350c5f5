import { sumNetSales, type SalesColumns } from '../tiers/net-sales';
import { DSO_DAYS } from './aggregates';
import type { CustomerIndex } from './ledger';

/**
 * Net sales per customer index over the DSO_DAYS up to the as-of date (the
 * as-of day included), by the tier step's rules for a sales row. Null when
 * the sales have no date column (no DSO). The rows' problems are the tier
 * pass's again, so it reports none (as monthlyAverages does).
 */
export function salesInWindow(sales: SalesColumns, customers: CustomerIndex, asOf: number, latestDate: number): Float64Array | null {
  if (!sales.date) return null;
  const window = sumNetSales(sales, { from: asOf - DSO_DAYS + 1, to: asOf }, latestDate);
  const byIndex = new Float64Array(customers.size);
  for (const [key, sum] of window.byKey) {
    const c = customers.get(key);
    if (c !== undefined) byIndex[c] = sum;
  }
  return byIndex;
}
