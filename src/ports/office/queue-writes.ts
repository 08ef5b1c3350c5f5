import type { TableColumnsOp, WriteOp, ValuesOp } from '../../core/plan/write-ops';
import type { WriteStep } from './write-plan';
import { borderSides, checkListValidation, officeColor, queueBorders, queueFillRules, queueListValidation, queueStyle } from './formats';
import { breakRows, queuePageSetup, rectAddress } from './page-setup';
import { queueDeleteSheet } from './delete-sheets';
import type { TableGrowth } from './table-growth';
import { columnWidthPoints, toWireCell } from './wire';

type PlainOp = Exclude<WriteOp, ValuesOp>;

/**
 * What the steps already queued have done, so that a step queued again
 * (after a request Excel refused part-way, see apply.ts) does only what is
 * left: the names that exist, the sheets this run added, the tables' widths.
 */
export interface WriteState {
  /** Lower-cased names that exist when the step runs, kept up to date as names are added. */
  names: Set<string>;
  /** Lower-cased names of the sheets this run has added. */
  addedSheets: Set<string>;
  /** The tables the plan widens, by lower-cased name. */
  tables: Map<string, TableGrowth>;
  /** The number of columns each tableColumns op leaves its table with. */
  targets: Map<TableColumnsOp, number>;
  /** Outline groups (Range.group and hideGroupDetails, ExcelApi 1.10) are there; else grouped columns are only hidden. */
  outline: boolean;
  /** Lower-cased names of the sheets this run has protected (protect fails on a protected sheet). */
  protectedSheets: Set<string>;
  /** Lower-cased names of the sheets this run has deleted. */
  deletedSheets: Set<string>;
}

function range(context: Excel.RequestContext, sheet: string, row: number, col: number, rows: number, cols: number): Excel.Range {
  return context.workbook.worksheets.getItem(sheet).getRangeByIndexes(row, col, rows, cols);
}

/**
 * What queueing an op would refuse, checked before anything is sent (the
 * values themselves are checked by planWriteBatches): an op this port does
 * not know, colours, widths, print areas and page breaks.
 */
export function checkOp(op: WriteOp): void {
  switch (op.op) {
    case 'addSheet': case 'values': case 'clear': case 'numberFormat': case 'tableColumns': case 'name': case 'merge': case 'rowHeight':
    case 'protectSheet': case 'deleteSheet':
      return;
    case 'validation':
      checkListValidation(op);
      return;
    case 'groupColumns':
      if (!(op.cols >= 0)) throw new RangeError(`a column group of ${op.cols} columns`);
      return;
    case 'fillRules':
      for (const rule of op.rules) [rule.fill, rule.font].forEach(officeColor);
      return;
    case 'style':
      if (op.style.fill !== undefined) officeColor(op.style.fill);
      return;
    case 'columnWidth':
      columnWidthPoints(op.width);
      return;
    case 'border':
      borderSides(op.edges, op.rows, op.cols);
      return;
    case 'pageSetup':
      rectAddress(op.printArea);
      breakRows(op.pageBreaksBefore);
      return;
    default: {
      const unknown: never = op;
      throw new TypeError(`unknown write op ${JSON.stringify(unknown)}`);
    }
  }
}

/** Queues one step (no sync), keeping `state` up to date. */
export function queueStep(context: Excel.RequestContext, step: WriteStep, state: WriteState): void {
  if (step.kind === 'cells') {
    const target = range(context, step.sheet, step.row, step.col, step.cells.length, step.cells[0].length);
    if (step.formulas) target.formulas = step.cells;
    else target.values = step.cells;
    return;
  }
  if (step.kind === 'sharedFormula') {
    // One value, not an array, applies to every cell of the range (Range.formulasR1C1, ExcelApi 1.2; office-js-docs-pr #2013):
    // the text goes once, whatever the rows. Office's typings only have the 2D array.
    const target = range(context, step.sheet, step.row, step.col, step.rows, 1) as unknown as { formulasR1C1: string };
    target.formulasR1C1 = step.r1c1;
    return;
  }
  queueOp(context, step.op, state);
}

