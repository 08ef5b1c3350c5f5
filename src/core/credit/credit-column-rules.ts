import { FACTORS, type Factor } from '../columns/roles';
import type { CreditColumnId } from './credit-columns';
import { missingInputCode, type MissingInputCode } from './missing-input';
import { either, type FigureRefs } from './ratios';
import { RATIOS, type Ratio, type UserFactor } from './scorecard-config';
import type { ScorecardRefs } from './scorecard-sheet';
import {
  factorPointsFormula, gradeFormula, levelFormula, limitCapFormula, limitFormula, ratioPointsFormula, scoreFormula,
} from './scoring';
import { userFactorCode } from './user-factors';

/** What a row's formulas refer to, for one kind of row (with or without a statement row). */
export interface FormulaRefs {
  sc: ScorecardRefs;
  /** A credit column's cell in the formula's row. */
  at(id: CreditColumnId): string;
  /** Credit columns' cells as SUM arguments (adjacent ones as one range). */
  sum(ids: readonly CreditColumnId[]): string;
  /** Every factor's points cells as SUM arguments: FACTORS, then the user's. */
  factorPoints: string;
  factorCount: number;
  figures: FigureRefs;
  /** The ratios' formulas (null: the sheet lacks the columns a ratio needs). */
  ratios: Record<Ratio, string | null>;
  /** Each factor's rating cell (FACTORS, then the user's); null where the sheet has no rating column. */
  ratings: readonly (string | null)[];
  text: { na: string; notRated: string; survey: string; none: string };
}

/**
 * What a cell shows of its row's results (CreditRowWriter.row picks it, in a
 * tight loop: a call per cell made the rows about a fifth slower):
 * - avgMonthlySales: the 12-month average, blank without sales;
 * - ratio (index: RATIOS order): the ratio, n/a when missing;
 * - score, managementPoints, ratioPoints (index: RATIOS order);
 * - grade: the grade's name, or the not-rated text;
 * - limit: the recommended limit, blank when not rated;
 * - level: the approval level as written;
 * - missing, reasons: the texts of those cells;
 * - statementRow: the statement's sheet row (1-based), n/a without one;
 * - factorPoints (index: FACTORS, then the user's): n/a where the rating is missing;
 * - limitCap: the net-worth cap, n/a unless both figures are numbers, 0 when it overflows.
 */
export type Shown =
  | 'avgMonthlySales' | 'ratio' | 'score' | 'grade' | 'limit' | 'level' | 'missing' | 'reasons'
  | 'statementRow' | 'ratioPoints' | 'factorPoints' | 'managementPoints' | 'limitCap';

/** What a cell shows: `index` picks from a list (ratio, ratioPoints, factorPoints). */
interface Shows {
  shows: Shown;
  index?: number;
}

/**
 * How a column's cells are made: a value only; a formula in every row; or a
 * formula only when the sheet has its inputs (`formula` gives null
 * otherwise), the value alone then. A formula's cell caches the value the
 * core computed. `missing` is the code of the input whose absence the column
 * shows as n/a.
 */
export type ColumnRule = Shows & (
  | { kind: 'value' }
  | { kind: 'formula'; formula: (refs: FormulaRefs) => string }
  | { kind: 'formulaWhenInputs'; formula: (refs: FormulaRefs) => string | null; missing?: MissingInputCode }
);

/** A formula-when-inputs column that shows a missing input: a ratio's, a factor's points. */
export type InputRule = Extract<ColumnRule, { kind: 'formulaWhenInputs' }> & { missing: MissingInputCode };

/** One rule per key, typed by the keys (the one cast: Object.fromEntries forgets them). */
function byKey<K extends string, R>(keys: readonly K[], rule: (key: K, i: number) => R): Record<K, R> {
  return Object.fromEntries(keys.map((k, i) => [k, rule(k, i)])) as Record<K, R>;
}

