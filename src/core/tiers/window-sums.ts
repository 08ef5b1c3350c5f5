import type { NetSales } from './net-sales';

/** Net sales of a date window by customer index (of NetSales.customers). */
export interface WindowSums {
  sums: Float64Array;
  /** The customers with a sales line in the window, in the order of their first one. */
  counted: number[];
}

/**
 * Net sales per customer of the sales lines dated from `from` to `to` (whole
 * serials, both included), whatever the tier period: the rows, additions and
 * order of a sumNetSales pass with that period, so the same sums to the bit,
 * without reading the cells again. Only for sales with a date column.
 */
export function windowSums(net: Pick<NetSales, 'lines' | 'customers'>, from: number, to: number): WindowSums {
  const { customer, amount, date } = net.lines;
  if (date === null) throw new Error('the sales have no date column: no date window');
  const sums = new Float64Array(net.customers.keys.length);
  const seen = new Uint8Array(sums.length);
  const counted: number[] = [];
  for (let i = 0; i < customer.length; i++) {
    const d = date[i]!;
    const c = customer[i]!;
    // An unusable date (NaN) fails both comparisons.
    if (c < 0 || !(d >= from && d <= to)) continue;
    if (seen[c] === 0) {
      seen[c] = 1;
      counted.push(c);
    }
    sums[c] += amount[i]!;
  }
  return { sums, counted };
}
