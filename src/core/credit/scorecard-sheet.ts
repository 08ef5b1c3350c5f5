import type { CellValue, CellWrite } from '../cells/cell';
import { absoluteRef, cellAddress } from '../cells/address';
import { FACTORS, type Factor } from '../columns/roles';
import type { Language } from '../columns/layout';
import { label, type LabelId } from '../i18n/labels';
import type { Problem, ScorecardProblemCode } from '../problems';
import type { WriteOp } from '../plan/write-ops';
import { GRADES, RATIOS, type Ratio, type ScorecardConfig } from './scorecard-config';
import { RATIO_LABEL } from './credit-columns';

/** Marks the scorecard sheet (a defined name on its A1). */
export const SCORECARD_MARKER = 'CreditDesk_Scorecard';

// Fixed positions (0-based): Credit Desk reads the user's edits back from these cells.
const ROW = {
  title: 0, company: 1, note: 2,
  financialTitle: 4, financialHeader: 5, ratios: 6,
  managementTitle: 11, managementHeader: 12, factors: 13,
  wordsTitle: 25, wordsHeader: 26, words: 27,
  gradesTitle: 39, gradesHeader: 40, grades: 41,
  limitTitle: 47, creditMonths: 48, netWorthCap: 49, roundingUnit: 50,
  levelsTitle: 52, levelsHeader: 53, levels: 54,
} as const;
export const SCORECARD_ROWS = 58;
export const SCORECARD_COLS = 9;
export const WORD_COUNT = 11;
export const LEVEL_COUNT = 4;

const RATIO_FORMAT: Record<Ratio, string> = { quickRatio: '0.00', debtRatio: '0%', assetTurnover: '0.00', netMargin: '0%' };
const INPUT_FILL = '#FFF2CC';
const HEADER_FILL = '#D9E1F2';

/** Absolute references to the scorecard's input cells, for the formulas on the customer sheet. */
export interface ScorecardRefs {
  band(ratio: Ratio, band: number): { threshold: string; points: string };
  otherwise(ratio: Ratio): string;
  weight(factor: Factor): string;
  words: string;
  wordValues: string;
  gradeName(i: number): string;
  gradeMin(i: number): string;
  gradeNames: string;
  gradeFactors: string;
  creditMonths: string;
  netWorthCap: string;
  roundingUnit: string;
  levelNames: string;
  /** Maxima of every level but the last (which has none). */
  levelMaxima: string;
}

export function scorecardRefs(sheet: string): ScorecardRefs {
  const ref = (row: number, col: number) => absoluteRef(sheet, row, col);
  const span = (r1: number, c: number, r2: number) => `${ref(r1, c)}:${ref(r2, c).replace(/^.*!/, '')}`;
  return {
    band: (ratio, band) => ({ threshold: ref(ROW.ratios + RATIOS.indexOf(ratio), 2 + band * 2), points: ref(ROW.ratios + RATIOS.indexOf(ratio), 3 + band * 2) }),
    otherwise: (ratio) => ref(ROW.ratios + RATIOS.indexOf(ratio), 8),
    weight: (factor) => ref(ROW.factors + FACTORS.indexOf(factor), 1),
    words: span(ROW.words, 0, ROW.words + WORD_COUNT - 1),
    wordValues: span(ROW.words, 1, ROW.words + WORD_COUNT - 1),
    gradeName: (i) => ref(ROW.grades + i, 0),
    gradeMin: (i) => ref(ROW.grades + i, 1),
    gradeNames: span(ROW.grades, 0, ROW.grades + GRADES.length - 1),
    gradeFactors: span(ROW.grades, 2, ROW.grades + GRADES.length - 1),
    creditMonths: ref(ROW.creditMonths, 1),
    netWorthCap: ref(ROW.netWorthCap, 1),
    roundingUnit: ref(ROW.roundingUnit, 1),
    levelNames: span(ROW.levels, 0, ROW.levels + LEVEL_COUNT - 1),
    levelMaxima: span(ROW.levels, 1, ROW.levels + LEVEL_COUNT - 2),
  };
}

