import * as cell from '../cells/cell';
import type { CellValue } from '../cells/cell';
import { cellAddress } from '../cells/address';
import * as normalize from '../cells/normalize';
import { problemAt } from '../i18n/problem-text';
import type { Problem, ProblemCode } from '../problems';
import * as netSales from '../tiers/net-sales';
import { documentHash, documentText, firstOfSame } from './document-numbers';
import type { ReceivablesColumns } from './receivables-columns';

// Bound once (see credit/scoring.ts): under tsx each use of an imported name is a getter call, which adds up over 500,000 rows.
const { FORMULA_WITHOUT_VALUE, isBlank, isErrorValue } = cell;
const { normalizeKey, readNumber, readSaleDate, serialToIso } = normalize;
const { MAX_AMOUNT } = netSales;

/** Due dates may lie this many days beyond the latest plausible document date (long credit terms). */
export const DUE_DATE_SLACK_DAYS = 3660;

export interface LedgerOptions {
  /** The day the aging is measured on (Excel serial). */
  asOf: number;
  /** The latest plausible document or paid date (readSaleDate's rule: a year after the run's date). */
  latestDate: number;
  /** The customer sheet's name, for the unknown-customer reports. */
  customerSheet: string;
}

/** Customer indexes of a block (2^LEDGER_BLOCK_BITS): the aggregates' running sums of a block take 128 KB, so they stay in the cache. */
export const LEDGER_BLOCK_BITS = 10;

/**
 * The documents that count, column by column (index d = 0 … count − 1):
 * grouped by blocks of customer indexes (customer >> LEDGER_BLOCK_BITS, in
 * block order) and in sheet order within a block, so each customer's
 * documents keep their sheet order. Dates are Excel serials, NaN where blank.
 */
export interface Ledger {
  count: number;
  /** Customer index (CustomerIndex) of each document. */
  customer: Int32Array;
  /** Index of the document's row in the columns read (sheet row = firstRow + row). */
  row: Int32Array;
  documentDate: Float64Array;
  /** NaN: blank, due at the document date + the customer's terms. */
  dueDate: Float64Array;
  /** What is open on the as-of date: negative for credit notes and unapplied payments. */
  open: Float64Array;
  /** The document's amount; NaN without one (no amount column, or a blank amount beside an open amount). */
  amount: Float64Array;
  /** The day it was paid, when on or before the as-of date; NaN otherwise. */
  paidDate: Float64Array;
  /** Payment behaviour weights documents by their amount, or (no amount column) counts them. */
  weightedBy: 'amount' | 'count';
  /** Documents dated after the as-of date: left out, counted (not reported row by row). */
  documentsAfterAsOf: number;
  /** Documents of customers not on the customer sheet: left out, reported by row, totalled here. */
  unknown: { documents: number; open: number; keys: string[] };
  /** Non-blank rows read, and those left out for a problem (unknown customers included). */
  rowsRead: number;
  rowsSkipped: number;
  problems: Problem[];
}

/** Normalised customer key (normalizeKey) → customer index 0 … n − 1. */
export type CustomerIndex = ReadonlyMap<string, number>;

/** The index of each key in a list of distinct normalised keys (matchCustomers' `keys`). */
export function customerIndex(keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((k, i) => [k, i]));
}

type Column = { col: number; values: CellValue[] };
type AmountWhat = 'amount' | 'openAmount' | 'paidAmount';
type DateWhat = 'documentDate' | 'dueDate' | 'paidDate';

const UNKNOWN = -1;
const NO_KEY = -2;
/** What plainDate and plainAmount give for a cell to be read the long way (no date or amount is infinite). */
const LONG_WAY = Infinity;

/** A date cell that is a number in range (its day) or blank (NaN), as date() in readLedger reads it; LONG_WAY for any other. */
function plainDate(raw: CellValue | undefined, latest: number): number {
  if (typeof raw === 'number') return raw >= 1 && raw < latest + 1 ? Math.floor(raw) : LONG_WAY;
  return raw === null || raw === undefined ? NaN : LONG_WAY;
}

