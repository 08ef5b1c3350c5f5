import { FORMULA_WITHOUT_VALUE, isBlank, isErrorValue, type CellValue } from '../cells/cell';
import { cellAddress } from '../cells/address';
import { latestPlausibleDate, normalizeKey, readNumber, readSaleDate, serialToIso, type UnusableDate } from '../cells/normalize';
import { problemAt } from '../i18n/problem-text';
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
  /** Earliest and latest date among the rows used, as Excel serials (null when there is no date column). */
  firstDate: number | null;
  lastDate: number | null;
  /** The latest plausible sales date of this run (see readSaleDate): later dates are unusable. */
  latestDate: number;
  /**
   * Rows counted in net sales whose date cannot place them in a date window
   * (no period was set): the 12-month average leaves them out and reports them.
   */
  undated: { index: number; code: UnusableDate; value: string }[];
  problems: Problem[];
}

/**
 * A sales line (amount, or quantity × unit price) beyond this magnitude is
 * left out and reported: a rule on the row alone, so every pass (period,
 * 12-month window) leaves out the same rows, and with at most 1,048,576 rows
 * a sheet every sum, share, average and limit stays a finite number.
 */
export const MAX_AMOUNT = 1e100;

/**
 * What a key cell that cannot be a customer's is reported as (null: it can be
 * one, or it is blank — which the caller reports its own way).
 */
export function keyProblem(raw: CellValue, effect: 'leftOut' | 'noResults' | 'statementUnused'): { code: ProblemCode; args: Record<string, string> } | null {
  if (raw === FORMULA_WITHOUT_VALUE) return { code: 'formulaWithoutValue', args: { what: 'customerKey', effect } };
  if (isErrorValue(raw)) return { code: 'errorKey', args: { value: String(raw), effect } };
  return null;
}

