import type { LabelId } from '../i18n/labels';
import type { OwnedColumnSpec } from '../plan/owned-columns';
import type { Ratio } from './scorecard-config';

/** The owned columns of the credit step, appended after the tier columns. */
export const CREDIT_COLUMNS: OwnedColumnSpec[] = [
  { marker: 'CreditDesk_AvgMonthlySales', label: 'col.avgMonthlySales', format: '#,##0.00', width: 14 },
  { marker: 'CreditDesk_QuickRatio', label: 'col.quickRatio', format: '0.00', width: 10 },
  { marker: 'CreditDesk_DebtRatio', label: 'col.debtRatio', format: '0.0%', width: 10 },
  { marker: 'CreditDesk_AssetTurnover', label: 'col.assetTurnover', format: '0.00', width: 12 },
  { marker: 'CreditDesk_NetMargin', label: 'col.netMargin', format: '0.0%', width: 10 },
  { marker: 'CreditDesk_Score', label: 'col.score', format: '0.0', width: 9 },
  { marker: 'CreditDesk_Grade', label: 'col.grade', format: 'General', width: 9 },
  { marker: 'CreditDesk_Limit', label: 'col.limit', format: '#,##0', width: 14 },
  { marker: 'CreditDesk_Level', label: 'col.level', format: 'General', width: 18 },
  { marker: 'CreditDesk_Missing', label: 'col.missing', format: 'General', width: 30 },
  { marker: 'CreditDesk_Reasons', label: 'col.reasons', format: 'General', width: 36 },
];

/** Index of each credit column in CREDIT_COLUMNS. */
export const CREDIT_COL = {
  avgMonthlySales: 0, quickRatio: 1, debtRatio: 2, assetTurnover: 3, netMargin: 4,
  score: 5, grade: 6, limit: 7, level: 8, missing: 9, reasons: 10,
} as const;

/** Each ratio's name: its column header, and how the scorecard, the forms and the pane name it. */
export const RATIO_LABEL: Record<Ratio, LabelId> = {
  quickRatio: 'col.quickRatio', debtRatio: 'col.debtRatio', assetTurnover: 'col.assetTurnover', netMargin: 'col.netMargin',
};