/** An amount cell that is a number in range or blank (NaN), as number() in readLedger reads it; LONG_WAY for any other. */
function plainAmount(raw: CellValue | undefined): number {
  if (typeof raw === 'number') return raw <= MAX_AMOUNT && raw >= -MAX_AMOUNT ? raw : LONG_WAY;
  return raw === null || raw === undefined ? NaN : LONG_WAY;
}

/**
 * Reads the receivables ledger into columns of numbers, joining each row to
 * its customer. Every row a cell of which cannot be read (text or an error
 * value in an amount or a date, a blank key) is left out and reported by
 * cell; so are documents of unknown customers and a document number listed
 * again for the same customer (the first counts). A due date or paid date
 * before the document date, and a paid amount beyond the amount, are
 * reported and the document counts (see the problem texts for how).
 * Documents dated after the as-of date are left out and counted.
 */
export function readLedger(cols: ReceivablesColumns, customers: CustomerIndex, options: LedgerOptions): Ledger {
  const { asOf, latestDate } = options;
  const latestDue = latestDate + DUE_DATE_SLACK_DAYS;
  const n = cols.key.values.length;
  /** Each row's customer index, or UNKNOWN, NO_KEY. */
  const customerOfRow = new Int32Array(n);
  const problems: Problem[] = [];
  const unknown = { documents: 0, open: 0, keys: [] as string[] };
  const unknownKeys = new Set<string>();
  const sheet = cols.sheet;
  const read = [cols.key, cols.documentNumber, cols.date, cols.dueDate, cols.amount, cols.openAmount, cols.paidDate, cols.paidAmount]
    .filter((c): c is Column => c !== undefined);

  const docs = cols.documentNumber?.values;
  const keys = cols.key.values;
  const dates = cols.date?.values ?? null;
  const dues = cols.dueDate.values;
  const paids = cols.paidDate?.values ?? null;
  const amounts = cols.amount?.values ?? null;
  const opens = cols.openAmount?.values ?? null;
  const paidAmounts = cols.paidAmount?.values ?? null;
  // The sheet row of each problem, to take back those of a repeated document and keep the list in row order.
  const problemRows: number[] = [];

  let documentsAfterAsOf = 0;
  let rowsRead = 0;
  let rowsSkipped = 0;
  let row = 0;
  /** A problem of the current row; `refuse` is one that leaves the row out (the cell reads as null). */
  const report = (col: number, code: ProblemCode, args: Record<string, string>) => {
    problems.push(problemAt(sheet, cellAddress(row, col), code, args));
    problemRows.push(row);
  };
  const refuse = (col: number, code: ProblemCode, args: Record<string, string>): null => {
    report(col, code, args);
    return null;
  };
  const silent = () => {};

  /** An amount cell: a number, NaN when blank, or null (reported) when it cannot be read. */
  const number = (c: Column, i: number, what: AmountWhat): number | null => {
    const raw = c.values[i] ?? null;
    if (typeof raw === 'number' && raw <= MAX_AMOUNT && raw >= -MAX_AMOUNT) return raw;
    if (isBlank(raw)) return NaN;
    if (raw === FORMULA_WITHOUT_VALUE) return refuse(c.col, 'formulaWithoutValue', { what, effect: 'arLeftOut' });
    const r = readNumber(raw);
    if (r.ok && Math.abs(r.value) <= MAX_AMOUNT) return r.value;
    const shown = typeof raw === 'number' ? String(raw) : JSON.stringify(raw);
    if (r.ok || r.tooLarge) return refuse(c.col, 'amountOverflow', { what, value: shown });
    return refuse(c.col, 'arBadNumber', { what, value: shown });
  };
  /** A date cell: a serial, NaN when blank, or null (reported) when it is no usable date. */
  const date = (c: Column, i: number, what: DateWhat, latest: number): number | null => {
    const raw = c.values[i] ?? null;
    if (typeof raw === 'number' && raw >= 1 && raw < latest + 1) return Math.floor(raw);
    if (isBlank(raw)) return NaN;
    const d = readSaleDate(raw, latest);
    if (d.ok) return d.serial;
    if (d.code === 'formulaWithoutValue') return refuse(c.col, 'formulaWithoutValue', { what, effect: 'arLeftOut' });
    if (d.code === 'implausibleDate') return refuse(c.col, 'implausibleDate', { value: d.value, latest: serialToIso(latest), effect: 'arLeftOut' });
    return refuse(c.col, 'arBadDate', { what, value: d.value });
  };

  // Each row's customer first, in a pass of its own: the key map stays in the cache, which the other columns would push out of it.
  // Raw key → customer index (UNKNOWN, NO_KEY): one lookup a row, each distinct key normalised once.
  // A prototype-less object, as KeyIndex (tiers/key-index.ts) has: V8 interns its property names, and the lookup takes about
  // half the time of Map.get. A number and its String() share a name, harmlessly: normalizeKey reads them alike.
  const byRaw: Record<string, number> = Object.create(null) as Record<string, number>;
  let lastKey: CellValue | undefined;
  let lastIndex = NO_KEY;
  for (let i = 0; i < n; i++) {
    const rawKey = keys[i] ?? null;
    let c: number | undefined;
    // A ledger sorted by customer repeats its last key: no lookup.
    if (rawKey === lastKey) c = lastIndex;
    // normalizeKey gives null for blank cells and booleans.
    else if (typeof rawKey !== 'string' && typeof rawKey !== 'number') c = NO_KEY;
    else {
      c = byRaw[rawKey];
      if (c === undefined) {
        const key = normalizeKey(rawKey);
        c = key === null ? NO_KEY : customers.get(key) ?? UNKNOWN;
        byRaw[rawKey] = c;
      }
    }
    lastKey = rawKey;
    lastIndex = c;
    customerOfRow[i] = c;
  }

  // Room for every row of a known customer, block by block (a block's rows that do not count leave a gap, closed below).
  const blocks = (customers.size >> LEDGER_BLOCK_BITS) + 1;
  const start = new Int32Array(blocks + 1);
  for (let i = 0; i < n; i++) {
    const c = customerOfRow[i]!;
    if (c >= 0) start[(c >> LEDGER_BLOCK_BITS) + 1]++;
  }
  for (let b = 0; b < blocks; b++) start[b + 1] += start[b]!;
  const room = start[blocks]!;
  const next = start.slice(0, blocks);
  const customer = new Int32Array(room);
  const rowOf = new Int32Array(room);
  const documentDate = new Float64Array(room);
  const dueDate = new Float64Array(room);
  const open = new Float64Array(room);
  const amount = new Float64Array(room);
  const paidDate = new Float64Array(room);
  // Document numbers of the documents that count, checked for repeats after the pass (document-numbers.ts).
  const numberHash = docs ? new Float64Array(room) : null;

  for (let i = 0; i < n; i++) {
    row = cols.firstRow + i;
    const c = customerOfRow[i]!;
    if (c === NO_KEY && rowIsBlank(read, i)) continue;
    rowsRead++;
    if (c === NO_KEY) {
      const rawKey = keys[i] ?? null;
      if (rawKey === FORMULA_WITHOUT_VALUE) report(cols.key.col, 'formulaWithoutValue', { what: 'customerKey', effect: 'arLeftOut' });
      else if (isErrorValue(rawKey)) report(cols.key.col, 'errorKey', { value: String(rawKey), effect: 'arLeftOut' });
      else report(cols.key.col, 'arBlankKey', {});
      rowsSkipped++;
      continue;
    }

    // Nearly every cell is a number or blank: read inline. A row with any other is read again cell by cell, with its reports in column order.
    let doc = dates === null ? NaN : plainDate(dates[i], latestDate);
    let due = plainDate(dues[i], latestDue);
    let paid = paids === null ? NaN : plainDate(paids[i], latestDate);
    let amt = amounts === null ? NaN : plainAmount(amounts[i]);
    let openCell = opens === null ? NaN : plainAmount(opens[i]);
    let paidAmt = paidAmounts === null ? NaN : plainAmount(paidAmounts[i]);
    if (doc === LONG_WAY || due === LONG_WAY || paid === LONG_WAY || amt === LONG_WAY || openCell === LONG_WAY || paidAmt === LONG_WAY) {
      const d = cols.date ? date(cols.date, i, 'documentDate', latestDate) : NaN;
      const du = date(cols.dueDate, i, 'dueDate', latestDue);
      const p = cols.paidDate ? date(cols.paidDate, i, 'paidDate', latestDate) : NaN;
      const a = cols.amount ? number(cols.amount, i, 'amount') : NaN;
      const o = cols.openAmount ? number(cols.openAmount, i, 'openAmount') : NaN;
      const pa = cols.paidAmount ? number(cols.paidAmount, i, 'paidAmount') : NaN;
      if (d === null || du === null || p === null || a === null || o === null || pa === null) {
        rowsSkipped++;
        continue;
      }
      [doc, due, paid, amt, openCell, paidAmt] = [d, du, p, a, o, pa];
    }
    if (doc > asOf) {
      documentsAfterAsOf++;
      continue;
    }
    if (Number.isNaN(due) && Number.isNaN(doc)) {
      report(cols.dueDate.col, 'arNoDueDate', {});
      rowsSkipped++;
      continue;
    }
    // Paid after the as-of date: still open on it.
    const paidBy = paid <= asOf ? paid : NaN;
    let value: number;
    if (!Number.isNaN(openCell)) value = openCell;
    // An unknown customer's row is reported as that alone.
    else if (!Number.isNaN(amt)) value = openOf(amt, paidBy, paid, paidAmt, cols.paidAmount?.col ?? -1, c === UNKNOWN ? silent : report);
    else if (!Number.isNaN(paidBy)) value = 0;
    else {
      report(cols.amount ? cols.amount.col : cols.openAmount!.col, 'arBlankNumber', { what: cols.amount ? 'amount' : 'openAmount' });
      rowsSkipped++;
      continue;
    }
    if (c === UNKNOWN) {
      const rawKey = keys[i] ?? null;
      const shown = JSON.stringify(rawKey);
      report(cols.key.col, 'arUnknownCustomer', { key: shown, sheet: options.customerSheet });
      unknown.documents++;
      unknown.open += value;
      const k = String(rawKey).trim();
      if (!unknownKeys.has(k)) {
        unknownKeys.add(k);
        unknown.keys.push(k);
      }
      rowsSkipped++;
      continue;
    }
    // A comparison with a blank (NaN) date is false.
    if (due < doc) report(cols.dueDate.col, 'arDueBeforeDocument', { due: serialToIso(due), date: serialToIso(doc) });
    if (paid < doc) report(cols.paidDate!.col, 'arPaidBeforeDocument', { paid: serialToIso(paid), date: serialToIso(doc) });
    const at = next[c >> LEDGER_BLOCK_BITS]++;
    if (numberHash !== null) numberHash[at] = documentHash(docs![i] ?? null);
    customer[at] = c;
    rowOf[at] = i;
    documentDate[at] = doc;
    dueDate[at] = due;
    open[at] = value;
    amount[at] = amt;
    paidDate[at] = paidBy;
  }
  // Close the gaps: each block's documents move down to follow the previous block's.
  const columns = numberHash === null
    ? [customer, rowOf, documentDate, dueDate, open, amount, paidDate]
    : [customer, rowOf, documentDate, dueDate, open, amount, paidDate, numberHash];
  let count = 0;
  for (let b = 0; b < blocks; b++) {
    const from = start[b]!;
    const to = next[b]!;
    if (from !== count) for (const column of columns) column.copyWithin(count, from, to);
    count += to - from;
  }
  const ledger: Ledger = {
    count,
    customer: customer.subarray(0, count),
    row: rowOf.subarray(0, count),
    documentDate: documentDate.subarray(0, count),
    dueDate: dueDate.subarray(0, count),
    open: open.subarray(0, count),
    amount: amount.subarray(0, count),
    paidDate: paidDate.subarray(0, count),
    weightedBy: cols.amount ? 'amount' : 'count',
    documentsAfterAsOf,
    unknown,
    rowsRead,
    rowsSkipped,
    problems,
  };
  if (docs === undefined || numberHash === null) return ledger;
  const sameText = (e: number, d: number) => documentText(docs[rowOf[e]!] ?? null) === documentText(docs[rowOf[d]!] ?? null);
  return withoutRepeats(ledger, firstOfSame(numberHash, customer, count, sameText), cols, problemRows);
}

