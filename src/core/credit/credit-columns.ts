import { FACTORS, type Factor } from '../columns/roles';
import type { LabelId } from '../i18n/labels';
import { groupSpan, indexById } from '../plan/column-index';
import type { OwnedColumnSpec } from '../plan/owned-columns';
import { RATIOS, TABLE_ROWS, type Ratio } from './scorecard-config';

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The id of a factor's points column (and its key in CREDIT_COL). */
const factorPointsId = <F extends Factor>(f: F) => `${f}Points` as const;

/**
 * The owned columns of the credit step, appended after the tier columns. The
 * columns of release 0.1 come first, in their order, so that a workbook it
 * scored keeps them where they are; the statement row and the points columns
 * (grouped and collapsed, see plan-credit.ts) follow. A workbook keeps its
 * columns where their markers are and gets a new one appended: add a column
 * at the end of its group, never reorder, and give it its rule (formula and
 * value) in credit-column-rules.ts, which the compiler asks for.
 */
export const CREDIT_COLUMNS = [
  { id: 'avgMonthlySales', group: 'credit', marker: 'CreditDesk_AvgMonthlySales', label: 'col.avgMonthlySales', format: '#,##0.00', width: 14, dated: { label: 'col.avgMonthlySales.dated', arg: 'window' } },
  { id: 'quickRatio', group: 'credit', marker: 'CreditDesk_QuickRatio', label: 'col.quickRatio', format: '0.00', width: 10 },
  { id: 'debtRatio', group: 'credit', marker: 'CreditDesk_DebtRatio', label: 'col.debtRatio', format: '0.0%', width: 10 },
  { id: 'assetTurnover', group: 'credit', marker: 'CreditDesk_AssetTurnover', label: 'col.assetTurnover', format: '0.00', width: 12 },
  { id: 'netMargin', group: 'credit', marker: 'CreditDesk_NetMargin', label: 'col.netMargin', format: '0.0%', width: 10 },
  { id: 'score', group: 'credit', marker: 'CreditDesk_Score', label: 'col.score', format: '0.0', width: 9 },
  { id: 'grade', group: 'credit', marker: 'CreditDesk_Grade', label: 'col.grade', format: 'General', width: 9 },
  { id: 'limit', group: 'credit', marker: 'CreditDesk_Limit', label: 'col.limit', format: '#,##0', width: 14 },
  { id: 'level', group: 'credit', marker: 'CreditDesk_Level', label: 'col.level', format: 'General', width: 18 },
  { id: 'missing', group: 'credit', marker: 'CreditDesk_Missing', label: 'col.missing', format: 'General', width: 30, dated: { label: 'col.missing.dated', arg: 'date' } },
  { id: 'reasons', group: 'credit', marker: 'CreditDesk_Reasons', label: 'col.reasons', format: 'General', width: 36, dated: { label: 'col.reasons.dated', arg: 'date' } },
  { id: 'statementRow', group: 'creditCollapsed', marker: 'CreditDesk_StatementRow', label: 'col.statementRow', format: '0', width: 10 },
  ...RATIOS.map((r) => (
    { id: `${r}Points` as const, group: 'creditCollapsed', marker: `CreditDesk_Points${capital(r)}`, label: `col.points.${r}` as const, format: '0.0', width: 10 } as const)),
  ...FACTORS.map((f) => (
    { id: factorPointsId(f), group: 'creditCollapsed', marker: `CreditDesk_Points${capital(f)}`, label: `col.points.${f}` as LabelId, format: '0.0', width: 10 } as const)),
  { id: 'managementPoints', group: 'creditCollapsed', marker: 'CreditDesk_ManagementPoints', label: 'col.managementPoints', format: '0.0', width: 12 },
  /** The net-worth cap on the limit (n/a unless both figures are numbers). */
  { id: 'limitCap', group: 'creditCollapsed', marker: 'CreditDesk_LimitCap', label: 'col.limitCap', format: '#,##0', width: 14 },
] as const satisfies readonly OwnedColumnSpec[];

/** A credit column's id (each has its rule in credit-column-rules.ts). */
export type CreditColumnId = (typeof CREDIT_COLUMNS)[number]['id'];

const CREDIT_INDEX = indexById(CREDIT_COLUMNS);

/** Index of each credit column in CREDIT_COLUMNS, by id. */
export const CREDIT_COL = {
  ...CREDIT_INDEX,
  /** The eleven factor points columns, in FACTORS order, from this one. */
  factorPoints: CREDIT_INDEX[factorPointsId(FACTORS[0])],
} as const;

/** The first of the columns grouped (and collapsed) in Excel's outline: the statement row, every points column and the cap, then the user's factors' points. */
export const FIRST_GROUPED = groupSpan(CREDIT_COLUMNS, 'creditCollapsed').first;

/** Most factors of the user's own, each with its points column. */
export const USER_FACTOR_SLOTS = TABLE_ROWS.userFactors.max;

/**
 * The points column of the user's k-th own factor (1-based), after the
 * columns above, made only while the scorecard has such a factor; its header
 * names the factor (any name is its header: renaming the factor renames it).
 */
export function userPointsColumn(k: number, name: string): OwnedColumnSpec {
  return { id: `userPoints${k}`, group: 'creditCollapsed', marker: `CreditDesk_PointsUser${k}`, label: 'col.points.userFactor', format: '0.0', width: 10, named: name };
}

/** Each ratio's name: its column header, and how the scorecard, the forms and the pane name it. */
export const RATIO_LABEL: Record<Ratio, LabelId> = {
  quickRatio: 'col.quickRatio', debtRatio: 'col.debtRatio', assetTurnover: 'col.assetTurnover', netMargin: 'col.netMargin',
};

