import ExcelJS from 'exceljs';
import { fromExcelJs } from '../../../src/ports/xlsx/cell-values';
import { createXlsxPort } from '../../../src/ports/xlsx/xlsx-port';
import type { BookDescription, DescribedCell } from '../../support/excel-double';
import type { FormulaResults } from '../host/excel-host-shim';
import { cellText, type BookCells } from './cell-text';

export async function loadBook(source: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as ArrayBuffer);
  return wb;
}

/** Every cell of an .xlsx workbook as comparable text (a merged area counts once, at its top-left cell). */
export function xlsxCells(wb: ExcelJS.Workbook): BookCells {
  const cells: BookCells['cells'] = {};
  for (const ws of wb.worksheets) {
    const sheet: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : null;
      const text = cellText(formula ? null : fromExcelJs(cell.value), formula);
      if (text !== null) sheet[cell.address] = text;
    }));
    cells[ws.name] = sheet;
  }
  return { sheets: wb.worksheets.map((ws) => ws.name), cells };
}

/**
 * The workbook as the Excel double's description: the cell values the .xlsx
 * port reads (dates as serial numbers, error values as their text), its
 * tables and its one-cell names; what Excel would hand the Office port.
 */
export async function describeForDouble(wb: ExcelJS.Workbook): Promise<BookDescription> {
  const port = createXlsxPort(wb);
  const sheets = await port.listSheets();
  const blocks = await port.readBlocks(sheets.map((s) => ({ sheet: s.name, row: 0, col: 0, rows: Math.max(1, s.rowCount), cols: Math.max(1, s.columnCount) })));
  const names = await port.readNames('');
  return {
    sheets: sheets.map((s, i) => ({ name: s.name, rows: blocks[i]! as DescribedCell[][] })),
    tables: sheets.flatMap((s) => s.tables.map((t) => ({
      name: t.name, sheet: s.name, row: t.headerRow, col: t.firstCol, rows: t.lastRow - t.headerRow + 1, cols: t.lastCol - t.firstCol + 1,
    }))),
    names: names.map((n) => ({ name: n.name, sheet: n.sheet, row: n.row, col: n.col })),
  };
}

/** Each formula cell's formula and cached result, by sheet and address (the Excel host shim's "calculation"). */
export function formulaResults(wb: ExcelJS.Workbook): FormulaResults {
  const out: FormulaResults = {};
  for (const ws of wb.worksheets) {
    const sheet: FormulaResults[string] = {};
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula) return;
      // cell.result, not cell.value: ExcelJS's value object leaves a result of 0 out.
      const result = fromExcelJs(cell.result as ExcelJS.CellValue);
      if (result !== null) sheet[cell.address] = { formula: cell.formula, result };
    }));
    if (Object.keys(sheet).length > 0) out[ws.name] = sheet;
  }
  return out;
}
