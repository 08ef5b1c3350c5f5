import type { CellValue, CellWrite } from '../cells/cell';
import { cellAddress } from '../cells/address';
import { FACTORS, type Factor } from '../columns/roles';
import type { Language } from '../columns/layout';
import { label, type LabelId } from '../i18n/labels';
import type { Problem, ScorecardProblemCode } from '../problems';
import type { NameOp, WriteOp } from '../plan/write-ops';
import { DEFAULT_NOT_RATED, GRADES, RATIOS, type Ratio, type ScorecardConfig } from './scorecard-config';
import { RATIO_LABEL } from './credit-columns';

/** Marks the scorecard sheet (a defined name on its A1). */
export const SCORECARD_MARKER = 'CreditDesk_Scorecard';

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * The workbook-scoped defined names over the scorecard's inputs, which the
 * credit formulas use instead of cell addresses (README, "Credit step").
 * Each is set again on every run.
 */
export const SCORECARD_NAMES = {
  /** 1 (higher is better, thresholds ascending) or -1 (lower is better, descending). */
  order: (r: Ratio) => `CreditDesk_${capital(r)}Order`,
  /** A ratio's band thresholds, worst first (MATCH's sorted list). */
  thresholds: (r: Ratio) => `CreditDesk_${capital(r)}Thresholds`,
  /** The points of those bands, in the same order. */
  bandPoints: (r: Ratio) => `CreditDesk_${capital(r)}BandPoints`,
  /** Points when the ratio reaches no band. */
  otherwise: (r: Ratio) => `CreditDesk_${capital(r)}Otherwise`,
  weight: (f: Factor) => `CreditDesk_Weight${capital(f)}`,
  ratingKeys: 'CreditDesk_RatingKeys',
  ratingValues: 'CreditDesk_RatingValues',
  gradeNames: 'CreditDesk_GradeNames',
  /** Minimum scores of every grade but the last (which takes every score below). */
  gradeMinimums: 'CreditDesk_GradeMinimums',
  gradeFactors: 'CreditDesk_GradeFactors',
  creditMonths: 'CreditDesk_CreditMonths',
  netWorthCap: 'CreditDesk_NetWorthCap',
  roundingUnit: 'CreditDesk_RoundingUnit',
  levelNames: 'CreditDesk_LevelNames',
  /** Maxima of every level but the last (which has none). */
  levelMaxima: 'CreditDesk_LevelMaxima',
  /** The not-rated rule: a customer missing more ratios, or more ratings, than these is not rated. */
  maxMissingRatios: 'CreditDesk_MaxMissingRatios',
  maxMissingRatings: 'CreditDesk_MaxMissingRatings',
} as const;

/** Names the scorecard formulas use: every name is also the reference (formulas read like their rule). */
export type ScorecardRefs = typeof SCORECARD_NAMES;
export function scorecardRefs(): ScorecardRefs {
  return SCORECARD_NAMES;
}

/** Number of bands per ratio, rating keys, grades and levels of the layout this release writes. */
export const BAND_COUNT = 3;
export const KEY_COUNT = 16;
export const LEVEL_COUNT = 4;

// Positions (0-based) of the current layout. Ratio i's band table starts at bandTables + i * 5.
const ROW = {
  title: 0, company: 1, note: 2,
  financialTitle: 4, financialHeader: 5, ratios: 6,
  bandTables: 11,
  managementTitle: 31, managementHeader: 32, factors: 33,
  keysTitle: 45, keysHeader: 46, keys: 47,
  gradesTitle: 64, gradesHeader: 65, grades: 66,
  limitTitle: 72, creditMonths: 73, netWorthCap: 74, roundingUnit: 75,
  levelsTitle: 77, levelsHeader: 78, levels: 79,
  notRatedTitle: 84, maxMissingRatios: 85, maxMissingRatings: 86,
} as const;
const bandRow = (ratio: number, band: number) => ROW.bandTables + ratio * 5 + 1 + band;
export const SCORECARD_ROWS = 88;
/** Rows of the layout before the not-rated rule (rows 84–86) was added: read, then rewritten in place with the rule's defaults. */
const ROWS_BEFORE_NOT_RATED = 83;
export const SCORECARD_COLS = 9;

