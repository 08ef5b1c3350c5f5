import type { CellValue } from '../cells/cell';
import { approvalLevelIndex } from '../forms/approval-route';
import { FACTORS } from '../columns/roles';
import * as excel from './excel-math';
import type { LimitReason } from './limit-reason';
import type { Grade, Ratio, RatioRule, ScorecardConfig } from './scorecard-config';
import type { ScorecardRefs } from './scorecard-sheet';

// Bound once: under tsx (the CLI, the bench) each use of an imported name is a getter call, which adds up over rows.
const { excelTrim, gte, isNumber, lte, round, roundDown } = excel;
const levelIndex = approvalLevelIndex;
/** Most distinct rating cells a ScorecardRules remembers the rating of: a sheet's ratings are mostly the same few words and numbers. */
const MAX_REMEMBERED = 4096;
/** Whole numbers below this have their rating in an array (the keys "1"–"5" are typed as numbers most of all). */
const SMALL = 16;

/** Cells of one customer row the score formulas point at. */
export interface RowRefs {
  avgMonthlySales: string;
  grade: string;
  limitCap: string;
}

export interface ScoreParts {
  ratioPoints: Record<Ratio, number>;
  /** In FACTORS order, then the user's factors; null where the rating is missing (the sheet shows n/a, and SUM skips it). */
  factorPoints: (number | null)[];
  managementPoints: number;
  score: number;
}

function bandPoints(rule: RatioRule, value: number | null): number {
  if (value === null) return 0;
  const reaches = rule.direction === 'atLeast' ? gte : lte;
  for (const band of rule.bands) if (reaches(value, band.threshold)) return band.points;
  return rule.otherwise;
}

/**
 * A scorecard's rules set out once per run for scoring row after row:
 * weights in FACTORS order (then the user's factors) and rating words by
 * lower-cased text, so that a row looks nothing up by name.
 */
export class ScorecardRules {
  /** Every factor's weight: FACTORS, then the user's own. */
  readonly weights: readonly number[];
  private readonly words = new Map<string, number>();
  /** rating() of the whole numbers below SMALL, by number: most rating cells hold one. */
  private readonly small: (number | null)[];
  /** rating() by raw cell value (4 and "4" are different keys). */
  private readonly remembered = new Map<string | number, number | null>();
  private readonly factors = new Map<Grade, number>();

  constructor(readonly config: ScorecardConfig) {
    this.weights = [...FACTORS.map((f) => config.weights[f]), ...config.userFactors.map((u) => u.weight)];
    for (const { grade, factor } of config.grades) if (!this.factors.has(grade)) this.factors.set(grade, factor);
    for (const { word, value } of config.ratingWords) {
      const key = word.toLowerCase();
      if (!this.words.has(key)) this.words.set(key, value);
    }
    this.small = Array.from({ length: SMALL }, (_, n) => this.lookUp(n));
  }

  /**
   * A rating from the scorecard's table of keys: a number as its text (4 is
   * "4", as TRIM makes it in the sheet), a text trimmed as Excel's TRIM does,
   * compared ignoring case; null when blank or not a key. So a rating typed
   * as the text "4" counts as 4, in the sheet as here.
   */
  rating(value: CellValue): number | null {
    if (typeof value === 'number' && value >= 0 && value < SMALL && Number.isInteger(value)) return this.small[value]!;
    if (typeof value !== 'number' && typeof value !== 'string') return null;
    const known = this.remembered.get(value);
    if (known !== undefined) return known;
    const rating = this.lookUp(value);
    if (this.remembered.size < MAX_REMEMBERED) this.remembered.set(value, rating);
    return rating;
  }

  private lookUp(value: number | string): number | null {
    if (typeof value === 'number') return isNumber(value) && Number.isInteger(value) && Math.abs(value) < 1e15 ? this.words.get(String(value)) ?? null : null;
    return this.words.get(excelTrim(value).toLowerCase()) ?? null;
  }

