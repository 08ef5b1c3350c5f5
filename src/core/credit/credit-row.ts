import * as cellKinds from '../cells/cell';
import type { CellValue, CellWrite, SharedFormula } from '../cells/cell';
import { columnLetter } from '../cells/address';
import * as roles from '../columns/roles';
import type { Factor } from '../columns/roles';
import type { Language } from '../columns/layout';
import { label, labelWith, type LabelId } from '../i18n/labels';
import * as creditColumns from './credit-columns';
import type { CreditColumnId } from './credit-columns';
import { CREDIT_COLUMN_RULES, FACTOR_POINTS_RULES, RATIO_RULES, userPointsRule, type ColumnRule, type FormulaRefs, type Shown } from './credit-column-rules';
import * as excelMath from './excel-math';
import * as factorRecords from './factor-record';
import { compileTemplate, fillTemplate, ROW, sharedFormula, SOURCE_ROW, type FormulaTemplate } from './formula-template';
import * as ratioMath from './ratios';
import type { FigureRefs, FigureRole } from './ratios';
import * as scorecardConfig from './scorecard-config';
import type { Grade, Ratio } from './scorecard-config';
import type { ScorecardRefs } from './scorecard-sheet';
import { missingInputCode, type MissingInputCode } from './missing-input';
import type { ScorecardRules, ScoreParts } from './scoring';
import * as statementInputs from './statement-inputs';
import type { InputColumn, InputPositions } from './statement-inputs';
import type { LimitReason, LostPoints, RowExplanation } from './limit-reason';
import * as reasonText from './reason-text';

// Bound once (see scoring.ts): row() uses them for every customer.
const { FORMULA_WITHOUT_VALUE, SharedFormulaCell, isBlank } = cellKinds;
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

/** A rating cell that holds something other than a rating (problem badRating): its factor's missing-input code and the cell's text. */
export interface UnreadRating {
  code: MissingInputCode;
  written: string;
}

/** Most rows have no unreadable rating: they share this empty list. */
const NO_UNREAD: readonly UnreadRating[] = Object.freeze([]);

/** A grade, or not rated: too little to grade (the scorecard's not-rated rule). */
export type GradeOutcome = Grade | 'notRated';

export interface CreditRowResult {
  cells: CellWrite[];
  ratios: Record<Ratio, number | null>;
  ratioPoints: Record<Ratio, number>;
  /** The ratings of the sources' factors (the forms tick them). */
  ratings: Record<Factor, number | null>;
  /** The ratings of the user's own factors as read, in the scorecard's order (null: missing). */
  userRatings: (number | null)[];
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
  /** The missing ratings whose cell holds something that is not a rating (the survey shows what was written). */
  unreadRatings: readonly UnreadRating[];
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
  /** Each cell's formula (a row's cells: the credit columns, then the user's factors' points); null where its column has a value only. */
  shared: (SharedFormula | null)[];
  /** The formulas, in the order of the cells. */
  templates: FormulaTemplate[];
  /** Some formula refers to the statement's row (SOURCE_ROW): then it must be the customer's row, for the column to share one formula. */
  usesSourceRow: boolean;
}

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

