import type { CellValue } from '../cells/cell';
import type { SheetLayout } from '../columns/layout';

type Column = { col: number; values: CellValue[] };

/** The receivables columns a port read, one array per column, all of the same length. */
export interface ReceivablesColumns {
  sheet: string;
  /** Sheet row index of element 0. */
  firstRow: number;
  key: Column;
  documentNumber?: Column;
  /** The document (invoice) date. */
  date?: Column;
  dueDate: Column;
  amount?: Column;
  /** The open amount (balance) column, or an "outstanding" one when the sheet has no other. */
  openAmount?: Column;
  paidDate?: Column;
  paidAmount?: Column;
}

export type ReceivablesField = Exclude<keyof ReceivablesColumns, 'sheet' | 'firstRow'>;

/** Which sheet column holds each field the step reads, key first (the order of one readColumns request). */
export function receivablesToRead(layout: SheetLayout, keyRole: 'customerId' | 'customerName'): { field: ReceivablesField; col: number }[] {
  const c = layout.columns;
  const wanted: [ReceivablesField, number | undefined][] = [
    ['key', c[keyRole]],
    ['documentNumber', c.documentNumber],
    ['date', c.date],
    ['dueDate', c.dueDate],
    ['amount', c.amount],
    ['openAmount', c.openAmount ?? c.outstanding],
    ['paidDate', c.paidDate],
    ['paidAmount', c.paidAmount],
  ];
  return wanted.filter((w): w is [ReceivablesField, number] => w[1] !== undefined).map(([field, col]) => ({ field, col }));
}

/** The columns as read (values[i] holds the cells of toRead[i]), from the first data row on. */
export function receivablesColumns(layout: SheetLayout, toRead: readonly { field: ReceivablesField; col: number }[], values: readonly CellValue[][]): ReceivablesColumns {
  const fields: Partial<Record<ReceivablesField, Column>> = {};
  toRead.forEach(({ field, col }, i) => (fields[field] = { col, values: values[i] ?? [] }));
  if (!fields.key || !fields.dueDate) throw new Error('receivablesColumns: the key and the due date must be read');
  return { sheet: layout.sheet, firstRow: layout.firstDataRow, ...fields, key: fields.key, dueDate: fields.dueDate };
}
