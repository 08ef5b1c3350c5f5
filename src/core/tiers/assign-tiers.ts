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
  const rounded = netSales.map(roundNetSales);
  const results: TierResult[] = rounded.map((v) => ({ netSales: v, share: null, cumulativeShare: null, rank: null, tier: 'D' }));
  const positive = rounded.map((_, i) => i).filter((i) => rounded[i]! > 0);
  positive.sort((a, b) => rounded[b]! - rounded[a]!);
  const total = positive.reduce((sum, i) => sum + rounded[i]!, 0);
  const [limitA, limitB] = options.thresholds;

  let before = 0;
  let sumBefore = 0;
  for (let start = 0; start < positive.length; ) {
    const value = rounded[positive[start]!]!;
    let end = start;
    while (end < positive.length && rounded[positive[end]!] === value) end++;
    const groupSum = value * (end - start);
    const shareBefore = options.mode === 'sales' ? sumBefore / total : before / positive.length;
    const tier: Tier = shareBefore < limitA ? 'A' : shareBefore < limitB ? 'B' : 'C';
    for (let k = start; k < end; k++) {
      const r = results[positive[k]!]!;
      r.share = value / total;
      r.cumulativeShare = (sumBefore + groupSum) / total;
      r.rank = before + 1;
      r.tier = tier;
    }
    before = end;
    sumBefore += groupSum;
    start = end;
  }
  return results;
}
