import { columnLetter } from '../../core/cells/address';
import type { PageSetupOp } from '../../core/plan/write-ops';

/** "A1:F40" for a 0-based rectangle, relative to its sheet. */
export function rectAddress(rect: { row: number; col: number; rows: number; cols: number }): string {
  const { row, col, rows, cols } = rect;
  if (![row, col, rows, cols].every(Number.isInteger) || row < 0 || col < 0 || rows < 1 || cols < 1) {
    throw new RangeError(`not a range: ${JSON.stringify(rect)}`);
  }
  return `${columnLetter(col)}${row + 1}:${columnLetter(col + cols - 1)}${row + rows}`;
}

/** The rows that get a manual break: distinct, ascending, never before the first row. */
export function breakRows(rows: readonly number[]): number[] {
  for (const row of rows) {
    if (!Number.isInteger(row) || row < 0) throw new RangeError(`page break row ${row}`);
  }
  return [...new Set(rows)].filter((row) => row > 0).sort((a, b) => a - b);
}

/**
 * Queues a sheet's print setup (no sync). Everything here is ExcelApi 1.9
 * (Worksheet.pageLayout, horizontalPageBreaks) except showGridlines (1.8).
 * Header and footer strings go through as they are: Office.js takes Excel's
 * own codes (&P page, &N pages, &D date; && for a literal ampersand).
 */
export function queuePageSetup(sheet: Excel.Worksheet, op: PageSetupOp): void {
  const printArea = rectAddress(op.printArea);
  const breaks = breakRows(op.pageBreaksBefore);
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = 'Portrait';
  // One page wide, 0 pages tall = as many as needed: what Excel's script recorder writes for
  // "Fit All Columns on One Page" (and fitToHeight="0" in the file). zoom must be set as a whole object.
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: op.pagesTall ?? 0 };
  layout.setPrintMargins('Inches', { ...op.margins });
  layout.setPrintArea(printArea);
  layout.printGridlines = false;
  const headersFooters = layout.headersFooters;
  // Default: the same header and footer on every page (no first-page or odd/even variants).
  headersFooters.state = 'Default';
  const all = headersFooters.defaultForAllPages;
  all.leftHeader = op.header.left;
  all.centerHeader = op.header.center;
  all.rightHeader = op.header.right;
  all.leftFooter = op.footer.left;
  all.centerFooter = op.footer.center;
  all.rightFooter = op.footer.right;
  sheet.showGridlines = false;
  // The collection holds manual breaks only: reset them so a rerun leaves exactly these.
  sheet.horizontalPageBreaks.removePageBreaks();
  const { col, cols } = op.printArea;
  // The break goes above the range's top-left cell; Microsoft's sample passes the row across the printed columns.
  for (const row of breaks) sheet.horizontalPageBreaks.add(rectAddress({ row, col, rows: 1, cols }));
}