/**
 * The ledger without the documents listed again for their customer (the
 * first counts): each is reported at its document number instead of any
 * other problem of its row, and the problems stay in row order.
 */
function withoutRepeats(ledger: Ledger, first: Int32Array, cols: ReceivablesColumns, problemRows: readonly number[]): Ledger {
  const at = cols.documentNumber!;
  const repeats: { row: number; problem: Problem }[] = [];
  for (let d = 0; d < ledger.count; d++) {
    const f = first[d]!;
    if (f < 0) continue;
    const row = cols.firstRow + ledger.row[d]!;
    repeats.push({
      row,
      problem: problemAt(cols.sheet, cellAddress(row, at.col), 'arDuplicateDocument', {
        document: JSON.stringify(at.values[ledger.row[d]!]), first: cellAddress(cols.firstRow + ledger.row[f]!, at.col),
      }),
    });
  }
  if (repeats.length === 0) return ledger;
  // Found in ledger order (block by block): reported in row order.
  repeats.sort((a, b) => a.row - b.row);
  const repeated = new Set(repeats.map((r) => r.row));
  const problems: Problem[] = [];
  let k = 0;
  ledger.problems.forEach((problem, j) => {
    const row = problemRows[j]!;
    if (repeated.has(row)) return;
    while (k < repeats.length && repeats[k]!.row < row) problems.push(repeats[k++]!.problem);
    problems.push(problem);
  });
  while (k < repeats.length) problems.push(repeats[k++]!.problem);
  // Keep the documents that count, in place.
  let kept = 0;
  const columns = [ledger.customer, ledger.row, ledger.documentDate, ledger.dueDate, ledger.open, ledger.amount, ledger.paidDate];
  for (let d = 0; d < ledger.count; d++) {
    if (first[d]! >= 0) continue;
    if (kept !== d) for (const column of columns) column[kept] = column[d]!;
    kept++;
  }
  return {
    ...ledger,
    count: kept,
    customer: ledger.customer.subarray(0, kept),
    row: ledger.row.subarray(0, kept),
    documentDate: ledger.documentDate.subarray(0, kept),
    dueDate: ledger.dueDate.subarray(0, kept),
    open: ledger.open.subarray(0, kept),
    amount: ledger.amount.subarray(0, kept),
    paidDate: ledger.paidDate.subarray(0, kept),
    rowsSkipped: ledger.rowsSkipped + repeats.length,
    problems,
  };
}

