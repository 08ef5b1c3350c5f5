import type { WriteOp, ValuesOp } from '../../core/plan/write-ops';
import type { WriteStep } from './write-plan';
import { queueBorders, queueFillRules, queueStyle } from './formats';
import { queuePageSetup } from './page-setup';
import { columnWidthPoints } from './wire';

type PlainOp = Exclude<WriteOp, ValuesOp>;

function range(context: Excel.RequestContext, sheet: string, row: number, col: number, rows: number, cols: number): Excel.Range {
  return context.workbook.worksheets.getItem(sheet).getRangeByIndexes(row, col, rows, cols);
}

/**
 * Queues one step (no sync). `names` holds the lower-cased names that exist
 * when the step runs, kept up to date as names are added.
 */
export function queueStep(context: Excel.RequestContext, step: WriteStep, names: Set<string>): void {
  if (step.kind === 'cells') {
    const target = range(context, step.sheet, step.row, step.col, step.cells.length, step.cells[0].length);
    if (step.formulas) target.formulas = step.cells;
    else target.values = step.cells;
    return;
  }
  queueOp(context, step.op, names);
}

function queueOp(context: Excel.RequestContext, op: PlainOp, names: Set<string>): void {
  switch (op.op) {
    case 'addSheet':
      context.workbook.worksheets.add(op.sheet);
      return;
    case 'clear':
      if (op.rows > 0 && op.cols > 0) range(context, op.sheet, op.row, op.col, op.rows, op.cols).clear('Contents');
      return;
    case 'numberFormat':
      // A 1x1 array applies to every cell of the range (as in Microsoft's samples).
      if (op.rows > 0 && op.cols > 0) range(context, op.sheet, op.row, op.col, op.rows, op.cols).numberFormat = [[op.format]];
      return;
    case 'tableColumns': {
      const columns = context.workbook.worksheets.getItem(op.sheet).tables.getItem(op.table).columns;
      // index -1 appends; the name parameter needs ExcelApi 1.4.
      for (const header of op.headers) columns.add(-1, undefined, header);
      return;
    }
    case 'name': {
      const key = op.name.toLowerCase();
      if (names.has(key)) context.workbook.names.getItem(op.name).delete();
      context.workbook.names.add(op.name, range(context, op.sheet, op.row, op.col, 1, 1), op.comment);
      names.add(key);
      return;
    }
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
    default: {
      const unknown: never = op;
      throw new TypeError(`unknown write op ${JSON.stringify(unknown)}`);
    }
  }
}
