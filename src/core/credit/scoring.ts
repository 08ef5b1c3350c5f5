import type { CellValue } from '../cells/cell';
import { FACTORS, type Factor } from '../columns/roles';
import * as excel from './excel-math';
import { RATIOS, type Grade, type Ratio, type RatioRule, type ScorecardConfig } from './scorecard-config';
import type { ScorecardRefs } from './scorecard-sheet';

// Bound once: under tsx (the CLI, the bench) each use of an imported name is a getter call, which adds up over rows.
const { excelTrim, gte, isNumber, lte, round, roundDown } = excel;

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

export interface ScoreParts {
  ratioPoints: Record<Ratio, number>;
  /** In FACTORS order. */
  factorPoints: number[];
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
 * weights in FACTORS order and rating words by lower-cased text, so that a
 * row looks nothing up by name.
 */
export class ScorecardRules {
  private readonly weights: number[];
  private readonly words = new Map<string, number>();
  private readonly factors = new Map<Grade, number>();

  constructor(readonly config: ScorecardConfig) {
    this.weights = FACTORS.map((f) => config.weights[f]);
    for (const { grade, factor } of config.grades) if (!this.factors.has(grade)) this.factors.set(grade, factor);
    for (const { word, value } of config.ratingWords) {
      const key = word.toLowerCase();
      if (!this.words.has(key)) this.words.set(key, value);
    }
  }

  /** A rating 1–5 from a number or a rating word; null when blank, out of range or unreadable. */
  rating(value: CellValue): number | null {
    if (isNumber(value)) return value >= 1 && value <= 5 && Number.isInteger(value) ? value : null;
    if (typeof value !== 'string') return null;
    return this.words.get(excelTrim(value).toLowerCase()) ?? null;
  }

  /** Points per ratio and per factor (ratings in FACTORS order), and their total as the score formula rounds it. */
  score(ratios: Record<Ratio, number | null>, ratings: readonly (number | null)[]): ScoreParts {
    const rules = this.config.ratios;
    const ratioPoints: Record<Ratio, number> = {
      quickRatio: bandPoints(rules.quickRatio, ratios.quickRatio),
      debtRatio: bandPoints(rules.debtRatio, ratios.debtRatio),
      assetTurnover: bandPoints(rules.assetTurnover, ratios.assetTurnover),
      netMargin: bandPoints(rules.netMargin, ratios.netMargin),
    };
    const weights = this.weights;
    const factorPoints = new Array<number>(weights.length);
    // Summed in the formula's order: the four ratios, then the factors.
    let sum = 0;
    for (const r of RATIOS) sum += ratioPoints[r];
    for (let i = 0; i < weights.length; i++) sum += factorPoints[i] = (weights[i]! * (ratings[i] ?? 0)) / 5;
    return { ratioPoints, factorPoints, score: round(sum, 4) };
  }

  grade(score: number): Grade {
    const grades = this.config.grades;
    for (let i = 0; i < grades.length - 1; i++) if (gte(score, grades[i]!.minScore)) return grades[i]!.grade;
    return grades[grades.length - 1]!.grade;
  }

  /**
   * Average monthly sales × credit months × grade factor, capped by net worth
   * when both figures are numbers, never negative, rounded down. A net worth
   * that overflows (#NUM! in the sheet) caps the limit at 0.
   */
  limit(avgMonthlySales: number | null, grade: Grade, totalAssets: CellValue | undefined, totalLiabilities: CellValue | undefined): number {
    const c = this.config;
    const base = (avgMonthlySales ?? 0) * c.creditMonths * this.factors.get(grade)!;
    const capped = isNumber(totalAssets) && isNumber(totalLiabilities) ? Math.min(base, this.cap(totalAssets, totalLiabilities) ?? 0) : base;
    return roundDown(Math.max(0, capped) / c.roundingUnit) * c.roundingUnit;
  }

  /** The net-worth cap on the limit; null when it overflows. */
  cap(totalAssets: number, totalLiabilities: number): number | null {
    const cap = this.config.netWorthCap * (totalAssets - totalLiabilities);
    return Number.isFinite(cap) ? cap : null;
  }

  /** The approval level a limit needs; `none` for a zero limit (no credit). */
  level(limit: number, none: string): string {
    if (limit <= 0) return none;
    const levels = this.config.levels;
    let below = 0;
    for (let i = 0; i < levels.length - 1; i++) {
      const max = levels[i]!.max;
      if (max !== null && max < limit) below++;
    }
    return levels[below]!.name;
  }
}

function ratioPointsFormula(refs: ScorecardRefs, ratio: Ratio, cell: string, direction: 'atLeast' | 'atMost'): string {
  const op = direction === 'atLeast' ? '>=' : '<=';
  const [b1, b2, b3] = [0, 1, 2].map((i) => refs.band(ratio, i));
  return `IF(ISNUMBER(${cell}),IF(${cell}${op}${b1!.threshold},${b1!.points},IF(${cell}${op}${b2!.threshold},${b2!.points},IF(${cell}${op}${b3!.threshold},${b3!.points},${refs.otherwise(ratio)}))),0)`;
}

/**
 * A rating cell's points basis. MATCH reads * ? and ~ in its lookup value as
 * wildcards, so they are escaped (~*, ~?, ~~) and the word is matched
 * literally, as the core does.
 */
function ratingFormula(refs: ScorecardRefs, cell: string): string {
  const literal = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(TRIM(${cell}),"~","~~"),"*","~*"),"?","~?")`;
  return `IF(ISNUMBER(${cell}),IF(AND(${cell}>=1,${cell}<=5,${cell}=INT(${cell})),${cell},0),IFERROR(INDEX(${refs.wordValues},MATCH(${literal},${refs.words},0)),0))`;
}

export function scoreFormula(config: ScorecardConfig, refs: ScorecardRefs, row: RowRefs): string {
  const terms = [
    ...RATIOS.map((r) => ratioPointsFormula(refs, r, row.ratio[r], config.ratios[r].direction)),
    ...FACTORS.filter((f) => row.rating[f]).map((f) => `${refs.weight(f)}*${ratingFormula(refs, row.rating[f]!)}/5`),
  ];
  return `ROUND(${terms.join('+')},4)`;
}

export function gradeFormula(refs: ScorecardRefs, scoreCell: string, grades: number): string {
  let formula = refs.gradeName(grades - 1);
  for (let i = grades - 2; i >= 0; i--) formula = `IF(${scoreCell}>=${refs.gradeMin(i)},${refs.gradeName(i)},${formula})`;
  return formula;
}

export function limitFormula(refs: ScorecardRefs, row: RowRefs): string {
  const base = `${row.avgMonthlySales}*${refs.creditMonths}*INDEX(${refs.gradeFactors},MATCH(${row.grade},${refs.gradeNames},0))`;
  const capped = row.totalAssets && row.totalLiabilities
    ? `IF(AND(ISNUMBER(${row.totalAssets}),ISNUMBER(${row.totalLiabilities})),MIN(${base},IFERROR(${refs.netWorthCap}*(${row.totalAssets}-${row.totalLiabilities}),0)),${base})`
    : base;
  return `ROUNDDOWN(MAX(0,${capped})/${refs.roundingUnit},0)*${refs.roundingUnit}`;
}

export function levelFormula(refs: ScorecardRefs, limitCell: string, none: string): string {
  return `IF(${limitCell}<=0,"${none.replace(/"/g, '""')}",INDEX(${refs.levelNames},COUNTIF(${refs.levelMaxima},"<"&${limitCell})+1))`;
}
