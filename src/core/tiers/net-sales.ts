import { FORMULA_WITHOUT_VALUE, isBlank, isErrorValue, type CellValue } from '../cells/cell';
import { cellAddress } from '../cells/address';
import { latestPlausibleDate, readNumber, readSaleDate, serialToIso, type UnusableDate } from '../cells/normalize';
import { problemAt } from '../i18n/problem-text';
import type { Problem, ProblemCode } from '../problems';
import { KeyIndex } from './key-index';

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

/**
 * The sales lines of a sheet by row (element 0: sheet row firstRow): each
 * row that is a usable line by the row rules alone (a customer's key, an
 * amount or quantity × unit price within MAX_AMOUNT), rows outside the tier
 * period included and never reported.
 */
export interface SalesLines {
  /** Customer index (of NetSales.customers) of each row; -1: no usable line. */
  customer: Int32Array;
  /** The line's amount (0 where customer is -1). */
  amount: Float64Array;
  /** The line's date as a whole serial, NaN when unusable (by readSaleDate); null: no date column. */
  date: Float64Array | null;
}

export interface NetSales {
  /** Net sales by normalised customer key, in the order of each customer's first usable row. */
  byKey: Map<string, number>;
  /** Every key in the key column by customer index, rows left out or outside the period included. */
  customers: KeyIndex;
  /** The customers of byKey (indexes of `customers`), in its order. */
  counted: number[];
  /** The first raw key and label of each customer with a usable sales line (in the period or not), by customer index, for a derived customer list. */
  firstSeen: ({ key: CellValue; label: CellValue } | undefined)[];
  /**
   * The customers with a usable sales line, in the period or not (indexes of
   * `customers`), in the order of their first one: a customer list made from
   * the sales rows holds them all, those without sales in the period too (tier D).
   */
  withLines: number[];
  /** Customer index of each sales row used in the totals (-1 for rows left out): to report rows by key. */
  rowCustomers: Int32Array;
  /** Sheet row of rowCustomers[0]. */
  firstRow: number;
  /** Every row's sales line, whatever the period: for date windows (see windowSums). */
  lines: SalesLines;
  rowsRead: number;
  rowsSkipped: number;
  /** Rows dated outside the tier period: not read into the totals, not reported (0 without a period). */
  rowsOutsidePeriod: number;
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
  if (value === '') return problemAt(sheet, cell, 'blankDate', { effect });
  return problemAt(sheet, cell, effect === 'period' ? 'badDate' : 'undatedSale', { value });
}

export interface Period {
  from?: number;
  to?: number;
}

type Column = { col: number; values: CellValue[] };

/** A number, or text starting with a visible character: not blank (the usual cell, told without trimming). */
function visiblyFilled(v: CellValue): boolean {
  return typeof v === 'number' || (typeof v === 'string' && v.length > 0 && v.charCodeAt(0) > 32);
}

function rowIsBlank(columns: Column[], i: number): boolean {
  for (const c of columns) {
    const v = c.values[i] ?? null;
    if (visiblyFilled(v) || !isBlank(v)) return false;
  }
  return true;
}

/**
 * Sums sales amounts per customer (amount, or quantity × unit price), netting
 * returns. Rows with a blank or error key, an unreadable or too large amount,
 * or (when a period is set) a date that cannot place them in it are left out
 * and reported with their cell. A date is usable from 1900-01-01 to
 * `latestDate` (default: a year after today); without a period, a row with an
 * unusable date still counts and is listed in `undated`. Every row's sales
 * line, in the period or not, is kept in `lines`, so that a date window
 * (windowSums) needs no second pass; rows outside the period are not reported.
 */
