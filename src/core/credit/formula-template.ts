/**
 * Formulas differ from row to row only in row numbers, so each is built once
 * per run with placeholders and filled in for every row.
 */

/** Placeholder for the customer's row on the sheet being written. */
export const ROW = '\u0001';
/** Placeholder for the row its statement figures are on (the same row, or a row of a financials sheet). */
export const SOURCE_ROW = '\u0002';

export interface FormulaTemplate {
  parts: string[];
  /** marks[i] sits between parts[i] and parts[i + 1]. */
  marks: string[];
}

export function compileTemplate(formula: string): FormulaTemplate {
  const parts = [''];
  const marks: string[] = [];
  for (const ch of formula) {
    if (ch === ROW || ch === SOURCE_ROW) {
      marks.push(ch);
      parts.push('');
    } else parts[parts.length - 1] += ch;
  }
  return { parts, marks };
}

export function fillTemplate(t: FormulaTemplate, row: string, sourceRow: string): string {
  let out = t.parts[0]!;
  for (let i = 0; i < t.marks.length; i++) out += (t.marks[i] === ROW ? row : sourceRow) + t.parts[i + 1]!;
  return out;
}