/**
 * What is open of a document from its amount and payment: amount − paid
 * amount (a partial payment), 0 when paid in full (a paid date and no paid
 * amount), the amount when unpaid on the as-of date. A paid amount beyond
 * the amount counts as paid in full, one of the opposite sign as nothing
 * paid; both are reported.
 */
function openOf(
  amt: number, paidBy: number, paid: number, paidAmt: number, col: number,
  report: (col: number, code: ProblemCode, args: Record<string, string>) => void,
): number {
  // A paid date after the as-of date: nothing was paid by then.
  if (!Number.isNaN(paid) && Number.isNaN(paidBy)) return amt;
  if (Number.isNaN(paidAmt)) return Number.isNaN(paidBy) ? amt : 0;
  if (paidAmt !== 0 && amt !== 0 && (paidAmt > 0) !== (amt > 0)) {
    report(col, 'arPaidOppositeSign', { paid: String(paidAmt), amount: String(amt) });
    return amt;
  }
  if (Math.abs(paidAmt) > Math.abs(amt)) {
    report(col, 'arPaidAboveAmount', { paid: String(paidAmt), amount: String(amt) });
    return 0;
  }
  return amt - paidAmt;
}

function rowIsBlank(columns: Column[], i: number): boolean {
  for (const c of columns) if (!isBlank(c.values[i] ?? null)) return false;
  return true;
}
