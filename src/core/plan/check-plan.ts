import { isFormulaWrite, type CellWrite } from '../cells/cell';
import { cellAddress } from '../cells/address';
import type { WriteOp } from './write-ops';

/** Excel refuses a formula longer than this (characters, the leading "=" included here). */
export const MAX_FORMULA_LENGTH = 8192;

function checkCell(sheet: string, row: number, col: number, cell: CellWrite): void {
  const where = () => `${sheet}!${cellAddress(row, col)}`;
  if (isFormulaWrite(cell)) {
    if (cell.formula.length > MAX_FORMULA_LENGTH) {
      throw new Error(`Write plan bug: the formula for ${where()} is ${cell.formula.length} characters long, over Excel's ${MAX_FORMULA_LENGTH}.`);
    }
    checkCell(sheet, row, col, cell.value);
    return;
  }
  if (typeof cell === 'number' && !Number.isFinite(cell)) throw new Error(`Write plan bug: ${where()} would get the number ${cell}.`);
}

/**
 * The last check before a plan is carried out: a non-finite number, or a
 * formula Excel would refuse, is a bug in the core (the rules upstream
 * report such input by cell and keep it out), so it throws, nothing written.
 */
export function checkWritePlan(ops: readonly WriteOp[]): void {
  for (const op of ops) {
    if (op.op !== 'values') continue;
    op.values.forEach((cells, r) => cells.forEach((cell, c) => checkCell(op.sheet, op.row + r, op.col + c, cell)));
  }
}