// Release 0.1's fixed layout, read once to upgrade it in place.
const ROW_V1 = {
  company: 1, ratios: 6, factors: 13, words: 27, grades: 41, creditMonths: 48, netWorthCap: 49, roundingUnit: 50, levels: 54,
} as const;
const WORD_COUNT_V1 = 11;
const LEVEL_COUNT_V1 = 4;
export const SCORECARD_ROWS_V1 = 58;

/** A scorecard sheet of release 0.1 has no CreditDesk_CreditMonths name (a one-cell name, read with the markers). */
export function isCurrentLayout(markerNames: readonly string[]): boolean {
  return markerNames.some((n) => n.toLowerCase() === SCORECARD_NAMES.creditMonths.toLowerCase());
}

/** A scorecard of the current layout made before the not-rated rule has no CreditDesk_MaxMissingRatios name. */
export function hasNotRatedRule(markerNames: readonly string[]): boolean {
  return markerNames.some((n) => n.toLowerCase() === SCORECARD_NAMES.maxMissingRatios.toLowerCase());
}

const RATIO_FORMAT: Record<Ratio, string> = { quickRatio: '0.00', debtRatio: '0%', assetTurnover: '0.00', netMargin: '0%' };
const INPUT_FILL = '#FFF2CC';
const HEADER_FILL = '#D9E1F2';

/** The names over the scorecard's inputs, as name ops. */
export function scorecardNameOps(sheet: string, config: ScorecardConfig): NameOp[] {
  const n = SCORECARD_NAMES;
  const op = (name: string, row: number, col: number, rows = 1, what = ''): NameOp =>
    ({ op: 'name', name, sheet, row, col, rows, cols: 1, comment: `Credit Desk scorecard input${what ? `: ${what}` : ''}.` });
  const keys = config.ratingWords.length;
  return [
    ...RATIOS.flatMap((r, i) => [
      op(n.order(r), ROW.ratios + i, 1, 1, `${r}: 1 higher is better, -1 lower is better`),
      op(n.otherwise(r), ROW.ratios + i, 2, 1, `${r}: points below every band`),
      op(n.thresholds(r), bandRow(i, 0), 1, config.ratios[r].bands.length, `${r} band thresholds, worst first`),
      op(n.bandPoints(r), bandRow(i, 0), 2, config.ratios[r].bands.length, `${r} band points, worst first`),
    ]),
    ...FACTORS.map((f, i) => op(n.weight(f), ROW.factors + i, 1, 1, `weight of ${f}`)),
    op(n.ratingKeys, ROW.keys, 0, keys, 'ratings 1-5 and rating words, matched literally and case-insensitively'),
    op(n.ratingValues, ROW.keys, 1, keys, 'the rating each key stands for'),
    op(n.gradeNames, ROW.grades, 0, config.grades.length),
    op(n.gradeMinimums, ROW.grades, 1, config.grades.length - 1, 'minimum scores of every grade but the last'),
    op(n.gradeFactors, ROW.grades, 2, config.grades.length),
    op(n.creditMonths, ROW.creditMonths, 1),
    op(n.netWorthCap, ROW.netWorthCap, 1),
    op(n.roundingUnit, ROW.roundingUnit, 1),
    op(n.levelNames, ROW.levels, 0, config.levels.length),
    op(n.levelMaxima, ROW.levels, 1, config.levels.length - 1, 'maxima of every level but the last'),
    op(n.maxMissingRatios, ROW.maxMissingRatios, 1, 1, 'not rated when more ratios than this are missing'),
    op(n.maxMissingRatings, ROW.maxMissingRatings, 1, 1, 'not rated when more ratings than this are missing'),
  ];
}

/**
 * The scorecard sheet's cells, formats and marker: a new sheet when the
 * workbook has none, or (existing) the sheet of release 0.1 rewritten in
 * place in the current layout with the values read from it.
 */
