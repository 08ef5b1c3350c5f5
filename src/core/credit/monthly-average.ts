import { cellAddress } from '../cells/address';
import { serialToIso } from '../cells/normalize';
import type { Problem } from '../problems';
import { dateProblem, sumNetSales, type NetSales, type SalesColumns } from '../tiers/net-sales';

const EPOCH = 25569; // serial of 1970-01-01

/** Serial of the first day of the month 11 months before the month of `serial`: the start of a 12-month window. */
export function twelveMonthStart(serial: number): number {
  const d = new Date((serial - EPOCH) * 86400000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 11, 1) / 86400000 + EPOCH;
}

export interface MonthlyAverages {
  byKey: Map<string, number>;
}

/** The 12 calendar months the averages cover, as yyyy-mm; null when the sales have no usable dates. */
export function averageWindow(net: Pick<NetSales, 'lastDate'>): { from: string; to: string } | null {
  if (net.lastDate === null) return null;
  return { from: serialToIso(twelveMonthStart(net.lastDate)).slice(0, 7), to: serialToIso(net.lastDate).slice(0, 7) };
}

/**
 * The rows counted in net sales whose date cannot be used (unreadable,
 * implausible, a formula without a value): left out of the 12-month average,
 * reported once each, by cell.
 */
export function undatedSales(sales: SalesColumns, net: NetSales): Problem[] {
  if (!sales.date) return [];
  const col = sales.date.col;
  return net.undated.map((u) => dateProblem(sales.sheet, cellAddress(net.firstRow + u.index, col), u.code, u.value, 'average', net.latestDate));
}

/**
 * Average monthly net sales per customer over the 12 calendar months that end
 * with the month of the latest usable sale date, rounded to cents. Null when
 * the sales have no usable dates. The window is its own pass over the sales
 * rows, by the same rules (it may reach before the period the tiers use);
 * its problems are the tiering pass's again, or of rows outside the period,
 * so it reports none (see undatedSales).
 */
export function monthlyAverages(sales: SalesColumns, net: NetSales): MonthlyAverages | null {
  if (net.lastDate === null) return null;
  const window = sumNetSales(sales, { from: twelveMonthStart(net.lastDate), to: net.lastDate }, net.latestDate);
  const byKey = new Map<string, number>();
  for (const [key, sum] of window.byKey) byKey.set(key, Math.round((sum / 12) * 100) / 100);
  return { byKey };
}