/** The scorecard sheet's cells, formats and marker, written when the workbook has none. */
export function scorecardSheetOps(sheet: string, config: ScorecardConfig, lang: Language): WriteOp[] {
  const grid: CellWrite[][] = Array.from({ length: SCORECARD_ROWS }, () => new Array<CellWrite>(SCORECARD_COLS).fill(null));
  const put = (row: number, col: number, value: CellWrite) => (grid[row]![col] = value);
  const ops: WriteOp[] = [];
  const format = (row: number, col: number, rows: number, cols: number, f: string) => ops.push({ op: 'numberFormat', sheet, row, col, rows, cols, format: f });
  const style = (row: number, col: number, rows: number, cols: number, s: { bold?: boolean; fontSize?: number; fill?: string; wrap?: boolean }) =>
    ops.push({ op: 'style', sheet, row, col, rows, cols, style: s });
  const heading = (row: number, id: LabelId) => { put(row, 0, label(id, lang)); style(row, 0, 1, 1, { bold: true }); };
  const headers = (row: number, ids: LabelId[]) => { ids.forEach((id, c) => put(row, c, label(id, lang))); style(row, 0, 1, ids.length, { bold: true, fill: HEADER_FILL }); };

  put(ROW.title, 0, label('sc.title', lang));
  style(ROW.title, 0, 1, 1, { bold: true, fontSize: 14 });
  put(ROW.company, 0, label('sc.company', lang));
  put(ROW.company, 1, config.company);
  style(ROW.company, 1, 1, 1, { fill: INPUT_FILL });
  put(ROW.note, 0, label('sc.editable', lang));

  heading(ROW.financialTitle, 'sc.financial');
  headers(ROW.financialHeader, ['sc.indicator', 'sc.direction', 'sc.threshold', 'sc.points', 'sc.threshold', 'sc.points', 'sc.threshold', 'sc.points', 'sc.otherwise']);
  RATIOS.forEach((ratio, i) => {
    const rule = config.ratios[ratio];
    const row = ROW.ratios + i;
    put(row, 0, label(RATIO_LABEL[ratio], lang));
    put(row, 1, label(rule.direction === 'atLeast' ? 'sc.atLeast' : 'sc.atMost', lang));
    rule.bands.forEach((b, k) => { put(row, 2 + k * 2, b.threshold); put(row, 3 + k * 2, b.points); format(row, 2 + k * 2, 1, 1, RATIO_FORMAT[ratio]); });
    put(row, 8, rule.otherwise);
  });
  style(ROW.ratios, 2, RATIOS.length, 7, { fill: INPUT_FILL });

  heading(ROW.managementTitle, 'sc.management');
  headers(ROW.managementHeader, ['sc.factor', 'sc.weight']);
  FACTORS.forEach((f, i) => { put(ROW.factors + i, 0, label(`factor.${f}` as LabelId, lang)); put(ROW.factors + i, 1, config.weights[f]); });
  style(ROW.factors, 1, FACTORS.length, 1, { fill: INPUT_FILL });

  heading(ROW.wordsTitle, 'sc.words');
  headers(ROW.wordsHeader, ['sc.word', 'sc.rating']);
  config.ratingWords.forEach((w, i) => { put(ROW.words + i, 0, w.word); put(ROW.words + i, 1, w.value); });
  style(ROW.words, 0, WORD_COUNT, 2, { fill: INPUT_FILL });
  format(ROW.words, 0, WORD_COUNT, 1, '@');

  heading(ROW.gradesTitle, 'sc.grades');
  headers(ROW.gradesHeader, ['sc.grade', 'sc.minScore', 'sc.limitFactor']);
  config.grades.forEach((g, i) => { put(ROW.grades + i, 0, g.grade); put(ROW.grades + i, 1, g.minScore); put(ROW.grades + i, 2, g.factor); });
  style(ROW.grades, 1, GRADES.length, 2, { fill: INPUT_FILL });
  format(ROW.grades, 2, GRADES.length, 1, '0.0');

  heading(ROW.limitTitle, 'sc.limitRule');
  put(ROW.creditMonths, 0, label('sc.creditMonths', lang));
  put(ROW.creditMonths, 1, config.creditMonths);
  put(ROW.netWorthCap, 0, label('sc.netWorthCap', lang));
  put(ROW.netWorthCap, 1, config.netWorthCap);
  format(ROW.netWorthCap, 1, 1, 1, '0%');
  put(ROW.roundingUnit, 0, label('sc.roundingUnit', lang));
  put(ROW.roundingUnit, 1, config.roundingUnit);
  format(ROW.roundingUnit, 1, 1, 1, '#,##0');
  style(ROW.creditMonths, 1, 3, 1, { fill: INPUT_FILL });

  heading(ROW.levelsTitle, 'sc.levels');
  headers(ROW.levelsHeader, ['sc.level', 'sc.maxAmount']);
  config.levels.forEach((l, i) => { put(ROW.levels + i, 0, l.name); put(ROW.levels + i, 1, l.max); });
  format(ROW.levels, 1, LEVEL_COUNT, 1, '#,##0');
  style(ROW.levels, 0, LEVEL_COUNT, 1, { fill: INPUT_FILL });
  style(ROW.levels, 1, LEVEL_COUNT - 1, 1, { fill: INPUT_FILL });

  return [
    { op: 'addSheet', sheet },
    ...ops.filter((o) => o.op === 'numberFormat'),
    { op: 'values', sheet, row: 0, col: 0, values: grid },
    ...ops.filter((o) => o.op !== 'numberFormat'),
    { op: 'columnWidth', sheet, col: 0, width: 34 },
    ...Array.from({ length: SCORECARD_COLS - 1 }, (_, i): WriteOp => ({ op: 'columnWidth', sheet, col: i + 1, width: 12 })),
    { op: 'name', name: SCORECARD_MARKER, sheet, row: 0, col: 0, comment: 'Credit Desk scorecard: the credit formulas read their bands, weights, grades and levels here.' },
  ];
}

