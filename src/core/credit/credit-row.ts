import type { CellValue, CellWrite } from '../cells/cell';
import { FACTORS, type Factor } from '../columns/roles';
import type { Language } from '../columns/layout';
import { label, type LabelId } from '../i18n/labels';
import { CREDIT_COL, CREDIT_COLUMNS } from './credit-columns';
import { compileTemplate, fillTemplate, ROW, type FormulaTemplate } from './formula-template';
import { computeRatios, type Figure, type Figures } from './ratios';
import { RATIOS, type Grade, type Ratio, type ScorecardConfig } from './scorecard-config';
import type { ScorecardRefs } from './scorecard-sheet';
import {
  approvalLevel, grade as gradeOf, gradeFormula, levelFormula, limitFormula, readRating, recommendedLimit, score, scoreFormula, type RowRefs,
} from './scoring';

/**
 * One customer's inputs. Figure and rating refs carry the SOURCE_ROW
 * placeholder (see formula-template.ts); sourceRow is what replaces it, or
 * null when the customer has no statement row (then figures and ratings are
 * empty). Within a run every row with a statement has the same columns.
 */
export interface CreditRowInput {
  figures: Figures;
  ratings: Partial<Record<Factor, Figure>>;
  sourceRow: number | null;
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
}

type FormulaColumn = Ratio | 'score' | 'grade' | 'limit' | 'level';

const RATIO_LABEL: Record<Ratio, LabelId> = {
  quickRatio: 'col.quickRatio', debtRatio: 'col.debtRatio', assetTurnover: 'col.assetTurnover', netMargin: 'col.netMargin',
};

