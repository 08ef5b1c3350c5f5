/**
 * A cell as comparable text, the same on both sides of a comparison: the
 * Excel double's workbook (in the browser) and an .xlsx file read with
 * ExcelJS (in node). Pure: no node or DOM APIs.
 */

/** "As of 1 Dec 2026 11:46" (2026年12月1日 11:46 in Chinese) is when forms were made: the one thing two runs need not share. */
const TIMESTAMP = /(\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2} [A-Z][a-z]{2} \d{4}) \d{2}:\d{2}/g;

/** `=formula` for a formula (its cached result is left out: Excel computes it), else the typed value; null when empty. */
export function cellText(value: string | number | boolean | null | undefined, formula?: string | null): string | null {
  if (formula) return `=${formula.replace(/^=/, '')}`;
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return `n:${value}`;
  if (typeof value === 'boolean') return `b:${value}`;
  return `t:${value.replace(TIMESTAMP, '<time>')}`;
}

/** Every non-empty cell of every sheet, by sheet and A1 address. */
export interface BookCells {
  sheets: string[];
  cells: Record<string, Record<string, string>>;
}

/** Lines naming the cells that differ ("sheet!A1: a ≠ b"), at most `limit`; empty when the books agree. */
export function cellDifferences(a: BookCells, b: BookCells, limit = 20): string[] {
  const out: string[] = [];
  if (JSON.stringify(a.sheets) !== JSON.stringify(b.sheets)) out.push(`sheets: [${a.sheets.join(', ')}] ≠ [${b.sheets.join(', ')}]`);
  for (const sheet of new Set([...a.sheets, ...b.sheets])) {
    const x = a.cells[sheet] ?? {};
    const y = b.cells[sheet] ?? {};
    for (const address of new Set([...Object.keys(x), ...Object.keys(y)])) {
      if (x[address] === y[address]) continue;
      out.push(`${sheet}!${address}: ${x[address] ?? '(empty)'} ≠ ${y[address] ?? '(empty)'}`);
      if (out.length >= limit) return out;
    }
  }
  return out;
}
