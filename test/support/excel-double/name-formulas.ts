import { formatAddress, type Rect } from './a1';
import { fail } from './errors';
import type { SheetModel } from './sheet-model';

/** "=Sheet1!$B$2" for a range name. */
export function referenceFormula(ref: { sheet: SheetModel; rect: Rect }): string {
  const [sheetPart, cells] = formatAddress(ref.sheet.name, ref.rect).split(/!(?=[^!]*$)/);
  return `=${sheetPart}!${cells.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
}

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system; the 1904 system counts 1,462 days fewer. */
const EPOCH_1900 = 25_569;
const DATE1904_OFFSET = 1_462;

/**
 * What the double evaluates as a name's formula when it is no range: DATE(y,m,d)
 * in the workbook's date system, a quoted text, TRUE/FALSE, a number. Null for anything else.
 */
export function evaluateConstant(formula: string, date1904: boolean): string | number | boolean | null {
  const date = /^=DATE\((\d{1,4}),(\d{1,2}),(\d{1,2})\)$/i.exec(formula.replace(/\s+/g, ''));
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const serial = Date.UTC(y, m - 1, d) / DAY_MS + EPOCH_1900 - (date1904 ? DATE1904_OFFSET : 0);
    if (y < (date1904 ? 1904 : 1900) || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 || (y === 1900 && m <= 2)) {
      fail('NotEmulated', `${formula}: the double evaluates DATE only for days from 1900-03-01 (1904-01-01 in the 1904 system)`);
    }
    return serial;
  }
  const text = /^="((?:[^"]|"")*)"$/.exec(formula);
  if (text) return text[1]!.replace(/""/g, '"');
  if (/^=(TRUE|FALSE)$/i.test(formula)) return formula.slice(1).toUpperCase() === 'TRUE';
  if (/^=[+-]?\d+(\.\d+)?$/.test(formula)) return Number(formula.slice(1));
  return null;
}
