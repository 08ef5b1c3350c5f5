import { FACTORS, type Factor } from '../columns/roles';
import { RATIOS, type Ratio } from './scorecard-config';

/**
 * An input a customer's row lacked: a ratio (a statement figure it needs is
 * missing), a rating of a factor of the sources or of one of the user's own
 * (by its name), the opening total assets (the asset turnover used the
 * closing figure alone), or the sales history (no average monthly sales).
 */
export type MissingInput =
  | { kind: 'ratio'; ratio: Ratio }
  | { kind: 'rating'; factor: Factor }
  | { kind: 'userRating'; name: string }
  | { kind: 'openingTotalAssets' }
  | { kind: 'salesHistory' };

/** A missing input as the run reports it (`missing` in the --json output, the summary's keys): the ratio's name, `rating:<factor or the user's factor's name>`, `openingTotalAssets`, `salesHistory`. */
export type MissingInputCode = Ratio | `rating:${string}` | 'openingTotalAssets' | 'salesHistory';

const RATING_PREFIX = 'rating:';
const isRatio = (code: string): code is Ratio => (RATIOS as readonly string[]).includes(code);
const isFactor = (name: string): name is Factor => (FACTORS as readonly string[]).includes(name);

export function missingInputCode(input: MissingInput): MissingInputCode {
  switch (input.kind) {
    case 'ratio': return input.ratio;
    case 'rating': return `${RATING_PREFIX}${input.factor}`;
    case 'userRating': return `${RATING_PREFIX}${input.name}`;
    case 'openingTotalAssets':
    case 'salesHistory': return input.kind;
  }
}

/**
 * The input a code names; null for a code no run writes (a summary from
 * elsewhere). A rating named like a factor of the sources is that factor's:
 * the scorecard refuses a factor of the user's named like one.
 */
export function parseMissingInput(code: string): MissingInput | null {
  if (isRatio(code)) return { kind: 'ratio', ratio: code };
  if (code.startsWith(RATING_PREFIX)) {
    const name = code.slice(RATING_PREFIX.length);
    if (name === '') return null;
    return isFactor(name) ? { kind: 'rating', factor: name } : { kind: 'userRating', name };
  }
  if (code === 'openingTotalAssets' || code === 'salesHistory') return { kind: code };
  return null;
}

/** Where an input comes in the Missing inputs cell: the ratios and the factors in their order, the user's factors, then the rest; an unknown code last. */
function rank(input: MissingInput | null): number {
  if (input === null) return RATIOS.length + FACTORS.length + 3;
  switch (input.kind) {
    case 'ratio': return RATIOS.indexOf(input.ratio);
    case 'rating': return RATIOS.length + FACTORS.indexOf(input.factor);
    case 'userRating': return RATIOS.length + FACTORS.length;
    case 'openingTotalAssets': return RATIOS.length + FACTORS.length + 1;
    case 'salesHistory': return RATIOS.length + FACTORS.length + 2;
  }
}

/**
 * Orders missing-input codes as the credit step writes them in the Missing
 * inputs cell and its `missing` list. The user's factors keep the order they
 * are given in (a sort is stable): theirs is the scorecard's, which no code
 * carries, and a row's list is in it. Unknown codes come last, by code.
 */
export function compareMissingInputs(a: string, b: string): number {
  const [x, y] = [parseMissingInput(a), parseMissingInput(b)];
  return rank(x) - rank(y) || (x === null && y === null ? a.localeCompare(b) : 0);
}
