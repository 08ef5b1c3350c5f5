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
 * columns appended with a name, inserting cells as Excel does: what lies right
 * of the table in its rows shifts one column (cells with their formats,
 * comments, notes, names, merged areas, conditional formats, tables wholly in
 * those rows), refused where Excel refuses (InsertDeleteConflict,
 * MergedRangeConflict, NonBlankCellOffSheet, and Excel on the web's
 * OperationCellsExceedLimit past WEB_SHIFT_CELL_LIMIT shifted cells);
 * Table.resize widening to the right over the same rows (header cells become
 * column names, blank ones ColumnN); workbook names, including names of a
 * constant or of DATE(y,m,d) evaluated in the workbook's date system
 * (BookDescription.date1904), with value and type; worksheet protection
 * (writes to a protected sheet's cells fail with AccessDenied, but for values
 * and formulas written into cells that are all unlocked; selecting is
 * allowed; protect() without options or password, failing on a protected
 * sheet) with format.protection.locked per cell, and workbook structure protection (adding or deleting a sheet
 * fails); Worksheet.delete (its tables go, names into it become "=#REF!");
 * context.application's suspendApiCalculationUntilNextSync,
 * suspendScreenUpdatingUntilNextSync and calculate, recorded in SyncStats;
 * Excel.run(options, batch) with delayForCellEdit;
 * Range.formulasR1C1 written as a 2D array or one value for every cell of the
 * range (r1c1.ts: each cell's formula made A1 text relative to that cell,
 * outside string literals; the request carries the one value once); injected faults
 * (faults.ts): a sync that fails with a given code after some of its
 * commands, hangs, returns null values (also for any read over a number of
 * cells), another user's edit just before a sync (insertRows moves cells,
 * tables and names down), cell edit mode; CellValue conditional formats
 * (clearAll trims overlapping ones); column widths and row heights (0-409) in
 * points; bold, font size, name, colour, italic, underline, fill colour,
 * wrapping and horizontal / vertical alignment per cell (a range reads null
 * when its cells differ); `formulas` loads (a formula cell's formula, any
 * other cell's value); data validation per cell (Range.dataValidation: `rule`
 * of one type, a list rule with its text source and inCellDropDown,
 * errorAlert, clear(), and `type` over a range: None, the type,
 * MixedCriteria or Inconsistent); threaded comments and notes per sheet
 * (Worksheet.comments / .notes: add on one cell, getCount() as a
 * ClientResult, getItemAt(i).getLocation(), content); borders per
 * cell edge (format.borders.getItem: style, weight, colour; an inside line
 * sets the edges of the cells on both sides); merged areas (merge, merge
 * across, unmerge; no merging in tables: InvalidOperation; clear('Formats')
 * unmerges and drops borders; later writes to non-top-left cells are simply
 * stored); Worksheet.showGridlines; Worksheet.pageLayout: paperSize,
 * orientation, zoom (scale, or pages wide and tall), printGridlines, margins
 * (points; setPrintMargins in points, inches or cm), setPrintArea (one A1
 * range or a Range), headersFooters.state and defaultForAllPages (strings kept
 * as given, codes such as &P included); horizontalPageBreaks.add (break above
 * the range's top-left cell) and removePageBreaks. New sheets start with
 * en-US defaults: Letter, portrait, 100%, "Normal" margins, gridlines shown.
 *
 * Not emulated (the double refuses with NotEmulated or does not model it):
 * calculation (a written formula has no value, and reading its value throws);
 * text Excel would turn into dates/times/percentages; single-value (scalar)
 * assignments but to formulasR1C1; reading formulasR1C1, whole rows or
 * columns in R1C1 (R5, C[2]) and A1 references in an R1C1 formula; a leading "@"; text name references other than the constants
 * above; inserting table columns at an index or with values; resizing a table
 * other than wider to the right; a conditional format that the shift of table
 * columns would cut; what protection allows beyond cells (page layout, sheet
 * settings) and formatting unlocked cells; the error codes Excel gives for protection are
 * not confirmed (AccessDenied is the double's choice); blanking or
 * duplicating table headers; other conditional format types; named styles,
 * other font and fill properties; diagonal borders, inside borders of a range
 * without inside lines, a border's weight or colour before its style, and how
 * a cell's border shows on its neighbour; merging over values other than the
 * top-left one, merges or unmerges that cut an existing merged area; the
 * criteria of validation rules other than lists, a list over a Range object,
 * prompts, what setting a rule over cells that have one does (the double
 * replaces it), and what clearing a range does to its validation; comment replies, mentions, rich content, loading
 * comment or note items, the workbook-level comment and note collections, and
 * what deleting cells does to them; getCellProperties; zoom with
 * only one page count or with both a scale and page counts; print areas of
 * several ranges or on another sheet, print titles, centring, reading the
 * print area back through the API; first-page and odd/even headers; Excel's
 * header and footer length limit; page breaks above row 1, twice on one row,
 * more than 1,026, vertical page breaks, loading the break collection; hidden
 * rows, totals rows, sheet-scoped names, sheet visibility, events, and proxies
 * used after their run ends or in another context.
 */
export { createExcelDouble } from './build';
export type { BookDescription, DescribedCell, ExcelDouble, NameDescription, SheetDescription, TableDescription } from './build';
export { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT, jsonBytes, type SyncStats } from './context';
export { Faults, type SyncFault } from './faults';
export { WEB_SHIFT_CELL_LIMIT } from './workbook-model';
export { OfficeDoubleError } from './errors';
export * from './inspect';
