import { columnLetter, quoteSheet } from '../../../src/core/cells/address';
import { fail } from './errors';

/** Excel's grid size (rows x columns). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A rectangle of cells; 0-based, rows/cols >= 1. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function checkRect(rect: Rect): Rect {
  const { row, col, rows, cols } = rect;
  const ints = [row, col, rows, cols].every(Number.isInteger);
  if (!ints || row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS) {
    fail('InvalidArgument', `range ${JSON.stringify(rect)} is outside the grid`);
  }
  return rect;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

function parseCell(text: string): { row: number; col: number } {
  const m = CELL.exec(text);
  if (!m) fail('NotEmulated', `address "${text}": the double reads only A1-style cell addresses`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Parses "B2" or "B2:D9" (optionally with $) on the worksheet itself. */
export function parseAddress(address: string): Rect {
  const [first, last = first, extra] = address.split(':');
  if (extra !== undefined) fail('InvalidArgument', `address "${address}"`);
  const a = parseCell(first);
  const b = parseCell(last);
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return checkRect({ row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 });
}

/** "B2:D9" (or "B2" for one cell), without a sheet. */
export function rangeA1(rect: Rect): string {
  const start = `${columnLetter(rect.col)}${rect.row + 1}`;
  const single = rect.rows === 1 && rect.cols === 1;
  return single ? start : `${start}:${columnLetter(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

/** "Sheet1!B2:D9" as Range.address returns it. */
export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rangeA1(rect)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** a minus b, as up to four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const left = Math.max(a.col, b.col);
  const right = Math.min(a.col + a.cols, b.col + b.cols);
  const pieces: Rect[] = [
    { row: a.row, col: a.col, rows: top - a.row, cols: a.cols },
    { row: bottom, col: a.col, rows: a.row + a.rows - bottom, cols: a.cols },
    { row: top, col: a.col, rows: bottom - top, cols: left - a.col },
    { row: top, col: right, rows: bottom - top, cols: a.col + a.cols - right },
  ];
  return pieces.filter((p) => p.rows > 0 && p.cols > 0);
}
