import { columnLetter } from '../../../src/core/cells/address';
import type { ExcelDouble } from './build';
import { DEFAULT_COLUMN_WIDTH_POINTS } from './sheet-model';

/** Read-back helpers for tests: what the double's workbook holds now. */

/** The stored value: "" when empty, undefined for a formula (the double does not calculate). */
export function valueAt(book: ExcelDouble, sheet: string, row: number, col: number): string | number | boolean | undefined {
  return book.model.sheet(sheet).cell(row, col)?.value ?? '';
}

export function formulaAt(book: ExcelDouble, sheet: string, row: number, col: number): string | undefined {
  return book.model.sheet(sheet).cell(row, col)?.formula;
}

export function numberFormatAt(book: ExcelDouble, sheet: string, row: number, col: number): string {
  return book.model.sheet(sheet).numberFormatAt(row, col);
}

/** True when the cell's text was written with a leading apostrophe (Excel's quote prefix). */
export function quotePrefixAt(book: ExcelDouble, sheet: string, row: number, col: number): boolean {
  return book.model.sheet(sheet).cell(row, col)?.quotePrefix === true;
}

/** Bold, font size, fill colour and wrapping of a cell, with Office's defaults. */
export function styleAt(book: ExcelDouble, sheet: string, row: number, col: number) {
  const s = book.model.sheet(sheet);
  return { bold: s.styleAt(row, col, 'bold'), fontSize: s.styleAt(row, col, 'fontSize'), fill: s.styleAt(row, col, 'fill'), wrap: s.styleAt(row, col, 'wrap') };
}

export function columnWidthAt(book: ExcelDouble, sheet: string, col: number): number {
  return book.model.sheet(sheet).columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH_POINTS;
}

export function sheetNames(book: ExcelDouble): string[] {
  return book.model.sheets.map((s) => s.name);
}

export function conditionalRules(book: ExcelDouble, sheet: string) {
  return book.model.sheet(sheet).conditionalFormats.map((cf) => ({
    areas: cf.areas.map((a) => `${columnLetter(a.col)}${a.row + 1}:${columnLetter(a.col + a.cols - 1)}${a.row + a.rows}`),
    operator: cf.rule?.operator,
    formula1: cf.rule?.formula1,
    fill: cf.fill,
    font: cf.font,
  }));
}

export function namesIn(book: ExcelDouble) {
  return book.model.names.map((n) => ({
    name: n.name,
    comment: n.comment,
    formula: n.formula,
    ...(n.ref ? { sheet: n.ref.sheet.name, row: n.ref.rect.row, col: n.ref.rect.col } : {}),
  }));
}

export function tableIn(book: ExcelDouble, name: string) {
  const t = book.model.table(name);
  const { headerRow, firstCol, lastCol, lastRow } = t;
  return { sheet: t.sheet.name, headerRow, firstCol, lastCol, lastRow, columns: book.model.columnNames(t) };
}
