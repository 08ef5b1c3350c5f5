import { isFormulaWrite } from '../../core/cells/cell';
import { cellAddress } from '../../core/cells/address';
import type { ValuesOp, WriteOp } from '../../core/plan/write-ops';
import { formulaChanged } from './port-errors';
import type { OfficeLimits } from './limits';
import { syncWithin } from './transport';

/** Formula text as Excel may hand it back: the leading "=", spaces and letter case outside string literals do not count. */
function normal(formula: string): string {
  return formula.replace(/^=/, '').split(/("(?:[^"]|"")*")/).map((piece, i) => (i % 2 === 1 ? piece : piece.replace(/\s+/g, '').toUpperCase())).join('');
}

/** The first, a middle and the last row of each values op that wrote formulas. */
function probes(ops: readonly WriteOp[]): { op: ValuesOp; rows: number[] }[] {
  return ops.filter((op): op is ValuesOp => op.op === 'values' && op.values.some((line) => line.some(isFormulaWrite))).map((op) => {
    const n = op.values.length;
    return { op, rows: [...new Set([0, Math.floor((n - 1) / 2), n - 1])] };
  });
}

/**
 * Reads back, in one request, the formulas of three rows of every formula
 * block the run wrote and stops when Excel changed one: in a table, Excel
 * turns an owned column into a calculated column and copies one row's
 * formula into every row, which would give customers each other's results
 * if the rows' formulas differed in shape (the core writes one formula per
 * column, so this should never fire).
 */
export async function checkFormulas(context: Excel.RequestContext, ops: readonly WriteOp[], limits: OfficeLimits): Promise<void> {
  const reads = probes(ops).flatMap(({ op, rows }) => rows.map((r) => {
    const range = context.workbook.worksheets.getItem(op.sheet).getRangeByIndexes(op.row + r, op.col, 1, op.values[r]!.length).load('formulas');
    return { op, r, range };
  }));
  if (reads.length === 0) return;
  await syncWithin(context, limits);
  for (const { op, r, range } of reads) {
    op.values[r]!.forEach((cell, c) => {
      if (!isFormulaWrite(cell)) return;
      const found = String((range.formulas as unknown[][])[0]?.[c] ?? '');
      if (normal(found) !== normal(cell.formula)) throw formulaChanged(op.sheet, cellAddress(op.row + r, op.col + c));
    });
  }
}
