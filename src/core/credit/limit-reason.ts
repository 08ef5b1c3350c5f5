/**
 * Why a recommended limit is what it is, when that is not plain "average ×
 * months × factor": every limit of 0, and a limit the net-worth cap cut.
 * Codes and numbers only; reason-text.ts words them in a language.
 */
export type LimitReason =
  | { code: 'noSalesHistory' }
  | { code: 'noRecentSales' }
  | { code: 'gradeFactorZero'; grade: string }
  | { code: 'netWorthNotPositive'; netWorth: number }
  | { code: 'capOverflow' }
  | { code: 'belowRoundingUnit'; base: number; unit: number }
  | { code: 'capped'; share: number; netWorth: number };

/** A customer too incomplete to grade: how many ratios and ratings it lacks, and how many the scorecard allows. */
export interface NotRatedReason {
  missingRatios: number;
  missingRatings: number;
  /** The factors rated: the eleven of the sources and the user's own. */
  factorCount: number;
  maxMissingRatios: number;
  maxMissingRatings: number;
}

/** An item (RATIOS, then FACTORS, then the user's factors) that cost points, and how many. */
export interface LostPoints {
  item: number;
  points: number;
  /** A factor of the user's: its name on the scorecard (the reasons name it so in every language). */
  name?: string;
}

/** What the reasons cell of a row says, as data: the forms word it again in their own language. */
export interface RowExplanation {
  notRated: NotRatedReason | null;
  limit: LimitReason | null;
  /** The (at most three) rated items that cost the most points, most first. */
  lost: LostPoints[];
}
