import type { OwnedColumnSpec } from '../plan/owned-columns';

/**
 * The owned columns of the control step, after the credit columns: the
 * per-customer aggregates (values refreshed each run), then the live
 * formulas, then two helper formulas (grouped and collapsed like the credit
 * step's points columns). The five overdue buckets are adjacent and in order.
 */
export const CONTROL_COLUMNS: OwnedColumnSpec[] = [
  { marker: 'CreditDesk_OpenReceivables', label: 'col.control.openReceivables', format: '#,##0.00', width: 14 },
  { marker: 'CreditDesk_Overdue', label: 'col.control.overdue', format: '#,##0.00', width: 14 },
  { marker: 'CreditDesk_AgingNotDue', label: 'col.control.notDue', format: '#,##0.00', width: 14 },
  { marker: 'CreditDesk_AgingBucket1', label: 'col.control.bucket1', format: '#,##0.00', width: 14, dated: { label: 'col.control.bucket1.dated', arg: 'bucket1' } },
  { marker: 'CreditDesk_AgingBucket2', label: 'col.control.bucket2', format: '#,##0.00', width: 14, dated: { label: 'col.control.bucket2.dated', arg: 'bucket2' } },
  { marker: 'CreditDesk_AgingBucket3', label: 'col.control.bucket3', format: '#,##0.00', width: 14, dated: { label: 'col.control.bucket3.dated', arg: 'bucket3' } },
  { marker: 'CreditDesk_AgingBucket4', label: 'col.control.bucket4', format: '#,##0.00', width: 14, dated: { label: 'col.control.bucket4.dated', arg: 'bucket4' } },
  { marker: 'CreditDesk_AgingBucket5', label: 'col.control.bucket5', format: '#,##0.00', width: 14, dated: { label: 'col.control.bucket5.dated', arg: 'bucket5' } },
  { marker: 'CreditDesk_OldestDaysPastDue', label: 'col.control.oldestDaysPastDue', format: '0', width: 10 },
  { marker: 'CreditDesk_AvgDaysLate', label: 'col.control.avgDaysLate', format: '0.0', width: 10 },
  { marker: 'CreditDesk_OnTimeShare', label: 'col.control.onTimeShare', format: '0%', width: 10 },
  { marker: 'CreditDesk_Dso', label: 'col.control.dso', format: '0.0', width: 10 },
  { marker: 'CreditDesk_ControlNotes', label: 'col.control.notes', format: 'General', width: 30 },
  { marker: 'CreditDesk_LimitUsed', label: 'col.control.limitUsed', format: '#,##0', width: 14 },
  { marker: 'CreditDesk_Exposure', label: 'col.control.exposure', format: '#,##0.00', width: 14 },
  { marker: 'CreditDesk_Available', label: 'col.control.available', format: '#,##0.00;[Red]-#,##0.00', width: 14 },
  { marker: 'CreditDesk_Utilisation', label: 'col.control.utilisation', format: '0.0%', width: 10 },
  { marker: 'CreditDesk_CreditStatus', label: 'col.control.status', format: 'General', width: 22 },
  { marker: 'CreditDesk_CreditStatusAlso', label: 'col.control.statusAlso', format: 'General', width: 22 },
  { marker: 'CreditDesk_HoldAmount', label: 'col.control.holdAmount', format: '#,##0.00', width: 14 },
  { marker: 'CreditDesk_CreditStatusCode', label: 'col.control.statusCode', format: '0', width: 8 },
];

/** Index of each control column in CONTROL_COLUMNS. */
export const CONTROL_COL = {
  openReceivables: 0, overdue: 1,
  /** Not yet due, then the five overdue buckets. */
  buckets: 2,
  oldestDaysPastDue: 8, avgDaysLate: 9, onTimeShare: 10, dso: 11, notes: 12,
  limitUsed: 13, exposure: 14, available: 15, utilisation: 16, status: 17, statusAlso: 18, holdAmount: 19, statusCode: 20,
} as const;

/** The first and the number of the helper columns grouped and collapsed in Excel's outline. */
export const CONTROL_GROUPED_COLUMNS = { first: CONTROL_COL.holdAmount, count: CONTROL_COLUMNS.length - CONTROL_COL.holdAmount } as const;
