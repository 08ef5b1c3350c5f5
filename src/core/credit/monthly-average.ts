import { sumNetSales, type NetSales, type SalesColumns } from '../tiers/net-sales';

const EPOCH = 25569; // serial of 1970-01-01

/** Serial of the first day of the month 11 months before the month of `serial`: the start of a 12-month window. */
export function twelveMonthStart(serial: number): number {
  const d = new Date((serial - EPOCH) * 86400000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 11, 1) / 86400000 + EPOCH;
}

/**
 * Average monthly net sales per customer over the 12 calendar months that end
 * with the month of the latest sale used, rounded to cents. Null when the
 * sales have no dates.
 */
export function monthlyAverages(sales: SalesColumns, net: NetSales): Map<string, number> | null {
  if (net.lastDate === null) return null;
  const window = sumNetSales(sales, { from: twelveMonthStart(net.lastDate), to: net.lastDate });
  const out = new Map<string, number>();
  for (const [key, sum] of window.byKey) out.set(key, Math.round((sum / 12) * 100) / 100);
  return out;
}
