import type { CellValue } from '../cells/cell';
import { isBlank } from '../cells/cell';
import { normalizeHeader } from '../cells/normalize';
import { FACTORS, type Factor } from '../columns/roles';
import { allLabels, type LabelId } from '../i18n/labels';
import type { Problem } from '../problems';
import { CellReader, item } from './scorecard-cells';
import { DEFAULT_NOT_RATED, RATIOS, TABLE_ROWS, type Ratio, type ScorecardConfig } from './scorecard-config';
import { CURRENT_LAYOUT, type ScorecardLayout } from './scorecard-layout';

/**
 * Where each scorecard number must lie (inclusive). With them and sales lines
 * of at most MAX_AMOUNT (tiers/net-sales.ts), scores, limits and levels stay
 * finite: a score is at most 24 × 100 points, a limit at most 36 × 10 times
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
} as const satisfies Record<string, readonly [number, number]>;

/** The keys "1"–"5" the rating table starts with (a rating typed as a number is looked up as its text). */
const NUMBER_KEYS: ScorecardConfig['ratingWords'] = [1, 2, 3, 4, 5].map((v) => ({ word: String(v), value: v }));

/** Text a grade name may not be: what the grade column shows for a customer not rated (in any language), and its code. */
const RESERVED_GRADES = new Set(['notrated', ...allLabels('value.notRated').map((l) => l.toLowerCase())]);

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
      r.report(at.row, at.col, below ? 'scorecardBandsDown' : 'scorecardBandsUp', order);
    }
    if (bands[k]!.points > bands[k - 1]!.points) r.report(at.row, at.col + 1, 'scorecardPointsOrder', order);
  }
  const worst = bands[bands.length - 1];
  if (worst && rule.otherwise > worst.points) {
    r.report(otherwiseAt.row, otherwiseAt.col, 'scorecardOtherwise', { ratio, band: String(bands.length) });
  }
}

/** The ratios of a layout with band tables: order and points otherwise beside each ratio, the bands in its table, worst first. */
function readRatios(r: CellReader, layout: ScorecardLayout): ScorecardConfig['ratios'] {
  const ratios = {} as ScorecardConfig['ratios'];
  RATIOS.forEach((ratio, i) => {
    const row = layout.ratios + i;
    const orderValue = r.at(row, 1);
    if (orderValue !== 1 && orderValue !== -1) {
      r.report(row, 1, 'scorecardOrder', { ratio, found: JSON.stringify(orderValue) });
    }
    const direction = orderValue === -1 ? 'atMost' : 'atLeast';
    const { first, area } = layout.bands!;
    // The sheet lists bands worst first; the config holds them best first.
    const rows = r.tableRows(first(i), area, [1, 2], item('bands', { ratio }), TABLE_ROWS.bands.min).reverse();
    const bands = rows.map((at, k) => {
      const band = String(k + 1);
      return {
        threshold: r.num(at, 1, item('ratioThreshold', { ratio, band }), BOUNDS.threshold),
        points: r.num(at, 2, item('ratioPoints', { ratio, band }), BOUNDS.points),
      };
    });
    const otherwise = r.num(row, 2, item('ratioOtherwise', { ratio }), BOUNDS.points);
    ratios[ratio] = { direction, bands, otherwise };
    checkBands(r, ratio, ratios[ratio], (k) => ({ row: rows[k]!, col: 1 }), { row, col: 2 });
  });
  return ratios;
}

/** Release 0.1's ratios: one row each, three thresholds and points in C–H, points otherwise in I; the debt ratio lower is better. */
function readRatiosV1(r: CellReader, layout: ScorecardLayout): ScorecardConfig['ratios'] {
  const ratios = {} as ScorecardConfig['ratios'];
  RATIOS.forEach((ratio, i) => {
    const row = layout.ratios + i;
    const direction = ratio === 'debtRatio' ? 'atMost' : 'atLeast';
    const bands = [0, 1, 2].map((k) => ({
      threshold: r.num(row, 2 + k * 2, item('ratioThreshold', { ratio, band: String(k + 1) }), BOUNDS.threshold),
      points: r.num(row, 3 + k * 2, item('ratioPoints', { ratio, band: String(k + 1) }), BOUNDS.points),
    }));
    const otherwise = r.num(row, 8, item('ratioOtherwise', { ratio }), BOUNDS.points);
    ratios[ratio] = { direction, bands, otherwise };
    checkBands(r, ratio, ratios[ratio], (k) => ({ row, col: 2 + k * 2 }), { row, col: 8 });
  });
  return ratios;
}

/** Names a factor of the user's may not have: the sources' factors (their codes, and their names in any language). */
const BUILT_IN_FACTOR_NAMES = new Set(FACTORS.flatMap((f) => [f, ...allLabels(`factor.${f}` as LabelId)]).map((n) => normalizeHeader(n)));

