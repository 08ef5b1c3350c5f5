import ExcelJS from 'exceljs';
import type { CellValue } from '../../../src/core/cells/cell';
import type { BookDescription, DescribedCell } from '../../support/excel-double';
import { openThroughFile } from '../../support/workbooks';
import type { FormulaResults } from '../host/excel-host-shim';
import { cellText, type BookCells } from './cell-text';

export async function loadBook(source: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as ArrayBuffer);
  return wb;
}

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, day 0 of Excel's 1900 date system (serials past Feb 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A value ExcelJS read (not a formula) as the core's cell model: dates as serials, errors as their text, rich text joined. */
function cellValueOf(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  throw new Error(`Unexpected cell value: ${JSON.stringify(value)}`);
}

/** Every cell of an .xlsx workbook as comparable text (a merged area counts once, at its top-left cell). */
export function xlsxCells(wb: ExcelJS.Workbook): BookCells {
  const cells: BookCells['cells'] = {};
  for (const ws of wb.worksheets) {
    const sheet: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : null;
      const text = cellText(formula ? null : cellValueOf(cell.value), formula);
      if (text !== null) sheet[cell.address] = text;
    }));
    cells[ws.name] = sheet;
  }
  return { sheets: wb.worksheets.map((ws) => ws.name), cells };
}

/**
 * The .xlsx file as the Excel double's description: the cell values the
 * package port reads (dates as serial numbers, error values as their text),
 * its tables and its one-cell names; what Excel would hand the Office port.
 */
export async function describeForDouble(bytes: Uint8Array): Promise<BookDescription> {
  const { port } = await openThroughFile(bytes);
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
      const result = cellValueOf(cell.result as ExcelJS.CellValue);
      // ExcelJS reads an empty text result (<v></v>: a customer not rated has no limit) as none; Excel shows it blank.
      sheet[cell.address] = { formula: cell.formula, result: result ?? '' };
    }));
    if (Object.keys(sheet).length > 0) out[ws.name] = sheet;
  }
  return out;
}