export function sumNetSales(cols: SalesColumns, period?: Period, latestDate: number = latestPlausibleDate(new Date())): NetSales {
  // Customers by index (see KeyIndex); each row adds its amount to sums[index].
  const index = new KeyIndex();
  let sums = new Float64Array(1024);
  let seen = new Uint8Array(1024);
  const counted: number[] = [];
  const firstSeen: NetSales['firstSeen'] = [];
  const withLines: number[] = [];
  const problems: Problem[] = [];
  const undated: NetSales['undated'] = [];
  const n = cols.key.values.length;
  const rowCustomers = new Int32Array(n).fill(-1);
  const lineCustomers = new Int32Array(n).fill(-1);
  const lineAmounts = new Float64Array(n);
  const lineDates = cols.date ? new Float64Array(n) : null;
  const read = [cols.key, cols.amount, cols.quantity, cols.unitPrice, cols.date].filter((c): c is Column => c !== undefined);
  const keyValues = cols.key.values;
  const amountValues = cols.amount?.values;
  const quantityValues = cols.quantity?.values;
  const priceValues = cols.unitPrice?.values;
  const dateValues = cols.date?.values;
  let rowsRead = 0;
  let rowsSkipped = 0;
  let rowsOutsidePeriod = 0;
  let firstDate = Infinity;
  let lastDate = -Infinity;
  const filterByDate = period !== undefined && (period.from !== undefined || period.to !== undefined);
  const from = period?.from ?? -Infinity;
  const to = period?.to ?? Infinity;
  // Rows of one customer often come together: the previous row's key is checked first.
  let lastRaw: CellValue | undefined;
  let lastCustomer = -1;

  const skip = (problem: Problem) => {
    problems.push(problem);
    rowsSkipped++;
  };

  for (let i = 0; i < n; i++) {
    const raw = keyValues[i] ?? null;
    // Resolved first: a row with a customer's key is not blank, and the key cell is read once.
    const customer = raw === lastRaw ? lastCustomer : index.indexOf(raw);
    lastRaw = raw;
    lastCustomer = customer;
    if (customer < 0 && rowIsBlank(read, i)) continue;
    let serial: number | null = null;
    let unusable: { code: UnusableDate; value: string } | null = null;
    // A row outside the period is still read as a sales line (lines), silently: a window may reach before the period.
    let inPeriod = true;
    if (dateValues !== undefined) {
      const d = dateValues[i] ?? null;
      // Fast path for the usual date cell: the same rule as readSaleDate.
      if (typeof d === 'number' && d >= 1 && d < latestDate + 1) serial = Math.floor(d);
      else {
        const sale = readSaleDate(d, latestDate);
        if (sale.ok) serial = sale.serial;
        else if (filterByDate) {
          rowsRead++;
          skip(dateProblem(cols.sheet, cellAddress(cols.firstRow + i, cols.date!.col), sale.code, sale.value, 'period', latestDate));
          inPeriod = false;
        } else unusable = { code: sale.code, value: sale.value };
      }
    }
    if (filterByDate && serial !== null && (serial < from || serial > to)) {
      inPeriod = false;
      rowsOutsidePeriod++;
    } else if (inPeriod) rowsRead++;

    if (customer < 0) {
      if (!inPeriod) continue;
      const row = cols.firstRow + i;
      const bad = keyProblem(raw, 'leftOut');
      const cell = cellAddress(row, cols.key.col);
      skip(bad ? problemAt(cols.sheet, cell, bad.code, bad.args) : problemAt(cols.sheet, cell, 'blankKey'));
      continue;
    }
    // Fast path for the usual finite numbers within MAX_AMOUNT (NaN fails the comparisons); lineAmount reads the rest.
    let value = NaN;
    if (amountValues !== undefined) {
      const a = amountValues[i];
      if (typeof a === 'number' && a <= MAX_AMOUNT && a >= -MAX_AMOUNT) value = a;
    } else {
      const q = quantityValues![i];
      const p = priceValues![i];
      if (typeof q === 'number' && typeof p === 'number' && q <= MAX_AMOUNT && q >= -MAX_AMOUNT && p <= MAX_AMOUNT && p >= -MAX_AMOUNT) {
        const product = q * p;
        if (product <= MAX_AMOUNT && product >= -MAX_AMOUNT) value = product;
      }
    }
    if (Number.isNaN(value)) {
      const amount = lineAmount(cols, i);
      if (!amount.ok) {
        if (!inPeriod) continue;
        const cell = cellAddress(cols.firstRow + i, amount.col);
        if (amount.kind === 'formula') skip(problemAt(cols.sheet, cell, 'formulaWithoutValue', { what: amount.what, effect: 'leftOut' }));
        else if (amount.kind === 'overflow') skip(problemAt(cols.sheet, cell, 'amountOverflow', { what: amount.what, value: amount.shown }));
        else if (amount.kind === 'blank') skip(problemAt(cols.sheet, cell, 'blankAmount', { what: amount.what }));
        else skip(problemAt(cols.sheet, cell, 'badNumber', { what: amount.what, value: JSON.stringify(amount.value) }));
        continue;
      }
      value = amount.value;
    }
    lineCustomers[i] = customer;
    lineAmounts[i] = value;
    if (lineDates !== null) lineDates[i] = serial ?? NaN;
    if (firstSeen[customer] === undefined) {
      // First usable row of this customer (a key whose rows are all bad is no customer).
      withLines.push(customer);
      // A label that is a formula without a value has no text to show: none (a made customer list writes it).
      const label = cols.label?.values[i] ?? null;
      firstSeen[customer] = { key: raw, label: label === FORMULA_WITHOUT_VALUE ? null : label };
    }
    if (!inPeriod) continue;
    if (customer >= sums.length) {
      const room = Math.max(customer + 1, sums.length * 2);
      const moreSums = new Float64Array(room);
      moreSums.set(sums);
      sums = moreSums;
      const moreSeen = new Uint8Array(room);
      moreSeen.set(seen);
      seen = moreSeen;
    }
    if (seen[customer] === 0) {
      seen[customer] = 1;
      counted.push(customer);
    }
    sums[customer] += value;
    rowCustomers[i] = customer;
    if (serial !== null) {
      if (serial > lastDate) lastDate = serial;
      if (serial < firstDate) firstDate = serial;
    }
    if (unusable) undated.push({ index: i, ...unusable });
  }
  const byKey = new Map<string, number>();
  for (const customer of counted) byKey.set(index.keys[customer]!, sums[customer]!);
  return {
    byKey, customers: index, counted, firstSeen, withLines, rowCustomers, firstRow: cols.firstRow,
    lines: { customer: lineCustomers, amount: lineAmounts, date: lineDates }, rowsRead, rowsSkipped, rowsOutsidePeriod,
    firstDate: firstDate === Infinity ? null : firstDate, lastDate: lastDate === -Infinity ? null : lastDate,
    latestDate, undated, problems,
  };
}

