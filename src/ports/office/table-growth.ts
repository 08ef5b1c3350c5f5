import { cellAddress } from '../../core/cells/address';
import type { TableColumnsOp } from '../../core/plan/write-ops';
import { type UserContentApis, findUserContent } from './find-user-content';
import type { OfficeLimits } from './limits';
import { tableBlocked } from './port-errors';
import { readBlocks } from './read-blocks';

/**
 * A table the plan widens, as the write steps keep track of it. With
 * ExcelApi 1.13 (`resize`) the port writes the new header cells and then
 * resizes the table over them, which moves no cell. Without it only
 * TableColumnCollection.add is left, which inserts cells in the table's rows
 * and shifts everything right of the table in those rows: the port first
 * makes sure nothing of the user's is there (checkRoomRightOf).
 */
export interface TableGrowth {
  name: string;
  sheet: string;
  headerRow: number;
  firstCol: number;
  lastRow: number;
  /** Columns the table has now (kept up to date as the steps are queued). */
  columns: number;
  resize: boolean;
}

export interface TableShape {
  op: TableColumnsOp;
  header: Excel.Range;
  body: Excel.Range;
  /** The sheet's used range, formatting included (only where the table must shift cells). */
  used: Excel.Range | null;
}

const key = (name: string): string => name.toLowerCase();

/** Queues the loads of each widened table's extent (one per table) into the caller's request. */
export function queueTableShapes(context: Excel.RequestContext, ops: TableColumnsOp[], resize: boolean): TableShape[] {
  const seen = new Set<string>();
  return ops.filter((op) => !seen.has(key(op.table)) && seen.add(key(op.table))).map((op) => {
    const sheet = context.workbook.worksheets.getItem(op.sheet);
    const table = sheet.tables.getItem(op.table);
    return {
      op,
      header: table.getHeaderRowRange().load('rowIndex,columnIndex,columnCount'),
      body: table.getDataBodyRange().load('rowIndex,rowCount'),
      used: resize ? null : sheet.getUsedRangeOrNullObject(false).load('rowIndex,columnIndex,rowCount,columnCount'),
    };
  });
}

export function tableGrowth(shape: TableShape, resize: boolean): TableGrowth {
  return {
    name: shape.op.table,
    sheet: shape.op.sheet,
    headerRow: shape.header.rowIndex,
    firstCol: shape.header.columnIndex,
    lastRow: shape.body.rowIndex + shape.body.rowCount - 1,
    columns: shape.header.columnCount,
    resize,
  };
}

/** Columns findUserContent is asked about at once (its first request loads about 8 KB of formatting per column). */
const COLUMNS_PER_CHECK = 256;

/**
 * Refuses (tableBlocked, naming the first cell) when anything of the user's
 * lies right of the table in its rows, from its last column to the sheet's
 * used range's: a value, a formula, a comment or note, data validation or
 * formatting, as findUserContent sees them. Desktop Excel would shift it out
 * of line with the rows above and below; Excel on the web refuses past about
 * 33.5 million shifted cells (OperationCellsExceedLimit, some 2,050 rows).
 * Reads only.
 */
export async function checkRoomRightOf(
  context: Excel.RequestContext, growth: TableGrowth, used: Excel.Range, limits: OfficeLimits, apis: UserContentApis,
): Promise<void> {
  if (used.isNullObject) return;
  const lastCol = growth.firstCol + growth.columns - 1;
  const usedRight = used.columnIndex + used.columnCount - 1;
  const usedBottom = used.rowIndex + used.rowCount - 1;
  if (usedRight <= lastCol || usedBottom < growth.headerRow || used.rowIndex > growth.lastRow) return;
  const span = { sheet: growth.sheet, firstRow: growth.headerRow, rows: growth.lastRow - growth.headerRow + 1 };
  for (let from = lastCol + 1; from <= usedRight; from += COLUMNS_PER_CHECK) {
    const cols = Array.from({ length: Math.min(COLUMNS_PER_CHECK, usedRight - from + 1) }, (_, i) => from + i);
    const found = await findUserContent(context, { ...span, cols }, limits, apis);
    const hit = found.find((f) => f !== null);
    if (!hit) continue;
    const value = hit.kind === 'value'
      ? JSON.stringify((await readBlocks(context, [{ sheet: growth.sheet, row: hit.row, col: hit.col, rows: 1, cols: 1 }], limits))[0]![0]![0] ?? '')
      : '';
    throw tableBlocked(growth.name, growth.sheet, cellAddress(hit.row, hit.col), hit.kind, value);
  }
}
