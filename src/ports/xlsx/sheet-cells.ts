import type { CellValue } from '../../core/cells/cell';
import { scanCells } from './sheet-scan';
import type { StyleBook } from './style-book';

/** Days between the 1904 and the 1900 date systems' day zero. */
const DATE1904_OFFSET = 1462;

/** One column of a sheet as read: values, style indexes and formula rows (sparse arrays, 0-based rows). */
export interface ColumnCells {
  values: CellValue[];
  styles: number[];
  formulas: Set<number>;
}

/**
 * A worksheet's cells as columns, read in one pass. Dates of a workbook on
 * the 1904 date system are shifted to the 1900 serials the core works in.
 */
export class SheetCells {
  readonly columns: (ColumnCells | undefined)[] = [];
  /** Rows and columns used by non-empty values, counted from A1. */
  rowCount = 0;
  columnCount = 0;

  constructor(bytes: Uint8Array, sharedStrings: readonly string[], styles: StyleBook, date1904: boolean) {
    scanCells(bytes, sharedStrings, (cell) => {
      if (cell.row < 0 || cell.col < 0) return;
      let column = this.columns[cell.col];
      if (!column) {
        column = { values: [], styles: [], formulas: new Set() };
        this.columns[cell.col] = column;
      }
      let value = cell.value;
      if (date1904 && typeof value === 'number' && cell.style > 0 && styles.isDateStyle(cell.style)) value += DATE1904_OFFSET;
      if (value !== null) {
        column.values[cell.row] = value;
        if (cell.row >= this.rowCount) this.rowCount = cell.row + 1;
        if (cell.col >= this.columnCount) this.columnCount = cell.col + 1;
      }
      if (cell.style > 0) column.styles[cell.row] = cell.style;
      if (cell.formula) column.formulas.add(cell.row);
    });
  }

  value(row: number, col: number): CellValue {
    return this.columns[col]?.values[row] ?? null;
  }
}