export function scorecardSheetOps(sheet: string, config: ScorecardConfig, lang: Language, existing = false): WriteOp[] {
  const rows = Math.max(SCORECARD_ROWS, existing ? SCORECARD_ROWS_V1 : 0);
  const grid: CellWrite[][] = Array.from({ length: rows }, () => new Array<CellWrite>(SCORECARD_COLS).fill(null));
  const put = (row: number, col: number, value: CellWrite) => (grid[row]![col] = value);
  const ops: WriteOp[] = [];
  const format = (row: number, col: number, rows: number, cols: number, f: string) => ops.push({ op: 'numberFormat', sheet, row, col, rows, cols, format: f });
  const style = (row: number, col: number, rows: number, cols: number, s: { bold?: boolean; fontSize?: number; fill?: string; wrap?: boolean }) =>
    ops.push({ op: 'style', sheet, row, col, rows, cols, style: s });
  const heading = (row: number, id: LabelId) => { put(row, 0, label(id, lang)); style(row, 0, 1, 1, { bold: true }); };
  const headers = (row: number, ids: (LabelId | string)[]) => {
    ids.forEach((id, c) => put(row, c, id.includes('.') && !id.includes(' ') ? label(id as LabelId, lang) : id));
    style(row, 0, 1, ids.length, { bold: true, fill: HEADER_FILL });
  };

  put(ROW.title, 0, label('sc.title', lang));
  style(ROW.title, 0, 1, 1, { bold: true, fontSize: 14 });
  put(ROW.company, 0, label('sc.company', lang));
  put(ROW.company, 1, config.company);
  style(ROW.company, 1, 1, 1, { fill: INPUT_FILL });
  put(ROW.note, 0, label('sc.editable', lang));

  heading(ROW.financialTitle, 'sc.financial');
  headers(ROW.financialHeader, ['sc.indicator', 'sc.order', 'sc.otherwise']);
  RATIOS.forEach((ratio, i) => {
    const rule = config.ratios[ratio];
    put(ROW.ratios + i, 0, label(RATIO_LABEL[ratio], lang));
    put(ROW.ratios + i, 1, rule.direction === 'atLeast' ? 1 : -1);
    put(ROW.ratios + i, 2, rule.otherwise);
    const header = ROW.bandTables + i * 5;
    headers(header, [`${label(RATIO_LABEL[ratio], lang)}: ${label('sc.bands', lang)}`, 'sc.threshold', 'sc.points']);
    // Worst first: MATCH(x, thresholds, order) finds the band a ratio reaches.
    [...rule.bands].reverse().forEach((b, k) => { put(header + 1 + k, 1, b.threshold); put(header + 1 + k, 2, b.points); });
    format(header + 1, 1, rule.bands.length, 1, RATIO_FORMAT[ratio]);
    style(header + 1, 1, rule.bands.length, 2, { fill: INPUT_FILL });
  });
  style(ROW.ratios, 1, RATIOS.length, 2, { fill: INPUT_FILL });

  heading(ROW.managementTitle, 'sc.management');
  headers(ROW.managementHeader, ['sc.factor', 'sc.weight']);
  FACTORS.forEach((f, i) => { put(ROW.factors + i, 0, label(`factor.${f}` as LabelId, lang)); put(ROW.factors + i, 1, config.weights[f]); });
  style(ROW.factors, 1, FACTORS.length, 1, { fill: INPUT_FILL });

  heading(ROW.keysTitle, 'sc.words');
  headers(ROW.keysHeader, ['sc.key', 'sc.rating']);
  config.ratingWords.forEach((w, i) => { put(ROW.keys + i, 0, w.word); put(ROW.keys + i, 1, w.value); });
  style(ROW.keys, 0, KEY_COUNT, 2, { fill: INPUT_FILL });
  format(ROW.keys, 0, KEY_COUNT, 1, '@');

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

  heading(ROW.notRatedTitle, 'sc.notRated');
  put(ROW.maxMissingRatios, 0, label('sc.maxMissingRatios', lang));
  put(ROW.maxMissingRatios, 1, config.notRated.maxMissingRatios);
  put(ROW.maxMissingRatings, 0, label('sc.maxMissingRatings', lang));
  put(ROW.maxMissingRatings, 1, config.notRated.maxMissingRatings);
  style(ROW.maxMissingRatios, 1, 2, 1, { fill: INPUT_FILL });

  return [
    ...(existing ? [] : [{ op: 'addSheet', sheet } as WriteOp]),
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
  maxMissingRatios: [0, RATIOS.length],
  maxMissingRatings: [0, FACTORS.length],
} as const satisfies Record<string, readonly [number, number]>;

/** What a scorecard cell holds, as problem.item.* templates name it; the English words are those of the command line. */
type ItemId =
  | 'ratioThreshold' | 'ratioPoints' | 'ratioOtherwise' | 'weight' | 'wordRating' | 'word'
  | 'minScore' | 'limitFactor' | 'creditMonths' | 'netWorthCap' | 'roundingUnit' | 'levelName' | 'levelMax'
  | 'maxMissingRatios' | 'maxMissingRatings';
interface Item {
  english: string;
  args: Record<string, string>;
}
const item = (id: ItemId, english: string, args: Record<string, string> = {}): Item => ({ english, args: { item: id, ...args } });


/** Reading and checking cells of one scorecard sheet: every problem names its cell. */
class CellReader {
  readonly problems: Problem[] = [];
  constructor(private readonly sheet: string, private readonly block: CellValue[][]) {}

  at(row: number, col: number): CellValue {
    return this.block[row]?.[col] ?? null;
  }

  fail(row: number, col: number, reason: string, code: ScorecardProblemCode, args: Record<string, string> = {}): void {
    this.problems.push({ sheet: this.sheet, cell: cellAddress(row, col), reason, code, args });
  }

  /** Every number has bounds, so that no score, limit or level can overflow. */
  num(row: number, col: number, what: Item, [min, max]: readonly [number, number]): number {
    const v = this.at(row, col);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      const found = JSON.stringify(v);
      this.fail(row, col, `${what.english}: needs a number, found ${found}`, v === null ? 'scorecardBlankNumber' : 'scorecardNumber', { ...what.args, found });
      return NaN;
    }
    if (v < min) this.fail(row, col, `${what.english}: must not be below ${min}, found ${v}`, 'scorecardBelow', { ...what.args, min: String(min), found: String(v) });
    else if (v > max) this.fail(row, col, `${what.english}: must not be above ${max}, found ${v}`, 'scorecardAbove', { ...what.args, max: String(max), found: String(v) });
    return v;
  }

  text(row: number, col: number, what: Item): string {
    const v = this.at(row, col);
    if (v === null || String(v).trim() === '') { this.fail(row, col, `${what.english}: must not be blank`, 'scorecardBlank', what.args); return ''; }
    return String(v).trim();
  }

  /** A rating 1–5 a key stands for. */
  rating(row: number, col: number): number {
    const value = this.num(row, col, item('wordRating', 'rating of a word'), [1, Infinity]);
    // NaN: already reported as not a number.
    if (!Number.isNaN(value) && (value > 5 || !Number.isInteger(value))) this.fail(row, col, `rating of a word: must be a whole number 1–5, found ${value}`, 'scorecardWordRating', { found: String(value) });
    return value;
  }
}

