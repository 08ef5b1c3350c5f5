import { FACTORS } from '../columns/roles';
import type { LabelId } from '../i18n/labels';
import type { OwnedColumnSpec } from '../plan/owned-columns';
import { TABLE_ROWS, type Ratio } from './scorecard-config';

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * The owned columns of the credit step, appended after the tier columns. The
 * columns of release 0.1 come first, in their order, so that a workbook it
 * scored keeps them where they are; the statement row and the points columns
 * (grouped and collapsed, see plan-credit.ts) follow.
 */
export const CREDIT_COLUMNS: OwnedColumnSpec[] = [
  { marker: 'CreditDesk_AvgMonthlySales', label: 'col.avgMonthlySales', format: '#,##0.00', width: 14, dated: { label: 'col.avgMonthlySales.dated', arg: 'window' } },
  { marker: 'CreditDesk_QuickRatio', label: 'col.quickRatio', format: '0.00', width: 10 },
  { marker: 'CreditDesk_DebtRatio', label: 'col.debtRatio', format: '0.0%', width: 10 },
  { marker: 'CreditDesk_AssetTurnover', label: 'col.assetTurnover', format: '0.00', width: 12 },
  { marker: 'CreditDesk_NetMargin', label: 'col.netMargin', format: '0.0%', width: 10 },
  { marker: 'CreditDesk_Score', label: 'col.score', format: '0.0', width: 9 },
  { marker: 'CreditDesk_Grade', label: 'col.grade', format: 'General', width: 9 },
  { marker: 'CreditDesk_Limit', label: 'col.limit', format: '#,##0', width: 14 },
  { marker: 'CreditDesk_Level', label: 'col.level', format: 'General', width: 18 },
  { marker: 'CreditDesk_Missing', label: 'col.missing', format: 'General', width: 30, dated: { label: 'col.missing.dated', arg: 'date' } },
  { marker: 'CreditDesk_Reasons', label: 'col.reasons', format: 'General', width: 36, dated: { label: 'col.reasons.dated', arg: 'date' } },
  { marker: 'CreditDesk_StatementRow', label: 'col.statementRow', format: '0', width: 10 },
  ...(['quickRatio', 'debtRatio', 'assetTurnover', 'netMargin'] as const).map((r): OwnedColumnSpec => (
    { marker: `CreditDesk_Points${capital(r)}`, label: `col.points.${r}`, format: '0.0', width: 10 })),
  ...FACTORS.map((f): OwnedColumnSpec => ({ marker: `CreditDesk_Points${capital(f)}`, label: `col.points.${f}` as LabelId, format: '0.0', width: 10 })),
  { marker: 'CreditDesk_ManagementPoints', label: 'col.managementPoints', format: '0.0', width: 12 },
  { marker: 'CreditDesk_LimitCap', label: 'col.limitCap', format: '#,##0', width: 14 },
];

/** Index of each credit column in CREDIT_COLUMNS. */
export const CREDIT_COL = {
  avgMonthlySales: 0, quickRatio: 1, debtRatio: 2, assetTurnover: 3, netMargin: 4,
  score: 5, grade: 6, limit: 7, level: 8, missing: 9, reasons: 10, statementRow: 11,
  quickRatioPoints: 12, debtRatioPoints: 13, assetTurnoverPoints: 14, netMarginPoints: 15,
  /** The eleven factor points columns follow, in FACTORS order. */
  factorPoints: 16,
  managementPoints: 16 + FACTORS.length,
  /** The net-worth cap on the limit (n/a unless both figures are numbers). */
  limitCap: 17 + FACTORS.length,
} as const;

/** The first of the columns grouped (and collapsed) in Excel's outline: the statement row, every points column and the cap, then the user's factors' points. */
export const FIRST_GROUPED = CREDIT_COL.statementRow;

/** Most factors of the user's own, each with its points column. */
export const USER_FACTOR_SLOTS = TABLE_ROWS.userFactors.max;

/**
 * The points column of the user's k-th own factor (1-based), after the
 * columns above, made only while the scorecard has such a factor; its header
 * names the factor (any name is its header: renaming the factor renames it).
 */
export function userPointsColumn(k: number, name: string): OwnedColumnSpec {
  return { marker: `CreditDesk_PointsUser${k}`, label: 'col.points.userFactor', format: '0.0', width: 10, named: name };
}

/** Each ratio's name: its column header, and how the scorecard, the forms and the pane name it. */
export const RATIO_LABEL: Record<Ratio, LabelId> = {
  quickRatio: 'col.quickRatio', debtRatio: 'col.debtRatio', assetTurnover: 'col.assetTurnover', netMargin: 'col.netMargin',
};

