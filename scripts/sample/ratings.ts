/** The eleven management ratings (domain.md §4): 1–5, sometimes as words, a few blanks. */
import { Rng, clamp } from './prng';
import { RATING_HEADERS, RATING_WORDS } from './layout';
import type { Rating } from './types';

/** `quality` in [0, 1] moves the ratings up; about 9% words, 3% blanks. */
export function makeRatings(rng: Rng, quality: number): Rating[] {
  return RATING_HEADERS.map(() => {
    const score = clamp(Math.round(1 + 4 * quality + 0.9 * rng.normal()), 1, 5);
    const form = rng.next();
    if (form < 0.03) return null;
    if (form < 0.12) return RATING_WORDS[score] ?? null;
    return score;
  });
}
