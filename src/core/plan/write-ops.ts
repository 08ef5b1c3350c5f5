import type { CellValue, CellWrite } from '../cells/cell';

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
  | GroupColumnsOp
  | FillRulesOp
  | ColumnWidthOp
  | StyleOp
  | MergeOp
  | BorderOp
  | RowHeightOp
  | DeleteSheetOp
  | PageSetupOp
  | ValidationOp
  | ProtectSheetOp;

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

/**
 * Creates or moves a workbook-scoped defined name to one cell, or to the
 * rectangle of `rows` × `cols` cells from there (both default to 1).
 */
export interface NameOp {
  op: 'name';
  name: string;
  sheet: string;
  row: number;
  col: number;
  rows?: number;
  cols?: number;
  comment: string;
}

/**
 * Groups columns col … col + cols − 1 in Excel's outline (one level) and
 * collapses the group: the columns are hidden, one click on the outline's
 * button shows them. Grouping columns already in the group changes nothing.
 */
export interface GroupColumnsOp {
  op: 'groupColumns';
  sheet: string;
  col: number;
  cols: number;
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
  style: {
    bold?: boolean;
    fontSize?: number;
    fill?: string;
    wrap?: boolean;
    horizontal?: 'left' | 'center' | 'right';
    vertical?: 'top' | 'center' | 'bottom';
    /** False: the cells stay editable when the sheet is protected (protectSheet); every cell is locked by default. */
    locked?: boolean;
  };
}

/** Merges a rectangle into one cell (its value is the top-left cell's). */
export interface MergeOp {
  op: 'merge';
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Thin borders around (outline) or on every edge of every cell in (grid) a rectangle. */
export interface BorderOp {
  op: 'border';
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  edges: 'outline' | 'grid';
}

/** Row height in points, for each row of a span. */
export interface RowHeightOp {
  op: 'rowHeight';
  sheet: string;
  row: number;
  rows: number;
  height: number;
}

/**
 * Print setup of a sheet: A4 portrait, fitted to one page wide, margins in
 * inches, print area, header and footer (Excel's codes: &P page, &N pages,
 * &D date), no gridlines, and manual page breaks before the given rows.
 */
export interface PageSetupOp {
  op: 'pageSetup';
  sheet: string;
  printArea: { row: number; col: number; rows: number; cols: number };
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  header: { left: string; center: string; right: string };
  footer: { left: string; center: string; right: string };
  /** Rows (0-based) that start a new printed page. */
  pageBreaksBefore: number[];
  /** 1: fitted to one page tall as well (the scorecard); absent: as many pages as needed. */
  pagesTall?: 1;
}

/**
 * Data validation over a rectangle, a list or a number between two bounds.
 * A list: a cell takes only a value of the
 * list `source` gives, a formula such as "=CreditDesk_RatingKeys" (a range,
 * by a defined name), with the in-cell drop-down and the error alert (Stop)
 * on, showing `alert` (title at most 32 characters, message at most 255, as
 * Excel allows). Blank cells stay allowed. Replaces whatever validation the
 * rectangle had: the core has checked that none of it is the user's.
 */
export type ValidationOp = {
  op: 'validation';
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  alert: { title: string; message: string };
} & (
  | { list: { source: string }; between?: never }
  /** A number from min to max (inclusive): any decimal, or a whole number (a scorecard input). */
  | { between: { type: 'decimal' | 'whole'; min: number; max: number }; list?: never }
);

/**
 * Protects a sheet, with no password: cells stay editable only where a style
 * op set `locked: false`. The sheet must not be protected already (a port
 * writes to no protected sheet), so this comes after every other op on it.
 */
export interface ProtectSheetOp {
  op: 'protectSheet';
  sheet: string;
}

/**
 * Deletes a form sheet the add-in made (the one kind of sheet it may delete),
 * with its marker and the other owned names on it (`names`, e.g. its seal).
 * Ports refuse (InputError notFormSheet) unless `marker` is a workbook-scoped
 * form marker (CreditDesk_Form_<n>) on A1 of the sheet and every name of
 * `names` is one of the add-in's on that sheet.
 */
export interface DeleteSheetOp {
  op: 'deleteSheet';
  sheet: string;
  marker: string;
  names: string[];
}

/**
 * The key column a plan's rows were matched by, as the run read it (keys[i]
 * on row firstRow + i). Not an op: a port that writes a plan in several
 * requests re-reads the part each request targets and stops when it no
 * longer reads so (rows inserted, deleted or sorted meanwhile); a port that
 * writes all at once ignores it (WorkbookPort.apply).
 */
export interface KeyColumnGuard {
  sheet: string;
  col: number;
  firstRow: number;
  keys: CellValue[];
}
