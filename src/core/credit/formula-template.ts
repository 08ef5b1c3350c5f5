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
  // Parts are slices of the formula: flat strings, which fillTemplate's join copies fast.
  const parts: string[] = [];
  const marks: string[] = [];
  let start = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i]!;
    if (ch === ROW || ch === SOURCE_ROW) {
      parts.push(formula.slice(start, i));
      marks.push(ch);
      start = i + 1;
    }
  }
  parts.push(formula.slice(start));
  return { parts, marks };
}

export function fillTemplate(t: FormulaTemplate, row: string, sourceRow: string): string {
  // join builds the text in one flat string; concatenating with += would leave
  // a rope of hundreds of pieces per formula for the heap to carry.
  if (row === sourceRow) return t.parts.join(row);
  const pieces = new Array<string>(2 * t.parts.length - 1);
  for (let i = 0; i < t.marks.length; i++) {
    pieces[2 * i] = t.parts[i]!;
    pieces[2 * i + 1] = t.marks[i] === ROW ? row : sourceRow;
  }
  pieces[pieces.length - 1] = t.parts[t.parts.length - 1]!;
  return pieces.join('');
}
