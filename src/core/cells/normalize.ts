import { isBlank, isErrorValue, type CellValue } from './cell';

/**
 * Customer keys match after trimming, Unicode NFKC (full-width letters and
 * digits become ASCII) and case folding. Returns null for a blank key.
 */
export function normalizeKey(value: CellValue): string | null {
  if (value === null || typeof value === 'boolean') return null;
  const text = typeof value === 'number' ? String(value) : value;
  const key = text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return key === '' ? null : key;
}

export type NumberReading = { ok: true; value: number } | { ok: false; reason: string };

const CURRENCY = /^(?:NT\$|US\$|HK\$|RMB|CNY|TWD|USD|[$¥￥€£])\s*/i;

/**
 * Reads a number from a cell: real numbers, and text such as "1,234.50",
 * "１２３", "(1,234)" or "NT$ 500". Blanks, error values and other text are
 * refused with a reason the user can act on.
 */
export function readNumber(value: CellValue): NumberReading {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not a finite number' };
  }
  if (isBlank(value)) return { ok: false, reason: 'blank' };
  if (typeof value === 'boolean') return { ok: false, reason: `not a number: ${value ? 'TRUE' : 'FALSE'}` };
  const text = value as string;
  if (isErrorValue(text)) return { ok: false, reason: `error value ${text}` };
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
    return { ok: false, reason: `not a number: "${text}"` };
  }
  const n = Number(s.replace(/,/g, ''));
  return { ok: true, value: negative ? -n : n };
}

/** Excel serial day number of a UTC calendar date (1900 date system). */
export function dateToSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86400000 + 25569;
}

export type DateReading = { ok: true; serial: number } | { ok: false; reason: string };

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
  if (isBlank(value)) return { ok: false, reason: 'blank date' };
  return { ok: false, reason: `not a date: ${JSON.stringify(value)}` };
}

/** Header text reduced for synonym matching: NFKC, lower case, no spaces or punctuation. */
export function normalizeHeader(value: CellValue): string {
  if (typeof value !== 'string') return '';
  return value.normalize('NFKC').toLowerCase().replace(/[\s_\-./()（）:：#№]+/g, '');
}
