import type { CellWrite } from '../cells/cell';
import { FACTORS, type Factor } from '../columns/roles';
import type { Language } from '../columns/layout';
import { label, type LabelId } from '../i18n/labels';
import { CREDIT_COL, CREDIT_COLUMNS } from './credit-columns';
import { computeRatios, type Figure, type Figures } from './ratios';
import { RATIOS, type Grade, type Ratio, type ScorecardConfig } from './scorecard-config';
import type { ScorecardRefs } from './scorecard-sheet';
import {
  approvalLevel, grade as gradeOf, gradeFormula, levelFormula, limitFormula, readRating, recommendedLimit, score, scoreFormula, type RowRefs,
} from './scoring';

export interface CreditRowInput {
  figures: Figures;
  ratings: Partial<Record<Factor, Figure>>;
  avgMonthlySales: number | null;
  /** Column letters of this row's owned credit cells (for the formulas that chain). */
  own: Record<keyof typeof CREDIT_COL, string>;
}

export interface CreditRowResult {
  cells: CellWrite[];
  grade: Grade;
  limit: number;
  level: string;
  /** Codes of the inputs that were missing: a ratio, `rating:<factor>`, `openingTotalAssets`, `salesHistory`. */
  missing: string[];
}

const RATIO_LABEL: Record<Ratio, LabelId> = {
  quickRatio: 'col.quickRatio', debtRatio: 'col.debtRatio', assetTurnover: 'col.assetTurnover', netMargin: 'col.netMargin',
};

function missingLabel(code: string, lang: Language): string {
  if (code.startsWith('rating:')) return label(`factor.${code.slice(7)}` as LabelId, lang);
  if (code === 'openingTotalAssets') return label('value.turnoverClosingOnly', lang);
  if (code === 'salesHistory') return label('value.salesHistory', lang);
  return label(RATIO_LABEL[code as Ratio], lang);
}

function points(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** The three items that cost the customer most points, as "label −points". */
function reasons(config: ScorecardConfig, parts: ReturnType<typeof score>, lang: Language): string {
  const lost = [
    ...RATIOS.map((r) => ({ text: label(RATIO_LABEL[r], lang), lost: config.ratios[r].bands[0]!.points - parts.ratioPoints[r] })),
    ...FACTORS.map((f) => ({ text: label(`factor.${f}` as LabelId, lang), lost: config.weights[f] - parts.factorPoints[f] })),
  ];
  return lost
    .filter((x) => x.lost > 1e-9)
    .sort((a, b) => b.lost - a.lost)
    .slice(0, 3)
    .map((x) => `${x.text} −${points(x.lost)}`)
    .join('; ');
}

/**
 * One customer's credit columns: ratios, score, grade, limit and level as
 * formulas (with the core's value cached), the missing inputs and the
 * reasons as values.
 */
export function creditRow(config: ScorecardConfig, sc: ScorecardRefs, input: CreditRowInput, rowNumber: number, lang: Language): CreditRowResult {
  const na = label('value.na', lang);
  const none = label('value.noCredit', lang);
  const at = (col: string) => `${col}${rowNumber + 1}`;
  const { ratios, closingOnly } = computeRatios(input.figures, na);
  const ratingValues = Object.fromEntries(FACTORS.map((f) => [f, input.ratings[f] ? readRating(config, input.ratings[f]!.value) : null])) as Record<Factor, number | null>;
  const parts = score(config, Object.fromEntries(RATIOS.map((r) => [r, ratios[r].value])) as Record<Ratio, number | null>, ratingValues);
  const g = gradeOf(config, parts.score);
  const assets = input.figures.totalAssets ?? input.figures.closingTotalAssets;
  const liabilities = input.figures.totalLiabilities;
  const limit = recommendedLimit(config, input.avgMonthlySales, g, assets && liabilities ? { assets: assets.value, liabilities: liabilities.value } : null);
  const level = approvalLevel(config, limit, none);

  const rowRefs: RowRefs = {
    ratio: Object.fromEntries(RATIOS.map((r) => [r, at(input.own[r])])) as Record<Ratio, string>,
    rating: Object.fromEntries(FACTORS.filter((f) => input.ratings[f]).map((f) => [f, input.ratings[f]!.ref])),
    avgMonthlySales: at(input.own.avgMonthlySales),
    score: at(input.own.score),
    grade: at(input.own.grade),
    limit: at(input.own.limit),
    ...(assets && liabilities ? { totalAssets: assets.ref, totalLiabilities: liabilities.ref } : {}),
  };
  const missing = [
    ...RATIOS.filter((r) => ratios[r].value === null),
    ...FACTORS.filter((f) => ratingValues[f] === null).map((f) => `rating:${f}`),
    ...(closingOnly ? ['openingTotalAssets'] : []),
    ...(input.avgMonthlySales === null ? ['salesHistory'] : []),
  ];

  const cells: CellWrite[] = new Array<CellWrite>(CREDIT_COLUMNS.length).fill(null);
  cells[CREDIT_COL.avgMonthlySales] = input.avgMonthlySales;
  for (const r of RATIOS) {
    const o = ratios[r];
    cells[CREDIT_COL[r]] = o.formula === null ? na : { formula: `=${o.formula}`, value: o.value ?? na };
  }
  cells[CREDIT_COL.score] = { formula: `=${scoreFormula(config, sc, rowRefs)}`, value: parts.score };
  cells[CREDIT_COL.grade] = { formula: `=${gradeFormula(sc, rowRefs.score, config.grades.length)}`, value: g };
  cells[CREDIT_COL.limit] = { formula: `=${limitFormula(sc, rowRefs)}`, value: limit };
  cells[CREDIT_COL.level] = { formula: `=${levelFormula(sc, rowRefs.limit, none)}`, value: level };
  cells[CREDIT_COL.missing] = missing.map((m) => missingLabel(m, lang)).join('; ') || null;
  cells[CREDIT_COL.reasons] = reasons(config, parts, lang) || null;
  return { cells, grade: g, limit, level, missing };
}
