import * as cellKinds from '../cells/cell';
import type { CellValue, CellWrite, SharedFormula } from '../cells/cell';
import { columnLetter } from '../cells/address';
import * as roles from '../columns/roles';
import type { Factor } from '../columns/roles';
import type { Language } from '../columns/layout';
import { label, labelWith, type LabelId } from '../i18n/labels';
import * as creditColumns from './credit-columns';
import * as excelMath from './excel-math';
import * as factorRecords from './factor-record';
import { compileTemplate, fillTemplate, ROW, sharedFormula, SOURCE_ROW, type FormulaTemplate } from './formula-template';
import * as ratioMath from './ratios';
import type { FigureRefs, FigureRole } from './ratios';
import * as scorecardConfig from './scorecard-config';
import type { Grade, Ratio } from './scorecard-config';
import type { ScorecardRefs } from './scorecard-sheet';
import { userFactorCode } from './user-factors';
import { missingInputCode, type MissingInputCode } from './missing-input';
import {
  factorPointsFormula, gradeFormula, levelFormula, limitCapFormula, limitFormula, ratioPointsFormula, scoreFormula, type RowRefs, type ScorecardRules, type ScoreParts,
} from './scoring';
import * as statementInputs from './statement-inputs';
import type { InputColumn, InputPositions } from './statement-inputs';
import type { LimitReason, LostPoints, RowExplanation } from './limit-reason';
import * as reasonText from './reason-text';

// Bound once (see scoring.ts): row() uses them for every customer.
const { SharedFormulaCell } = cellKinds;
const { FACTORS } = roles;
const { explanationWords, listSeparator } = reasonText;
const { CREDIT_COL, CREDIT_COLUMNS, RATIO_LABEL } = creditColumns;
const { isNumber } = excelMath;
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

/** A grade, or not rated: too little to grade (the scorecard's not-rated rule). */
export type GradeOutcome = Grade | 'notRated';

export interface CreditRowResult {
  cells: CellWrite[];
  ratios: Record<Ratio, number | null>;
  ratioPoints: Record<Ratio, number>;
  /** The ratings of the sources' factors (the forms tick them). */
  ratings: Record<Factor, number | null>;
  score: number;
  /** The reasons cell as written (the customer sheet's language). */
  reasons: string | null;
  /** The same reasons as data, for the forms to word in their language. */
  explanation: RowExplanation;
  grade: GradeOutcome;
  /** Null when not rated: no recommended limit. */
  limit: number | null;
  /** The approval level as written: a level name, no credit, or survey needed. */
  level: string;
  /** The approval level as a code where it is not a scorecard level. */
  levelKind: 'level' | 'noCredit' | 'surveyNeeded';
  /** Codes of the inputs that were missing (see missing-input.ts), in the order of compareMissingInputs, the user's factors in the scorecard's. */
  missing: MissingInputCode[];
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
  /** The formulas of FIXED_FORMULAS order, then those of the factors and ratios the sheet has the columns for, each its column's. */
  shared: SharedFormula[];
  templates: FormulaTemplate[];
  /** Some formula refers to the statement's row (SOURCE_ROW): then it must be the customer's row, for the column to share one formula. */
  usesSourceRow: boolean;
  /** Index of each ratio's formula (RATIOS order) among them; -1 where the sheet lacks the columns a ratio needs. */
  ratioFormula: number[];
  /** Index of each factor's points formula (FACTORS order, then the user's factors); -1 where the sheet has no rating column for it. */
  factorFormula: number[];
  /** Index of the net-worth cap's formula; -1 without both net-worth columns. */
  limitCap: number;
}
// The formulas every row has, in this order, then ratio points (RATIOS order).
const [SCORE, GRADE, LIMIT, LEVEL, MANAGEMENT, RATIO_POINTS] = [0, 1, 2, 3, 4, 5];

/** Column refs as SUM arguments: runs of adjacent columns as one range (X5:AH5). */
function sumArguments(cols: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < cols.length;) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1] === cols[j]! + 1) j++;
    parts.push(j === i ? `${columnLetter(cols[i]!)}${ROW}` : `${columnLetter(cols[i]!)}${ROW}:${columnLetter(cols[j]!)}${ROW}`);
    i = j + 1;
  }
  return parts.join(',');
}

