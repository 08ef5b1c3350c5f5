/** How customers are ranked into tiers (domain brief §3). */
export type TierMode = 'sales' | 'headcount';

export type Tier = 'A' | 'B' | 'C' | 'D';
export const TIERS: readonly Tier[] = ['A', 'B', 'C', 'D'];

export interface TierOptions {
  mode: TierMode;
  /**
   * Upper bounds of the "share before" for A and B, as fractions:
   * sales mode default [0.8, 0.95], head-count mode default [0.2, 0.5].
   */
  thresholds: [number, number];
  /** Optional period as Excel date serial numbers, inclusive on both ends. */
  period?: { from?: number; to?: number };
}

export const DEFAULT_THRESHOLDS: Record<TierMode, [number, number]> = {
  sales: [0.8, 0.95],
  headcount: [0.2, 0.5],
};

export function defaultTierOptions(mode: TierMode = 'sales'): TierOptions {
  return { mode, thresholds: [...DEFAULT_THRESHOLDS[mode]] as [number, number] };
}

/** A and B limits in percent, as the user types them: 0 < A < B ≤ 100. */
export function validPercentLimits(a: number, b: number): boolean {
  return a > 0 && a < b && b <= 100;
}
