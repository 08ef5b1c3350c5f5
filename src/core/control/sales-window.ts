import type { NetSales } from '../tiers/net-sales';
import { windowSums } from '../tiers/window-sums';
import { DSO_DAYS } from './aggregates';
import type { CustomerIndex } from './ledger';

/**
 * Net sales per customer index over the DSO_DAYS up to the as-of date (the
 * as-of day included), from the tier pass's sales lines (its rules for a
 * sales row, whatever its period). Null when the sales have no date column
 * (no DSO). The rows' problems are the tier pass's, so it reports none (as
 * monthlyAverages does).
 */
export function salesInWindow(net: NetSales, customers: CustomerIndex, asOf: number): Float64Array | null {
  if (net.lines.date === null) return null;
  const window = windowSums(net, asOf - DSO_DAYS + 1, asOf);
  const byIndex = new Float64Array(customers.size);
  for (const k of window.counted) {
    const c = customers.get(net.customers.keys[k]!);
    if (c !== undefined) byIndex[c] = window.sums[k]!;
  }
  return byIndex;
}