const RATIO_COLS = RATIOS.map((r) => CREDIT_COL[r]);
/** Where factor i's points go among a row's cells: the eleven of the sources in CREDIT_COLUMNS, the user's after them all. */
const factorPointsColumn = (i: number) => (i < FACTORS.length ? CREDIT_COL.factorPoints + i : CREDIT_COLUMNS.length + i - FACTORS.length);
const RATIO_POINT_COLS = RATIOS.map((r) => CREDIT_COL[`${r}Points`]);
const NO_VALUES: readonly CellValue[] = [];
const RATIO_CODES = RATIOS.map((ratio) => missingInputCode({ kind: 'ratio', ratio }));
const OPENING_TOTAL_ASSETS = missingInputCode({ kind: 'openingTotalAssets' });
const SALES_HISTORY = missingInputCode({ kind: 'salesHistory' });

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
  private readonly notRatedText: string;
  private readonly surveyText: string;
  private readonly lang: Language;
  /** The last month of the 12-month average (yyyy-mm), as the reasons name it. */
  private readonly window: string;
  /** Most points each item can earn: RATIOS, then FACTORS, then the user's factors. */
  private readonly maxPoints: Float64Array;
  private readonly lost: Float64Array;
  private readonly ratingBuffer: (number | null)[];
  /** What the Missing inputs cell says of each item (RATIOS, then the factors in the order of the rules' weights), with what it could have been worth. */
  private readonly missingLabels: string[];
  private readonly closingOnlyText: string;
  private readonly salesHistoryText: string;
  private readonly separator: string;
  /** A row's cells, all blank (copied per row): the credit columns, then the user's factors' points. */
  private readonly blankCells: CellWrite[];
  /** Missing-input codes of the factors, in the order of the rules' weights. */
  private readonly ratingCodes: MissingInputCode[];
  /** Names of the user's factors (items FACTORS.length + RATIOS.length on). */
  private readonly userNames: string[];

  constructor(
    private readonly rules: ScorecardRules,
    sc: ScorecardRefs,
    /** Column (0-based) of each owned credit column, in CREDIT_COLUMNS order, then of each user factor's points column. */
    own: readonly number[],
    lang: Language,
    /** The statement and rating columns (see inputColumns), the user's factors' too (userFactorColumns). */
    columns: InputColumn[],
    /** The last month of the 12-month window (yyyy-mm; '' when the sales have no dates). */
    window: string,
  ) {
    const config = rules.config;
    this.lang = lang;
    this.window = window;
    this.na = label('value.na', lang);
    this.none = label('value.noCredit', lang);
    this.notRatedText = label('value.notRated', lang);
    this.surveyText = label('value.surveyNeeded', lang);
    const ratioLabels = RATIOS.map((r) => label(RATIO_LABEL[r], lang));
    this.userNames = config.userFactors.map((u) => u.name);
    const factorLabels = [...FACTORS.map((f) => label(`factor.${f}` as LabelId, lang)), ...this.userNames];
    this.ratingCodes = [...FACTORS.map((factor) => missingInputCode({ kind: 'rating', factor })), ...config.userFactors.map(userFactorCode)];
    this.maxPoints = Float64Array.from([...RATIOS.map((r) => config.ratios[r].bands[0]!.points), ...rules.weights]);
    this.lost = new Float64Array(this.maxPoints.length);
    this.ratingBuffer = this.ratingCodes.map(() => null);
    // A missing ratio or rating is named with the points it could have been worth.
    const worth = (item: string, points: number) => labelWith('value.missingWorth', lang, { item, points: pointsText(points) });
    // By code, so that a code given twice (a config the scorecard reader did not check) is worded by its last item.
    const byCode = new Map<string, string>([
      ...RATIOS.map((r, i) => [r, worth(ratioLabels[i]!, this.maxPoints[i]!)] as const),
      ...this.ratingCodes.map((code, i) => [code, worth(factorLabels[i]!, this.maxPoints[RATIOS.length + i]!)] as const),
    ]);
    this.missingLabels = [...RATIOS, ...this.ratingCodes].map((code) => byCode.get(code)!);
    this.closingOnlyText = label('value.turnoverClosingOnly', lang);
    this.salesHistoryText = label('value.salesHistory', lang);
    this.separator = listSeparator(lang);
    this.blankCells = Array.from({ length: CREDIT_COLUMNS.length + this.userNames.length }, (): CellWrite => null);
    this.withStatement = this.shape(columns, sc, own);
    this.withoutStatement = this.shape([], sc, own);
  }

  private shape(columns: InputColumn[], sc: ScorecardRefs, own: readonly number[]): RowShape {
    const at = (col: number) => `${columnLetter(col)}${ROW}`;
    const figures: FigureRefs = {};
    const factorCount = this.ratingCodes.length;
    // The rating column of each factor: FACTORS, then the user's (null: no column).
    const rating = new Array<string | null>(factorCount).fill(null);
    for (const { role, factor, userFactor, ref } of columns) {
      if (factor !== null) rating[FACTORS.indexOf(factor)] = ref;
      else if (userFactor !== null) rating[FACTORS.length + userFactor] = ref;
      else figures[role as FigureRole] = ref;
    }
    const assets = either(figures.totalAssets, figures.closingTotalAssets);
    const liabilities = figures.totalLiabilities;
    const row: RowRefs = {
      avgMonthlySales: at(own[CREDIT_COL.avgMonthlySales]!),
      grade: at(own[CREDIT_COL.grade]!),
      limitCap: at(own[CREDIT_COL.limitCap]!),
    };
    const factorCols = rating.map((_, i) => own[factorPointsColumn(i)]!);
    const rated = { ratios: sumArguments(RATIO_COLS.map((c) => own[c]!)), ratioCount: RATIOS.length, factorPoints: sumArguments(factorCols), factorCount };
    const formulas = [
      scoreFormula(sumArguments([...RATIO_POINT_COLS.map((c) => own[c]!), own[CREDIT_COL.managementPoints]!])),
      gradeFormula(sc, at(own[CREDIT_COL.score]!), rated, this.notRatedText),
      limitFormula(sc, row, this.notRatedText),
      levelFormula(sc, at(own[CREDIT_COL.limit]!), { survey: this.surveyText, none: this.none }),
      `SUM(${sumArguments(factorCols)})`,
      ...RATIOS.map((r, i) => ratioPointsFormula(sc, r, at(own[RATIO_COLS[i]!]!))),
    ];
    const limitCap = assets && liabilities ? formulas.push(limitCapFormula(sc, assets, liabilities, this.na)) - 1 : -1;
    const weights = [...FACTORS.map((f) => sc.weight(f)), ...this.userNames.map((_, k) => sc.userWeight(k + 1))];
    const factorFormula = rating.map((ref, i) => (ref !== null ? formulas.push(factorPointsFormula(sc, weights[i]!, ref, this.na)) - 1 : -1));
    const ratios = ratioFormulas(figures, this.na);
    const ratioFormula = RATIOS.map((r) => (ratios[r] ? formulas.push(ratios[r]) - 1 : -1));
    const templates = formulas.map((f) => compileTemplate(`=${f}`));
    // The cell (index into a row's cells) each formula goes in, for the sheet column its R1C1 text counts from.
    const cellOf = [CREDIT_COL.score, CREDIT_COL.grade, CREDIT_COL.limit, CREDIT_COL.level, CREDIT_COL.managementPoints, ...RATIO_POINT_COLS];
    if (limitCap >= 0) cellOf[limitCap] = CREDIT_COL.limitCap;
    factorFormula.forEach((at, i) => { if (at >= 0) cellOf[at] = factorPointsColumn(i); });
    ratioFormula.forEach((at, i) => { if (at >= 0) cellOf[at] = RATIO_COLS[i]!; });
    const shared = formulas.map((f, k) => sharedFormula(`=${f}`, own[cellOf[k]!]!));
    const usesSourceRow = templates.some((t) => t.marks.includes(SOURCE_ROW));
    return { inputs: inputPositions(columns, this.userNames.length), shared, templates, usesSourceRow, ratioFormula, factorFormula, limitCap };
  }

  /** Every formula of a row of each kind, filled in for these row numbers (for the length checks and the bench). */
  formulasFor(rowText: string, sourceText: string): string[] {
    return [this.withStatement, this.withoutStatement].flatMap((shape) => shape.templates.map((t) => fillTemplate(t, rowText, sourceText)));
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

  /** The (at most three) rated items that cost the customer most points, most first (ties: the earlier item). */
  private lostPoints(parts: ScoreParts, ratios: Record<Ratio, number | null>): LostPoints[] {
    const lost = this.lost;
    const max = this.maxPoints;
    const ratioPoints = parts.ratioPoints;
    // A missing item costs nothing here: the Missing inputs column names it with what it could have been worth.
    lost[0] = ratios.quickRatio === null ? 0 : max[0]! - ratioPoints.quickRatio;
    lost[1] = ratios.debtRatio === null ? 0 : max[1]! - ratioPoints.debtRatio;
    lost[2] = ratios.assetTurnover === null ? 0 : max[2]! - ratioPoints.assetTurnover;
    lost[3] = ratios.netMargin === null ? 0 : max[3]! - ratioPoints.netMargin;
    const factorPoints = parts.factorPoints;
    for (let k = 0; k < factorPoints.length; k++) {
      const points = factorPoints[k]!;
      lost[RATIOS.length + k] = points === null ? 0 : max[RATIOS.length + k]! - points;
    }
    // One pass keeps the three largest, an earlier item ahead of an equal later one.
    let a = -1;
    let b = -1;
    let c = -1;
    for (let i = 0; i < lost.length; i++) {
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
    const out: LostPoints[] = [];
    if (a >= 0) out.push(this.lostItem(a));
    if (b >= 0) out.push(this.lostItem(b));
    if (c >= 0) out.push(this.lostItem(c));
    return out;
  }

  private lostItem(item: number): LostPoints {
    const user = item - RATIOS.length - FACTORS.length;
    return user >= 0 ? { item, points: this.lost[item]!, name: this.userNames[user]! } : { item, points: this.lost[item]! };
  }

  row(input: CreditRowInput, rowNumber: number): CreditRowResult {
    const { statement, avgMonthlySales } = input;
    const rules = this.rules;
    // One shape for every row: a customer without a statement row has n/a in the statement-row column, which the lookups turn into n/a.
    const shape = this.withStatement;
    const values = statement ? statement.values : NO_VALUES;
    const figures = figureValues(values, shape.inputs.figures);
    const ratios = ratioValues(figures);
    let overflows = NO_OVERFLOWS;
    if (ratios.quickRatio === null || ratios.debtRatio === null || ratios.assetTurnover === null || ratios.netMargin === null) {
      const found = ratioOverflows(figures, ratios);
      if (found.length > 0) overflows = found;
    }
    const ratingAt = shape.inputs.ratings;
    const factorCount = ratingAt.length;
    // Reused row after row: score() and factorRecord() copy from it, and nothing keeps it.
    const ratingList = this.ratingBuffer;
    for (let i = 0; i < factorCount; i++) ratingList[i] = ratingAt[i]! < 0 ? null : rules.rating(values[ratingAt[i]!] ?? null);
    const parts = rules.score(ratios, ratingList);
    // The missing inputs as codes and as the cell's text, in one pass, in the order of compareMissingInputs: ratios, ratings, then the rest.
    const missing: MissingInputCode[] = [];
    let missingText: string | null = null;
    const sep = this.separator;
    const labels = this.missingLabels;
    for (let i = 0; i < RATIOS.length; i++) {
      if (ratios[RATIOS[i]!] !== null) continue;
      missing.push(RATIO_CODES[i]!);
      missingText = missingText === null ? labels[i]! : missingText + sep + labels[i]!;
    }
    const missingRatios = missing.length;
    for (let i = 0; i < factorCount; i++) {
      if (ratingList[i] !== null) continue;
      missing.push(this.ratingCodes[i]!);
      missingText = missingText === null ? labels[RATIOS.length + i]! : missingText + sep + labels[RATIOS.length + i]!;
    }
    const missingRatings = missing.length - missingRatios;
    if (closingOnly(figures)) {
      missing.push(OPENING_TOTAL_ASSETS);
      missingText = missingText === null ? this.closingOnlyText : missingText + sep + this.closingOnlyText;
    }
    if (avgMonthlySales === null) {
      missing.push(SALES_HISTORY);
      missingText = missingText === null ? this.salesHistoryText : missingText + sep + this.salesHistoryText;
    }
    const notRated = rules.notRated(missingRatios, missingRatings);
    const graded = rules.grade(parts.score);
    const grade: GradeOutcome = notRated ? 'notRated' : graded;
    const assets = either(figures.totalAssets, figures.closingTotalAssets);
    const liabilities = figures.totalLiabilities;
    let limit: number | null = null;
    let limitReason: LimitReason | null = null;
    if (!notRated) ({ limit, reason: limitReason } = rules.limit(avgMonthlySales, graded, assets, liabilities));
    // isNumber is the finite-number test: the cap exists when both figures are such numbers.
    const cap = isNumber(assets) && isNumber(liabilities) ? rules.cap(assets, liabilities) : undefined;
    if (cap === null) {
      const role: FigureRole = Math.abs(liabilities as number) > Math.abs(assets as number) ? 'totalLiabilities' : figures.totalAssets !== undefined ? 'totalAssets' : 'closingTotalAssets';
      overflows = [...overflows, { result: 'limit', role }];
    }
    const levelKind = notRated ? 'surveyNeeded' : limit! <= 0 ? 'noCredit' : 'level';
    const level = levelKind === 'surveyNeeded' ? this.surveyText : rules.level(limit!, this.none);
    const explanation: RowExplanation = {
      notRated: notRated ? {
        missingRatios, missingRatings, factorCount,
        maxMissingRatios: rules.config.notRated.maxMissingRatios, maxMissingRatings: rules.config.notRated.maxMissingRatings,
      } : null,
      limit: limitReason,
      lost: this.lostPoints(parts, ratios),
    };

    if (shape.usesSourceRow && statement && statement.row !== rowNumber) {
      throw new Error(`the statement of sheet row ${rowNumber + 1} is on row ${statement.row + 1}, but the formulas refer to the customer's own row for it`);
    }
    const formulas = shape.shared;
    const na = this.na;
    const cells = this.blankCells.slice();
    cells[CREDIT_COL.avgMonthlySales] = avgMonthlySales;
    for (let i = 0; i < RATIOS.length; i++) {
      const r = RATIOS[i]!;
      const value = ratios[r] ?? na;
      const at = shape.ratioFormula[i]!;
      cells[RATIO_COLS[i]!] = at < 0 ? value : new SharedFormulaCell(formulas[at]!, rowNumber, value);
      cells[RATIO_POINT_COLS[i]!] = new SharedFormulaCell(formulas[RATIO_POINTS + i]!, rowNumber, parts.ratioPoints[r]);
    }
    for (let i = 0; i < factorCount; i++) {
      const at = shape.factorFormula[i]!;
      const points = parts.factorPoints[i] ?? na;
      cells[factorPointsColumn(i)] = at < 0 ? points : new SharedFormulaCell(formulas[at]!, rowNumber, points);
    }
    cells[CREDIT_COL.managementPoints] = new SharedFormulaCell(formulas[MANAGEMENT]!, rowNumber, parts.managementPoints);
    cells[CREDIT_COL.statementRow] = statement ? statement.row + 1 : na;
    const capValue = cap === undefined ? na : cap ?? 0;
    cells[CREDIT_COL.limitCap] = shape.limitCap < 0 ? na : new SharedFormulaCell(formulas[shape.limitCap]!, rowNumber, capValue);
    cells[CREDIT_COL.score] = new SharedFormulaCell(formulas[SCORE]!, rowNumber, parts.score);
    cells[CREDIT_COL.grade] = new SharedFormulaCell(formulas[GRADE]!, rowNumber, notRated ? this.notRatedText : graded);
    cells[CREDIT_COL.limit] = new SharedFormulaCell(formulas[LIMIT]!, rowNumber, limit ?? '');
    cells[CREDIT_COL.level] = new SharedFormulaCell(formulas[LEVEL]!, rowNumber, level);
    const reasons = explanationWords(explanation, this.lang, this.window);
    cells[CREDIT_COL.missing] = missingText;
    cells[CREDIT_COL.reasons] = reasons;
    return {
      cells, ratios, ratioPoints: parts.ratioPoints, ratings: factorRecord(ratingList), score: parts.score, reasons, explanation,
      grade, limit, level, levelKind, missing, overflows,
    };
  }
}