  /** Points per ratio and per factor (ratings in the order of `weights`), and their total as the score formula rounds it. */
  score(ratios: Record<Ratio, number | null>, ratings: readonly (number | null)[]): ScoreParts {
    const rules = this.config.ratios;
    const ratioPoints: Record<Ratio, number> = {
      quickRatio: bandPoints(rules.quickRatio, ratios.quickRatio),
      debtRatio: bandPoints(rules.debtRatio, ratios.debtRatio),
      assetTurnover: bandPoints(rules.assetTurnover, ratios.assetTurnover),
      netMargin: bandPoints(rules.netMargin, ratios.netMargin),
    };
    const weights = this.weights;
    const factorPoints = new Array<number | null>(weights.length);
    // Summed in the formulas' order: the management points (SUM of the factors), then the four ratios and them.
    let management = 0;
    for (let i = 0; i < weights.length; i++) {
      const rating = ratings[i] ?? null;
      // As the sheet computes it: weight × rating ÷ 5.
      const points = rating === null ? null : (weights[i]! * rating) / 5;
      factorPoints[i] = points;
      if (points !== null) management += points;
    }
    // From 0 in RATIOS order: the order fixes the float sum.
    const sum = 0 + ratioPoints.quickRatio + ratioPoints.debtRatio + ratioPoints.assetTurnover + ratioPoints.netMargin;
    return { ratioPoints, factorPoints, managementPoints: management, score: round(sum + management, 4) };
  }

  /** True when the customer misses more ratios or ratings than the scorecard's not-rated rule allows. */
  notRated(missingRatios: number, missingRatings: number): boolean {
    const rule = this.config.notRated;
    return missingRatios > rule.maxMissingRatios || missingRatings > rule.maxMissingRatings;
  }

  grade(score: number): Grade {
    const grades = this.config.grades;
    for (let i = 0; i < grades.length - 1; i++) if (gte(score, grades[i]!.minScore)) return grades[i]!.grade;
    return grades[grades.length - 1]!.grade;
  }

  /**
   * Average monthly sales × credit months × grade factor, capped by net worth
   * when both figures are numbers, never negative, rounded down; with why,
   * when the limit is 0 or the cap cut it. A net worth that overflows (#NUM!
   * in the sheet) caps the limit at 0.
   */
  limit(avgMonthlySales: number | null, grade: Grade, totalAssets: CellValue | undefined, totalLiabilities: CellValue | undefined): { limit: number; reason: LimitReason | null } {
    const c = this.config;
    const factor = this.factors.get(grade)!;
    const base = (avgMonthlySales ?? 0) * c.creditMonths * factor;
    const hasCap = isNumber(totalAssets) && isNumber(totalLiabilities);
    const cap = hasCap ? this.cap(totalAssets, totalLiabilities) : null;
    const capped = hasCap ? Math.min(base, cap ?? 0) : base;
    const limit = roundDown(Math.max(0, capped) / c.roundingUnit) * c.roundingUnit;
    const netWorth = hasCap ? totalAssets - totalLiabilities : 0;
    if (limit > 0) return { limit, reason: hasCap && cap! < base ? { code: 'capped', share: c.netWorthCap, netWorth } : null };
    let reason: LimitReason;
    if (avgMonthlySales === null) reason = { code: 'noSalesHistory' };
    else if (!(avgMonthlySales > 0) || c.creditMonths === 0) reason = { code: 'noRecentSales' };
    else if (factor === 0) reason = { code: 'gradeFactorZero', grade };
    else if (hasCap && cap === null) reason = { code: 'capOverflow' };
    else if (hasCap && !(cap! > 0)) reason = { code: 'netWorthNotPositive', netWorth };
    else reason = { code: 'belowRoundingUnit', base: capped, unit: c.roundingUnit };
    return { limit, reason };
  }

  /** The net-worth cap on the limit; null when it overflows. */
  cap(totalAssets: number, totalLiabilities: number): number | null {
    const cap = this.config.netWorthCap * (totalAssets - totalLiabilities);
    return Number.isFinite(cap) ? cap : null;
  }

  /** The approval level a limit needs (the forms' rule, approval-route.ts); `none` for a zero limit (no credit). */
  level(limit: number, none: string): string {
    if (limit <= 0) return none;
    const levels = this.config.levels;
    return levels[levelIndex(levels, limit)]!.name;
  }
}

/**
 * A ratio's points: MATCH(x, thresholds, order) finds the band x reaches in
 * the scorecard's list (worst first: ascending for order 1, where type 1
 * finds the largest threshold ≤ x; descending for order -1, where type -1
 * finds the smallest ≥ x). No match is below every band, or x is n/a (text,
 * which an approximate MATCH never finds among numbers): then the otherwise
 * points for a number, 0 for n/a.
 */
