import { isBlank, type CellValue } from '../cells/cell';
import { cellAddress } from '../cells/address';
import { normalizeKey, readDate, readNumber } from '../cells/normalize';
import type { Problem, ProblemCode } from '../problems';

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
  /** Normalised key of each sales row used in the totals (null for rows left out), to report rows by key. */
  rowKeys: (string | null)[];
  /** Sheet row of rowKeys[0]. */
  firstRow: number;
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

type Column = { col: number; values: CellValue[] };

function rowIsBlank(columns: Column[], i: number): boolean {
  for (const c of columns) {
    const v = c.values[i] ?? null;
    // Fast path for the usual non-blank cell; isBlank trims strings.
    if (typeof v === 'number' || (typeof v === 'string' && v.length > 0 && v.charCodeAt(0) > 32) || !isBlank(v)) return false;
  }
  return true;
}

/**
 * Sums sales amounts per customer (amount, or quantity × unit price), netting
 * returns. Rows with a blank key, an unreadable amount or (when a period is
 * set) an unreadable date are left out and reported with their cell.
 */
export function sumNetSales(cols: SalesColumns, period?: Period): NetSales {
  type Total = { key: string; sum: number; counted: boolean };
  const totals = new Map<string, Total>();
  const firstSeen = new Map<string, { key: CellValue; label: CellValue }>();
  const problems: Problem[] = [];
  // Raw key -> its customer's running total (null for a blank key): one lookup a row.
  const byRaw = new Map<CellValue, Total | null>();
  const n = cols.key.values.length;
  const rowKeys = new Array<string | null>(n).fill(null);
  const read = [cols.key, cols.amount, cols.quantity, cols.unitPrice, cols.date].filter((c): c is Column => c !== undefined);
  let rowsRead = 0;
  let rowsSkipped = 0;
  let lastDate: number | null = null;
  const filterByDate = period !== undefined && (period.from !== undefined || period.to !== undefined);

  const report = (row: number, col: number, reason: string, code: ProblemCode, args?: Record<string, string>) => {
    problems.push({ sheet: cols.sheet, cell: cellAddress(row, col), reason, code, ...(args ? { args } : {}) });
    rowsSkipped++;
  };

  for (let i = 0; i < n; i++) {
    if (rowIsBlank(read, i)) continue;
    const row = cols.firstRow + i;
    let serial: number | null = null;
    if (cols.date) {
      const raw = cols.date.values[i] ?? null;
      const d = typeof raw === 'number' && raw > 0 ? { ok: true as const, serial: Math.floor(raw) } : readDate(raw);
      if (d.ok) serial = d.serial;
      else if (filterByDate) {
        rowsRead++;
        report(row, cols.date.col, `${d.reason}: the row cannot be placed in the period`, 'badDate', { value: JSON.stringify(cols.date.values[i] ?? '') });
        continue;
      }
    }
    if (filterByDate && serial !== null && ((period.from !== undefined && serial < period.from) || (period.to !== undefined && serial > period.to))) {
      continue;
    }
    rowsRead++;

    const raw = cols.key.values[i] ?? null;
    let total = byRaw.get(raw);
    if (total === undefined) {
      const key = normalizeKey(raw);
      total = key === null ? null : totals.get(key) ?? { key, sum: 0, counted: false };
      byRaw.set(raw, total);
    }
    if (total === null) {
      report(row, cols.key.col, 'blank customer key', 'blankKey');
      continue;
    }
    const amount = lineAmount(cols, i);
    if (!amount.ok) {
      report(row, amount.col, amount.reason, 'badNumber', { what: amount.what, value: JSON.stringify(amount.value) });
      continue;
    }
    if (!total.counted) {
      // First usable row of this customer (a key whose rows are all bad is no customer).
      total.counted = true;
      totals.set(total.key, total);
      firstSeen.set(total.key, { key: raw, label: cols.label?.values[i] ?? null });
    }
    total.sum += amount.value;
    rowKeys[i] = total.key;
    if (serial !== null && (lastDate === null || serial > lastDate)) lastDate = serial;
  }
  const byKey = new Map<string, number>();
  for (const [key, t] of totals) byKey.set(key, t.sum);
  return { byKey, firstSeen, rowKeys, firstRow: cols.firstRow, rowsRead, rowsSkipped, lastDate, problems };
}

type LineAmount = { ok: true; value: number } | { ok: false; col: number; reason: string; what: 'amount' | 'quantity' | 'unitPrice'; value: CellValue };

function lineAmount(cols: SalesColumns, i: number): LineAmount {
  if (cols.amount) {
    const raw = cols.amount.values[i] ?? null;
    if (typeof raw === 'number' && Number.isFinite(raw)) return { ok: true, value: raw };
    const a = readNumber(raw);
    return a.ok ? a : { ok: false, col: cols.amount.col, reason: `amount ${a.reason}`, what: 'amount', value: raw };
  }
  // recognize() guarantees quantity and unit price when there is no amount column.
  const qRaw = cols.quantity!.values[i] ?? null;
  const q = readNumber(qRaw);
  if (!q.ok) return { ok: false, col: cols.quantity!.col, reason: `quantity ${q.reason}`, what: 'quantity', value: qRaw };
  const pRaw = cols.unitPrice!.values[i] ?? null;
  const p = readNumber(pRaw);
  if (!p.ok) return { ok: false, col: cols.unitPrice!.col, reason: `unit price ${p.reason}`, what: 'unitPrice', value: pRaw };
  return { ok: true, value: q.value * p.value };
}
