import type { CellValue } from '../core/cells/cell';
import type { KeyColumnGuard, WriteOp } from '../core/plan/write-ops';
import type { Problem } from '../core/problems';
import type { NamedCell, SheetInfo } from '../core/workbook-shape';

export type { NamedCell, SheetInfo, TableInfo } from '../core/workbook-shape';

export interface BlockRequest {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ColumnsRequest {
  sheet: string;
  firstRow: number;
  /** Number of rows to read from firstRow. */
  rows: number;
  /** Column indexes to read; each comes back as its own array. */
  cols: number[];
}

/** What makes a cell the user's even where its value is blank. */
export type UserContentKind = 'value' | 'formula' | 'comment' | 'validation' | 'style';

/** A cell (0-based) holding something of the user's. */
export interface UserContent {
  row: number;
  col: number;
  kind: UserContentKind;
}

/** What a port may be told besides the plan. */
export interface ApplyOptions {
  /** Key columns to check before each write request (ports that write all at once ignore them). */
  keys?: KeyColumnGuard[];
}

/** What apply found on the way, for the run's summary. */
export interface ApplyReport {
  /** E.g. that the previous run stopped part-way (the Office port). */
  problems: Problem[];
}

/**
 * What the core needs from a workbook. The Office.js port and the .xlsx port
 * implement it; the application layer drives the core through it.
 */
export interface WorkbookPort {
  /** Sheets in tab order with their used extent and tables. */
  listSheets(): Promise<SheetInfo[]>;
  /** The add-in's markers: defined names that start with the given prefix. */
  readNames(prefix: string): Promise<NamedCell[]>;
  /** Rectangular blocks (header probes), row-major, each exactly rows x cols. */
  readBlocks(requests: BlockRequest[]): Promise<CellValue[][][]>;
  /** Whole columns over a row span, one array per requested column. */
  readColumns(request: ColumnsRequest): Promise<CellValue[][]>;
  /**
   * For each requested column, the first cell of the span that holds anything
   * of the user's: a value, a formula (cached or not, whatever it returns), a
   * comment or note, data validation, or a style the user set (number format,
   * font, fill, border, alignment). Null where the column holds none.
   */
  findUserContent(request: ColumnsRequest): Promise<(UserContent | null)[]>;
  /** Carries out a write plan, in order (a port may mark columns earlier; see the Office port). */
  apply(ops: WriteOp[], options?: ApplyOptions): Promise<ApplyReport | void>;
}
