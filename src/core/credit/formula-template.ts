/**
 * Formulas differ from row to row only in row numbers, so each is built once
 * per run with placeholders and filled in for every row.
 */
import { columnIndex } from '../cells/address';
import { SharedFormula } from '../cells/cell';

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

/** String literals of a formula ("..." with "" inside): the odd pieces of a split by it. */
const LITERAL = /("(?:[^"]|"")*")/;
/** A reference to a cell of the formula's own row: a column, $ or not, then a placeholder (not part of a name). */
const ROW_REF = new RegExp(`(?<![A-Za-z0-9_.$])(\\$?)([A-Z]{1,3})[${ROW}${SOURCE_ROW}]`, 'g');
/** A cell reference with a row number of its own (A1, $B$5): the shared formulas have none. */
const FIXED_ROW_REF = /(?<![A-Za-z0-9_.$])\$?[A-Za-z]{1,3}\$?[0-9]+(?![A-Za-z0-9_.(!])/;
const PLACEHOLDER = new RegExp(`[${ROW}${SOURCE_ROW}]`);

/**
 * The formula of a column (placeholders for its row, see ROW and SOURCE_ROW)
 * as one SharedFormula for column `col`: its R1C1 text and its A1 text.
 * Every reference in it is to the formula's own row (SOURCE_ROW counts as
 * that row: on the customer sheet the statement is on the customer's row,
 * and on a financials sheet the formulas look it up with INDEX by ROW);
 * anything else is refused, since one R1C1 text could not stand for it.
 */
export function sharedFormula(formula: string, col: number): SharedFormula {
  const r1c1: string[] = [];
  formula.split(LITERAL).forEach((piece, i) => {
    if (i % 2 === 1) {
      if (PLACEHOLDER.test(piece)) throw new Error(`a row placeholder inside a text literal of ${JSON.stringify(formula)}`);
      r1c1.push(piece);
      return;
    }
    if (FIXED_ROW_REF.test(piece)) throw new Error(`a reference with a row of its own in ${JSON.stringify(formula)}: only the formula's own row can be shared`);
    const converted = piece.replace(ROW_REF, (_, dollar: string, letters: string) => {
      const target = columnIndex(letters);
      if (dollar) return `RC${target + 1}`;
      return target === col ? 'RC' : `RC[${target - col}]`;
    });
    if (PLACEHOLDER.test(converted)) throw new Error(`a row placeholder not after a column in ${JSON.stringify(formula)}`);
    r1c1.push(converted);
  });
  return new SharedFormula(r1c1.join(''), col, formula.split(PLACEHOLDER));
}
