import { groupSpan, indexById } from '../plan/column-index';
import type { OwnedColumnSpec } from '../plan/owned-columns';

/**
 * The owned columns of the control step, after the credit columns: the
 * per-customer aggregates (values refreshed each run), then the live
 * formulas, then two helper formulas (grouped and collapsed like the credit
 * step's points columns). The five overdue buckets are adjacent and in order.
 * A workbook keeps its columns where their markers are and gets a new one
 * appended: add a column at the end of its group, never reorder.
 */
export const CONTROL_COLUMNS = [
  { id: 'openReceivables', group: 'control', marker: 'CreditDesk_OpenReceivables', label: 'col.control.openReceivables', format: '#,##0.00', width: 14 },
  { id: 'overdue', group: 'control', marker: 'CreditDesk_Overdue', label: 'col.control.overdue', format: '#,##0.00', width: 14 },
  { id: 'notDue', group: 'control', marker: 'CreditDesk_AgingNotDue', label: 'col.control.notDue', format: '#,##0.00', width: 14 },
  { id: 'bucket1', group: 'control', marker: 'CreditDesk_AgingBucket1', label: 'col.control.bucket1', format: '#,##0.00', width: 14, dated: { label: 'col.control.bucket1.dated', arg: 'bucket1' } },
  { id: 'bucket2', group: 'control', marker: 'CreditDesk_AgingBucket2', label: 'col.control.bucket2', format: '#,##0.00', width: 14, dated: { label: 'col.control.bucket2.dated', arg: 'bucket2' } },
  { id: 'bucket3', group: 'control', marker: 'CreditDesk_AgingBucket3', label: 'col.control.bucket3', format: '#,##0.00', width: 14, dated: { label: 'col.control.bucket3.dated', arg: 'bucket3' } },
  { id: 'bucket4', group: 'control', marker: 'CreditDesk_AgingBucket4', label: 'col.control.bucket4', format: '#,##0.00', width: 14, dated: { label: 'col.control.bucket4.dated', arg: 'bucket4' } },
  { id: 'bucket5', group: 'control', marker: 'CreditDesk_AgingBucket5', label: 'col.control.bucket5', format: '#,##0.00', width: 14, dated: { label: 'col.control.bucket5.dated', arg: 'bucket5' } },
  { id: 'oldestDaysPastDue', group: 'control', marker: 'CreditDesk_OldestDaysPastDue', label: 'col.control.oldestDaysPastDue', format: '0', width: 10 },
  { id: 'avgDaysLate', group: 'control', marker: 'CreditDesk_AvgDaysLate', label: 'col.control.avgDaysLate', format: '0.0', width: 10 },
  { id: 'onTimeShare', group: 'control', marker: 'CreditDesk_OnTimeShare', label: 'col.control.onTimeShare', format: '0%', width: 10 },
  { id: 'dso', group: 'control', marker: 'CreditDesk_Dso', label: 'col.control.dso', format: '0.0', width: 10 },
  { id: 'notes', group: 'control', marker: 'CreditDesk_ControlNotes', label: 'col.control.notes', format: 'General', width: 30 },
  { id: 'limitUsed', group: 'control', marker: 'CreditDesk_LimitUsed', label: 'col.control.limitUsed', format: '#,##0', width: 14 },
  { id: 'exposure', group: 'control', marker: 'CreditDesk_Exposure', label: 'col.control.exposure', format: '#,##0.00', width: 14 },
  { id: 'available', group: 'control', marker: 'CreditDesk_Available', label: 'col.control.available', format: '#,##0.00;[Red]-#,##0.00', width: 14 },
  { id: 'utilisation', group: 'control', marker: 'CreditDesk_Utilisation', label: 'col.control.utilisation', format: '0.0%', width: 10 },
  { id: 'status', group: 'control', marker: 'CreditDesk_CreditStatus', label: 'col.control.status', format: 'General', width: 22 },
  { id: 'statusAlso', group: 'control', marker: 'CreditDesk_CreditStatusAlso', label: 'col.control.statusAlso', format: 'General', width: 22 },
  { id: 'holdAmount', group: 'controlCollapsed', marker: 'CreditDesk_HoldAmount', label: 'col.control.holdAmount', format: '#,##0.00', width: 14 },
  { id: 'statusCode', group: 'controlCollapsed', marker: 'CreditDesk_CreditStatusCode', label: 'col.control.statusCode', format: '0', width: 8 },
] as const satisfies readonly OwnedColumnSpec[];

const CONTROL_INDEX = indexById(CONTROL_COLUMNS);

/** Index of each control column in CONTROL_COLUMNS, by id. */
export const CONTROL_COL = {
  ...CONTROL_INDEX,
  /** Not yet due, then the five overdue buckets. */
  buckets: CONTROL_INDEX.notDue,
} as const;

/** The first and the number of the helper columns grouped and collapsed in Excel's outline. */
export const CONTROL_GROUPED_COLUMNS = groupSpan(CONTROL_COLUMNS, 'controlCollapsed');