/** Band points must not rise from the best band to the worst, nor the points otherwise above the worst band's. */
function checkBands(r: CellReader, ratio: Ratio, rule: ScorecardConfig['ratios'][Ratio], cellOf: (band: number) => { row: number; col: number }, otherwiseAt: { row: number; col: number }): void {
  const { direction, bands } = rule;
  for (let k = 1; k < bands.length; k++) {
    const [a, b] = [bands[k - 1]!.threshold, bands[k]!.threshold];
    const ok = direction === 'atLeast' ? a > b : a < b;
    const order = { ratio, band: String(k + 1), previous: String(k) };
    const at = cellOf(k);
    if (!ok && !Number.isNaN(a) && !Number.isNaN(b)) {
      const below = direction === 'atLeast';
      r.fail(at.row, at.col, `${ratio} bands out of order: threshold ${k + 1} must be ${below ? 'below' : 'above'} threshold ${k}`, below ? 'scorecardBandsDown' : 'scorecardBandsUp', order);
    }
    if (bands[k]!.points > bands[k - 1]!.points) r.fail(at.row, at.col + 1, `${ratio} points out of order: band ${k + 1} scores more than band ${k}`, 'scorecardPointsOrder', order);
  }
  if (rule.otherwise > bands[bands.length - 1]!.points) {
    r.fail(otherwiseAt.row, otherwiseAt.col, `${ratio} points otherwise exceed band ${bands.length}'s`, 'scorecardOtherwise', { ratio });
  }
}

