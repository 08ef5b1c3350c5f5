import { isFormulaWrite } from '../../core/cells/cell';
import type { ValuesOp, WriteOp } from '../../core/plan/write-ops';
import { type OfficeLimits, jsonBytes } from './limits';
import { type WireCell, toWireCell } from './wire';

/** Request bytes assumed per queued step besides its data (object paths, method names, ids). */
export const STEP_OVERHEAD_BYTES = 1024;

/** A rectangle of cells to write with one assignment; `formulas` when any cell is a formula. */
export interface CellsStep {
  kind: 'cells';
  sheet: string;
  row: number;
  col: number;
  cells: WireCell[][];
  formulas: boolean;
}

export type WriteStep = CellsStep | { kind: 'op'; op: Exclude<WriteOp, ValuesOp> };

interface WireRow {
  cells: WireCell[];
  formula: boolean;
  bytes: number;
}

function wireRows(op: ValuesOp): WireRow[] {
  const width = op.values[0]?.length ?? 0;
  return op.values.map((row, i) => {
    if (row.length !== width) throw new RangeError(`values for ${op.sheet}: row ${i} has ${row.length} cells, row 0 has ${width}`);
    const cells = row.map(toWireCell);
    return { cells, formula: row.some(isFormulaWrite), bytes: jsonBytes(cells) + 1 };
  });
}

/**
 * Splits a write plan into batches, one sync each, in order. A batch's
 * estimated request (JSON of the cells written plus STEP_OVERHEAD_BYTES per
 * step) stays under the budget; values ops are cut into row blocks to fit.
 * The number of batches grows with the bytes written, never with the row count as such.
 */
export function planWriteBatches(ops: WriteOp[], limits: OfficeLimits): WriteStep[][] {
  const budget = limits.payloadBudgetBytes;
  const batches: WriteStep[][] = [];
  let batch: WriteStep[] = [];
  let used = 0;
  const flush = (): void => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    used = 0;
  };
  for (const op of ops) {
    if (op.op !== 'values') {
      const bytes = jsonBytes(op) + STEP_OVERHEAD_BYTES;
      if (used + bytes > budget) flush();
      batch.push({ kind: 'op', op });
      used += bytes;
      continue;
    }
    const rows = wireRows(op);
    if (rows.length === 0 || rows[0].cells.length === 0) continue;
    for (let start = 0; start < rows.length;) {
      let end = start;
      let bytes = STEP_OVERHEAD_BYTES;
      while (end < rows.length && used + bytes + rows[end].bytes <= budget) bytes += rows[end++].bytes;
      if (end === start) {
        if (batch.length === 0) throw new RangeError(`values row ${op.row + start} on ${op.sheet} is too large for one request`);
        flush();
        continue;
      }
      const slice = rows.slice(start, end);
      batch.push({ kind: 'cells', sheet: op.sheet, row: op.row + start, col: op.col, cells: slice.map((r) => r.cells), formulas: slice.some((r) => r.formula) });
      used += bytes;
      start = end;
    }
  }
  flush();
  return batches;
}