type AmountRole = 'amount' | 'quantity' | 'unitPrice';
type LineAmount =
  | { ok: true; value: number }
  | { ok: false; kind: RefusedKind; col: number; what: AmountRole | 'lineAmount'; value: CellValue; shown: string };
type RefusedKind = 'bad' | 'blank' | 'formula' | 'overflow';

function refused(kind: RefusedKind, col: number, what: AmountRole | 'lineAmount', value: CellValue, shown = String(value)): LineAmount {
  return { ok: false, kind, col, what, value, shown };
}

function readPart(cols: SalesColumns, i: number, what: AmountRole): LineAmount {
  const column = cols[what]!;
  const raw = column.values[i] ?? null;
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    return Math.abs(raw) <= MAX_AMOUNT ? { ok: true, value: raw } : refused('overflow', column.col, what, raw, String(raw));
  }
  const a = readNumber(raw);
  if (a.ok) return Math.abs(a.value) <= MAX_AMOUNT ? a : refused('overflow', column.col, what, raw, JSON.stringify(raw));
  if (a.formula) return refused('formula', column.col, what, raw);
  if (a.tooLarge) return refused('overflow', column.col, what, raw, JSON.stringify(raw));
  // A blank cell beside a customer's key: said so, not "is not a number: null".
  return refused(isBlank(raw) ? 'blank' : 'bad', column.col, what, raw);
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
  return refused('overflow', cols.unitPrice!.col, 'lineAmount', cols.unitPrice!.values[i] ?? null, `${q.value} × ${p.value}`);
}
