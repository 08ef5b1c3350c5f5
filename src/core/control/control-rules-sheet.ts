import type { CellValue, CellWrite } from '../cells/cell';
import { cellAddress } from '../cells/address';
import type { Language } from '../columns/layout';
import { problemAt } from '../i18n/problem-text';
import { label, labelWith, type LabelId } from '../i18n/labels';
import type { NameOp, WriteOp } from '../plan/write-ops';
import type { Problem } from '../problems';
import { CONTROL_NAMES, controlRuleIssues, type ControlRules } from './control-rules';

/**
 * The credit-control rules are a block of the scorecard sheet to the right
 * of its tables (columns K and L: a label, a value), so that the scorecard's
 * own sections can grow downwards without moving it.
 */
export const CONTROL_BLOCK = { row: 0, col: 10, rows: 11, cols: 2 } as const;

type RuleKey = Exclude<keyof ControlRules, 'bucketEdges'>;

// Rows of the block (0-based, from CONTROL_BLOCK.row): the title, four bucket edges, then one row per rule.
const EDGE_ROW = 1;
const RULE_ROWS: Record<RuleKey, number> = { nearLimit: 5, tolerancePct: 6, toleranceAmount: 7, holdDays: 8, holdMinimum: 9, countOrders: 10 };

/** Where each rule may lie, and its cell's number format; whole: a whole number. */
const RULE_INPUT: Record<RuleKey | 'bucketEdge', { min: number; max: number; whole: boolean; format: string }> = {
  bucketEdge: { min: 1, max: 36500, whole: true, format: '0' },
  nearLimit: { min: 0.01, max: 1, whole: false, format: '0%' },
  tolerancePct: { min: 0, max: 10, whole: false, format: '0%' },
  toleranceAmount: { min: 0, max: 1e15, whole: false, format: '#,##0' },
  holdDays: { min: 0, max: 36500, whole: true, format: '0' },
  holdMinimum: { min: 0, max: 1e15, whole: false, format: '#,##0' },
  countOrders: { min: 0, max: 1, whole: true, format: '0' },
};

const INPUT_FILL = '#FFF2CC';

/** True when the scorecard has the block (its names are among the markers). */
export function hasControlRules(markerNames: readonly string[]): boolean {
  return markerNames.some((n) => n.toLowerCase() === CONTROL_NAMES.nearLimit.toLowerCase());
}

function ruleValue(rules: ControlRules, key: RuleKey): number {
  return key === 'countOrders' ? (rules.countOrders ? 1 : 0) : rules[key];
}

/** The block's cells, formats, validation and names, in the sheet's language. */
export function controlRulesOps(sheet: string, rules: ControlRules, lang: Language): WriteOp[] {
  const { row, col } = CONTROL_BLOCK;
  const grid: CellWrite[][] = Array.from({ length: CONTROL_BLOCK.rows }, () => [null, null]);
  grid[0]![0] = label('sc.control.title', lang);
  rules.bucketEdges.forEach((edge, k) => {
    grid[EDGE_ROW + k] = [labelWith('sc.control.bucketEdge', lang, { edge: k + 1 }), edge];
  });
  for (const key of Object.keys(RULE_ROWS) as RuleKey[]) grid[RULE_ROWS[key]] = [label(`sc.control.${key}` as LabelId, lang), ruleValue(rules, key)];
  const title = label('sc.alert.title', lang);
  const input = (at: number, rows: number, what: RuleKey | 'bucketEdge'): WriteOp[] => {
    const { min, max, whole, format } = RULE_INPUT[what];
    return [
      { op: 'numberFormat', sheet, row: row + at, col: col + 1, rows, cols: 1, format },
      { op: 'style', sheet, row: row + at, col: col + 1, rows, cols: 1, style: { fill: INPUT_FILL, locked: false } },
      {
        op: 'validation', sheet, row: row + at, col: col + 1, rows, cols: 1,
        between: { type: whole ? 'whole' : 'decimal', min, max },
        alert: { title, message: labelWith(whole ? 'sc.alert.whole' : 'sc.alert.number', lang, { min: shown(min, format), max: shown(max, format) }) },
      },
    ];
  };
  const name = (name: string, at: number, rows: number, what: string): NameOp =>
    ({ op: 'name', name, sheet, row: row + at, col: col + 1, rows, cols: 1, comment: `Credit Desk credit-control rule: ${what}.` });
  return [
    { op: 'values', sheet, row, col, values: grid },
    { op: 'style', sheet, row, col, rows: 1, cols: 1, style: { bold: true } },
    ...input(EDGE_ROW, 4, 'bucketEdge'),
    ...(Object.keys(RULE_ROWS) as RuleKey[]).flatMap((key) => input(RULE_ROWS[key], 1, key)),
    { op: 'columnWidth', sheet, col, width: 40 },
    { op: 'columnWidth', sheet, col: col + 1, width: 12 },
    name(CONTROL_NAMES.bucketEdges, EDGE_ROW, 4, 'the upper edges of the first four overdue buckets, in days past due'),
    name(CONTROL_NAMES.nearLimit, RULE_ROWS.nearLimit, 1, 'near limit from this utilisation'),
    name(CONTROL_NAMES.tolerancePct, RULE_ROWS.tolerancePct, 1, 'tolerance over the limit, a share of it'),
    name(CONTROL_NAMES.toleranceAmount, RULE_ROWS.toleranceAmount, 1, 'tolerance over the limit, an amount'),
    name(CONTROL_NAMES.holdDays, RULE_ROWS.holdDays, 1, 'overdue hold from this many days past due'),
    name(CONTROL_NAMES.holdMinimum, RULE_ROWS.holdMinimum, 1, 'overdue hold above this overdue amount'),
    name(CONTROL_NAMES.countOrders, RULE_ROWS.countOrders, 1, '1 when open orders count in the exposure, 0 when not'),
  ];
}

