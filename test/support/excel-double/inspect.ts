import { columnLetter } from '../../../src/core/cells/address';
import type { ExcelDouble } from './build';
import { rangeA1 } from './a1';
import { POINTS_PER_INCH } from './page-model';
import { type BorderModel, type CellSide, DEFAULT_COLUMN_WIDTH_POINTS, DEFAULT_ROW_HEIGHT_POINTS } from './sheet-model';

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

/** Bold, font size, fill colour, wrapping and alignment of a cell, with Office's defaults ("General", "Bottom"). */
export function styleAt(book: ExcelDouble, sheet: string, row: number, col: number) {
  const s = book.model.sheet(sheet);
  return {
    bold: s.styleAt(row, col, 'bold'),
    fontSize: s.styleAt(row, col, 'fontSize'),
    fill: s.styleAt(row, col, 'fill'),
    wrap: s.styleAt(row, col, 'wrap'),
    horizontal: s.styleAt(row, col, 'horizontal'),
    vertical: s.styleAt(row, col, 'vertical'),
  };
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

/** A1 ranges of the sheet's merged areas ("B2:D2"), in the order they were merged. */
export function mergedAreas(book: ExcelDouble, sheet: string): string[] {
  return book.model.sheet(sheet).merges.map(rangeA1);
}

/** One edge of a cell: null without a line. */
export type BorderSideState = BorderModel | null;

/** The four edges of a cell as Excel keeps them per cell (an inside line sets both cells' edges). */
export function bordersAt(book: ExcelDouble, sheet: string, row: number, col: number): Record<CellSide, BorderSideState> {
  const s = book.model.sheet(sheet);
  const side = (which: CellSide): BorderSideState => {
    const border = s.borderAt(row, col, which);
    return border.style === 'None' ? null : { ...border };
  };
  return { top: side('top'), bottom: side('bottom'), left: side('left'), right: side('right') };
}

/** Row height in points (15 when never set). */
export function rowHeightAt(book: ExcelDouble, sheet: string, row: number): number {
  return book.model.sheet(sheet).rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT_POINTS;
}

const inches = (points: number): number => Number((points / POINTS_PER_INCH).toFixed(6));

/**
 * A sheet's print setup: paper, orientation, zoom ({ scale } or pages wide and
 * tall, 0 = as many as needed), margins in inches (Excel keeps points), print
 * area as an A1 range or null, headersFooters state and the default header and
 * footer, the rows manual page breaks precede (ascending), and gridlines on
 * paper and on screen.
 */
export function pageLayoutOf(book: ExcelDouble, sheet: string) {
  const s = book.model.sheet(sheet);
  const p = s.page;
  const hf = p.defaultForAllPages;
  return {
    paperSize: p.paperSize,
    orientation: p.orientation,
    zoom: { ...p.zoom },
    margins: {
      top: inches(p.topMargin), bottom: inches(p.bottomMargin), left: inches(p.leftMargin),
      right: inches(p.rightMargin), header: inches(p.headerMargin), footer: inches(p.footerMargin),
    },
    printArea: p.printArea ? rangeA1(p.printArea) : null,
    headerFooterState: p.headerFooterState,
    header: { left: hf.leftHeader, center: hf.centerHeader, right: hf.rightHeader },
    footer: { left: hf.leftFooter, center: hf.centerFooter, right: hf.rightFooter },
    pageBreaksBefore: s.pageBreaks.map((b) => b.row).sort((a, b) => a - b),
    printGridlines: p.printGridlines,
    showGridlines: s.showGridlines,
  };
}

/** The active sheet and its selected range ("B7" or "B7:D9"), as the user would see them. */
export function selectionIn(book: ExcelDouble): { sheet: string; address: string } {
  const sheet = book.model.active;
  const rect = book.model.selectionOf(sheet);
  const address = rangeA1(rect);
  return { sheet: sheet.name, address };
}

/** A cell's data validation (type, a list rule's source and drop-down, the error alert), or null. */
export function validationAt(book: ExcelDouble, sheet: string, row: number, col: number) {
  const rule = book.model.sheet(sheet).validationRuleAt(row, col);
  return rule && JSON.parse(JSON.stringify(rule)) as typeof rule;
}

/** Whether a cell is locked once its sheet is protected (true unless format.protection.locked was set false). */
export function lockedAt(book: ExcelDouble, sheet: string, row: number, col: number): boolean {
  return book.model.sheet(sheet).styleAt(row, col, 'locked');
}

export function sheetProtected(book: ExcelDouble, sheet: string): boolean {
  return book.model.sheet(sheet).isProtected;
}