/** A problem about a date cell that cannot place its row in a date window. */
export function dateProblem(sheet: string, cell: string, code: UnusableDate, value: string, effect: 'period' | 'average', latestDate: number): Problem {
  if (code === 'implausibleDate') return problemAt(sheet, cell, code, { value, latest: serialToIso(latestDate), effect });
  if (code === 'formulaWithoutValue') return problemAt(sheet, cell, code, { what: 'date', effect });
  // The templates show the value as it was: quoted text, or "" for a blank cell.
  const shown = value === '' ? '""' : value;
  return effect === 'period'
    ? { sheet, cell, reason: `${value === '' ? 'blank date' : `not a date: ${value}`}: the row cannot be placed in the period`, code: 'badDate', args: { value: shown } }
    : { sheet, cell, reason: `date ${shown} cannot be read: left out of the 12-month average (its amount counts in net sales)`, code: 'undatedSale', args: { value: shown } };
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
 * returns. Rows with a blank or error key, an unreadable or too large amount,
 * or (when a period is set) a date that cannot place them in it are left out
 * and reported with their cell. A date is usable from 1900-01-01 to
 * `latestDate` (default: a year after today); without a period, a row with an
 * unusable date still counts and is listed in `undated`.
 */
export function sumNetSales(cols: SalesColumns, period?: Period, latestDate: number = latestPlausibleDate(new Date())): NetSales {
  type Total = { key: string; sum: number; counted: boolean };
  const totals = new Map<string, Total>();
  const firstSeen = new Map<string, { key: CellValue; label: CellValue }>();
  const problems: Problem[] = [];
  const undated: NetSales['undated'] = [];
  // Raw key -> its customer's running total (null for a key that is none): one lookup a row.
  const byRaw = new Map<CellValue, Total | null>();
  const n = cols.key.values.length;
  const rowKeys = new Array<string | null>(n).fill(null);
  const read = [cols.key, cols.amount, cols.quantity, cols.unitPrice, cols.date].filter((c): c is Column => c !== undefined);
  let rowsRead = 0;
  let rowsSkipped = 0;
  let firstDate: number | null = null;
  let lastDate: number | null = null;
  const filterByDate = period !== undefined && (period.from !== undefined || period.to !== undefined);

  const report = (row: number, col: number, reason: string, code: ProblemCode, args?: Record<string, string>) => {
    problems.push({ sheet: cols.sheet, cell: cellAddress(row, col), reason, code, ...(args ? { args } : {}) });
    rowsSkipped++;
  };
  const skip = (problem: Problem) => {
    problems.push(problem);
    rowsSkipped++;
  };

  for (let i = 0; i < n; i++) {
    if (rowIsBlank(read, i)) continue;
    const row = cols.firstRow + i;
    let serial: number | null = null;
    let unusable: { code: UnusableDate; value: string } | null = null;
    if (cols.date) {
      const raw = cols.date.values[i] ?? null;
      // Fast path for the usual date cell.
      const d = typeof raw === 'number' && raw >= 1 && raw < latestDate + 1 ? { ok: true as const, serial: Math.floor(raw) } : readSaleDate(raw, latestDate);
      if (d.ok) serial = d.serial;
      else if (filterByDate) {
        rowsRead++;
        skip(dateProblem(cols.sheet, cellAddress(row, cols.date.col), d.code, d.value, 'period', latestDate));
        continue;
      } else unusable = { code: d.code, value: d.value };
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
      const bad = keyProblem(raw, 'leftOut');
      if (bad) skip(problemAt(cols.sheet, cellAddress(row, cols.key.col), bad.code, bad.args));
      else report(row, cols.key.col, 'blank customer key', 'blankKey');
      continue;
    }
    const amount = lineAmount(cols, i);
    if (!amount.ok) {
      const cell = cellAddress(row, amount.col);
      if (amount.kind === 'formula') skip(problemAt(cols.sheet, cell, 'formulaWithoutValue', { what: amount.what, effect: 'leftOut' }));
      else if (amount.kind === 'overflow') skip(problemAt(cols.sheet, cell, 'amountOverflow', { what: amount.what, value: amount.shown }));
      else report(row, amount.col, amount.reason, 'badNumber', { what: amount.what, value: JSON.stringify(amount.value) });
      continue;
    }
    if (!total.counted) {
      // First usable row of this customer (a key whose rows are all bad is no customer).
      total.counted = true;
      totals.set(total.key, total);
      // A label that is a formula without a value has no text to show: none (a made customer list writes it).
      const label = cols.label?.values[i] ?? null;
      firstSeen.set(total.key, { key: raw, label: label === FORMULA_WITHOUT_VALUE ? null : label });
    }
    total.sum += amount.value;
    rowKeys[i] = total.key;
    if (serial !== null && (lastDate === null || serial > lastDate)) lastDate = serial;
    if (serial !== null && (firstDate === null || serial < firstDate)) firstDate = serial;
    if (unusable) undated.push({ index: i, ...unusable });
  }
  const byKey = new Map<string, number>();
  for (const [key, t] of totals) byKey.set(key, t.sum);
  return { byKey, firstSeen, rowKeys, firstRow: cols.firstRow, rowsRead, rowsSkipped, firstDate, lastDate, latestDate, undated, problems };
}

type AmountRole = 'amount' | 'quantity' | 'unitPrice';
type LineAmount =
  | { ok: true; value: number }
  | { ok: false; kind: 'bad' | 'formula' | 'overflow'; col: number; reason: string; what: AmountRole | 'lineAmount'; value: CellValue; shown: string };

function refused(kind: 'bad' | 'formula' | 'overflow', col: number, what: AmountRole | 'lineAmount', value: CellValue, reason: string, shown = String(value)): LineAmount {
  return { ok: false, kind, col, reason, what, value, shown };
}

function readPart(cols: SalesColumns, i: number, what: AmountRole): LineAmount {
  const column = cols[what]!;
  const raw = column.values[i] ?? null;
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    return Math.abs(raw) <= MAX_AMOUNT ? { ok: true, value: raw } : refused('overflow', column.col, what, raw, '', String(raw));
  }
  const a = readNumber(raw);
  if (a.ok) return Math.abs(a.value) <= MAX_AMOUNT ? a : refused('overflow', column.col, what, raw, '', JSON.stringify(raw));
  const words = what === 'unitPrice' ? 'unit price' : what;
  if (a.formula) return refused('formula', column.col, what, raw, '');
  if (a.tooLarge) return refused('overflow', column.col, what, raw, '', JSON.stringify(raw));
  return refused('bad', column.col, what, raw, `${words} ${a.reason}`);
}

function lineAmount(cols: SalesColumns, i: number): LineAmount {
  if (cols.amount) return readPart(cols, i, 'amount');
  // recognize() guarantees quantity and unit price when there is no amount column.
  const q = readPart(cols, i, 'quantity');
  if (!q.ok) return q;
  const p = readPart(cols, i, 'unitPrice');
  if (!p.ok) return p;
  const value = q.value * p.value;
  if (Math.abs(value) <= MAX_AMOUNT) return { ok: true, value };
  // The product is too large: the unit price's cell is reported, with the product.
  return refused('overflow', cols.unitPrice!.col, 'lineAmount', cols.unitPrice!.values[i] ?? null, '', `${q.value} × ${p.value}`);
}
