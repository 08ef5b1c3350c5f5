import { FACTORS, type Factor } from '../columns/roles';

/** The four credit ratios of the domain brief §4. */
export const RATIOS = ['quickRatio', 'debtRatio', 'assetTurnover', 'netMargin'] as const;
export type Ratio = (typeof RATIOS)[number];

/** A credit grade: a name from the scorecard's grade table (the user's; a new scorecard has these defaults). */
export type Grade = string;
export const DEFAULT_GRADES: readonly Grade[] = ['AAA', 'AA', 'A', 'B', 'C'];

/**
 * How many rows each of the scorecard's tables may use (README, "Credit
 * step"): the sheet reserves the largest number of rows for each.
 */
export const TABLE_ROWS = {
  bands: { min: 1, max: 8 },
  /** The user's own management factors, after the eleven of the sources. */
  userFactors: { min: 0, max: 9 },
  keys: { min: 1, max: 30 },
  grades: { min: 2, max: 8 },
  levels: { min: 1, max: 8 },
} as const;

/** A management factor of the user's own: rated in the column of the input sheet with this header. */
export interface UserFactor {
  /** As typed on the scorecard (trimmed); the header it matches ignores case, spaces and punctuation. */
  name: string;
  weight: number;
}

export interface RatioRule {
  /** 'atLeast': a higher ratio scores more; 'atMost': a lower one does. */
  direction: 'atLeast' | 'atMost';
  /** 1–8 bands, best first (the sheet lists them worst first): reaching bands[i].threshold scores bands[i].points. */
  bands: { threshold: number; points: number }[];
  /** Points when no band is reached. */
  otherwise: number;
}

/** Everything the scorecard sheet holds; editable by the user on that sheet (domain brief §5–§6). */
export interface ScorecardConfig {
  company: string;
  ratios: Record<Ratio, RatioRule>;
  weights: Record<Factor, number>;
  /** The user's own factors, in the scorecard's order (after FACTORS). */
  userFactors: UserFactor[];
  /** The rating table: keys ("1"–"5" and rating words, text) and the rating each stands for (1–5). */
  ratingWords: { word: string; value: number }[];
  /** 2–8 grades, best first; the last grade takes every score below the others. */
  grades: { grade: Grade; minScore: number; factor: number }[];
  creditMonths: number;
  /** Share of net worth (total assets − total liabilities) the limit may not exceed. */
  netWorthCap: number;
  roundingUnit: number;
  /** 1–8 levels, ascending; the last level has no maximum (null). */
  levels: { name: string; max: number | null }[];
  /**
   * When a customer is not rated (too little to grade): more ratios missing
   * than maxMissingRatios, or more ratings than maxMissingRatings. A not-rated
   * customer gets no limit and needs a credit survey, never grade C.
   */
  notRated: { maxMissingRatios: number; maxMissingRatings: number };
}

/** The not-rated rule of a new scorecard, and of one made before the rule existed. */
export const DEFAULT_NOT_RATED: ScorecardConfig['notRated'] = { maxMissingRatios: 1, maxMissingRatings: 3 };

const atLeast = (t: [number, number, number]): RatioRule => ({
  direction: 'atLeast',
  bands: [{ threshold: t[0], points: 10 }, { threshold: t[1], points: 7 }, { threshold: t[2], points: 4 }],
  otherwise: 0,
});

export function defaultScorecard(levelNames: [string, string, string, string], company = ''): ScorecardConfig {
  const weights: Record<Factor, number> = {
    principal: 8, scale: 6, salesAbility: 6, knowHow: 5, capitalGrowth: 5, profitTrend: 6,
    employeeComplaints: 3, supplierEvaluation: 4, bankCredit: 6, peerStanding: 5, industryOutlook: 6,
  };
  return {
    company,
    ratios: {
      quickRatio: atLeast([1.0, 0.8, 0.5]),
      debtRatio: { ...atLeast([0.5, 0.6, 0.7]), direction: 'atMost' },
      assetTurnover: atLeast([4, 3, 2]),
      netMargin: atLeast([0.15, 0.1, 0.05]),
    },
    weights: Object.fromEntries(FACTORS.map((f) => [f, weights[f]])) as Record<Factor, number>,
    userFactors: [],
    // The keys "1"–"5" first: a rating typed as a number (or as its text) is looked up like a word.
    ratingWords: [
      ['1', 1], ['2', 2], ['3', 3], ['4', 4], ['5', 5],
      ['優', 5], ['优', 5], ['良', 4], ['中', 3], ['差', 2], ['劣', 1],
      ['excellent', 5], ['good', 4], ['fair', 3], ['poor', 2], ['bad', 1],
    ].map(([word, value]) => ({ word: word as string, value: value as number })),
    grades: [[90, 1.5], [80, 1.2], [70, 1.0], [60, 0.6], [0, 0]].map(([minScore, factor], i) => ({ grade: DEFAULT_GRADES[i]!, minScore: minScore!, factor: factor! })),
    creditMonths: 1,
    netWorthCap: 0.1,
    roundingUnit: 10000,
    levels: [
      { name: levelNames[0], max: 100000 },
      { name: levelNames[1], max: 500000 },
      { name: levelNames[2], max: 2000000 },
      { name: levelNames[3], max: null },
    ],
    notRated: { ...DEFAULT_NOT_RATED },
  };
}