function queueOp(context: Excel.RequestContext, op: PlainOp, state: WriteState): void {
  switch (op.op) {
    case 'addSheet': {
      const key = op.sheet.toLowerCase();
      if (state.addedSheets.has(key)) return;
      context.workbook.worksheets.add(op.sheet);
      state.addedSheets.add(key);
      return;
    }
    case 'clear':
      if (op.rows > 0 && op.cols > 0) range(context, op.sheet, op.row, op.col, op.rows, op.cols).clear('Contents');
      return;
    case 'numberFormat':
      // A 1x1 array applies to every cell of the range (as in Microsoft's samples).
      if (op.rows > 0 && op.cols > 0) range(context, op.sheet, op.row, op.col, op.rows, op.cols).numberFormat = [[op.format]];
      return;
    case 'tableColumns':
      queueTableColumns(context, op, state);
      return;
    case 'name': {
      const key = op.name.toLowerCase();
      if (state.names.has(key)) context.workbook.names.getItem(op.name).delete();
      context.workbook.names.add(op.name, range(context, op.sheet, op.row, op.col, op.rows ?? 1, op.cols ?? 1), op.comment);
      state.names.add(key);
      return;
    }
    case 'groupColumns':
      if (op.cols > 0) queueGroupColumns(range(context, op.sheet, 0, op.col, 1, op.cols), state.outline);
      return;
    case 'fillRules':
      if (op.rows > 0 && op.cols > 0) queueFillRules(range(context, op.sheet, op.row, op.col, op.rows, op.cols), op.rules);
      return;
    case 'columnWidth':
      range(context, op.sheet, 0, op.col, 1, 1).format.columnWidth = columnWidthPoints(op.width);
      return;
    case 'style':
      if (op.rows > 0 && op.cols > 0) queueStyle(range(context, op.sheet, op.row, op.col, op.rows, op.cols), op.style);
      return;
    case 'merge':
      // Merging one cell changes nothing (Range.merge, ExcelApi 1.2).
      if (op.rows > 0 && op.cols > 0 && op.rows * op.cols > 1) range(context, op.sheet, op.row, op.col, op.rows, op.cols).merge(false);
      return;
    case 'border':
      if (op.rows > 0 && op.cols > 0) queueBorders(range(context, op.sheet, op.row, op.col, op.rows, op.cols), op.edges, op.rows, op.cols);
      return;
    case 'rowHeight':
      // RangeFormat.rowHeight (points, ExcelApi 1.2) sets every row of the range.
      if (op.rows > 0) range(context, op.sheet, op.row, 0, op.rows, 1).format.rowHeight = op.height;
      return;
    case 'pageSetup':
      queuePageSetup(context.workbook.worksheets.getItem(op.sheet), op);
      return;
    case 'validation':
      if (op.rows > 0 && op.cols > 0) queueListValidation(range(context, op.sheet, op.row, op.col, op.rows, op.cols), op);
      return;
    case 'protectSheet': {
      // WorksheetProtection.protect (ExcelApi 1.2), no options and no password: Excel's defaults.
      const key = op.sheet.toLowerCase();
      if (state.protectedSheets.has(key)) return;
      context.workbook.worksheets.getItem(op.sheet).protection.protect();
      state.protectedSheets.add(key);
      return;
    }
    case 'deleteSheet':
      queueDeleteSheet(context, op, state.names, state.deletedSheets);
      return;
    default: {
      const unknown: never = op;
      throw new TypeError(`unknown write op ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Groups the columns in the outline and collapses the group where the host
 * has ExcelApi 1.10 (Range.group, Range.hideGroupDetails); elsewhere the
 * columns are only hidden (Range.columnHidden, ExcelApi 1.2), which the user
 * undoes with Unhide.
 */
function queueGroupColumns(columns: Excel.Range, outline: boolean): void {
  if (outline) {
    // The enum's string value: the Excel namespace's enums are not there before office.js has loaded them.
    columns.group('ByColumns');
    columns.hideGroupDetails('ByColumns');
  } else {
    columns.columnHidden = true;
  }
}

/**
 * The headers of a tableColumns op the table does not have yet: with
 * ExcelApi 1.13 written into the cells right of the table, which resize then
 * takes in (no cell moves); else appended with TableColumnCollection.add
 * (index -1; the name parameter needs ExcelApi 1.4), which shifts the cells
 * right of the table (the preflight has made sure nothing of the user's is there).
 */
function queueTableColumns(context: Excel.RequestContext, op: TableColumnsOp, state: WriteState): void {
  const growth = state.tables.get(op.table.toLowerCase());
  const target = state.targets.get(op);
  if (!growth || target === undefined) throw new Error(`table '${op.table}' of a tableColumns op was not looked at before writing`);
  const missing = target - growth.columns;
  if (missing > op.headers.length) throw new Error(`table '${op.table}' has ${growth.columns} columns, fewer than this run left it with`);
  if (missing <= 0) return;
  const headers = op.headers.slice(op.headers.length - missing);
  const sheet = context.workbook.worksheets.getItem(op.sheet);
  const table = sheet.tables.getItem(op.table);
  if (growth.resize) {
    sheet.getRangeByIndexes(growth.headerRow, growth.firstCol + growth.columns, 1, missing).values = [headers.map(toWireCell)];
    table.resize(sheet.getRangeByIndexes(growth.headerRow, growth.firstCol, growth.lastRow - growth.headerRow + 1, target));
  } else {
    for (const header of headers) table.columns.add(-1, undefined, header);
  }
  growth.columns = target;
}
