import { isFormulaWrite, SharedFormulaCell, type SharedFormula } from '../../core/cells/cell';
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

/** Rows of one column holding one shared formula: one assignment of its R1C1 text, whatever the number of rows. */
export interface SharedFormulaStep {
  kind: 'sharedFormula';
  sheet: string;
  row: number;
  col: number;
  rows: number;
  r1c1: string;
  /** The column's formula, for the A1 text of each row should the host refuse the one value (sharedAsCells). */
  shared: SharedFormula;
}

export type WriteStep = CellsStep | SharedFormulaStep | { kind: 'op'; op: Exclude<WriteOp, ValuesOp> };

interface WireRow {
  cells: WireCell[];
  formula: boolean;
  bytes: number;
}

function checkWidth(op: ValuesOp): number {
  const width = op.values[0]?.length ?? 0;
  op.values.forEach((row, i) => {
    if (row.length !== width) throw new RangeError(`values for ${op.sheet}: row ${i} has ${row.length} cells, row 0 has ${width}`);
  });
  return width;
}

function wireRows(op: ValuesOp, start: number, end: number): WireRow[] {
  return op.values.slice(start, end).map((row) => {
    const cells = row.map(toWireCell);
    return { cells, formula: row.some(isFormulaWrite), bytes: jsonBytes(cells) + 1 };
  });
}

/** Rows [start, end) of a values op: written as cells, or as one shared formula. */
interface Segment {
  start: number;
  end: number;
  shared: SharedFormula | null;
}

/** The shared formula of row i of a one-column op, when the cell is one and sits where its formula was made for. */
function sharedAt(op: ValuesOp, i: number): SharedFormula | null {
  const cell = op.values[i]![0];
  return cell instanceof SharedFormulaCell && cell.row === op.row + i && cell.shared.col === op.col ? cell.shared : null;
}

/**
 * A one-column op cut into runs of rows sharing one formula and the rows
 * between them. A run goes as one R1C1 assignment only where its A1 text
 * would take more bytes than a step's overhead, so a column with a blank row
 * every other row is not cut into thousands of steps.
 */
function segments(op: ValuesOp, width: number): Segment[] {
  const n = op.values.length;
  if (width !== 1) return [{ start: 0, end: n, shared: null }];
  const out: Segment[] = [];
  let plain = 0;
  for (let i = 0; i < n;) {
    const shared = sharedAt(op, i);
    let j = i + 1;
    if (shared) while (j < n && sharedAt(op, j) === shared) j++;
    if (shared && (j - i) * jsonBytes(shared.a1(op.row + i)) > STEP_OVERHEAD_BYTES) {
      if (plain < i) out.push({ start: plain, end: i, shared: null });
      out.push({ start: i, end: j, shared });
      plain = j;
    }
    i = j;
  }
  if (plain < n) out.push({ start: plain, end: n, shared: null });
  return out;
}

/**
 * Splits a write plan into batches, one sync each, in order. A batch's
 * estimated request (JSON of the cells written plus STEP_OVERHEAD_BYTES per
 * step) stays under the budget; values ops are cut into row blocks to fit,
 * and the rows of a column sharing one formula (SharedFormulaCell) go as one
 * step carrying its R1C1 text once.
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
    const width = checkWidth(op);
    if (op.values.length === 0 || width === 0) continue;
    for (const segment of segments(op, width)) {
      if (segment.shared) {
        const bytes = jsonBytes(segment.shared.r1c1) + STEP_OVERHEAD_BYTES;
        if (used + bytes > budget) flush();
        if (bytes > budget) throw new RangeError(`the formula of row ${op.row + segment.start} on ${op.sheet} is too large for one request`);
        batch.push({
          kind: 'sharedFormula', sheet: op.sheet, row: op.row + segment.start, col: op.col, rows: segment.end - segment.start, r1c1: segment.shared.r1c1, shared: segment.shared,
        });
        used += bytes;
        continue;
      }
      const rows = wireRows(op, segment.start, segment.end);
      for (let start = 0; start < rows.length;) {
        let end = start;
        let bytes = STEP_OVERHEAD_BYTES;
        while (end < rows.length && used + bytes + rows[end].bytes <= budget) bytes += rows[end++].bytes;
        if (end === start) {
          if (batch.length === 0) throw new RangeError(`values row ${op.row + segment.start + start} on ${op.sheet} is too large for one request`);
          flush();
          continue;
        }
        const slice = rows.slice(start, end);
        const row = op.row + segment.start + start;
        batch.push({ kind: 'cells', sheet: op.sheet, row, col: op.col, cells: slice.map((r) => r.cells), formulas: slice.some((r) => r.formula) });
        used += bytes;
        start = end;
      }
    }
  }
  flush();
  return batches;
}

/**
 * A batch with its shared-formula steps written out as A1 text, row by row
 * (what the port sends to a host that refused one value for many cells),
 * cut into batches under the budget; the other steps keep their order
 * between them. The batch fitted the budget before, so a run of its other
 * steps still does.
 */
export function sharedAsCells(steps: readonly WriteStep[], limits: OfficeLimits): WriteStep[][] {
  const budget = limits.payloadBudgetBytes;
  const out: WriteStep[][] = [];
  let others: WriteStep[] = [];
  for (const step of steps) {
    if (step.kind !== 'sharedFormula') {
      others.push(step);
      continue;
    }
    if (others.length > 0) out.push(others);
    others = [];
    for (let start = 0; start < step.rows;) {
      const cells: WireCell[][] = [];
      let bytes = STEP_OVERHEAD_BYTES;
      while (start + cells.length < step.rows) {
        const text = step.shared.a1(step.row + start + cells.length);
        const rowBytes = jsonBytes([text]) + 1;
        if (cells.length > 0 && bytes + rowBytes > budget) break;
        cells.push([text]);
        bytes += rowBytes;
      }
      out.push([{ kind: 'cells', sheet: step.sheet, row: step.row + start, col: step.col, cells, formulas: true }]);
      start += cells.length;
    }
  }
  if (others.length > 0) out.push(others);
  return out;
}
