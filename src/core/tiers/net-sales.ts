import { isBlank, type CellValue } from '../cells/cell';
import { cellAddress } from '../cells/address';
import { normalizeKey, readDate, readNumber } from '../cells/normalize';
import type { Problem } from '../problems';

/** The sales columns a port read, one array per column, all of the same length. */
export interface SalesColumns {
  sheet: string;
  /** Sheet row index of element 0. */
  firstRow: number;
  key: { col: number; values: CellValue[] };
  /** Extra display columns of the customer (e.g. the name when the key is the ID). */
  label?: { col: number; values: CellValue[] };
  amount?: { col: number; values: CellValue[] };
  quantity?: { col: number; values: CellValue[] };
  unitPrice?: { col: number; values: CellValue[] };
  date?: { col: number; values: CellValue[] };
}

export interface NetSales {
  /** Net sales by normalised customer key. */
  byKey: Map<string, number>;
  /** The first raw key and label seen for each normalised key, for a derived customer list. */
  firstSeen: Map<string, { key: CellValue; label: CellValue }>;
  /** Rows of each key, for reporting unknown customers by row. */
  rowsByKey: Map<string, number[]>;
  rowsRead: number;
  rowsSkipped: number;
  /** Latest date among the rows used, as an Excel serial (null when there is no date column). */
  lastDate: number | null;
  problems: Problem[];
}

export interface Period {
  from?: number;
  to?: number;
}

function rowIsBlank(cols: SalesColumns, i: number): boolean {
  return [cols.key, cols.amount, cols.quantity, cols.unitPrice, cols.date].every((c) => !c || isBlank(c.values[i] ?? null));
}

/**
 * Sums sales amounts per customer (amount, or quantity × unit price), netting
 * returns. Rows with a blank key, an unreadable amount or (when a period is
 * set) an unreadable date are left out and reported with their cell.
 */
export function sumNetSales(cols: SalesColumns, period?: Period): NetSales {
  const byKey = new Map<string, number>();
  const firstSeen = new Map<string, { key: CellValue; label: CellValue }>();
  const rowsByKey = new Map<string, number[]>();
  const problems: Problem[] = [];
  const keyCache = new Map<CellValue, string | null>();
  const n = cols.key.values.length;
  let rowsRead = 0;
  let rowsSkipped = 0;
  let lastDate: number | null = null;
  const filterByDate = period !== undefined && (period.from !== undefined || period.to !== undefined);

  const report = (row: number, col: number, reason: string) => {
    problems.push({ sheet: cols.sheet, cell: cellAddress(row, col), reason });
    rowsSkipped++;
  };

  for (let i = 0; i < n; i++) {
    if (rowIsBlank(cols, i)) continue;
    const row = cols.firstRow + i;
    let serial: number | null = null;
    if (cols.date) {
      const d = readDate(cols.date.values[i] ?? null);
      if (d.ok) serial = d.serial;
      else if (filterByDate) {
        rowsRead++;
        report(row, cols.date.col, `${d.reason}: the row cannot be placed in the period`);
        continue;
      }
    }
    if (filterByDate && serial !== null && ((period.from !== undefined && serial < period.from) || (period.to !== undefined && serial > period.to))) {
      continue;
    }
    rowsRead++;

    const raw = cols.key.values[i] ?? null;
    let key = keyCache.get(raw);
    if (key === undefined) {
      key = normalizeKey(raw);
      keyCache.set(raw, key);
    }
    if (key === null) {
      report(row, cols.key.col, 'blank customer key');
      continue;
    }
    const amount = lineAmount(cols, i);
    if (!amount.ok) {
      report(row, amount.col, amount.reason);
      continue;
    }
    byKey.set(key, (byKey.get(key) ?? 0) + amount.value);
    const rows = rowsByKey.get(key);
    if (rows) rows.push(row);
    else {
      rowsByKey.set(key, [row]);
      firstSeen.set(key, { key: raw, label: cols.label?.values[i] ?? null });
    }
    if (serial !== null && (lastDate === null || serial > lastDate)) lastDate = serial;
  }
  return { byKey, firstSeen, rowsByKey, rowsRead, rowsSkipped, lastDate, problems };
}

type LineAmount = { ok: true; value: number } | { ok: false; col: number; reason: string };

function lineAmount(cols: SalesColumns, i: number): LineAmount {
  if (cols.amount) {
    const a = readNumber(cols.amount.values[i] ?? null);
    return a.ok ? a : { ok: false, col: cols.amount.col, reason: `amount ${a.reason}` };
  }
  // recognize() guarantees quantity and unit price when there is no amount column.
  const q = readNumber(cols.quantity!.values[i] ?? null);
  if (!q.ok) return { ok: false, col: cols.quantity!.col, reason: `quantity ${q.reason}` };
  const p = readNumber(cols.unitPrice!.values[i] ?? null);
  if (!p.ok) return { ok: false, col: cols.unitPrice!.col, reason: `unit price ${p.reason}` };
  return { ok: true, value: q.value * p.value };
}
