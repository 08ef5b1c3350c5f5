/**
 * Formatting and print layout ops on an ExcelJS worksheet: style, merge,
 * border, row height and page setup.
 *
 * ExcelJS 4.4 facts these functions work around:
 * - Cells can share one style object: cells read from a file with the same
 *   style id do, and so do the cells of a range merged with mergeCells. Setting
 *   cell.font / cell.border / cell.numFmt mutates that shared object, so every
 *   change here assigns the cell a fresh style object instead.
 * - mergeCells throws "Cannot merge already merged cells" for any overlap,
 *   even with the very same range, so an exact existing merge is left alone.
 * - Writing any value (null included) to a hidden cell of a merged range
 *   writes the top-left cell (see `isHiddenByMerge`).
 * - Row breaks (<rowBreaks>) are written but not read back from a file, so
 *   loading and saving a workbook drops them unless a pageSetup op sets them again.
 * - The print area's defined name is written with the sheet name unescaped
 *   (see `applyPageSetup`).
 */
import type ExcelJS from 'exceljs';
import { cellAddress } from '../../core/cells/address';
import type { BorderOp, MergeOp, PageSetupOp, RowHeightOp, StyleOp } from '../../core/plan/write-ops';

/** ExcelJS's paper size code for A4. */
const PAPER_A4 = 9 as ExcelJS.PaperSize;
/** The last column index (0-based) of a sheet: a row break spans every column. */
const LAST_COLUMN_INDEX = 16383;

type Style = Partial<ExcelJS.Style>;

/**
 * ExcelJS's default font (its fonts[0]), the base for a cell that has no font
 * yet: a font with only <b/> or <sz/> has no name, and LibreOffice then prints
 * it in a serif fallback.
 */
const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, family: 2, scheme: 'minor', color: { theme: 1 } };

/** Calls `visit` for every cell of a rectangle (0-based origin), creating the cells. */
export function eachCell(
  ws: ExcelJS.Worksheet,
  rect: { row: number; col: number; rows: number; cols: number },
  visit: (cell: ExcelJS.Cell, r: number, c: number) => void,
): void {
  for (let r = 0; r < rect.rows; r++) {
    const row = ws.getRow(rect.row + r + 1);
    for (let c = 0; c < rect.cols; c++) visit(row.getCell(rect.col + c + 1), r, c);
  }
}

/** Gives the cell a new style object built from a copy of its current one. */
export function restyle(cell: ExcelJS.Cell, change: (style: Style) => Style): void {
  cell.style = change({ ...cell.style });
}

/** True for the cells of a merged range other than its top-left cell. */
export function isHiddenByMerge(cell: ExcelJS.Cell): boolean {
  return cell.master !== cell;
}

/** "#RRGGBB" -> ExcelJS's "FFRRGGBB". */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

const VERTICAL: Record<NonNullable<StyleOp['style']['vertical']>, ExcelJS.Alignment['vertical']> = {
  top: 'top',
  center: 'middle', // ExcelJS's name for vertical="center"
  bottom: 'bottom',
};