/** Where factor i's points go among a row's cells: the eleven of the sources in CREDIT_COLUMNS, the user's after them all. */
const factorPointsColumn = (i: number) => (i < FACTORS.length ? CREDIT_COL.factorPoints + i : CREDIT_COLUMNS.length + i - FACTORS.length);
const NO_VALUES: readonly CellValue[] = [];
const RATIO_CODES = RATIOS.map((r) => RATIO_RULES[r].missing);
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
  /** How each of a row's cells is made: the credit columns' rules, then the user's factors' points'. */
  private readonly cellRules: ColumnRule[];
  /** What each cell shows, and from which item of a list (see Shown), as cellRules have them: read for every cell of every row. */
  private readonly shows: Shown[];
  private readonly showsIndex: Int32Array;
  /** A row's cells, all blank (copied per row, which keeps the array packed). */
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
    const userRules = config.userFactors.map((u, k) => userPointsRule(k + 1, u));
    this.cellRules = [...CREDIT_COLUMNS.map((c) => CREDIT_COLUMN_RULES[c.id]), ...userRules];
    this.shows = this.cellRules.map((r) => r.shows);
    this.showsIndex = Int32Array.from(this.cellRules, (r) => r.index ?? 0);
    this.blankCells = this.cellRules.map((): CellWrite => null);
    this.ratingCodes = [...FACTOR_POINTS_RULES, ...userRules].map((r) => r.missing);
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
    this.withStatement = this.shape(columns, sc, own);
    this.withoutStatement = this.shape([], sc, own);
  }

  private shape(columns: InputColumn[], sc: ScorecardRefs, own: readonly number[]): RowShape {
    const at = (col: number) => `${columnLetter(col)}${ROW}`;
    const figures: FigureRefs = {};
    // The rating column of each factor: FACTORS, then the user's (null: no column).
    const ratings = new Array<string | null>(this.ratingCodes.length).fill(null);
    for (const { role, factor, userFactor, ref } of columns) {
      if (factor !== null) ratings[FACTORS.indexOf(factor)] = ref;
      else if (userFactor !== null) ratings[FACTORS.length + userFactor] = ref;
      else figures[role as FigureRole] = ref;
    }
    const colOf = (id: CreditColumnId) => own[CREDIT_COL[id]]!;
    const refs: FormulaRefs = {
      sc,
      at: (id) => at(colOf(id)),
      sum: (ids) => sumArguments(ids.map(colOf)),
      factorPoints: sumArguments(ratings.map((_, i) => own[factorPointsColumn(i)]!)),
      factorCount: ratings.length,
      figures,
      ratios: ratioFormulas(figures, this.na),
      ratings,
      text: { na: this.na, notRated: this.notRatedText, survey: this.surveyText, none: this.none },
    };
    // Each cell's formula text, for the sheet column its R1C1 text counts from.
    const formulas = this.cellRules.map((rule) => (rule.kind === 'value' ? null : rule.formula(refs)));
    const shared = formulas.map((f, i) => (f === null ? null : sharedFormula(`=${f}`, own[i]!)));
    const templates = formulas.flatMap((f) => (f === null ? [] : [compileTemplate(`=${f}`)]));
    const usesSourceRow = templates.some((t) => t.marks.includes(SOURCE_ROW));
    return { inputs: inputPositions(columns, this.userNames.length), shared, templates, usesSourceRow };
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
    let unreadRatings = NO_UNREAD;
    for (let i = 0; i < factorCount; i++) {
      if (ratingList[i] !== null) continue;
      missing.push(this.ratingCodes[i]!);
      const raw = ratingAt[i]! < 0 ? null : values[ratingAt[i]!] ?? null;
      if (!isBlank(raw) && raw !== FORMULA_WITHOUT_VALUE) unreadRatings = [...unreadRatings, { code: this.ratingCodes[i]!, written: String(raw) }];
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
    const reasons = explanationWords(explanation, this.lang, this.window);
    const formulas = shape.shared;
    const shows = this.shows;
    const index = this.showsIndex;
    const na = this.na;
    const cells = this.blankCells.slice();
    for (let i = 0; i < shows.length; i++) {
      let value: string | number | null;
      switch (shows[i]!) {
        // The lists first: most cells are theirs.
        case 'factorPoints': value = parts.factorPoints[index[i]!] ?? na; break;
        case 'ratio': value = ratios[RATIOS[index[i]!]!] ?? na; break;
        case 'ratioPoints': value = parts.ratioPoints[RATIOS[index[i]!]!]; break;
        case 'avgMonthlySales': value = avgMonthlySales; break;
        case 'score': value = parts.score; break;
        case 'grade': value = notRated ? this.notRatedText : graded; break;
        case 'limit': value = limit ?? ''; break;
        case 'level': value = level; break;
        case 'missing': value = missingText; break;
        case 'reasons': value = reasons; break;
        case 'statementRow': value = statement ? statement.row + 1 : na; break;
        case 'managementPoints': value = parts.managementPoints; break;
        case 'limitCap': value = cap === undefined ? na : cap ?? 0; break;
      }
      const formula = formulas[i]!;
      cells[i] = formula === null ? value : new SharedFormulaCell(formula, rowNumber, value);
    }
    return {
      cells, ratios, ratioPoints: parts.ratioPoints, ratings: factorRecord(ratingList), userRatings: ratingList.slice(FACTORS.length, factorCount),
      score: parts.score, reasons, explanation,
      grade, limit, level, levelKind, missing, unreadRatings, overflows,
    };
  }
}