function pointsText(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * Writes the credit columns of one run: ratios, score, grade, limit and level
 * as formulas (with the core's value cached), missing inputs and the items
 * that cost most points as values.
 */
export class CreditRowWriter {
  /** Formula templates for rows with a statement row, and for rows without. */
  private readonly templates = new Map<boolean, Partial<Record<FormulaColumn, FormulaTemplate | null>>>();
  private readonly lost = new Float64Array(RATIOS.length + FACTORS.length);
  private readonly lostLabels: string[];
  private readonly na: string;
  private readonly none: string;
  private readonly ratioLabels: Record<Ratio, string>;
  private readonly factorLabels: Record<Factor, string>;

  constructor(
    private readonly config: ScorecardConfig,
    private readonly sc: ScorecardRefs,
    /** Column letters of the owned credit columns. */
    private readonly own: Record<keyof typeof CREDIT_COL, string>,
    private readonly lang: Language,
  ) {
    this.na = label('value.na', lang);
    this.none = label('value.noCredit', lang);
    this.ratioLabels = Object.fromEntries(RATIOS.map((r) => [r, label(RATIO_LABEL[r], lang)])) as Record<Ratio, string>;
    this.factorLabels = Object.fromEntries(FACTORS.map((f) => [f, label(`factor.${f}` as LabelId, lang)])) as Record<Factor, string>;
    this.lostLabels = [...RATIOS.map((r) => this.ratioLabels[r]), ...FACTORS.map((f) => this.factorLabels[f])];
  }

  /** The formulas for rows like this one (with or without a statement row). */
  private templatesFor(input: CreditRowInput): Partial<Record<FormulaColumn, FormulaTemplate | null>> {
    const shape = input.sourceRow !== null;
    const cached = this.templates.get(shape);
    if (cached) return cached;
    const at = (col: string) => `${col}${ROW}`;
    const { ratios } = computeRatios(input.figures, this.na);
    const assets = input.figures.totalAssets ?? input.figures.closingTotalAssets;
    const liabilities = input.figures.totalLiabilities;
    const row: RowRefs = {
      ratio: Object.fromEntries(RATIOS.map((r) => [r, at(this.own[r])])) as Record<Ratio, string>,
      rating: Object.fromEntries(FACTORS.filter((f) => input.ratings[f]).map((f) => [f, input.ratings[f]!.ref])),
      avgMonthlySales: at(this.own.avgMonthlySales),
      score: at(this.own.score),
      grade: at(this.own.grade),
      limit: at(this.own.limit),
      ...(assets && liabilities ? { totalAssets: assets.ref, totalLiabilities: liabilities.ref } : {}),
    };
    const compile = (f: string | null | undefined) => (f ? compileTemplate(`=${f}`) : null);
    const made: Partial<Record<FormulaColumn, FormulaTemplate | null>> = {
      ...Object.fromEntries(RATIOS.map((r) => [r, compile(ratios[r].formula)])),
      score: compile(scoreFormula(this.config, this.sc, row)),
      grade: compile(gradeFormula(this.sc, row.score, this.config.grades.length)),
      limit: compile(limitFormula(this.sc, row)),
      level: compile(levelFormula(this.sc, row.limit, this.none)),
    };
    this.templates.set(shape, made);
    return made;
  }

  /** The three items that cost the customer most points, as "label −points" (ties: the earlier item). */
  private reasons(parts: ReturnType<typeof score>): string | null {
    const lost = this.lost;
    for (let i = 0; i < RATIOS.length; i++) lost[i] = this.config.ratios[RATIOS[i]!].bands[0]!.points - parts.ratioPoints[RATIOS[i]!];
    for (let i = 0; i < FACTORS.length; i++) lost[RATIOS.length + i] = this.config.weights[FACTORS[i]!] - parts.factorPoints[FACTORS[i]!];
    let text: string | null = null;
    for (let k = 0; k < 3; k++) {
      let best = -1;
      for (let i = 0; i < lost.length; i++) if (lost[i]! > 1e-9 && (best < 0 || lost[i]! > lost[best]!)) best = i;
      if (best < 0) break;
      const item = `${this.lostLabels[best]} −${pointsText(lost[best]!)}`;
      text = text === null ? item : `${text}; ${item}`;
      lost[best] = 0; // taken
    }
    return text;
  }

  private missingText(missing: string[]): string | null {
    if (missing.length === 0) return null;
    return missing
      .map((code) => {
        if (code.startsWith('rating:')) return this.factorLabels[code.slice(7) as Factor];
        if (code === 'openingTotalAssets') return label('value.turnoverClosingOnly', this.lang);
        if (code === 'salesHistory') return label('value.salesHistory', this.lang);
        return this.ratioLabels[code as Ratio];
      })
      .join('; ');
  }

  row(input: CreditRowInput, rowNumber: number): CreditRowResult {
    const t = this.templatesFor(input);
    const { ratios, closingOnly } = computeRatios(input.figures, this.na, false);
    const ratings = {} as Record<Factor, number | null>;
    for (const f of FACTORS) {
      const given = input.ratings[f];
      ratings[f] = given ? readRating(this.config, given.value) : null;
    }
    const ratioValues = {} as Record<Ratio, number | null>;
    for (const r of RATIOS) ratioValues[r] = ratios[r].value;
    const parts = score(this.config, ratioValues, ratings);
    const g = gradeOf(this.config, parts.score);
    const assets = input.figures.totalAssets ?? input.figures.closingTotalAssets;
    const liabilities = input.figures.totalLiabilities;
    const netWorth = assets && liabilities ? { assets: assets.value, liabilities: liabilities.value } : null;
    const limit = recommendedLimit(this.config, input.avgMonthlySales, g, netWorth);
    const level = approvalLevel(this.config, limit, this.none);
    const missing: string[] = [];
    for (const r of RATIOS) if (ratioValues[r] === null) missing.push(r);
    for (const f of FACTORS) if (ratings[f] === null) missing.push(`rating:${f}`);
    if (closingOnly) missing.push('openingTotalAssets');
    if (input.avgMonthlySales === null) missing.push('salesHistory');

    const rowText = String(rowNumber + 1);
    const sourceText = String((input.sourceRow ?? rowNumber) + 1);
    const formula = (column: FormulaColumn, value: CellValue): CellWrite => {
      const template = t[column];
      return template ? { formula: fillTemplate(template, rowText, sourceText), value: value as string | number | null } : (value as CellWrite);
    };
    const cells: CellWrite[] = new Array<CellWrite>(CREDIT_COLUMNS.length).fill(null);
    cells[CREDIT_COL.avgMonthlySales] = input.avgMonthlySales;
    for (const r of RATIOS) cells[CREDIT_COL[r]] = formula(r, ratioValues[r] ?? this.na);
    cells[CREDIT_COL.score] = formula('score', parts.score);
    cells[CREDIT_COL.grade] = formula('grade', g);
    cells[CREDIT_COL.limit] = formula('limit', limit);
    cells[CREDIT_COL.level] = formula('level', level);
    const reasons = this.reasons(parts);
    cells[CREDIT_COL.missing] = this.missingText(missing);
    cells[CREDIT_COL.reasons] = reasons;
    return { cells, ratios: ratioValues, ratioPoints: parts.ratioPoints, ratings, score: parts.score, reasons, grade: g, limit, level, missing };
  }
}
