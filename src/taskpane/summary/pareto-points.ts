import type { RunSummary } from '../../core/run-summary';
import { TIERS, type Tier } from '../../core/tiers/tier-options';

export interface ParetoPoint {
  /** Share of customers so far, best first (0..1). */
  customers: number;
  /** Cumulative share of the positive sales (0..1). */
  sales: number;
  /** The tier that ends at this point (null for the origin). */
  tier: Tier | null;
}

/**
 * The Pareto curve at the tier boundaries: customers ranked by net sales,
 * A first, then B, C and D (no positive sales: the curve is flat there);
 * an empty tier adds no point.
 * Null when there are no customers or no positive sales.
 */
export function paretoPoints(summary: Pick<RunSummary, 'tiers' | 'salesByTier'>): ParetoPoint[] | null {
  const customers = TIERS.reduce((n, tier) => n + summary.tiers[tier], 0);
  const sales = (tier: Tier) => (tier === 'D' ? 0 : Math.max(0, summary.salesByTier[tier]));
  const total = TIERS.reduce((s, tier) => s + sales(tier), 0);
  if (customers === 0 || total <= 0) return null;
  const points: ParetoPoint[] = [{ customers: 0, sales: 0, tier: null }];
  let n = 0;
  let s = 0;
  for (const tier of TIERS) {
    if (summary.tiers[tier] === 0) continue;
    n += summary.tiers[tier];
    s += sales(tier);
    points.push({ customers: n / customers, sales: s / total, tier });
  }
  return points;
}
