import type { CellValue, CellWrite } from '../cells/cell';
import { FACTORS, type Factor } from '../columns/roles';
import type { Language } from '../columns/layout';
import { label, type LabelId } from '../i18n/labels';
import * as creditColumns from './credit-columns';
import * as factorRecords from './factor-record';
import { compileTemplate, fillTemplate, ROW, type FormulaTemplate } from './formula-template';
import * as ratioMath from './ratios';
import type { FigureRefs, FigureRole } from './ratios';
import * as scorecardConfig from './scorecard-config';
import type { Grade, Ratio } from './scorecard-config';
import type { ScorecardRefs } from './scorecard-sheet';
import { gradeFormula, levelFormula, limitFormula, scoreFormula, type RowRefs, type ScorecardRules, type ScoreParts } from './scoring';
import * as statementInputs from './statement-inputs';
import type { InputColumn, InputPositions } from './statement-inputs';
import { TemplateFiller } from './template-filler';

// Bound once (see scoring.ts): row() uses them for every customer.
const { CREDIT_COL, CREDIT_COLUMNS, RATIO_LABEL } = creditColumns;
const { factorRecord } = factorRecords;
const { closingOnly, either, ratioFormulas, ratioOverflows, ratioValues } = ratioMath;
const { RATIOS } = scorecardConfig;
const { figureValues, inputPositions } = statementInputs;

/** One customer's inputs. */
export interface CreditRowInput {
  /** The customer's statement row, or null when it has none (then its figures and ratings are missing). */
  statement: {
    /** Its cells in the order of the writer's input columns. */
    values: readonly CellValue[];
    /** Its sheet row (0-based): what replaces SOURCE_ROW in the formulas (see formula-template.ts). */
    row: number;
  } | null;
  avgMonthlySales: number | null;
}

export interface CreditRowResult {
  cells: CellWrite[];
  ratios: Record<Ratio, number | null>;
  ratioPoints: Record<Ratio, number>;
  ratings: Record<Factor, number | null>;
  score: number;
  reasons: string | null;
  grade: Grade;
  limit: number;
  level: string;
  /** Codes of the inputs that were missing: a ratio, `rating:<factor>`, `openingTotalAssets`, `salesHistory`. */
  missing: string[];
  /** Results that overflowed (shown n/a, or a limit of 0), each with the statement figure to report. */
  overflows: readonly Overflow[];
}

/** A result a figure made overflow: a ratio (n/a), or the net-worth cap of the limit (limit 0). */
export interface Overflow {
  result: Ratio | 'limit';
  role: FigureRole;
}
const NO_OVERFLOWS: readonly Overflow[] = [];

/** Where the inputs of rows of one kind (with or without a statement row) are, and their formulas. */
interface RowShape {
  inputs: InputPositions;
  /** Fills the score, grade, limit and level formulas, then those of the ratios the sheet has the columns for. */
  formulas: TemplateFiller;
  templates: FormulaTemplate[];
  /** Index of each ratio's formula (RATIOS order) among them; -1 where the sheet lacks the columns a ratio needs. */
  ratioFormula: number[];
}
const [SCORE, GRADE, LIMIT, LEVEL] = [0, 1, 2, 3];

const RATING_CODES = FACTORS.map((f) => `rating:${f}`);
const RATIO_COLS = RATIOS.map((r) => CREDIT_COL[r]);
const NO_VALUES: readonly CellValue[] = [];