/**
 * Where each scorecard number must lie (inclusive). With them and sales lines
 * of at most MAX_AMOUNT (tiers/net-sales.ts), scores, limits and levels stay
 * finite: a score is at most 15 × 100 points, a limit at most 36 × 10 times
 * the average, and the rounding unit is no smaller than a cent.
 */
export const BOUNDS = {
  threshold: [-1e9, 1e9],
  points: [0, 100],
  weight: [0, 100],
  minScore: [0, 1e9],
  limitFactor: [0, 10],
  creditMonths: [0, 36],
  netWorthCap: [0, 1],
  roundingUnit: [0.01, 1e9],
  levelMax: [0, Infinity],
} as const satisfies Record<string, readonly [number, number]>;

/** What a scorecard cell holds, as problem.item.* templates name it; the English words are those of the command line. */
type ItemId =
  | 'ratioThreshold' | 'ratioPoints' | 'ratioOtherwise' | 'weight' | 'wordRating' | 'word'
  | 'minScore' | 'limitFactor' | 'creditMonths' | 'netWorthCap' | 'roundingUnit' | 'levelName' | 'levelMax';
interface Item {
  english: string;
  args: Record<string, string>;
}
const item = (id: ItemId, english: string, args: Record<string, string> = {}): Item => ({ english, args: { item: id, ...args } });

/**
 * Reads the scorecard back from its cells and validates it. Every problem
 * names its cell; the config is null when there is any problem.
 */
