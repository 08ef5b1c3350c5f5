import type { CellValue } from '../cells/cell';
import { FACTORS, type Factor } from '../columns/roles';
import { excelTrim, gte, isNumber, lte, round, roundDown } from './excel-math';
import { RATIOS, type Grade, type Ratio, type ScorecardConfig } from './scorecard-config';
import type { ScorecardRefs } from './scorecard-sheet';

/** Cells of one customer row the score formulas point at. */
export interface RowRefs {
  ratio: Record<Ratio, string>;
  rating: Partial<Record<Factor, string>>;
  avgMonthlySales: string;
  score: string;
  grade: string;
  limit: string;
  /** Net worth inputs, when the sheet has both columns. */
  totalAssets?: string;
  totalLiabilities?: string;
}

export function ratioPoints(config: ScorecardConfig, ratio: Ratio, value: number | null): number {
  if (value === null) return 0;
  const rule = config.ratios[ratio];
  const reaches = rule.direction === 'atLeast' ? gte : lte;
  const band = rule.bands.find((b) => reaches(value, b.threshold));
  return band ? band.points : rule.otherwise;
}

function ratioPointsFormula(refs: ScorecardRefs, ratio: Ratio, cell: string, direction: 'atLeast' | 'atMost'): string {
  const op = direction === 'atLeast' ? '>=' : '<=';
  const [b1, b2, b3] = [0, 1, 2].map((i) => refs.band(ratio, i));
  return `IF(ISNUMBER(${cell}),IF(${cell}${op}${b1!.threshold},${b1!.points},IF(${cell}${op}${b2!.threshold},${b2!.points},IF(${cell}${op}${b3!.threshold},${b3!.points},${refs.otherwise(ratio)}))),0)`;
}

/** A rating 1–5 from a number or a rating word; null when blank, out of range or unreadable. */
export function readRating(config: ScorecardConfig, value: CellValue): number | null {
  if (isNumber(value)) return value >= 1 && value <= 5 && Number.isInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  const word = excelTrim(value).toLowerCase();
  return config.ratingWords.find((w) => w.word.toLowerCase() === word)?.value ?? null;
}

function ratingFormula(refs: ScorecardRefs, cell: string): string {
  return `IF(ISNUMBER(${cell}),IF(AND(${cell}>=1,${cell}<=5,${cell}=INT(${cell})),${cell},0),IFERROR(INDEX(${refs.wordValues},MATCH(TRIM(${cell}),${refs.words},0)),0))`;
}

export interface ScoreParts {
  ratioPoints: Record<Ratio, number>;
  factorPoints: Record<Factor, number>;
  score: number;
}

export function score(config: ScorecardConfig, ratios: Record<Ratio, number | null>, ratings: Record<Factor, number | null>): ScoreParts {
  const rp = {} as Record<Ratio, number>;
  const fp = {} as Record<Factor, number>;
  // Summed in the formula's order: the four ratios, then the factors.
  let sum = 0;
  for (const r of RATIOS) sum += rp[r] = ratioPoints(config, r, ratios[r]);
  for (const f of FACTORS) sum += fp[f] = (config.weights[f] * (ratings[f] ?? 0)) / 5;
  return { ratioPoints: rp, factorPoints: fp, score: round(sum, 4) };
}

export function scoreFormula(config: ScorecardConfig, refs: ScorecardRefs, row: RowRefs): string {
  const terms = [
    ...RATIOS.map((r) => ratioPointsFormula(refs, r, row.ratio[r], config.ratios[r].direction)),
    ...FACTORS.filter((f) => row.rating[f]).map((f) => `${refs.weight(f)}*${ratingFormula(refs, row.rating[f]!)}/5`),
  ];
  return `ROUND(${terms.join('+')},4)`;
}

export function grade(config: ScorecardConfig, value: number): Grade {
  const last = config.grades[config.grades.length - 1]!;
  return (config.grades.slice(0, -1).find((g) => gte(value, g.minScore)) ?? last).grade;
}

export function gradeFormula(refs: ScorecardRefs, scoreCell: string, grades: number): string {
  let formula = refs.gradeName(grades - 1);
  for (let i = grades - 2; i >= 0; i--) formula = `IF(${scoreCell}>=${refs.gradeMin(i)},${refs.gradeName(i)},${formula})`;
  return formula;
}

/** Average monthly sales × credit months × grade factor, capped by net worth, never negative, rounded down. */
export function recommendedLimit(
  config: ScorecardConfig,
  avgMonthlySales: number | null,
  g: Grade,
  netWorth: { assets: CellValue; liabilities: CellValue } | null,
): number {
  const factor = config.grades.find((x) => x.grade === g)!.factor;
  const base = (avgMonthlySales ?? 0) * config.creditMonths * factor;
  const capped = netWorth && isNumber(netWorth.assets) && isNumber(netWorth.liabilities)
    ? Math.min(base, config.netWorthCap * (netWorth.assets - netWorth.liabilities))
    : base;
  return roundDown(Math.max(0, capped) / config.roundingUnit) * config.roundingUnit;
}

export function limitFormula(refs: ScorecardRefs, row: RowRefs): string {
  const base = `${row.avgMonthlySales}*${refs.creditMonths}*INDEX(${refs.gradeFactors},MATCH(${row.grade},${refs.gradeNames},0))`;
  const capped = row.totalAssets && row.totalLiabilities
    ? `IF(AND(ISNUMBER(${row.totalAssets}),ISNUMBER(${row.totalLiabilities})),MIN(${base},${refs.netWorthCap}*(${row.totalAssets}-${row.totalLiabilities})),${base})`
    : base;
  return `ROUNDDOWN(MAX(0,${capped})/${refs.roundingUnit},0)*${refs.roundingUnit}`;
}

/** The approval level a limit needs; `none` for a zero limit (no credit). */
export function approvalLevel(config: ScorecardConfig, limit: number, none: string): string {
  if (limit <= 0) return none;
  const below = config.levels.slice(0, -1).filter((l) => l.max !== null && l.max < limit).length;
  return config.levels[below]!.name;
}

export function levelFormula(refs: ScorecardRefs, limitCell: string, none: string): string {
  return `IF(${limitCell}<=0,"${none.replace(/"/g, '""')}",INDEX(${refs.levelNames},COUNTIF(${refs.levelMaxima},"<"&${limitCell})+1))`;
}