function pointsText(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * Writes the credit columns of one run: ratios, score, grade, limit and level
 * as formulas (with the core's value cached), missing inputs and the items
 * that cost most points as values. The formulas are compiled once per run.
 */
export class CreditRowWriter {
  private readonly withStatement: RowShape;
  private readonly withoutStatement: RowShape;
  private readonly na: string;
  private readonly none: string;
  /** Most points each item can earn, and the label it has in the reasons: RATIOS, then FACTORS. */
  private readonly maxPoints: Float64Array;
  private readonly itemLabels: string[];
  private readonly lost: Float64Array;
  private readonly missingLabels: Map<string, string>;

  constructor(
    private readonly rules: ScorecardRules,
    sc: ScorecardRefs,
    /** Column letters of the owned credit columns. */
    own: Record<keyof typeof CREDIT_COL, string>,
    lang: Language,
    /** The statement and rating columns (see inputColumns). */
    columns: InputColumn[],
  ) {
    const config = rules.config;
    this.na = label('value.na', lang);
    this.none = label('value.noCredit', lang);
    const ratioLabels = RATIOS.map((r) => label(RATIO_LABEL[r], lang));
    const factorLabels = FACTORS.map((f) => label(`factor.${f}` as LabelId, lang));
    this.itemLabels = [...ratioLabels, ...factorLabels];
    this.maxPoints = Float64Array.from([...RATIOS.map((r) => config.ratios[r].bands[0]!.points), ...FACTORS.map((f) => config.weights[f])]);
    this.lost = new Float64Array(this.maxPoints.length);
    this.missingLabels = new Map([
      ...RATIOS.map((r, i) => [r, ratioLabels[i]!] as const),
      ...RATING_CODES.map((code, i) => [code, factorLabels[i]!] as const),
      ['openingTotalAssets', label('value.turnoverClosingOnly', lang)],
      ['salesHistory', label('value.salesHistory', lang)],
    ]);
    this.withStatement = this.shape(columns, sc, own);
    this.withoutStatement = this.shape([], sc, own);
  }

  private shape(columns: InputColumn[], sc: ScorecardRefs, own: Record<keyof typeof CREDIT_COL, string>): RowShape {
    const at = (col: string) => `${col}${ROW}`;
    const figures: FigureRefs = {};
    const rating: Partial<Record<Factor, string>> = {};
    for (const { role, factor, ref } of columns) {
      if (factor !== null) rating[factor] = ref;
      else figures[role as FigureRole] = ref;
    }
    const assets = either(figures.totalAssets, figures.closingTotalAssets);
    const liabilities = figures.totalLiabilities;
    const row: RowRefs = {
      ratio: Object.fromEntries(RATIOS.map((r) => [r, at(own[r])])) as Record<Ratio, string>,
      rating,
      avgMonthlySales: at(own.avgMonthlySales),
      score: at(own.score),
      grade: at(own.grade),
      limit: at(own.limit),
      ...(assets && liabilities ? { totalAssets: assets, totalLiabilities: liabilities } : {}),
    };
    const formulas = [
      scoreFormula(this.rules.config, sc, row),
      gradeFormula(sc, row.score, this.rules.config.grades.length),
      limitFormula(sc, row),
      levelFormula(sc, row.limit, this.none),
    ];
    const ratios = ratioFormulas(figures, this.na);
    const ratioFormula = RATIOS.map((r) => (ratios[r] ? formulas.push(ratios[r]) - 1 : -1));
    const templates = formulas.map((f) => compileTemplate(`=${f}`));
    return { inputs: inputPositions(columns), formulas: new TemplateFiller(templates), templates, ratioFormula };
  }

  /** The longest formula of a row when its row numbers have these many digits (for the length check before any row is made). */
  longestFormula(rowDigits: number, sourceDigits: number): string {
    let longest = '';
    for (const shape of [this.withStatement, this.withoutStatement]) {
      for (const t of shape.templates) {
        const f = fillTemplate(t, '9'.repeat(rowDigits), '9'.repeat(sourceDigits));
        if (f.length > longest.length) longest = f;
      }
    }
    return longest;
  }

  /** The three items that cost the customer most points, as "label −points" (ties: the earlier item). */
  private reasons(parts: ScoreParts): string | null {
    const lost = this.lost;
    let i = 0;
    for (const r of RATIOS) lost[i] = this.maxPoints[i++]! - parts.ratioPoints[r];
    for (const points of parts.factorPoints) lost[i] = this.maxPoints[i++]! - points;
    // One pass keeps the three largest, an earlier item ahead of an equal later one.
    let a = -1;
    let b = -1;
    let c = -1;
    for (i = 0; i < lost.length; i++) {
      const v = lost[i]!;
      if (!(v > 1e-9)) continue;
      if (a < 0 || v > lost[a]!) {
        c = b;
        b = a;
        a = i;
      } else if (b < 0 || v > lost[b]!) {
        c = b;
        b = i;
      } else if (c < 0 || v > lost[c]!) c = i;
    }
    if (a < 0) return null;
    const first = this.reason(a);
    if (b < 0) return first;
    return c < 0 ? `${first}; ${this.reason(b)}` : `${first}; ${this.reason(b)}; ${this.reason(c)}`;
  }

  private reason(item: number): string {
    return `${this.itemLabels[item]} −${pointsText(this.lost[item]!)}`;
  }

  private missingText(missing: string[]): string | null {
    let text: string | null = null;
    for (const code of missing) text = text === null ? this.missingLabels.get(code)! : `${text}; ${this.missingLabels.get(code)}`;
    return text;
  }

  row(input: CreditRowInput, rowNumber: number): CreditRowResult {
    const { statement, avgMonthlySales } = input;
    const shape = statement ? this.withStatement : this.withoutStatement;
    const values = statement ? statement.values : NO_VALUES;
    const figures = figureValues(values, shape.inputs.figures);
    const ratios = ratioValues(figures);
    let overflows = NO_OVERFLOWS;
    if (ratios.quickRatio === null || ratios.debtRatio === null || ratios.assetTurnover === null || ratios.netMargin === null) {
      const found = ratioOverflows(figures, ratios);
      if (found.length > 0) overflows = found;
    }
    const ratingAt = shape.inputs.ratings;
    const ratingList = new Array<number | null>(ratingAt.length);
    for (let i = 0; i < ratingAt.length; i++) ratingList[i] = ratingAt[i]! < 0 ? null : this.rules.rating(values[ratingAt[i]!] ?? null);
    const parts = this.rules.score(ratios, ratingList);
    const grade = this.rules.grade(parts.score);
    const assets = either(figures.totalAssets, figures.closingTotalAssets);
    const limit = this.rules.limit(avgMonthlySales, grade, assets, figures.totalLiabilities);
    if (typeof assets === 'number' && Number.isFinite(assets) && typeof figures.totalLiabilities === 'number' && Number.isFinite(figures.totalLiabilities)
      && this.rules.cap(assets, figures.totalLiabilities) === null) {
      const role: FigureRole = Math.abs(figures.totalLiabilities) > Math.abs(assets) ? 'totalLiabilities' : figures.totalAssets !== undefined ? 'totalAssets' : 'closingTotalAssets';
      overflows = [...overflows, { result: 'limit', role }];
    }
    const level = this.rules.level(limit, this.none);
    const missing: string[] = [];
    for (const r of RATIOS) if (ratios[r] === null) missing.push(r);
    for (let i = 0; i < ratingList.length; i++) if (ratingList[i] === null) missing.push(RATING_CODES[i]!);
    if (closingOnly(figures)) missing.push('openingTotalAssets');
    if (avgMonthlySales === null) missing.push('salesHistory');

    const rowText = String(rowNumber + 1);
    const sourceText = statement ? String(statement.row + 1) : rowText;
    const formulas = shape.formulas.fill(rowText, sourceText);
    const cells = new Array<CellWrite>(CREDIT_COLUMNS.length).fill(null);
    cells[CREDIT_COL.avgMonthlySales] = avgMonthlySales;
    RATIOS.forEach((r, i) => {
      const value = ratios[r] ?? this.na;
      const at = shape.ratioFormula[i]!;
      cells[RATIO_COLS[i]!] = at < 0 ? value : { formula: formulas[at]!, value };
    });
    cells[CREDIT_COL.score] = { formula: formulas[SCORE]!, value: parts.score };
    cells[CREDIT_COL.grade] = { formula: formulas[GRADE]!, value: grade };
    cells[CREDIT_COL.limit] = { formula: formulas[LIMIT]!, value: limit };
    cells[CREDIT_COL.level] = { formula: formulas[LEVEL]!, value: level };
    const reasons = this.reasons(parts);
    cells[CREDIT_COL.missing] = this.missingText(missing);
    cells[CREDIT_COL.reasons] = reasons;
    return { cells, ratios, ratioPoints: parts.ratioPoints, ratings: factorRecord(ratingList), score: parts.score, reasons, grade, limit, level, missing, overflows };
  }
}