function readGrades(r: CellReader, first: number): ScorecardConfig['grades'] {
  const grades = GRADES.map((grade, i) => {
    if (r.at(first + i, 0) !== grade) r.fail(first + i, 0, `grade name: must be ${grade}`, 'scorecardGradeName', { grade });
    return {
      grade,
      minScore: r.num(first + i, 1, item('minScore', `minimum score of ${grade}`, { grade }), BOUNDS.minScore),
      factor: r.num(first + i, 2, item('limitFactor', `limit factor of ${grade}`, { grade }), BOUNDS.limitFactor),
    };
  });
  for (let i = 1; i < grades.length; i++) {
    const [grade, previous] = [grades[i]!.grade, grades[i - 1]!.grade];
    if (!(grades[i]!.minScore < grades[i - 1]!.minScore)) {
      r.fail(first + i, 1, `grades not descending: ${grade} needs a lower minimum score than ${previous}`, 'scorecardGradesOrder', { grade, previous });
    }
  }
  return grades;
}

function readLimitRule(r: CellReader, rows: { creditMonths: number; netWorthCap: number; roundingUnit: number }): Pick<ScorecardConfig, 'creditMonths' | 'netWorthCap' | 'roundingUnit'> {
  const creditMonths = r.num(rows.creditMonths, 1, item('creditMonths', 'credit months'), BOUNDS.creditMonths);
  const netWorthCap = r.num(rows.netWorthCap, 1, item('netWorthCap', 'net-worth cap'), BOUNDS.netWorthCap);
  const unitItem = item('roundingUnit', 'rounding unit');
  const roundingUnit = r.num(rows.roundingUnit, 1, unitItem, [0, BOUNDS.roundingUnit[1]]);
  if (roundingUnit === 0) r.fail(rows.roundingUnit, 1, 'rounding unit: must be above 0', 'scorecardRoundingZero');
  else if (roundingUnit > 0 && roundingUnit < BOUNDS.roundingUnit[0]) {
    const min = String(BOUNDS.roundingUnit[0]);
    r.fail(rows.roundingUnit, 1, `rounding unit: must not be below ${min}, found ${roundingUnit}`, 'scorecardBelow', { ...unitItem.args, min, found: String(roundingUnit) });
  }
  return { creditMonths, netWorthCap, roundingUnit };
}

function readLevels(r: CellReader, first: number, count: number): ScorecardConfig['levels'] {
  const levels = Array.from({ length: count }, (_, i) => {
    const row = first + i;
    const name = r.text(row, 0, item('levelName', 'approval level name'));
    if (i === count - 1) {
      if (r.at(row, 1) !== null) r.fail(row, 1, 'the last approval level approves any amount: leave its maximum blank', 'scorecardLastLevelMax');
      return { name, max: null };
    }
    if (r.at(row, 1) === null) { r.fail(row, 1, `approval level "${name}" has no maximum amount`, 'scorecardLevelNoMax', { level: name }); return { name, max: null }; }
    return { name, max: r.num(row, 1, item('levelMax', `maximum amount of "${name}"`, { level: name }), BOUNDS.levelMax) };
  });
  for (let i = 1; i < count - 1; i++) {
    const [a, b] = [levels[i - 1]!.max, levels[i]!.max];
    const [level, previous] = [levels[i]!.name, levels[i - 1]!.name];
    if (a !== null && b !== null && !(b > a)) {
      r.fail(first + i, 1, `approval levels not ascending: "${level}" must approve more than "${previous}"`, 'scorecardLevelsOrder', { level, previous });
    }
  }
  return levels;
}

/**
 * The keys of the rating table: text, matched literally and case-insensitively
 * against the rating cell as TRIM leaves it. A number typed as 4 is "4" there,
 * so keys that read as numbers must be whole numbers written plainly.
 */
