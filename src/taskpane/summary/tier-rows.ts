import type { RunSummary } from '../../core/run-summary';
import { TIERS, type Tier } from '../../core/tiers/tier-options';

export interface TierRow {
  tier: Tier;
  customers: number;
  /** Fraction of the tiered sales (0..1), or null when there were no sales at all. */
  salesShare: number | null;
}

export function tierRows(summary: RunSummary): TierRow[] {
  const totalSales = TIERS.reduce((sum, tier) => sum + summary.salesByTier[tier], 0);
  return TIERS.map((tier) => ({
    tier,
    customers: summary.tiers[tier],
    salesShare: totalSales > 0 ? summary.salesByTier[tier] / totalSales : null,
  }));
}
