import { FACTORS } from '../columns/roles';
import { RATIOS, TABLE_ROWS } from './scorecard-config';

/**
 * Where a scorecard sheet keeps what (0-based rows; columns A–C hold it all
 * but in release 0.1's layout). Each table has a fixed area of rows, followed
 * by one blank row: its used rows are the non-blank ones from the top, so
 * every section keeps its place whatever the tables hold.
 */
export interface ScorecardLayout {
  /** Rows and columns the layout takes (what to read, and what an upgrade rewrites). */
  rows: number;
  cols: number;
  company: number;
  /** Row of the first ratio (RATIOS order): order in column B, points otherwise in C. */
  ratios: number;
  /** Row of ratio i's first band row (worst first), and how many band rows its area has; null in 0.1 (bands in columns). */
  bands: { first: (ratio: number) => number; area: number } | null;
  /** The eleven factors of the sources (FACTORS order), weight in column B. */
  factors: number;
  /** The user's own factors: name in A, weight in B; null in layouts before them. */
  userFactors: { first: number; area: number } | null;
  keys: { first: number; area: number };
  /** False in release 0.1, whose rating table has words only: the upgrade puts the keys "1"–"5" ahead of them. */
  numberKeys: boolean;
  grades: { first: number; area: number };
  creditMonths: number;
  netWorthCap: number;
  roundingUnit: number;
  levels: { first: number; area: number };
  /** The not-rated rule (section 7); null in layouts before it. */
  notRated: { maxMissingRatios: number; maxMissingRatings: number } | null;
}

/** Rows of one band table: its header, the band area, a blank row. */
const BAND_TABLE_ROWS = TABLE_ROWS.bands.max + 2;

/** Sections one after another, each taking its rows and the blank rows after it. */
function sections() {
  let row = 0;
  return (rows: number, blankAfter = 0) => {
    const first = row;
    row += rows + blankAfter;
    return first;
  };
}

/** Rows (0-based) of the layout this release writes; see README, "Credit step". */
export const ROW = (() => {
  const take = sections();
  const title = take(1);
  const company = take(1);
  const note = take(1, 1);
  const financialTitle = take(1);
  const financialHeader = take(1);
  const ratios = take(RATIOS.length, 1);
  const bandTables = take(RATIOS.length * BAND_TABLE_ROWS);
  const managementTitle = take(1);
  const managementHeader = take(1);
  const factors = take(FACTORS.length);
  const userFactorsHeader = take(1);
  const userFactors = take(TABLE_ROWS.userFactors.max, 1);
  const keysTitle = take(1);
  const keysHeader = take(1);
  const keys = take(TABLE_ROWS.keys.max, 1);
  const gradesTitle = take(1);
  const gradesHeader = take(1);
  const grades = take(TABLE_ROWS.grades.max, 1);
  const limitTitle = take(1);
  const creditMonths = take(1);
  const netWorthCap = take(1);
  const roundingUnit = take(1, 1);
  const levelsTitle = take(1);
  const levelsHeader = take(1);
  const levels = take(TABLE_ROWS.levels.max, 1);
  const notRatedTitle = take(1);
  const maxMissingRatios = take(1);
  const maxMissingRatings = take(1);
  const end = take(0);
  return {
    title, company, note, financialTitle, financialHeader, ratios, bandTables, managementTitle, managementHeader, factors,
    userFactorsHeader, userFactors, keysTitle, keysHeader, keys, gradesTitle, gradesHeader, grades, limitTitle, creditMonths,
    netWorthCap, roundingUnit, levelsTitle, levelsHeader, levels, notRatedTitle, maxMissingRatios, maxMissingRatings, end,
  } as const;
})();

/** Row of ratio i's band table header; its band area follows. */
export const bandHeaderRow = (ratio: number) => ROW.bandTables + ratio * BAND_TABLE_ROWS;

export const CURRENT_LAYOUT: ScorecardLayout = {
  rows: ROW.end,
  cols: 3,
  company: ROW.company,
  ratios: ROW.ratios,
  bands: { first: (i) => bandHeaderRow(i) + 1, area: TABLE_ROWS.bands.max },
  factors: ROW.factors,
  userFactors: { first: ROW.userFactors, area: TABLE_ROWS.userFactors.max },
  keys: { first: ROW.keys, area: TABLE_ROWS.keys.max },
  numberKeys: true,
  grades: { first: ROW.grades, area: TABLE_ROWS.grades.max },
  creditMonths: ROW.creditMonths,
  netWorthCap: ROW.netWorthCap,
  roundingUnit: ROW.roundingUnit,
  levels: { first: ROW.levels, area: TABLE_ROWS.levels.max },
  notRated: { maxMissingRatios: ROW.maxMissingRatios, maxMissingRatings: ROW.maxMissingRatings },
};

/**
 * The fixed layout written before the tables had areas (3 bands per ratio,
 * 16 rating keys, 5 grades, 4 levels), with the not-rated rule in rows 85–86
 * or, made before that rule, without it. Read once to upgrade it in place.
 */
export const FIXED_LAYOUT: ScorecardLayout = {
  rows: 88,
  cols: 3,
  company: 1,
  ratios: 6,
  bands: { first: (i) => 12 + i * 5, area: 3 },
  factors: 33,
  userFactors: null,
  keys: { first: 47, area: 16 },
  numberKeys: true,
  grades: { first: 66, area: 5 },
  creditMonths: 73,
  netWorthCap: 74,
  roundingUnit: 75,
  levels: { first: 79, area: 4 },
  notRated: { maxMissingRatios: 85, maxMissingRatings: 86 },
};

/** The fixed layout as made before the not-rated rule: its rows end with the approval levels. */
export const FIXED_LAYOUT_BEFORE_NOT_RATED: ScorecardLayout = { ...FIXED_LAYOUT, rows: 83, notRated: null };

/**
 * Release 0.1's layout: each ratio on one row (three thresholds and points
 * in C–H, points otherwise in I), eleven rating words without the keys
 * "1"–"5". Read once to upgrade it in place.
 */
export const RELEASE_01_LAYOUT: ScorecardLayout = {
  rows: 58,
  cols: 9,
  company: 1,
  ratios: 6,
  bands: null,
  factors: 13,
  userFactors: null,
  keys: { first: 27, area: 11 },
  numberKeys: false,
  grades: { first: 41, area: 5 },
  creditMonths: 48,
  netWorthCap: 49,
  roundingUnit: 50,
  levels: { first: 54, area: 4 },
  notRated: null,
};