function readFactors(r: CellReader, layout: ScorecardLayout): Pick<ScorecardConfig, 'weights' | 'userFactors'> {
  const weights = Object.fromEntries(FACTORS.map((f, i) => [f, r.num(layout.factors + i, 1, item('weight', { factor: f }), BOUNDS.weight)])) as Record<Factor, number>;
  if (!layout.userFactors) return { weights, userFactors: [] };
  const { first, area } = layout.userFactors;
  const seen = new Set(BUILT_IN_FACTOR_NAMES);
  const userFactors = r.tableRows(first, area, [0, 1], item('userFactors'), TABLE_ROWS.userFactors.min).map((row) => {
    const name = r.text(row, 0, item('factorName'));
    const key = normalizeHeader(name);
    // Its column is found by header, compared as headers are (case, spaces and punctuation ignored).
    if (name !== '' && seen.has(key)) r.report(row, 0, 'scorecardFactorTwice', { found: JSON.stringify(name) });
    seen.add(key);
    const weight = r.num(row, 1, item('userWeight', { name }), BOUNDS.weight);
    return { name, weight };
  });
  return { weights, userFactors };
}

/**
 * The keys of the rating table: text, matched literally and case-insensitively
 * against the rating cell as TRIM leaves it. A number typed as 4 is "4" there,
 * so keys that read as numbers must be whole numbers written plainly.
 */
function readKeys(r: CellReader, layout: ScorecardLayout): ScorecardConfig['ratingWords'] {
  const seen = new Set<string>();
  return r.tableRows(layout.keys.first, layout.keys.area, [0, 1], item('keys'), TABLE_ROWS.keys.min).map((row) => {
    const raw = r.at(row, 0);
    const value = r.rating(row, 1);
    if (typeof raw === 'number') {
      r.report(row, 0, 'scorecardKeyText', { found: String(raw) });
      return { word: String(raw), value };
    }
    const word = raw === null ? '' : String(raw);
    if (word.trim() === '') { r.report(row, 0, 'scorecardBlank', { item: 'word' }); return { word, value }; }
    if (/^[-+.\d][-+.\deE]*$/.test(word.trim()) && !/^[1-9]\d*$/.test(word)) {
      r.report(row, 0, 'scorecardKeyNumber', { found: JSON.stringify(word) });
    }
    if (seen.has(word.toLowerCase())) r.report(row, 0, 'scorecardKeyTwice', { found: JSON.stringify(word) });
    seen.add(word.toLowerCase());
    return { word, value };
  });
}

/**
 * A grade's name is the user's, used as it is typed: it is what INDEX gives
 * the grade cell, and MATCH finds it again (ignoring case, reading * ? ~ as
 * wildcards), so it must be text, unique ignoring case, without wildcards,
 * and not what the grade cell shows for a customer not rated.
 */
function gradeName(r: CellReader, row: number): string {
  const raw = r.at(row, 0);
  if (isBlank(raw)) { r.report(row, 0, 'scorecardBlank', { item: 'gradeName' }); return ''; }
  if (typeof raw !== 'string') { r.report(row, 0, 'scorecardText', { item: 'gradeName', found: JSON.stringify(raw) }); return String(raw); }
  if (/[*?~]/.test(raw)) r.report(row, 0, 'scorecardWildcard', { item: 'gradeName', found: JSON.stringify(raw) });
  if (RESERVED_GRADES.has(raw.trim().toLowerCase())) r.report(row, 0, 'scorecardGradeName', { found: JSON.stringify(raw) });
  return raw;
}

function readGrades(r: CellReader, layout: ScorecardLayout): ScorecardConfig['grades'] {
  const rows = r.tableRows(layout.grades.first, layout.grades.area, [0, 1, 2], item('grades'), TABLE_ROWS.grades.min);
  const seen = new Set<string>();
  const grades = rows.map((row) => {
    const grade = gradeName(r, row);
    if (grade !== '' && seen.has(grade.toLowerCase())) r.report(row, 0, 'scorecardGradeTwice', { found: JSON.stringify(grade) });
    seen.add(grade.toLowerCase());
    return {
      grade,
      minScore: r.num(row, 1, item('minScore', { grade }), BOUNDS.minScore),
      factor: r.num(row, 2, item('limitFactor', { grade }), BOUNDS.limitFactor),
    };
  });
  for (let i = 1; i < grades.length; i++) {
    const [grade, previous] = [grades[i]!.grade, grades[i - 1]!.grade];
    if (!(grades[i]!.minScore < grades[i - 1]!.minScore)) {
      r.report(rows[i]!, 1, 'scorecardGradesOrder', { grade, previous });
    }
  }
  return grades;
}