function readKeys(r: CellReader, first: number, count: number): ScorecardConfig['ratingWords'] {
  const seen = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    const row = first + i;
    const raw = r.at(row, 0);
    const value = r.rating(row, 1);
    if (typeof raw === 'number') {
      r.fail(row, 0, `rating or word: must be text (type an apostrophe before a number), found ${raw}`, 'scorecardKeyText', { found: String(raw) });
      return { word: String(raw), value };
    }
    const word = raw === null ? '' : String(raw);
    if (word.trim() === '') { r.fail(row, 0, 'rating word: must not be blank', 'scorecardBlank', { item: 'word' }); return { word, value }; }
    if (/^[-+.\d][-+.\deE]*$/.test(word.trim()) && !/^[1-9]\d*$/.test(word)) {
      r.fail(row, 0, `rating or word: a number here must be a whole number such as 4, found ${JSON.stringify(word)}`, 'scorecardKeyNumber', { found: JSON.stringify(word) });
    }
    if (seen.has(word.toLowerCase())) r.fail(row, 0, `rating or word ${JSON.stringify(word)} is listed twice (case is ignored)`, 'scorecardKeyTwice', { found: JSON.stringify(word) });
    seen.add(word.toLowerCase());
    return { word, value };
  });
}

/**
 * Reads the scorecard back from its cells (the current layout) and validates
 * it. Every problem names its cell; the config is null when there is any problem.
 */
export function parseScorecard(sheet: string, block: CellValue[][], withNotRated = true): { config: ScorecardConfig | null; problems: Problem[] } {
  const r = new CellReader(sheet, block);
  const ratios = {} as ScorecardConfig['ratios'];
  RATIOS.forEach((ratio, i) => {
    const orderValue = r.at(ROW.ratios + i, 1);
    if (orderValue !== 1 && orderValue !== -1) {
      r.fail(ROW.ratios + i, 1, `${ratio} order: must be 1 (higher is better) or -1 (lower is better), found ${JSON.stringify(orderValue)}`, 'scorecardOrder', { ratio, found: JSON.stringify(orderValue) });
    }
    const direction = orderValue === -1 ? 'atMost' : 'atLeast';
    // The sheet lists bands worst first; the config holds them best first.
    const bands = Array.from({ length: BAND_COUNT }, (_, k) => {
      const row = bandRow(i, BAND_COUNT - 1 - k);
      const band = String(k + 1);
      return {
        threshold: r.num(row, 1, item('ratioThreshold', `${ratio} threshold ${band}`, { ratio, band }), BOUNDS.threshold),
        points: r.num(row, 2, item('ratioPoints', `${ratio} points ${band}`, { ratio, band }), BOUNDS.points),
      };
    });
    const otherwise = r.num(ROW.ratios + i, 2, item('ratioOtherwise', `${ratio} points otherwise`, { ratio }), BOUNDS.points);
    ratios[ratio] = { direction, bands, otherwise };
    checkBands(r, ratio, ratios[ratio], (k) => ({ row: bandRow(i, BAND_COUNT - 1 - k), col: 1 }), { row: ROW.ratios + i, col: 2 });
  });
  const weights = Object.fromEntries(FACTORS.map((f, i) => [f, r.num(ROW.factors + i, 1, item('weight', `weight of ${f}`, { factor: f }), BOUNDS.weight)])) as Record<Factor, number>;
  const ratingWords = readKeys(r, ROW.keys, KEY_COUNT);
  const grades = readGrades(r, ROW.grades);
  const limit = readLimitRule(r, ROW);
  const levels = readLevels(r, ROW.levels, LEVEL_COUNT);
  const notRated = withNotRated ? readNotRated(r) : blankBelow(r, ROWS_BEFORE_NOT_RATED);
  const company = r.at(ROW.company, 1) === null ? '' : String(r.at(ROW.company, 1));
  if (r.problems.length > 0) return { config: null, problems: r.problems };
  return { config: { company, ratios, weights, ratingWords, grades, ...limit, levels, notRated }, problems: [] };
}

