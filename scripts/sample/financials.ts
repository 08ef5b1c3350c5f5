/**
 * Financial statements whose ratios spread across the scoring bands of domain.md §5:
 * quick ratio 0.3–2, debt ratio 20–90%, asset turnover 1–6, net margin −5%..25%.
 */
import { Rng, clamp } from './prng';
import type { Financials } from './types';

export type FinancialCase = 'normal' | 'zero-current-liabilities' | 'negative-equity';

const thousands = (x: number): number => Math.round(x / 1000) * 1000;

/**
 * `revenue` is the sales revenue of the year; `quality` in [0, 1] tilts the ratios
 * towards good values (higher = healthier), with noise so every band is reached.
 */
export function makeFinancials(rng: Rng, revenue: number, quality: number, kind: FinancialCase): Financials {
  const mix = (): number => clamp(0.4 * quality + 0.6 * rng.next() + 0.1 * rng.normal() + 0.03, 0, 1);
  const quick = 0.3 + 1.7 * mix() ** 2;
  let debt = 0.9 - 0.7 * mix();
  let turnover = 1 + 5 * mix();
  let margin = -0.05 + 0.3 * mix();
  if (kind === 'negative-equity') {
    debt = rng.range(1.1, 1.25);
    turnover = rng.range(1.2, 2);
    margin = rng.range(-0.05, -0.02);
  }

  const growth = rng.range(-0.1, 0.3);
  const average = revenue / turnover;
  const opening = average * (1 - growth / 2);
  const closing = average * (1 + growth / 2);
  const liabilities = debt * closing;

  const inventoryShare = rng.range(0.2, 0.9); // inventories / quick assets
  const givenQuick = rng.chance(0.3);
  // A given 速動資產 may be a little below 流動資產 − 存貨 (prepaid items excluded).
  const quickShare = givenQuick ? rng.range(0.88, 1) : 1;

  let currentLiabilities = kind === 'zero-current-liabilities' ? 0 : liabilities * rng.range(0.45, 0.9);
  let quickAssets = kind === 'zero-current-liabilities' ? closing * rng.range(0.2, 0.4) : quick * currentLiabilities;
  let currentAssets = quickAssets / quickShare + quickAssets * inventoryShare;
  const maxCurrent = 0.85 * closing;
  if (currentAssets > maxCurrent) {
    const scale = maxCurrent / currentAssets; // keep the quick ratio, shrink current items
    currentLiabilities *= scale;
    quickAssets *= scale;
    currentAssets = maxCurrent;
  }
  const inventories = quickAssets * inventoryShare;

  return {
    currentAssets: thousands(currentAssets),
    inventories: thousands(inventories),
    quickAssets: givenQuick ? thousands(quickAssets) : null,
    currentLiabilities: thousands(currentLiabilities),
    totalLiabilities: thousands(liabilities),
    openingAssets: thousands(opening),
    closingAssets: thousands(closing),
    salesRevenue: thousands(revenue),
    netProfit: thousands(margin * revenue),
  };
}
