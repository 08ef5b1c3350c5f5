import type { CellValue } from '../../core/cells/cell';

/** Days between the 1904 and the 1900 date systems' day zero (as the .xlsx port shifts them). */
export const DATE1904_OFFSET = 1462;

/**
 * A name the port adds, reads and deletes within one request to learn the
 * workbook's date system: DATE(2000,1,1) is 36526 in the 1900 system and
 * 35064 (1,462 days fewer) in the 1904 one. The Office.js API this project
 * builds on (@types/office-js) has no workbook property for it, and a name
 * is evaluated by the workbook itself.
 */
export const DATE_PROBE_NAME = 'CreditDesk_DateSystemProbe';
const DATE_PROBE_FORMULA = '=DATE(2000,1,1)';
const SERIAL_1900 = 36526;
const SERIAL_1904 = SERIAL_1900 - DATE1904_OFFSET;

/** What the port knows of the workbook's date system (one per port, so per Excel.run). */
export interface DateSystem {
  /** Undefined until the probe has run. */
  date1904?: boolean;
  /** A probe name was found left over (a request that failed after adding it): delete it first. */
  leftover: boolean;
}

export function newDateSystem(): DateSystem {
  return { leftover: false };
}

/**
 * Queues the probe into the caller's batch: add the name, load its value,
 * delete it. Call the returned function after the sync. Should the sync fail
 * with ItemAlreadyExists, set `leftover` and queue it again.
 */
export function queueDateProbe(context: Excel.RequestContext, dates: DateSystem): () => void {
  const names = context.workbook.names;
  if (dates.leftover) names.getItem(DATE_PROBE_NAME).delete();
  const probe = names.add(DATE_PROBE_NAME, DATE_PROBE_FORMULA, 'Credit Desk: a moment\'s check of the date system; safe to delete.');
  probe.load('value');
  probe.delete();
  return () => {
    const value: unknown = probe.value;
    if (value !== SERIAL_1900 && value !== SERIAL_1904) throw new Error(`Excel computed ${DATE_PROBE_FORMULA} as ${JSON.stringify(value)}, not ${SERIAL_1900} or ${SERIAL_1904}`);
    dates.date1904 = value === SERIAL_1904;
    dates.leftover = false;
  };
}

/**
 * Whether a number format shows a date or time: a d, m, y, h or s outside
 * quoted text, escapes and [brackets], as the .xlsx port decides for its
 * custom formats (an elapsed-time [h] alone is no date either way).
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === '' || format === 'General') return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** A cell as the core wants it: a date-formatted number of a 1904 workbook shifted to the 1900 serial. */
export function to1900(value: CellValue, format: unknown, date1904: boolean): CellValue {
  return date1904 && typeof value === 'number' && isDateFormat(format) ? value + DATE1904_OFFSET : value;
}