/** Whole numbers: how many ratios and ratings a customer may miss and still be graded. */
function readNotRated(r: CellReader): ScorecardConfig['notRated'] {
  const whole = (row: number, id: 'maxMissingRatios' | 'maxMissingRatings', english: string) => {
    const v = r.num(row, 1, item(id, english), BOUNDS[id]);
    if (!Number.isNaN(v) && !Number.isInteger(v)) r.fail(row, 1, `${english}: must be a whole number, found ${v}`, 'scorecardWhole', { item: id, found: String(v) });
    return v;
  };
  return {
    maxMissingRatios: whole(ROW.maxMissingRatios, 'maxMissingRatios', 'most ratios missing for a grade'),
    maxMissingRatings: whole(ROW.maxMissingRatings, 'maxMissingRatings', 'most ratings missing for a grade'),
  };
}

/**
 * A sheet laid out before a section existed gets it on upgrade: the rows it
 * takes must be blank (they are not the add-in's yet); the section's defaults.
 */
function blankBelow(r: CellReader, first: number): ScorecardConfig['notRated'] {
  for (let row = first; row < SCORECARD_ROWS; row++) {
    for (let col = 0; col < SCORECARD_COLS; col++) {
      const v = r.at(row, col);
      if (v !== null && String(v).trim() !== '') r.fail(row, col, `the scorecard needs this cell for its not-rated rule, but it holds ${JSON.stringify(v)}: move it`, 'scorecardCellTaken', { found: JSON.stringify(v) });
    }
  }
  return { ...DEFAULT_NOT_RATED };
}

/** The keys "1"–"5" the current layout's rating table starts with (a rating typed as a number is looked up as its text). */
export const NUMBER_KEYS: ScorecardConfig['ratingWords'] = [1, 2, 3, 4, 5].map((v) => ({ word: String(v), value: v }));

/**
 * Reads a scorecard sheet of release 0.1 (fixed layout, ROW_V1), for the
 * upgrade to the current layout: every value the user set is kept, and the
 * rating table gains the keys "1"–"5" ahead of its words.
 */
export function parseScorecardV1(sheet: string, block: CellValue[][]): { config: ScorecardConfig | null; problems: Problem[] } {
  const r = new CellReader(sheet, block);
  const ratios = {} as ScorecardConfig['ratios'];
  RATIOS.forEach((ratio, i) => {
    const row = ROW_V1.ratios + i;
    const direction = ratio === 'debtRatio' ? 'atMost' : 'atLeast';
    const bands = [0, 1, 2].map((k) => ({
      threshold: r.num(row, 2 + k * 2, item('ratioThreshold', `${ratio} threshold ${k + 1}`, { ratio, band: String(k + 1) }), BOUNDS.threshold),
      points: r.num(row, 3 + k * 2, item('ratioPoints', `${ratio} points ${k + 1}`, { ratio, band: String(k + 1) }), BOUNDS.points),
    }));
    const otherwise = r.num(row, 8, item('ratioOtherwise', `${ratio} points otherwise`, { ratio }), BOUNDS.points);
    ratios[ratio] = { direction, bands, otherwise };
    checkBands(r, ratio, ratios[ratio], (k) => ({ row, col: 2 + k * 2 }), { row, col: 8 });
  });
  const weights = Object.fromEntries(FACTORS.map((f, i) => [f, r.num(ROW_V1.factors + i, 1, item('weight', `weight of ${f}`, { factor: f }), BOUNDS.weight)])) as Record<Factor, number>;
  const words = Array.from({ length: WORD_COUNT_V1 }, (_, i) => ({ word: r.text(ROW_V1.words + i, 0, item('word', 'rating word')), value: r.rating(ROW_V1.words + i, 1) }));
  const grades = readGrades(r, ROW_V1.grades);
  const limit = readLimitRule(r, ROW_V1);
  const levels = readLevels(r, ROW_V1.levels, LEVEL_COUNT_V1);
  const company = r.at(ROW_V1.company, 1) === null ? '' : String(r.at(ROW_V1.company, 1));
  if (r.problems.length > 0) return { config: null, problems: r.problems };
  return { config: { company, ratios, weights, ratingWords: [...NUMBER_KEYS, ...words], grades, ...limit, levels, notRated: { ...DEFAULT_NOT_RATED } }, problems: [] };
}
