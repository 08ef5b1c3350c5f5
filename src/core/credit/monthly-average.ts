import { parseCellAddress } from '../cells/address';
import type { Problem } from '../problems';
import { sumNetSales, type NetSales, type SalesColumns } from '../tiers/net-sales';

const EPOCH = 25569; // serial of 1970-01-01

/** Serial of the first day of the month 11 months before the month of `serial`: the start of a 12-month window. */
export function twelveMonthStart(serial: number): number {
  const d = new Date((serial - EPOCH) * 86400000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 11, 1) / 86400000 + EPOCH;
}

export interface MonthlyAverages {
  byKey: Map<string, number>;
  /** Rows counted in net sales whose date cannot be read, so they are left out of the averages. */
  problems: Problem[];
}

/**
 * Average monthly net sales per customer over the 12 calendar months that end
 * with the month of the latest sale used, rounded to cents. Null when the
 * sales have no dates. The window is its own pass over the sales rows: it
 * may reach before the period the tiers use.
 */
export function monthlyAverages(sales: SalesColumns, net: NetSales): MonthlyAverages | null {
  if (net.lastDate === null) return null;
  const window = sumNetSales(sales, { from: twelveMonthStart(net.lastDate), to: net.lastDate });
  const byKey = new Map<string, number>();
  for (const [key, sum] of window.byKey) byKey.set(key, Math.round((sum / 12) * 100) / 100);
  const problems = window.problems.flatMap((p): Problem[] => {
    if (p.code !== 'badDate' || net.rowKeys[parseCellAddress(p.cell).row - net.firstRow] == null) return [];
    const value = p.args?.value ?? '';
    return [{ ...p, reason: `date ${value} cannot be read: left out of the 12-month average (its amount counts in net sales)`, code: 'undatedSale', args: { value } }];
  });
  return { byKey, problems };
}