function readLimitRule(r: CellReader, layout: ScorecardLayout): Pick<ScorecardConfig, 'creditMonths' | 'netWorthCap' | 'roundingUnit'> {
  const creditMonths = r.num(layout.creditMonths, 1, item('creditMonths'), BOUNDS.creditMonths);
  const netWorthCap = r.num(layout.netWorthCap, 1, item('netWorthCap'), BOUNDS.netWorthCap);
  const unitItem = item('roundingUnit');
  const at = layout.roundingUnit;
  const roundingUnit = r.num(at, 1, unitItem, [0, BOUNDS.roundingUnit[1]]);
  if (roundingUnit === 0) r.report(at, 1, 'scorecardRoundingZero');
  else if (roundingUnit > 0 && roundingUnit < BOUNDS.roundingUnit[0]) {
    const min = String(BOUNDS.roundingUnit[0]);
    r.report(at, 1, 'scorecardBelow', { ...unitItem.args, min, found: String(roundingUnit) });
  }
  return { creditMonths, netWorthCap, roundingUnit };
}

function readLevels(r: CellReader, layout: ScorecardLayout): ScorecardConfig['levels'] {
  const rows = r.tableRows(layout.levels.first, layout.levels.area, [0, 1], item('levels'), TABLE_ROWS.levels.min);
  const levels = rows.map((row, i) => {
    const name = r.text(row, 0, item('levelName'));
    if (i === rows.length - 1) {
      if (r.at(row, 1) !== null) r.report(row, 1, 'scorecardLastLevelMax');
      return { name, max: null };
    }
    if (r.at(row, 1) === null) { r.report(row, 1, 'scorecardLevelNoMax', { level: name }); return { name, max: null }; }
    return { name, max: r.num(row, 1, item('levelMax', { level: name }), BOUNDS.levelMax) };
  });
  for (let i = 1; i < levels.length - 1; i++) {
    const [a, b] = [levels[i - 1]!.max, levels[i]!.max];
    const [level, previous] = [levels[i]!.name, levels[i - 1]!.name];
    if (a !== null && b !== null && !(b > a)) {
      r.report(rows[i]!, 1, 'scorecardLevelsOrder', { level, previous });
    }
  }
  return levels;
}

/** Whole numbers: how many ratios and ratings a customer may miss and still be graded (at most all of them). */
function readNotRated(r: CellReader, layout: ScorecardLayout, factorCount: number): ScorecardConfig['notRated'] {
  if (!layout.notRated) return { ...DEFAULT_NOT_RATED };
  const whole = (row: number, id: 'maxMissingRatios' | 'maxMissingRatings', max: number) => {
    const v = r.num(row, 1, item(id), [0, max]);
    if (!Number.isNaN(v) && !Number.isInteger(v)) r.report(row, 1, 'scorecardWhole', { item: id, found: String(v) });
    return v;
  };
  return {
    maxMissingRatios: whole(layout.notRated.maxMissingRatios, 'maxMissingRatios', BOUNDS.maxMissingRatios[1]),
    maxMissingRatings: whole(layout.notRated.maxMissingRatings, 'maxMissingRatings', factorCount),
  };
}

/**
 * An upgrade rewrites the sheet in the current layout, which takes more rows
 * than the old one: those must be blank in its columns (they are not the
 * add-in's yet), or the cell is named.
 */
function blankBeyond(r: CellReader, layout: ScorecardLayout): void {
  for (let row = layout.rows; row < CURRENT_LAYOUT.rows; row++) {
    for (let col = 0; col < CURRENT_LAYOUT.cols; col++) {
      const v = r.at(row, col);
      if (!isBlank(v)) r.report(row, col, 'scorecardCellTaken', { found: JSON.stringify(v) });
    }
  }
}

/**
 * Reads a scorecard back from its cells in a layout (the current one, or an
 * earlier one to upgrade in place: then every value the user set is kept, a
 * layout without the not-rated rule gets its defaults, and release 0.1's
 * rating words gain the keys "1"–"5" ahead of them) and validates it. Every
 * problem names its cell; the config is null when there is any problem.
 * Columns right of the layout's are not read.
 */
export function parseScorecard(sheet: string, block: CellValue[][], layout: ScorecardLayout = CURRENT_LAYOUT): { config: ScorecardConfig | null; problems: Problem[] } {
  const r = new CellReader(sheet, block);
  const ratios = layout.bands ? readRatios(r, layout) : readRatiosV1(r, layout);
  const factors = readFactors(r, layout);
  const keys = readKeys(r, layout);
  const ratingWords = layout.numberKeys ? keys : [...NUMBER_KEYS, ...keys];
  const grades = readGrades(r, layout);
  const limit = readLimitRule(r, layout);
  const levels = readLevels(r, layout);
  const notRated = readNotRated(r, layout, FACTORS.length + factors.userFactors.length);
  if (layout !== CURRENT_LAYOUT) blankBeyond(r, layout);
  const companyCell = r.at(layout.company, 1);
  const company = companyCell === null ? '' : String(companyCell);
  if (r.problems.length > 0) return { config: null, problems: r.problems };
  return { config: { company, ratios, ...factors, ratingWords, grades, ...limit, levels, notRated }, problems: [] };
}
