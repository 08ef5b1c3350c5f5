import type { CellWrite } from '../cells/cell';
import { cellAddress, columnLetter } from '../cells/address';
import { FACTORS, type Factor } from '../columns/roles';
import type { Language } from '../columns/layout';
import { label, labelWith, type LabelId } from '../i18n/labels';
import { problemAt } from '../i18n/problem-text';
import type { Problem } from '../problems';
import type { NameOp, WriteOp } from '../plan/write-ops';
import type { NamedCell } from '../workbook-shape';
import { RATIOS, TABLE_ROWS, type Ratio, type ScorecardConfig } from './scorecard-config';
import { BOUNDS } from './scorecard-read';
import {
  bandHeaderRow, CURRENT_LAYOUT, FIXED_LAYOUT, FIXED_LAYOUT_BEFORE_NOT_RATED, RELEASE_01_LAYOUT, ROW, type ScorecardLayout,
} from './scorecard-layout';
import { RATIO_LABEL } from './credit-columns';

/** Marks the scorecard sheet (a defined name on its A1). */
export const SCORECARD_MARKER = 'CreditDesk_Scorecard';

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * The workbook-scoped defined names over the scorecard's inputs, which the
 * credit formulas use instead of cell addresses (README, "Credit step").
 * Each is set again on every run, over exactly the rows a table uses.
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
  /** The weight of the user's k-th own factor (1-based). */
  userWeight: (k: number) => `CreditDesk_WeightUser${k}`,
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

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Release 0.1's scorecard has none of the names the formulas use (CreditDesk_CreditMonths among them). */
export function hasScorecardNames(markerNames: readonly string[]): boolean {
  return markerNames.some((n) => sameName(n, SCORECARD_NAMES.creditMonths));
}

/**
 * The layout a scorecard sheet is in, from where its names sit (a defined
 * name moves with its cell): release 0.1 has no CreditDesk_CreditMonths; the
 * fixed layout has it on B74 (and, made before the not-rated rule, no
 * CreditDesk_MaxMissingRatios); the current one on its own row. A name found
 * elsewhere means sheet rows were inserted or deleted: the sheet cannot be
 * read by position, and `moved` names each such cell.
 */
export function scorecardLayoutOf(sheet: string, names: readonly NamedCell[]): { layout: ScorecardLayout; moved: Problem[] } {
  const find = (name: string) => names.find((n) => sameName(n.name, name) && n.sheet === sheet);
  const months = find(SCORECARD_NAMES.creditMonths);
  if (!months) return { layout: RELEASE_01_LAYOUT, moved: [] };
  const fixed = Math.abs(months.row - FIXED_LAYOUT.creditMonths) < Math.abs(months.row - CURRENT_LAYOUT.creditMonths);
  const layout = !fixed ? CURRENT_LAYOUT : find(SCORECARD_NAMES.maxMissingRatios) ? FIXED_LAYOUT : FIXED_LAYOUT_BEFORE_NOT_RATED;
  const anchors: [NamedCell | undefined, number, number][] = [
    [find(SCORECARD_MARKER), 0, 0],
    [months, layout.creditMonths, 1],
    ...(layout.notRated ? [[find(SCORECARD_NAMES.maxMissingRatings), layout.notRated.maxMissingRatings, 1] as [NamedCell | undefined, number, number]] : []),
  ];
  const moved = anchors
    .filter(([at, row, col]) => at !== undefined && (at.row !== row || at.col !== col))
    .map(([at, row, col]) => problemAt(sheet, cellAddress(at!.row, at!.col), 'scorecardMoved', { expected: cellAddress(row, col) }));
  return { layout, moved };
}

const RATIO_FORMAT: Record<Ratio, string> = { quickRatio: '0.00', debtRatio: '0%', assetTurnover: '0.00', netMargin: '0%' };
const INPUT_FILL = '#FFF2CC';
const HEADER_FILL = '#D9E1F2';
/** What an upgrade paints over the old layout's fills (a port cannot remove a fill). */
const PLAIN_FILL = '#FFFFFF';

