import type { Tier, TierOptions } from './tier-options';

export interface TierResult {
  /** Net sales rounded to 6 decimals (what ranking and shares use). */
  netSales: number;
  /** Share of total positive net sales; null for tier D. */
  share: number | null;
  /** Share of all customers with net sales >= this one's; null for tier D. */
  cumulativeShare: number | null;
  /** 1 + customers with strictly greater net sales; null for tier D. */
  rank: number | null;
  tier: Tier;
}

/** Rounds away floating-point noise so that it never splits a tie. */
export function roundNetSales(value: number): number {
  const scaled = value * 1e6;
  // Beyond ~1e302 the scaled value overflows; such a number has no decimals left to round.
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e6 : value;
}

/**
 * The ABC/D rule of the domain brief §3. Customers are ranked by net sales,
 * descending; a customer's "share before" is the share of all customers with
 * strictly greater net sales (of sales in sales mode, of head-count in
 * head-count mode). A if share before < thresholds[0], B if < thresholds[1],
 * else C; D when net sales are not positive. Equal net sales share a tier.
 */
export function assignTiers(netSales: readonly number[], options: TierOptions): TierResult[] {
  const n = netSales.length;
  const rounded = new Float64Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = roundNetSales(netSales[i]!);
    rounded[i] = v;
    if (v > 0) count++;
  }
  // The positive values sorted descending (a numeric typed-array sort, no comparator), then one
  // entry per distinct value: ties get the same results, so which customer holds which is irrelevant.
  const sorted = new Float64Array(count);
  for (let i = 0, k = 0; i < n; i++) if (rounded[i]! > 0) sorted[k++] = rounded[i]!;
  sorted.sort().reverse();
  let total = 0;
  for (let k = 0; k < count; k++) total += sorted[k]!;
  const [limitA, limitB] = options.thresholds;
  const groupValue = new Float64Array(count);
  const groupShare = new Float64Array(count);
  const groupCumulative = new Float64Array(count);
  const groupRank = new Float64Array(count);
  const groupTier: Tier[] = [];
  let groups = 0;
  let sumBefore = 0;
  for (let start = 0; start < count; ) {
    const value = sorted[start]!;
    let end = start;
    while (end < count && sorted[end] === value) end++;
    const groupSum = value * (end - start);
    const shareBefore = options.mode === 'sales' ? sumBefore / total : start / count;
    groupValue[groups] = value;
    groupShare[groups] = value / total;
    groupCumulative[groups] = (sumBefore + groupSum) / total;
    groupRank[groups] = start + 1;
    groupTier.push(shareBefore < limitA ? 'A' : shareBefore < limitB ? 'B' : 'C');
    groups++;
    sumBefore += groupSum;
    start = end;
  }

  const results = new Array<TierResult>(n);
  for (let i = 0; i < n; i++) {
    const v = rounded[i]!;
    if (!(v > 0)) {
      results[i] = { netSales: v, share: null, cumulativeShare: null, rank: null, tier: 'D' };
      continue;
    }
    // The group of v: binary search in the descending group values.
    let lo = 0;
    let hi = groups - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (groupValue[mid]! > v) lo = mid + 1;
      else hi = mid;
    }
    results[i] = { netSales: v, share: groupShare[lo]!, cumulativeShare: groupCumulative[lo]!, rank: groupRank[lo]!, tier: groupTier[lo]! };
  }
  return results;
}
