import type { CellWrite } from '../cells/cell';

/**
 * A write plan is a list of operations, computed by the core and carried out
 * by a port. Indexes are 0-based. Ports must write text as text, never as a
 * formula, even when it starts with "=", "+", "-" or "@".
 */
export type WriteOp =
  | AddSheetOp
  | ValuesOp
  | ClearOp
  | NumberFormatOp
  | TableColumnsOp
  | NameOp
  | FillRulesOp
  | ColumnWidthOp
  | StyleOp;

/** Creates a new worksheet at the end. The name is free (the core checked). */
export interface AddSheetOp {
  op: 'addSheet';
  sheet: string;
}

/** Writes a rectangle of cells; every row has the same length. */
export interface ValuesOp {
  op: 'values';
  sheet: string;
  row: number;
  col: number;
  values: CellWrite[][];
}

/** Clears the contents (not formats) of a rectangle. */
export interface ClearOp {
  op: 'clear';
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** One number format for a whole rectangle. */
export interface NumberFormatOp {
  op: 'numberFormat';
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  format: string;
}

/**
 * Widens an Excel table by the given header names, to the right of its last
 * column. The core has checked that those cells are empty.
 */
export interface TableColumnsOp {
  op: 'tableColumns';
  sheet: string;
  table: string;
  headers: string[];
}

/** Creates or moves a workbook-scoped defined name to one cell. */
export interface NameOp {
  op: 'name';
  name: string;
  sheet: string;
  row: number;
  col: number;
  comment: string;
}

/**
 * Replaces the conditional formats of a rectangle (which the add-in owns)
 * with "cell text equals X -> fill colour" rules.
 */
export interface FillRulesOp {
  op: 'fillRules';
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  rules: { equals: string; fill: string; font: string }[];
}

/** Column width in Excel character units. */
export interface ColumnWidthOp {
  op: 'columnWidth';
  sheet: string;
  col: number;
  width: number;
}

/** Cell formatting of a rectangle (only the properties given are set). */
export interface StyleOp {
  op: 'style';
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  style: { bold?: boolean; fontSize?: number; fill?: string; wrap?: boolean };
}
