import { cellAddress } from '../cells/address';
import { serialToIso } from '../cells/normalize';
import type { Problem } from '../problems';
import { dateProblem, type NetSales, type SalesColumns } from '../tiers/net-sales';
import { windowSums } from '../tiers/window-sums';

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
 * the sales have no usable dates. The window takes the sales lines by the
 * tiering pass's rules (it may reach before the period the tiers use); its
 * rows' problems are that pass's, or of rows outside the period, so it
 * reports none (see undatedSales). By key, in the order of each customer's
 * first line in the window.
 */
export function monthlyAverages(net: NetSales): MonthlyAverages | null {
  if (net.lastDate === null) return null;
  const window = windowSums(net, twelveMonthStart(net.lastDate), net.lastDate);
  const byKey = new Map<string, number>();
  for (const c of window.counted) byKey.set(net.customers.keys[c]!, Math.round((window.sums[c]! / 12) * 100) / 100);
  return { byKey };
}
