import type ExcelJS from 'exceljs';
import { cellAddress, parseCellAddress } from '../../core/cells/address';
import type { TableInfo } from '../../core/workbook-shape';

/** The parts of ExcelJS's table model (its `table` property) the port uses. */
export interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string }[];
}

interface DecodedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function decodeRange(ref: string): DecodedRange {
  const [a, b = a] = ref.split(':');
  const tl = parseCellAddress(a!);
  const br = parseCellAddress(b!);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

export function tableModels(ws: ExcelJS.Worksheet): TableModel[] {
  return ws.getTables().map((t) => {
    const model = (t as unknown as { table: TableModel }).table;
    // ExcelJS reads a missing headerRowCount attribute (Excel's default of 1)
    // as "no header row"; a table with an autofilter always has one.
    if (!model.headerRow && model.autoFilterRef) model.headerRow = true;
    return model;
  });
}

export function tableInfo(model: TableModel): TableInfo {
  const r = decodeRange(model.tableRef);
  const headerRow = model.headerRow ? r.top : r.top - 1;
  const lastRow = model.totalsRow ? r.bottom - 1 : r.bottom;
  return { name: model.name, headerRow, firstCol: r.left, lastCol: r.right, lastRow };
}

/** Widens a table to the right by the given header names (the cells are written separately). */
export function addTableColumns(model: TableModel, headers: string[]): void {
  const r = decodeRange(model.tableRef);
  const right = r.right + headers.length;
  model.tableRef = `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, right)}`;
  if (model.autoFilterRef) {
    const f = decodeRange(model.autoFilterRef);
    model.autoFilterRef = `${cellAddress(f.top, f.left)}:${cellAddress(f.bottom, right)}`;
  }
  model.columns.push(...headers.map((name) => ({ name })));
}