/** Each ratio's rule, by ratio. */
export const RATIO_RULES: Record<Ratio, InputRule> = byKey(RATIOS, (r, i) => ({
  kind: 'formulaWhenInputs', formula: (refs) => refs.ratios[r], shows: 'ratio', index: i, missing: missingInputCode({ kind: 'ratio', ratio: r }),
}));

/** The points of factor i (FACTORS, then the user's): weight × rating ÷ 5, a formula when the sheet has the factor's rating column. */
function pointsRule(i: number, weight: (sc: ScorecardRefs) => string, missing: MissingInputCode): InputRule {
  return {
    kind: 'formulaWhenInputs',
    formula: (refs) => {
      const rating = refs.ratings[i] ?? null;
      return rating === null ? null : factorPointsFormula(refs.sc, weight(refs.sc), rating, refs.text.na);
    },
    shows: 'factorPoints',
    index: i,
    missing,
  };
}

/** Each factor's points rule, in FACTORS order. */
export const FACTOR_POINTS_RULES: readonly InputRule[] = FACTORS.map((f, i) => pointsRule(i, (sc) => sc.weight(f), missingInputCode({ kind: 'rating', factor: f })));

/** The rule of the points column of the user's k-th own factor (1-based; the column is userPointsColumn). */
export function userPointsRule(k: number, factor: UserFactor): InputRule {
  return pointsRule(FACTORS.length + k - 1, (sc) => sc.userWeight(k), userFactorCode(factor));
}

const RATIO_POINT_IDS = RATIOS.map((r) => `${r}Points` as const);

/** Every credit column's rule, by id: the compiler asks for one per column of CREDIT_COLUMNS. */
export const CREDIT_COLUMN_RULES: { readonly [K in CreditColumnId]: ColumnRule } = {
  avgMonthlySales: { kind: 'value', shows: 'avgMonthlySales' },
  ...RATIO_RULES,
  score: { kind: 'formula', formula: (refs) => scoreFormula(refs.sum([...RATIO_POINT_IDS, 'managementPoints'])), shows: 'score' },
  grade: {
    kind: 'formula',
    formula: (refs) => gradeFormula(refs.sc, refs.at('score'), {
      ratios: refs.sum(RATIOS), ratioCount: RATIOS.length, factorPoints: refs.factorPoints, factorCount: refs.factorCount,
    }, refs.text.notRated),
    shows: 'grade',
  },
  limit: {
    kind: 'formula',
    formula: (refs) => limitFormula(refs.sc, { avgMonthlySales: refs.at('avgMonthlySales'), grade: refs.at('grade'), limitCap: refs.at('limitCap') }, refs.text.notRated),
    shows: 'limit',
  },
  level: { kind: 'formula', formula: (refs) => levelFormula(refs.sc, refs.at('limit'), refs.text), shows: 'level' },
  missing: { kind: 'value', shows: 'missing' },
  reasons: { kind: 'value', shows: 'reasons' },
  statementRow: { kind: 'value', shows: 'statementRow' },
  ...byKey(RATIO_POINT_IDS, (_, i): ColumnRule => ({
    kind: 'formula', formula: (refs) => ratioPointsFormula(refs.sc, RATIOS[i]!, refs.at(RATIOS[i]!)), shows: 'ratioPoints', index: i,
  })),
  ...byKey(FACTORS.map((f: Factor) => `${f}Points` as const), (_, i) => FACTOR_POINTS_RULES[i]!),
  managementPoints: { kind: 'formula', formula: (refs) => `SUM(${refs.factorPoints})`, shows: 'managementPoints' },
  limitCap: {
    kind: 'formulaWhenInputs',
    formula: (refs) => {
      const assets = either(refs.figures.totalAssets, refs.figures.closingTotalAssets);
      const liabilities = refs.figures.totalLiabilities;
      return assets && liabilities ? limitCapFormula(refs.sc, assets, liabilities, refs.text.na) : null;
    },
    shows: 'limitCap',
  },
};
