/** Who buys how much: Pareto-like weights (≈20% of customers ≈ 80% of sales), prospects, net ≤ 0 cases. */
import { Rng, clamp } from './prng';
import { CUSTOMER_COUNT, KEY_VARIANTS, NET_NEGATIVE_IDS, NET_ZERO_IDS, PROSPECT_IDS, customerId } from './special-cases';
import type { SalesProfile } from './types';

/** Days in the ledger (2024-11-01 .. 2026-10-31). */
export const LEDGER_DAYS = 730;
/** Weight by rank r is (r + OFFSET)^-EXPONENT (Zipf–Mandelbrot), tuned so the top 20% make about 80%. */
const ZIPF_OFFSET = 8;
const ZIPF_EXPONENT = 1.6;

export function makeSalesProfiles(rng: Rng): SalesProfile[] {
  const ids = Array.from({ length: CUSTOMER_COUNT }, (_, i) => customerId(i + 1));
  const special = new Set([...PROSPECT_IDS, ...NET_NEGATIVE_IDS, ...NET_ZERO_IDS]);
  const fullWindow = new Set(KEY_VARIANTS.map((k) => k.id));
  const ranked = rng.shuffle(ids.filter((id) => !special.has(id)));
  const rankOf = new Map(ranked.map((id, i) => [id, i + 1]));

  return ids.map((id): SalesProfile => {
    if (PROSPECT_IDS.includes(id)) return { customerId: id, kind: 'prospect', weight: 0, firstDay: 0, lastDay: -1 };
    if (NET_NEGATIVE_IDS.includes(id) || NET_ZERO_IDS.includes(id)) {
      const firstDay = rng.int(30, 400);
      return {
        customerId: id,
        kind: NET_ZERO_IDS.includes(id) ? 'net-zero' : 'net-negative',
        weight: 0,
        firstDay,
        lastDay: Math.min(LEDGER_DAYS - 1, firstDay + rng.int(60, 240)),
      };
    }
    const rank = rankOf.get(id) ?? ranked.length;
    const weight = Math.pow(rank + ZIPF_OFFSET, -ZIPF_EXPONENT) * Math.exp(0.15 * rng.normal());
    let firstDay = 0;
    let lastDay = LEDGER_DAYS - 1;
    const window = rng.next();
    if (!fullWindow.has(id) && rank > 10) {
      if (window < 0.1) firstDay = rng.int(200, 600); // newer customer
      else if (window < 0.16) lastDay = rng.int(120, 400); // dormant in the last year
    }
    return { customerId: id, kind: 'normal', weight, firstDay: clamp(firstDay, 0, lastDay), lastDay };
  });
}
