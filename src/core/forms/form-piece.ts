import type { CellWrite } from '../cells/cell';
import type { StyleOp, WriteOp } from '../plan/write-ops';

/** Forms are 8 columns wide (A–H). */
export const FORM_COLS = 8;
/**
 * Column widths in characters: 74 in all, which prints at 100 % on A4 portrait
 * with the forms' margins in Excel and in LibreOffice (which measures a
 * character of the default font wider), so that font sizes are printed sizes.
 */
export const FORM_COLUMN_WIDTHS = [14, 8, 8, 8, 14, 8, 7, 7];

type Rect = { row: number; col: number; rows: number; cols: number };

/**
 * One printed form described as data: cells, merges, borders, styles and row
 * heights at rows relative to the form's first row. A port-neutral layout:
 * formOps places it on a sheet.
 */
export class FormPiece {
  rows = 0;
  readonly cells = new Map<string, { row: number; col: number; value: CellWrite }>();
  readonly formats: (Rect & { format: string })[] = [];
  readonly merges: Rect[] = [];
  readonly borders: (Rect & { edges: 'outline' | 'grid' })[] = [];
  readonly styles: (Rect & { style: StyleOp['style'] })[] = [];
  readonly heights: { row: number; height: number }[] = [];

  /** Adds a row and returns its index. */
  newRow(height?: number): number {
    const row = this.rows++;
    if (height !== undefined) this.heights.push({ row, height });
    return row;
  }

  /** A value in a (merged) span of a row; text is always written as text by the ports. */
  put(row: number, col: number, cols: number, value: CellWrite, format?: string): void {
    this.cells.set(`${row}:${col}`, { row, col, value });
    if (cols > 1) this.merges.push({ row, col, rows: 1, cols });
    if (format) this.formats.push({ row, col, rows: 1, cols, format });
  }

  style(row: number, col: number, rows: number, cols: number, style: StyleOp['style']): void {
    this.styles.push({ row, col, rows, cols, style });
  }

  box(row: number, col: number, rows: number, cols: number, edges: 'outline' | 'grid' = 'grid'): void {
    this.borders.push({ row, col, rows, cols, edges });
  }
}

/** The write operations that place a form on a sheet from `top` (0-based row). */
export function formOps(sheet: string, piece: FormPiece, top: number): WriteOp[] {
  const grid: CellWrite[][] = Array.from({ length: piece.rows }, () => new Array<CellWrite>(FORM_COLS).fill(null));
  for (const c of piece.cells.values()) grid[c.row]![c.col] = c.value;
  const ops: WriteOp[] = [];
  for (const f of piece.formats) ops.push({ op: 'numberFormat', sheet, row: top + f.row, col: f.col, rows: f.rows, cols: f.cols, format: f.format });
  ops.push({ op: 'values', sheet, row: top, col: 0, values: grid });
  for (const m of piece.merges) ops.push({ op: 'merge', sheet, row: top + m.row, col: m.col, rows: m.rows, cols: m.cols });
  for (const x of piece.styles) ops.push({ op: 'style', sheet, row: top + x.row, col: x.col, rows: x.rows, cols: x.cols, style: x.style });
  for (const b of piece.borders) ops.push({ op: 'border', sheet, row: top + b.row, col: b.col, rows: b.rows, cols: b.cols, edges: b.edges });
  for (const h of piece.heights) ops.push({ op: 'rowHeight', sheet, row: top + h.row, rows: 1, height: h.height });
  return ops;
}