export function ratioPointsFormula(refs: ScorecardRefs, ratio: Ratio, cell: string): string {
  return `IFERROR(INDEX(${refs.bandPoints(ratio)},MATCH(${cell},${refs.thresholds(ratio)},${refs.order(ratio)})),ISNUMBER(${cell})*${refs.otherwise(ratio)})`;
}

/**
 * A factor's points (`weight` names its weight on the scorecard): weight ×
 * rating ÷ 5, the rating looked up in the one table of keys ("1"–"5" and the
 * rating words) by "=", which compares text literally (no wildcards) and
 * ignores case; TRIM turns a number into its text, so 4 and "4" both find the
 * key "4". Anything else is n/a (missing).
 */
export function factorPointsFormula(refs: ScorecardRefs, weight: string, cell: string, na: string): string {
  // LOOKUP(2, 1/(keys=x), values): 1 where a key matches, #DIV/0! elsewhere, which LOOKUP skips; no match is #N/A, which IFERROR gives as n/a.
  return `IFERROR(${weight}*LOOKUP(2,1/(${refs.ratingKeys}=TRIM(${cell})),${refs.ratingValues})/5,"${quoted(na)}")`;
}

/** Text inside a formula's double quotes. */
function quoted(text: string): string {
  return text.replace(/"/g, '""');
}

/** The score: the four ratios' points and the management points, summed in that order (`points`: SUM's arguments over their cells). */
export function scoreFormula(points: string): string {
  return `ROUND(SUM(${points}),4)`;
}

/** Where the grade formula counts a row's numbers: its ratio cells and its factor points cells (n/a there is missing). */
export interface RatedCells {
  ratios: string;
  ratioCount: number;
  factorPoints: string;
  factorCount: number;
}

/**
 * The grade: "not rated" when more ratios or ratings are missing (n/a, which
 * COUNT skips) than the scorecard allows; otherwise the first (best) grade
 * whose minimum the score reaches, the last taking every score below.
 */
export function gradeFormula(refs: ScorecardRefs, scoreCell: string, rated: RatedCells, notRated: string): string {
  const missing = `OR(${rated.ratioCount}-COUNT(${rated.ratios})>${refs.maxMissingRatios},${rated.factorCount}-COUNT(${rated.factorPoints})>${refs.maxMissingRatings})`;
  return `IF(${missing},"${quoted(notRated)}",INDEX(${refs.gradeNames},COUNTIF(${refs.gradeMinimums},">"&${scoreCell})+1))`;
}

/**
 * The limit: average × credit months × grade factor, at most the cap cell
 * (MIN skips the text n/a there: no cap), never negative, rounded down.
 */
export function limitFormula(refs: ScorecardRefs, row: RowRefs, notRated: string): string {
  const base = `${row.avgMonthlySales}*${refs.creditMonths}*INDEX(${refs.gradeFactors},MATCH(${row.grade},${refs.gradeNames},0))`;
  return `IF(${row.grade}="${quoted(notRated)}","",ROUNDDOWN(MAX(0,MIN(${base},${row.limitCap}))/${refs.roundingUnit},0)*${refs.roundingUnit})`;
}

/** The net-worth cap: share × (total assets − total liabilities) when both are numbers (0 when it overflows), else n/a. */
export function limitCapFormula(refs: ScorecardRefs, totalAssets: string, totalLiabilities: string, na: string): string {
  return `IF(COUNT(${totalAssets},${totalLiabilities})=2,IFERROR(${refs.netWorthCap}*(${totalAssets}-${totalLiabilities}),0),"${quoted(na)}")`;
}

/**
 * The approval level: a survey for a customer not rated (whose limit cell is
 * blank: the grade alone decides), none for a zero limit, else the first
 * level whose maximum covers the limit.
 */
export function levelFormula(refs: ScorecardRefs, limit: string, text: { survey: string; none: string }): string {
  const level = `IF(${limit}<=0,"${quoted(text.none)}",INDEX(${refs.levelNames},COUNTIF(${refs.levelMaxima},"<"&${limit})+1))`;
  return `IF(${limit}="","${quoted(text.survey)}",${level})`;
}