/** The names over the scorecard's inputs (the current layout), as name ops: each table's name covers the rows it uses. */
export function scorecardNameOps(sheet: string, config: ScorecardConfig): NameOp[] {
  const n = SCORECARD_NAMES;
  const op = (name: string, row: number, col: number, rows = 1, what = ''): NameOp =>
    ({ op: 'name', name, sheet, row, col, rows, cols: 1, comment: `Credit Desk scorecard input${what ? `: ${what}` : ''}.` });
  const keys = config.ratingWords.length;
  const levels = config.levels.length;
  return [
    ...RATIOS.flatMap((r, i) => [
      op(n.order(r), ROW.ratios + i, 1, 1, `${r}: 1 higher is better, -1 lower is better`),
      op(n.otherwise(r), ROW.ratios + i, 2, 1, `${r}: points below every band`),
      op(n.thresholds(r), bandHeaderRow(i) + 1, 1, config.ratios[r].bands.length, `${r} band thresholds, worst first`),
      op(n.bandPoints(r), bandHeaderRow(i) + 1, 2, config.ratios[r].bands.length, `${r} band points, worst first`),
    ]),
    ...FACTORS.map((f, i) => op(n.weight(f), ROW.factors + i, 1, 1, `weight of ${f}`)),
    ...config.userFactors.map((u, i) => op(n.userWeight(i + 1), ROW.userFactors + i, 1, 1, `weight of your factor ${u.name}`)),
    op(n.ratingKeys, ROW.keys, 0, keys, 'ratings 1-5 and rating words, matched literally and case-insensitively'),
    op(n.ratingValues, ROW.keys, 1, keys, 'the rating each key stands for'),
    op(n.gradeNames, ROW.grades, 0, config.grades.length),
    op(n.gradeMinimums, ROW.grades, 1, config.grades.length - 1, 'minimum scores of every grade but the last'),
    op(n.gradeFactors, ROW.grades, 2, config.grades.length),
    op(n.creditMonths, ROW.creditMonths, 1),
    op(n.netWorthCap, ROW.netWorthCap, 1),
    op(n.roundingUnit, ROW.roundingUnit, 1),
    op(n.levelNames, ROW.levels, 0, levels),
    // With one level, its own blank maximum: COUNTIF counts no blank cell, so every limit gets that level.
    op(n.levelMaxima, ROW.levels, 1, Math.max(1, levels - 1), 'maxima of every level but the last'),
    op(n.maxMissingRatios, ROW.maxMissingRatios, 1, 1, 'not rated when more ratios than this are missing'),
    op(n.maxMissingRatings, ROW.maxMissingRatings, 1, 1, 'not rated when more ratings than this are missing'),
  ];
}

/**
 * What an upgrade first does over the old layout's cells: number formats back
 * to General (a text format left on a weight would turn it into text), no
 * bold, plain fill; release 0.1's band columns D–I cleared.
 */
function resetOps(sheet: string, old: ScorecardLayout): { formats: WriteOp[]; styles: WriteOp[] } {
  const rect = { sheet, row: 0, col: 0, rows: old.rows, cols: old.cols };
  return {
    formats: [{ op: 'numberFormat', ...rect, format: 'General' }],
    styles: [
      ...(old.cols > CURRENT_LAYOUT.cols ? [{ op: 'clear', sheet, row: 0, col: CURRENT_LAYOUT.cols, rows: old.rows, cols: old.cols - CURRENT_LAYOUT.cols } as WriteOp] : []),
      { op: 'style', ...rect, style: { bold: false, fill: PLAIN_FILL } },
    ],
  };
}

/**
 * The scorecard sheet's cells, formats and marker in the current layout: a
 * new sheet when the workbook has none, or (`upgradeFrom`) a sheet of an
 * earlier layout rewritten in place with the values read from it. Each table
 * has its whole area filled and framed, so that a row typed in it is an input
 * like the others. Writes columns A–C only.
 */
