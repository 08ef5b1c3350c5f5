/**
 * The cell values a port hands to the core and takes back.
 *
 * Both ports normalise to this shape: dates become Excel serial numbers,
 * error values become their Excel text ("#N/A", "#DIV/0!", ...), rich text
 * becomes plain text and formula cells become their cached result.
 */
export type CellValue = string | number | boolean | null;

/** A cell the core asks a port to write. */
export type CellWrite = string | number | null | FormulaWrite;

/** A formula with the value the core computed for it (written as the cached result). */
export interface FormulaWrite {
  /** Starts with "=", in Excel's English (invariant) syntax: comma separators, English function names. */
  formula: string;
  value: string | number | null;
}

/** A read value as a value to write back: booleans as text (the write model has none). */
export function toCellWrite(value: CellValue | undefined): CellWrite {
  return typeof value === 'boolean' ? String(value) : value ?? null;
}

export function isFormulaWrite(cell: CellWrite): cell is FormulaWrite {
  return typeof cell === 'object' && cell !== null;
}

/**
 * What a port reads for a formula cell that has no calculated value (files
 * written by generators that do not calculate). It counts as an error value:
 * never blank, never a number, reported where it is read.
 */
export const FORMULA_WITHOUT_VALUE = '#FORMULA_WITHOUT_VALUE';

const ERROR_VALUES = new Set([
  FORMULA_WITHOUT_VALUE,
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A',
  '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
]);

export function isErrorValue(value: CellValue): boolean {
  return typeof value === 'string' && ERROR_VALUES.has(value);
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The formula of one owned column for one run: the same in R1C1 terms in
 * every row, so a port can write a run of its rows at once (Office:
 * Range.formulasR1C1 with one value). The A1 text of a row is made only when
 * something asks for it.
 */
export class SharedFormula {
  constructor(
    /** Starts with "=", relative to the cell it is in (English syntax, as FormulaWrite's). */
    readonly r1c1: string,
    /** The sheet column (0-based) the R1C1 text was made for: its relative columns count from it. */
    readonly col: number,
    /** The A1 text split where the row number (1-based) goes. */
    private readonly a1Parts: readonly string[],
  ) {}

  /** The A1 text in sheet row `row` (0-based). */
  a1(row: number): string {
    return this.a1Parts.join(String(row + 1));
  }
}

/** A formula cell whose text is its column's shared formula in its row. */
export class SharedFormulaCell implements FormulaWrite {
  constructor(
    readonly shared: SharedFormula,
    /** Its sheet row (0-based): the row the formula's text is for. */
    readonly row: number,
    readonly value: string | number | null,
  ) {}

  get formula(): string {
    return this.shared.a1(this.row);
  }
}