/** A bound as the alert states it: a share as a percentage. */
function shown(n: number, format: string): string {
  return format === '0%' ? `${Math.round(n * 100)}%` : n.toLocaleString('en-US');
}

/**
 * The rules read back from the block (cells `block[r][0..1]` of its rows)
 * and checked; every problem names its cell. Null rules when any is wrong.
 */
export function parseControlRules(sheet: string, block: readonly (readonly CellValue[])[]): { rules: ControlRules | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (r: number) => block[r]?.[1] ?? null;
  const cell = (r: number) => cellAddress(CONTROL_BLOCK.row + r, CONTROL_BLOCK.col + 1);
  const num = (r: number): number => {
    const v = at(r);
    return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
  };
  const edges = [0, 1, 2, 3].map((k) => num(EDGE_ROW + k)) as [number, number, number, number];
  const rules: ControlRules = {
    bucketEdges: edges,
    nearLimit: num(RULE_ROWS.nearLimit), tolerancePct: num(RULE_ROWS.tolerancePct), toleranceAmount: num(RULE_ROWS.toleranceAmount),
    holdDays: num(RULE_ROWS.holdDays), holdMinimum: num(RULE_ROWS.holdMinimum), countOrders: num(RULE_ROWS.countOrders) === 1,
  };
  const count = num(RULE_ROWS.countOrders);
  const issues = controlRuleIssues(rules);
  // Every number has an upper bound too, as the cell's validation says.
  const above = (r: number, rule: keyof ControlRules, index?: number) => {
    const max = RULE_INPUT[rule === 'bucketEdges' ? 'bucketEdge' : (rule as RuleKey)].max;
    if (num(r) > max && !issues.some((i) => i.rule === rule && i.index === index)) issues.push({ rule, kind: 'above', bound: max, ...(index !== undefined ? { index } : {}) });
  };
  edges.forEach((_, k) => above(EDGE_ROW + k, 'bucketEdges', k));
  for (const key of ['tolerancePct', 'toleranceAmount', 'holdDays', 'holdMinimum'] as const) above(RULE_ROWS[key], key);
  for (const issue of issues) {
    const r = issue.rule === 'bucketEdges' ? EDGE_ROW + issue.index! : RULE_ROWS[issue.rule];
    const item: Record<string, string> = issue.rule === 'bucketEdges'
      ? { item: 'controlBucketEdge', edge: String(issue.index! + 1) }
      : { item: `control${issue.rule[0]!.toUpperCase()}${issue.rule.slice(1)}` };
    const found = JSON.stringify(at(r));
    if (issue.kind === 'notNumber') problems.push(problemAt(sheet, cell(r), at(r) === null ? 'scorecardBlankNumber' : 'scorecardNumber', { ...item, found }));
    else if (issue.kind === 'notWhole') problems.push(problemAt(sheet, cell(r), 'scorecardWhole', { ...item, found }));
    else if (issue.kind === 'below') problems.push(problemAt(sheet, cell(r), 'scorecardBelow', { ...item, min: String(issue.bound), found }));
    else if (issue.kind === 'above') problems.push(problemAt(sheet, cell(r), 'scorecardAbove', { ...item, max: String(issue.bound), found }));
    else problems.push(problemAt(sheet, cell(r), 'scorecardEdgesOrder', { edge: String(issue.index! + 1), found, previous: String(issue.bound) }));
  }
  if (count !== 0 && count !== 1) {
    const raw = at(RULE_ROWS.countOrders);
    const code = Number.isFinite(count) ? 'scorecardZeroOrOne' : raw === null ? 'scorecardBlankNumber' : 'scorecardNumber';
    problems.push(problemAt(sheet, cell(RULE_ROWS.countOrders), code, { item: 'controlCountOrders', found: JSON.stringify(raw) }));
  }
  return problems.length > 0 ? { rules: null, problems } : { rules, problems };
}

/** The block's cells that hold something though the block is not there yet (an upgrade writes it there): each a problem. */
export function controlBlockTaken(sheet: string, block: readonly (readonly CellValue[])[]): Problem[] {
  const problems: Problem[] = [];
  block.forEach((cells, r) => cells.forEach((v, c) => {
    if (v !== null && String(v).trim() !== '') problems.push(problemAt(sheet, cellAddress(CONTROL_BLOCK.row + r, CONTROL_BLOCK.col + c), 'scorecardCellTaken', { found: JSON.stringify(v) }));
  }));
  return problems;
}
