import { FORMULA_WITHOUT_VALUE, isBlank, isErrorValue, type CellValue } from './cell';

/**
 * Customer keys match after trimming, Unicode NFKC (full-width letters and
 * digits become ASCII) and case folding. Returns null for a blank key and for
 * an error value (#N/A, a formula without a calculated value): never a
 * customer; callers report it by cell (keyProblem).
 */
export function normalizeKey(value: CellValue): string | null {
  if (value === null || typeof value === 'boolean' || isErrorValue(value)) return null;
  const text = typeof value === 'number' ? String(value) : value;
  if (isSettledAscii(text)) return text.toLowerCase();
  const key = text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return key === '' ? null : key;
}

/**
 * Non-empty printable ASCII with no leading, trailing or doubled space: text
 * that NFKC, trimming and collapsing spaces leave as it is (the usual key, and
 * the fast path of normalizeKey over a million sales rows).
 */
export function isSettledAscii(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126 || (c === 32 && text.charCodeAt(i - 1) === 32)) return false;
  }
  return true;
}

/**
 * A number read from a cell, or not: `formula` when the cell is a formula
 * without a calculated value (FORMULA_WITHOUT_VALUE), `tooLarge` when its
 * digits overflow a number. Callers report a refused cell with a problem code
 * and the cell's value; the reading carries no words.
 */
export type NumberReading = { ok: true; value: number } | { ok: false; formula?: true; tooLarge?: true };

const CURRENCY = /^(?:NT\$|US\$|HK\$|RMB|CNY|TWD|USD|[$¥￥€£])\s*/i;

/**
 * Reads a number from a cell: real numbers, and text such as "1,234.50",
 * "１２３", "(1,234)" or "NT$ 500". Blanks, booleans, error values and other
 * text are refused.
 */
export function readNumber(value: CellValue): NumberReading {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value } : { ok: false };
  }
  if (isBlank(value) || typeof value === 'boolean') return { ok: false };
  const text = value as string;
  if (text === FORMULA_WITHOUT_VALUE) return { ok: false, formula: true };
  if (isErrorValue(text)) return { ok: false };
  let s = text.normalize('NFKC').trim();
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  s = s.replace(CURRENCY, '');
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/.test(s)) {
    return { ok: false };
  }
  const n = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(n)) return { ok: false, tooLarge: true };
  return { ok: true, value: negative ? -n : n };
}

/** Excel serial day number of a UTC calendar date (1900 date system). */
export function dateToSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86400000 + 25569;
}

export type DateReading = { ok: true; serial: number } | { ok: false };

/** Reads a date: a serial number (what ports hand over for date cells) or ISO-like text. */
export function readDate(value: CellValue): DateReading {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return { ok: true, serial: Math.floor(value) };
  if (typeof value === 'string' && !isErrorValue(value)) {
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value.normalize('NFKC').trim());
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const serial = dateToSerial(y, mo, d);
      const back = new Date((serial - 25569) * 86400000);
      if (back.getUTCMonth() + 1 === mo && back.getUTCDate() === d) return { ok: true, serial };
    }
  }
  return { ok: false };
}

/** The first and last Excel serial numbers of the 1900 date system (1900-01-01, 9999-12-31). */
export const FIRST_SERIAL = 1;
export const LAST_SERIAL = 2958465;

/** The latest date a sale may plausibly carry: one year after the run's date (`today`, in its local calendar). */
export function latestPlausibleDate(today: Date): number {
  return dateToSerial(today.getFullYear() + 1, today.getMonth() + 1, today.getDate());
}

/** yyyy-mm-dd of a serial number (1900 date system, serials from 1900-03-01 on; earlier ones are one day off, as in Excel). */
export function serialToIso(serial: number): string {
  const d = new Date((Math.floor(serial) - 25569) * 86400000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

/** Why a date cell cannot place its row in a date window: each is a problem code (src/core/problems.ts). */
export type UnusableDate = 'badDate' | 'implausibleDate' | 'formulaWithoutValue';

export type UsableDate = { ok: true; serial: number } | { ok: false; code: UnusableDate; value: string };

/**
 * The one rule for a sales date: a date cell or ISO-like text from
 * 1900-01-01 to `latest` (a year after the run's date). Anything else is
 * unusable, with why and the value as the user would recognise it: a serial
 * number as its date ("2204-01-15"), a number that is no serial as itself
 * (20240115), text quoted, a blank cell as ''.
 */
export function readSaleDate(value: CellValue, latest: number): UsableDate {
  if (value === FORMULA_WITHOUT_VALUE) return { ok: false, code: 'formulaWithoutValue', value: JSON.stringify(value) };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, code: 'badDate', value: String(value) };
    const serial = Math.floor(value);
    if (serial >= FIRST_SERIAL && serial <= latest) return { ok: true, serial };
    const shown = serial >= FIRST_SERIAL && serial <= LAST_SERIAL ? serialToIso(serial) : String(value);
    return { ok: false, code: 'implausibleDate', value: shown };
  }
  const d = readDate(value);
  if (!d.ok) return { ok: false, code: 'badDate', value: isBlank(value) ? '' : JSON.stringify(value) };
  // Text dates: a year before 1900 or a date after `latest`.
  if (d.serial < dateToSerial(1900, 1, 1) || d.serial > latest) return { ok: false, code: 'implausibleDate', value: JSON.stringify(value) };
  return d;
}

/** Header text reduced for synonym matching: NFKC, lower case, no spaces or punctuation. */
export function normalizeHeader(value: CellValue): string {
  if (typeof value !== 'string') return '';
  return value.normalize('NFKC').toLowerCase().replace(/[\s_\-./()（）:：#№]+/g, '');
}
