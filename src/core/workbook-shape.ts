/** What the core knows of a workbook's structure, as a port reports it. Indexes are 0-based. */

/** An Excel table (ListObject) on a sheet; rows and columns inclusive. */
export interface TableInfo {
  name: string;
  headerRow: number;
  firstCol: number;
  lastCol: number;
  /** Last row of the table's data body (equals headerRow when the table has no rows). */
  lastRow: number;
}

/** A worksheet's extent: rows and columns used, counted from A1. */
export interface SheetInfo {
  name: string;
  rowCount: number;
  columnCount: number;
  tables: TableInfo[];
}

/** A workbook-scoped defined name pointing at one cell (how the add-in marks what it owns). */
export interface NamedCell {
  name: string;
  sheet: string;
  row: number;
  col: number;
}