export function parseScorecard(sheet: string, block: CellValue[][]): { config: ScorecardConfig | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (row: number, col: number) => block[row]?.[col] ?? null;
  const fail = (row: number, col: number, reason: string, code: ScorecardProblemCode, args: Record<string, string> = {}) =>
    problems.push({ sheet, cell: cellAddress(row, col), reason, code, args });
  // Every number has bounds, so that no score, limit or level can overflow.
  const num = (row: number, col: number, what: Item, [min, max]: readonly [number, number]): number => {
    const v = at(row, col);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      const found = JSON.stringify(v);
      fail(row, col, `${what.english}: needs a number, found ${found}`, v === null ? 'scorecardBlankNumber' : 'scorecardNumber', { ...what.args, found });
      return NaN;
    }
    if (v < min) fail(row, col, `${what.english}: must not be below ${min}, found ${v}`, 'scorecardBelow', { ...what.args, min: String(min), found: String(v) });
    else if (v > max) fail(row, col, `${what.english}: must not be above ${max}, found ${v}`, 'scorecardAbove', { ...what.args, max: String(max), found: String(v) });
    return v;
  };
  const text = (row: number, col: number, what: Item): string => {
    const v = at(row, col);
    if (v === null || String(v).trim() === '') { fail(row, col, `${what.english}: must not be blank`, 'scorecardBlank', what.args); return ''; }
    return String(v).trim();
  };

  const ratios = {} as ScorecardConfig['ratios'];
  RATIOS.forEach((ratio, i) => {
    const row = ROW.ratios + i;
    const direction = ratio === 'debtRatio' ? 'atMost' : 'atLeast';
    const bands = [0, 1, 2].map((k) => ({
      threshold: num(row, 2 + k * 2, item('ratioThreshold', `${ratio} threshold ${k + 1}`, { ratio, band: String(k + 1) }), BOUNDS.threshold),
      points: num(row, 3 + k * 2, item('ratioPoints', `${ratio} points ${k + 1}`, { ratio, band: String(k + 1) }), BOUNDS.points),
    }));
    const otherwise = num(row, 8, item('ratioOtherwise', `${ratio} points otherwise`, { ratio }), BOUNDS.points);
    for (let k = 1; k < 3; k++) {
      const [a, b] = [bands[k - 1]!.threshold, bands[k]!.threshold];
      const ok = direction === 'atLeast' ? a > b : a < b;
      const order = { ratio, band: String(k + 1), previous: String(k) };
      if (!ok && !Number.isNaN(a) && !Number.isNaN(b)) {
        const below = direction === 'atLeast';
        fail(row, 2 + k * 2, `${ratio} bands out of order: threshold ${k + 1} must be ${below ? 'below' : 'above'} threshold ${k}`, below ? 'scorecardBandsDown' : 'scorecardBandsUp', order);
      }
      if (bands[k]!.points > bands[k - 1]!.points) fail(row, 3 + k * 2, `${ratio} points out of order: band ${k + 1} scores more than band ${k}`, 'scorecardPointsOrder', order);
    }
    if (otherwise > bands[2]!.points) fail(row, 8, `${ratio} points otherwise exceed band 3's`, 'scorecardOtherwise', { ratio });
    ratios[ratio] = { direction, bands, otherwise };
  });

  const weights = Object.fromEntries(FACTORS.map((f, i) => [f, num(ROW.factors + i, 1, item('weight', `weight of ${f}`, { factor: f }), BOUNDS.weight)])) as Record<Factor, number>;
  const ratingWords = Array.from({ length: WORD_COUNT }, (_, i) => {
    const row = ROW.words + i;
    const value = num(row, 1, item('wordRating', 'rating of a word'), [1, Infinity]);
    // NaN: already reported as not a number.
    if (!Number.isNaN(value) && (value > 5 || !Number.isInteger(value))) fail(row, 1, `rating of a word: must be a whole number 1–5, found ${value}`, 'scorecardWordRating', { found: String(value) });
    return { word: text(row, 0, item('word', 'rating word')), value };
  });
  const grades = GRADES.map((grade, i) => {
    if (at(ROW.grades + i, 0) !== grade) fail(ROW.grades + i, 0, `grade name: must be ${grade}`, 'scorecardGradeName', { grade });
    return {
      grade,
      minScore: num(ROW.grades + i, 1, item('minScore', `minimum score of ${grade}`, { grade }), BOUNDS.minScore),
      factor: num(ROW.grades + i, 2, item('limitFactor', `limit factor of ${grade}`, { grade }), BOUNDS.limitFactor),
    };
  });
  for (let i = 1; i < grades.length; i++) {
    const [grade, previous] = [grades[i]!.grade, grades[i - 1]!.grade];
    if (!(grades[i]!.minScore < grades[i - 1]!.minScore)) {
      fail(ROW.grades + i, 1, `grades not descending: ${grade} needs a lower minimum score than ${previous}`, 'scorecardGradesOrder', { grade, previous });
    }
  }
  const creditMonths = num(ROW.creditMonths, 1, item('creditMonths', 'credit months'), BOUNDS.creditMonths);
  const netWorthCap = num(ROW.netWorthCap, 1, item('netWorthCap', 'net-worth cap'), BOUNDS.netWorthCap);
  const unitItem = item('roundingUnit', 'rounding unit');
  const roundingUnit = num(ROW.roundingUnit, 1, unitItem, [0, BOUNDS.roundingUnit[1]]);
  if (roundingUnit === 0) fail(ROW.roundingUnit, 1, 'rounding unit: must be above 0', 'scorecardRoundingZero');
  else if (roundingUnit > 0 && roundingUnit < BOUNDS.roundingUnit[0]) {
    const min = String(BOUNDS.roundingUnit[0]);
    fail(ROW.roundingUnit, 1, `rounding unit: must not be below ${min}, found ${roundingUnit}`, 'scorecardBelow', { ...unitItem.args, min, found: String(roundingUnit) });
  }
  const levels = Array.from({ length: LEVEL_COUNT }, (_, i) => {
    const row = ROW.levels + i;
    const name = text(row, 0, item('levelName', 'approval level name'));
    if (i === LEVEL_COUNT - 1) {
      if (at(row, 1) !== null) fail(row, 1, 'the last approval level approves any amount: leave its maximum blank', 'scorecardLastLevelMax');
      return { name, max: null };
    }
    if (at(row, 1) === null) { fail(row, 1, `approval level "${name}" has no maximum amount`, 'scorecardLevelNoMax', { level: name }); return { name, max: null }; }
    return { name, max: num(row, 1, item('levelMax', `maximum amount of "${name}"`, { level: name }), BOUNDS.levelMax) };
  });
  for (let i = 1; i < LEVEL_COUNT - 1; i++) {
    const [a, b] = [levels[i - 1]!.max, levels[i]!.max];
    const [level, previous] = [levels[i]!.name, levels[i - 1]!.name];
    if (a !== null && b !== null && !(b > a)) {
      fail(ROW.levels + i, 1, `approval levels not ascending: "${level}" must approve more than "${previous}"`, 'scorecardLevelsOrder', { level, previous });
    }
  }
  const company = at(ROW.company, 1) === null ? '' : String(at(ROW.company, 1));
  if (problems.length > 0) return { config: null, problems };
  return { config: { company, ratios, weights, ratingWords, grades, creditMonths, netWorthCap, roundingUnit, levels }, problems };
}
