import { toCellWrite, type CellWrite } from '../cells/cell';
import { uniqueSheetName } from '../plan/sheet-name';
import type { Language, SheetLayout } from '../columns/layout';
import { label } from '../i18n/labels';
import type { WriteOp } from '../plan/write-ops';
import type { NamedCell, SheetInfo } from '../workbook-shape';
import type { NetSales } from './net-sales';

/** Marks the customer sheet the add-in made from the sales rows (all of it is the add-in's). */
export const DERIVED_MARKER = 'CreditDesk_Customers';

export interface DerivedSheet {
  layout: SheetLayout;
  isNew: boolean;
  /** Rows the sheet had before this run (to clear what is no longer there). */
  previousRowCount: number;
  /** Normalised keys in sheet order. */
  keys: string[];
  /** Key (and label) columns to write below the header. */
  keyColumns: CellWrite[][];
  headers: string[];
}

/**
 * The customer list made from the sales rows when the workbook has none:
 * one row per customer, sorted by key, on a sheet the add-in creates (or
 * made on an earlier run, found again by its marker).
 */
export function deriveCustomerSheet(
  net: NetSales,
  keyRole: 'customerId' | 'customerName',
  hasLabel: boolean,
  language: Language,
  sheets: SheetInfo[],
  markers: NamedCell[],
): DerivedSheet {
  const marker = markers.find((m) => m.name.toLowerCase() === DERIVED_MARKER.toLowerCase());
  const previous = marker ? sheets.find((s) => s.name === marker.sheet) : undefined;
  const sheet = previous?.name ?? uniqueSheetName(label('sheet.customers', language), new Set(sheets.map((s) => s.name.toLowerCase())));
  const keyOf = net.customers.keys;
  // Every customer with a sales line, those without sales in the period too (tier D: dormant).
  const sorted = [...net.withLines].sort((a, b) => (keyOf[a]! < keyOf[b]! ? -1 : keyOf[a]! > keyOf[b]! ? 1 : 0));
  const keys = sorted.map((c) => keyOf[c]!);
  const headers = [label(keyRole === 'customerId' ? 'col.customerId' : 'col.customerName', language)];
  if (hasLabel) headers.push(label('col.customerName', language));
  const keyColumns: CellWrite[][] = [
    sorted.map((c) => toCellWrite(net.firstSeen[c]!.key)),
    ...(hasLabel ? [sorted.map((c) => toCellWrite(net.firstSeen[c]!.label))] : []),
  ];
  const layout: SheetLayout = {
    sheet,
    headerRow: 0,
    firstDataRow: 1,
    lastRow: keys.length,
    headers,
    columns: keyRole === 'customerId' ? { customerId: 0, ...(hasLabel ? { customerName: 1 } : {}) } : { customerName: 0 },
    ambiguous: {},
    language,
  };
  return { layout, isNew: !previous, previousRowCount: previous?.rowCount ?? 0, keys, keyColumns, headers };
}

/** Creates (or refreshes) the derived sheet's key columns and clears rows left from a longer earlier list. */
export function derivedSheetOps(d: DerivedSheet, ownedLastCol: number): WriteOp[] {
  const { sheet } = d.layout;
  const ops: WriteOp[] = [];
  if (d.isNew) ops.push({ op: 'addSheet', sheet });
  const rows = d.keys.length;
  const stale = d.previousRowCount - (rows + 1);
  if (stale > 0) ops.push({ op: 'clear', sheet, row: rows + 1, col: 0, rows: stale, cols: ownedLastCol + 1 });
  ops.push({ op: 'values', sheet, row: 0, col: 0, values: [d.headers] });
  if (rows > 0) {
    // Text format first, so that Excel keeps keys such as "00123" as typed.
    ops.push({ op: 'numberFormat', sheet, row: 1, col: 0, rows, cols: d.keyColumns.length, format: '@' });
    ops.push({ op: 'values', sheet, row: 1, col: 0, values: d.keys.map((_, i) => d.keyColumns.map((c) => c[i] ?? null)) });
  }
  if (d.isNew) d.headers.forEach((_, col) => ops.push({ op: 'columnWidth', sheet, col, width: col === 0 ? 14 : 32 }));
  ops.push({ op: 'name', name: DERIVED_MARKER, sheet, row: 0, col: 0, comment: 'Customer list made by Credit Desk from the sales rows.' });
  return ops;
}
