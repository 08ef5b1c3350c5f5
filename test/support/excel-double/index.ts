/**
 * An in-memory stand-in for Excel's Office.js object model, for tests.
 *
 * Emulated: proxies whose commands queue until context.sync(); properties
 * readable only after load() + sync() (PropertyNotLoaded); *OrNullObject and
 * isNullObject; 2D arrays that must match the range (InvalidArgument; a 1x1
 * numberFormat broadcasts, as in Microsoft's samples); Excel on the web's 5 MB
 * request and response limits and 5,000,000 cells per read; sheet and name
 * rules (ItemAlreadyExists, case-insensitive); written text parsed as typed
 * input (apostrophe => text, "=" => formula, numeric text => number); table
 * columns appended with a name; workbook names; CellValue conditional formats
 * (clearAll trims overlapping ones); column widths in points; bold, font size,
 * fill colour and wrapping per cell (a range reads null when its cells differ).
 *
 * Not emulated (the double refuses with NotEmulated or does not model it):
 * calculation (a written formula has no value, and reading its value throws);
 * text Excel would turn into dates/times/percentages; single-value (scalar)
 * assignments; a leading "@"; text name references; inserting table columns at
 * an index or with values; widening a table over non-empty cells; blanking or
 * duplicating table headers; other conditional format types; named styles,
 * other font and fill properties, borders, merged cells, hidden rows, totals rows, sheet-scoped names,
 * deleting sheets, events, and proxies used after their run ends or in
 * another context.
 */
export { createExcelDouble } from './build';
export type { BookDescription, DescribedCell, ExcelDouble, NameDescription, SheetDescription, TableDescription } from './build';
export { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT, jsonBytes, type SyncStats } from './context';
export { OfficeDoubleError } from './errors';
export * from './inspect';