/** Sets only the style properties given; the others stay as they are. */
export function applyStyle(ws: ExcelJS.Worksheet, op: StyleOp): void {
  const s = op.style;
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.fontSize !== undefined) font.size = s.fontSize;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.wrap !== undefined) alignment.wrapText = s.wrap;
  if (s.horizontal !== undefined) alignment.horizontal = s.horizontal;
  if (s.vertical !== undefined) alignment.vertical = VERTICAL[s.vertical];
  const fill: ExcelJS.Fill | undefined =
    s.fill === undefined ? undefined : { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  eachCell(ws, op, (cell) => restyle(cell, (style) => ({
    ...style,
    ...(Object.keys(font).length > 0 ? { font: { ...(style.font ?? DEFAULT_FONT), ...font } } : {}),
    ...(Object.keys(alignment).length > 0 ? { alignment: { ...style.alignment, ...alignment } } : {}),
    ...(fill ? { fill } : {}),
  })));
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The sheet's merges, keyed by top-left address (ExcelJS keeps them in the private _merges). */
function mergesOf(ws: ExcelJS.Worksheet): MergeRange[] {
  const merges = (ws as unknown as { _merges: Record<string, MergeRange | undefined> })._merges;
  return Object.values(merges).filter((m): m is MergeRange => Boolean(m));
}

/**
 * Merges a rectangle (1-based ExcelJS ranges inside). The same merge already
 * there: nothing to do. Merges that overlap it are undone first, each cell
 * keeping its own style (ExcelJS's unmerge resets hidden cells to the row's
 * or column's style). The cells keep their own styles when merged
 * (mergeCellsWithoutStyle), so borders on the edges of the range stay per cell.
 */
export function applyMerge(ws: ExcelJS.Worksheet, op: MergeOp): void {
  if (op.rows <= 0 || op.cols <= 0 || (op.rows === 1 && op.cols === 1)) return;
  const want: MergeRange = { top: op.row + 1, left: op.col + 1, bottom: op.row + op.rows, right: op.col + op.cols };
  const overlapping = mergesOf(ws).filter((m) =>
    m.top <= want.bottom && want.top <= m.bottom && m.left <= want.right && want.left <= m.right);
  if (overlapping.length === 1) {
    const [m] = overlapping as [MergeRange];
    if (m.top === want.top && m.left === want.left && m.bottom === want.bottom && m.right === want.right) return;
  }
  for (const m of overlapping) {
    const rect = { row: m.top - 1, col: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 };
    const styles: Style[] = [];
    eachCell(ws, rect, (cell) => styles.push(cell.style));
    ws.unMergeCells(m.top, m.left, m.bottom, m.right);
    let i = 0;
    eachCell(ws, rect, (cell) => (cell.style = { ...styles[i++] }));
  }
  ws.mergeCellsWithoutStyle(want.top, want.left, want.bottom, want.right);
}

/** Thin, automatic colour (ExcelJS's type wants a colour; the file needs none). */
const THIN = { style: 'thin' } as ExcelJS.Border;

/** Thin lines on the outer edges (outline) or on every cell edge (grid); other edges stay. */
export function applyBorder(ws: ExcelJS.Worksheet, op: BorderOp): void {
  const grid = op.edges === 'grid';
  eachCell(ws, op, (cell, r, c) => {
    const edges: Partial<ExcelJS.Borders> = {};
    if (grid || r === 0) edges.top = THIN;
    if (grid || r === op.rows - 1) edges.bottom = THIN;
    if (grid || c === 0) edges.left = THIN;
    if (grid || c === op.cols - 1) edges.right = THIN;
    if (Object.keys(edges).length > 0) restyle(cell, (style) => ({ ...style, border: { ...style.border, ...edges } }));
  });
}

export function applyRowHeight(ws: ExcelJS.Worksheet, op: RowHeightOp): void {
  for (let r = 0; r < op.rows; r++) ws.getRow(op.row + r + 1).height = op.height;
}

/** "&Lleft&Ccenter&Rright" with the empty sections left out; null when all are empty. */
export function headerFooterText(parts: { left: string; center: string; right: string }): string | null {
  const text = (parts.left ? `&L${parts.left}` : '') + (parts.center ? `&C${parts.center}` : '') + (parts.right ? `&R${parts.right}` : '');
  return text === '' ? null : text;
}

/**
 * The print area as ExcelJS wants it, "A$1:G$40": ExcelJS writes the defined
 * name as `'Sheet'!$` + first + `:$` + last, so "A1:G40" would come out as
 * $A1:$G40, which LibreOffice ignores (it prints the whole used range); the
 * row dollars make it $A$1:$G$40, which both Excel and LibreOffice honour.
 * ExcelJS reads it back as "A1:G40".
 */
export function printAreaText(area: PageSetupOp['printArea']): string {
  const at = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)/, '$1$$');
  return `${at(area.row, area.col)}:${at(area.row + area.rows - 1, area.col + area.cols - 1)}`;
}

/**
 * A4 portrait, one page wide by as many tall as needed (fitToHeight 0), the
 * margins, print area, header and footer, no gridlines printed or shown, and
 * exactly the given manual row breaks (earlier ones are replaced).
 */
export function applyPageSetup(ws: ExcelJS.Worksheet, op: PageSetupOp): void {
  const area = op.printArea;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { ...op.margins },
    // ExcelJS writes the print area as '<sheet name>'!… without doubling an apostrophe in
    // the name: a file that ExcelJS cannot read back and whose print area LibreOffice
    // ignores. Such a sheet gets no print area (Excel then prints the used range).
    printArea: ws.name.includes("'") ? undefined : printAreaText(area),
    showGridLines: false,
    // Page numbers (&P) from 1: ExcelJS reads a file's pageSetup as firstPageNumber 1 and
    // writes it back with useFirstPageNumber; a number from the user's file would shift them.
    firstPageNumber: undefined,
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    differentFirst: false,
    differentOddEven: false,
    oddHeader: headerFooterText(op.header) as string,
    oddFooter: headerFooterText(op.footer) as string,
  };
  ws.views = ws.views.length > 0
    ? ws.views.map((view) => ({ ...view, showGridLines: false }))
    : [{ state: 'normal', showGridLines: false }];
  // <brk id="n"> breaks after 1-based row n, i.e. before 0-based row n; row 0 needs none.
  const rows = [...new Set(op.pageBreaksBefore)].filter((r) => r > 0).sort((a, b) => a - b);
  // Set as ExcelJS's row.addPageBreak() would, but replacing the list, and with
  // max 16383 (addPageBreak writes 16838). The Worksheet type lacks rowBreaks.
  (ws as unknown as { rowBreaks: ExcelJS.RowBreak[] }).rowBreaks =
    rows.map((id) => ({ id, max: LAST_COLUMN_INDEX, man: 1 }) as ExcelJS.RowBreak);
}