export function scorecardSheetOps(sheet: string, config: ScorecardConfig, lang: Language, upgradeFrom: ScorecardLayout | null = null): WriteOp[] {
  const cols = CURRENT_LAYOUT.cols;
  const grid: CellWrite[][] = Array.from({ length: CURRENT_LAYOUT.rows }, () => new Array<CellWrite>(cols).fill(null));
  const put = (row: number, col: number, value: CellWrite) => (grid[row]![col] = value);
  const ops: WriteOp[] = [];
  const format = (row: number, col: number, rows: number, width: number, f: string) => ops.push({ op: 'numberFormat', sheet, row, col, rows, cols: width, format: f });
  // An input cell (yellow) stays editable once the sheet is protected: everything else is the add-in's.
  const style = (row: number, col: number, rows: number, width: number, s: { bold?: boolean; fontSize?: number; fill?: string; wrap?: boolean }) =>
    ops.push({ op: 'style', sheet, row, col, rows, cols: width, style: s.fill === INPUT_FILL ? { ...s, locked: false } : s });
  /** A number the scorecard reader bounds: the cell's data validation says the same. */
  const bounded = (row: number, col: number, rows: number, [min, max]: readonly [number, number], whole = false) => {
    const limit = Math.min(max, 1e15);
    ops.push({
      op: 'validation', sheet, row, col, rows, cols: 1, between: { type: whole ? 'whole' : 'decimal', min, max: limit },
      alert: { title: L('sc.alert.title'), message: labelWith(whole ? 'sc.alert.whole' : 'sc.alert.number', lang, { min: min.toLocaleString('en-US'), max: limit.toLocaleString('en-US') }) },
    });
  };
  /** A table's area: every row an input, framed. */
  const area = (row: number, col: number, rows: number, width: number) => {
    style(row, col, rows, width, { fill: INPUT_FILL });
    ops.push({ op: 'border', sheet, row, col, rows, cols: width, edges: 'outline' });
  };
  const heading = (row: number, id: LabelId) => { put(row, 0, label(id, lang)); style(row, 0, 1, 1, { bold: true }); };
  const headers = (row: number, texts: string[]) => {
    texts.forEach((text, c) => put(row, c, text));
    style(row, 0, 1, texts.length, { bold: true, fill: HEADER_FILL });
  };
  const L = (id: LabelId) => label(id, lang);

  put(ROW.title, 0, L('sc.title'));
  style(ROW.title, 0, 1, 1, { bold: true, fontSize: 14 });
  put(ROW.company, 0, L('sc.company'));
  put(ROW.company, 1, config.company);
  style(ROW.company, 1, 1, 1, { fill: INPUT_FILL });
  put(ROW.note, 0, L('sc.editable'));

  heading(ROW.financialTitle, 'sc.financial');
  headers(ROW.financialHeader, [L('sc.indicator'), L('sc.order'), L('sc.otherwise')]);
  const bandArea = CURRENT_LAYOUT.bands!.area;
  RATIOS.forEach((ratio, i) => {
    const rule = config.ratios[ratio];
    put(ROW.ratios + i, 0, L(RATIO_LABEL[ratio]));
    put(ROW.ratios + i, 1, rule.direction === 'atLeast' ? 1 : -1);
    put(ROW.ratios + i, 2, rule.otherwise);
    const header = bandHeaderRow(i);
    headers(header, [`${L(RATIO_LABEL[ratio])}: ${L('sc.bands')}`, L('sc.threshold'), L('sc.points')]);
    // Worst first: MATCH(x, thresholds, order) finds the band a ratio reaches.
    [...rule.bands].reverse().forEach((b, k) => { put(header + 1 + k, 1, b.threshold); put(header + 1 + k, 2, b.points); });
    format(header + 1, 1, bandArea, 1, RATIO_FORMAT[ratio]);
    area(header + 1, 1, bandArea, 2);
  });
  style(ROW.ratios, 1, RATIOS.length, 2, { fill: INPUT_FILL });

  heading(ROW.managementTitle, 'sc.management');
  headers(ROW.managementHeader, [L('sc.factor'), L('sc.weight')]);
  FACTORS.forEach((f, i) => { put(ROW.factors + i, 0, L(`factor.${f}` as LabelId)); put(ROW.factors + i, 1, config.weights[f]); });
  style(ROW.factors, 1, FACTORS.length, 1, { fill: INPUT_FILL });
  headers(ROW.userFactorsHeader, [L('sc.userFactor'), L('sc.weight')]);
  config.userFactors.forEach((u, i) => { put(ROW.userFactors + i, 0, u.name); put(ROW.userFactors + i, 1, u.weight); });
  area(ROW.userFactors, 0, CURRENT_LAYOUT.userFactors!.area, 2);

  heading(ROW.keysTitle, 'sc.words');
  headers(ROW.keysHeader, [L('sc.key'), L('sc.rating')]);
  config.ratingWords.forEach((w, i) => { put(ROW.keys + i, 0, w.word); put(ROW.keys + i, 1, w.value); });
  format(ROW.keys, 0, CURRENT_LAYOUT.keys.area, 1, '@');
  area(ROW.keys, 0, CURRENT_LAYOUT.keys.area, 2);

  heading(ROW.gradesTitle, 'sc.grades');
  headers(ROW.gradesHeader, [L('sc.grade'), L('sc.minScore'), L('sc.limitFactor')]);
  config.grades.forEach((g, i) => { put(ROW.grades + i, 0, g.grade); put(ROW.grades + i, 1, g.minScore); put(ROW.grades + i, 2, g.factor); });
  format(ROW.grades, 0, CURRENT_LAYOUT.grades.area, 1, '@');
  format(ROW.grades, 2, CURRENT_LAYOUT.grades.area, 1, '0.0');
  area(ROW.grades, 0, CURRENT_LAYOUT.grades.area, 3);

  heading(ROW.limitTitle, 'sc.limitRule');
  put(ROW.creditMonths, 0, L('sc.creditMonths'));
  put(ROW.creditMonths, 1, config.creditMonths);
  put(ROW.netWorthCap, 0, L('sc.netWorthCap'));
  put(ROW.netWorthCap, 1, config.netWorthCap);
  format(ROW.netWorthCap, 1, 1, 1, '0%');
  put(ROW.roundingUnit, 0, L('sc.roundingUnit'));
  put(ROW.roundingUnit, 1, config.roundingUnit);
  format(ROW.roundingUnit, 1, 1, 1, '#,##0');
  style(ROW.creditMonths, 1, 3, 1, { fill: INPUT_FILL });

  heading(ROW.levelsTitle, 'sc.levels');
  headers(ROW.levelsHeader, [L('sc.level'), L('sc.maxAmount')]);
  config.levels.forEach((l, i) => { put(ROW.levels + i, 0, l.name); put(ROW.levels + i, 1, l.max); });
  format(ROW.levels, 1, CURRENT_LAYOUT.levels.area, 1, '#,##0');
  area(ROW.levels, 0, CURRENT_LAYOUT.levels.area, 2);

  heading(ROW.notRatedTitle, 'sc.notRated');
  put(ROW.maxMissingRatios, 0, L('sc.maxMissingRatios'));
  put(ROW.maxMissingRatios, 1, config.notRated.maxMissingRatios);
  put(ROW.maxMissingRatings, 0, L('sc.maxMissingRatings'));
  put(ROW.maxMissingRatings, 1, config.notRated.maxMissingRatings);
  style(ROW.maxMissingRatios, 1, 2, 1, { fill: INPUT_FILL });

  RATIOS.forEach((_, i) => {
    bounded(bandHeaderRow(i) + 1, 1, bandArea, BOUNDS.threshold);
    bounded(bandHeaderRow(i) + 1, 2, bandArea, BOUNDS.points);
  });
  bounded(ROW.ratios, 2, RATIOS.length, BOUNDS.points);
  bounded(ROW.factors, 1, FACTORS.length, BOUNDS.weight);
  bounded(ROW.userFactors, 1, CURRENT_LAYOUT.userFactors!.area, BOUNDS.weight);
  bounded(ROW.keys, 1, CURRENT_LAYOUT.keys.area, [1, 5], true);
  bounded(ROW.grades, 1, CURRENT_LAYOUT.grades.area, BOUNDS.minScore);
  bounded(ROW.grades, 2, CURRENT_LAYOUT.grades.area, BOUNDS.limitFactor);
  bounded(ROW.creditMonths, 1, 1, BOUNDS.creditMonths);
  bounded(ROW.netWorthCap, 1, 1, BOUNDS.netWorthCap);
  bounded(ROW.roundingUnit, 1, 1, BOUNDS.roundingUnit);
  bounded(ROW.levels, 1, CURRENT_LAYOUT.levels.area, BOUNDS.levelMax);
  bounded(ROW.maxMissingRatios, 1, 1, [0, RATIOS.length], true);
  bounded(ROW.maxMissingRatings, 1, 1, [0, FACTORS.length + TABLE_ROWS.userFactors.max], true);

  // The points on offer, live: the best band of each ratio (its table's largest points) and the weights.
  const at = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;
  const bandPoints = RATIOS.map((_, i) => `MAX(${at(bandHeaderRow(i) + 1, 2)}:${at(bandHeaderRow(i) + bandArea, 2)})`).join('+');
  const weights = `SUM(${at(ROW.factors, 1)}:${at(ROW.factors + FACTORS.length - 1, 1)},${at(ROW.userFactors, 1)}:${at(ROW.userFactors + CURRENT_LAYOUT.userFactors!.area - 1, 1)})`;
  const financial = RATIOS.reduce((sum, r) => sum + Math.max(...config.ratios[r].bands.map((b) => b.points)), 0);
  const management = FACTORS.reduce((sum, f) => sum + config.weights[f], 0) + config.userFactors.reduce((sum, u) => sum + u.weight, 0);
  const totals = { row: ROW.title, col: TOTALS_COL };
  const totalCells: CellWrite[][] = [
    [L('sc.totals'), null],
    [L('sc.totalFinancial'), { formula: `=${bandPoints}`, value: financial }],
    [L('sc.totalManagement'), { formula: `=${weights}`, value: management }],
    [L('sc.total'), { formula: `=${at(totals.row + 1, totals.col + 1)}+${at(totals.row + 2, totals.col + 1)}`, value: financial + management }],
  ];

  const reset = upgradeFrom ? resetOps(sheet, upgradeFrom) : { formats: [], styles: [] };
  return [
    ...(upgradeFrom ? [] : [{ op: 'addSheet', sheet } as WriteOp]),
    ...reset.formats,
    ...ops.filter((o) => o.op === 'numberFormat'),
    { op: 'values', sheet, row: 0, col: 0, values: grid },
    ...reset.styles,
    ...ops.filter((o) => o.op !== 'numberFormat'),
    { op: 'columnWidth', sheet, col: 0, width: 34 },
    ...Array.from({ length: cols - 1 }, (_, i): WriteOp => ({ op: 'columnWidth', sheet, col: i + 1, width: 12 })),
    // The points on offer go beside the tables of a new sheet only: on an upgrade, column E may hold something of the user's.
    ...(upgradeFrom ? [] : [
      { op: 'values', sheet, row: totals.row, col: totals.col, values: totalCells } as WriteOp,
      { op: 'numberFormat', sheet, row: totals.row + 1, col: totals.col + 1, rows: 3, cols: 1, format: '0.##' } as WriteOp,
      { op: 'columnWidth', sheet, col: totals.col, width: 26 } as WriteOp,
      { op: 'style', sheet, row: totals.row, col: totals.col, rows: 1, cols: 1, style: { bold: true } } as WriteOp,
      { op: 'style', sheet, row: totals.row + 3, col: totals.col, rows: 1, cols: 2, style: { bold: true } } as WriteOp,
    ]),
    { op: 'name', name: SCORECARD_MARKER, sheet, row: 0, col: 0, comment: 'Credit Desk scorecard: the credit formulas read their bands, weights, grades and levels here.' },
  ];
}

/** Column of the points-on-offer block (E, right of the tables, left of the credit-control rules at K). */
const TOTALS_COL = 4;

/**
 * The scorecard's protection and print setup, after every other write to it
 * (the credit-control block included): protected without a password, so that
 * only the yellow inputs take typing; printed on one A4 page.
 */
export function scorecardFinishOps(sheet: string, printCols: number): WriteOp[] {
  return [
    {
      op: 'pageSetup', sheet, printArea: { row: 0, col: 0, rows: CURRENT_LAYOUT.rows, cols: printCols },
      margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
      header: { left: '', center: '', right: '' }, footer: { left: '', center: '&P / &N', right: '' }, pageBreaksBefore: [], pagesTall: 1,
    },
    { op: 'protectSheet', sheet },
  ];
}
