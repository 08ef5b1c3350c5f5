import { cellAddress } from '../../core/cells/address';
import type { CellValue } from '../../core/cells/cell';
import type { KeyColumnGuard } from '../../core/plan/write-ops';
import { checkCount, normaliseCell } from './cells';
import { type DateSystem, to1900 } from './date-system';
import { type OfficeLimits, jsonBytes } from './limits';
import { rowsMoved } from './port-errors';
import { readColumns } from './read-columns';
import { grid } from './transport';
import type { WriteStep } from './write-plan';

/** The rows of a key column a write request targets. */
export interface KeySlice {
  guard: KeyColumnGuard;
  row: number;
  rows: number;
}

export function checkGuards(guards: KeyColumnGuard[]): void {
  for (const g of guards) {
    checkCount('key column', g.col);
    checkCount('key first row', g.firstRow);
    if (g.firstRow + g.keys.length > 1_048_576) throw new RangeError(`the keys of sheet '${g.sheet}' do not fit on a sheet`);
  }
}

/**
 * The rows whose cells a step writes one by one: a cells or shared-formula step's. Formats,
 * rules, borders and the like are the same on every row of their range, so
 * where the rows went does not matter for them; names mark header cells.
 */
function stepRows(step: WriteStep): { sheet: string; row: number; rows: number } | null {
  if (step.kind === 'cells') return { sheet: step.sheet, row: step.row, rows: step.cells.length };
  return step.kind === 'sharedFormula' ? { sheet: step.sheet, row: step.row, rows: step.rows } : null;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** For each guarded sheet, the span of its key rows the steps write (one range from the first to the last). */
export function keySlices(steps: WriteStep[], guards: KeyColumnGuard[]): KeySlice[] {
  return guards.flatMap((guard) => {
    const first = guard.firstRow;
    const last = guard.firstRow + guard.keys.length - 1;
    let lo = Infinity;
    let hi = -Infinity;
    for (const step of steps) {
      const span = stepRows(step);
      if (!span || !same(span.sheet, guard.sheet)) continue;
      const a = Math.max(span.row, first);
      const b = Math.min(span.row + span.rows - 1, last);
      if (a <= b) {
        lo = Math.min(lo, a);
        hi = Math.max(hi, b);
      }
    }
    return lo <= hi ? [{ guard, row: lo, rows: hi - lo + 1 }] : [];
  });
}

/** Key reads queued into a request, and the slices too large to ride along (read on their own after it). */
export interface KeyCheck {
  queued: { slice: KeySlice; range: Excel.Range; formats: boolean }[];
  separate: KeySlice[];
}

/** Of a write request's response budget, what its key reads may take (the writes themselves return next to nothing). */
const SHARE_OF_RESPONSE = 0.75;

const expectedKeys = (slice: KeySlice): CellValue[] => slice.guard.keys.slice(slice.row - slice.guard.firstRow, slice.row - slice.guard.firstRow + slice.rows);

/**
 * Queues the reads of the slices into the caller's request: the values, and
 * the number formats where the workbook is (or may be) on the 1904 date
 * system. A slice whose response could take more than SHARE_OF_RESPONSE of
 * the budget is left to be read on its own, in blocks.
 */
export function queueKeyReads(context: Excel.RequestContext, slices: KeySlice[], dates: DateSystem, limits: OfficeLimits): KeyCheck {
  const formats = dates.date1904 !== false;
  const check: KeyCheck = { queued: [], separate: [] };
  for (const slice of slices) {
    const estimate = (jsonBytes(expectedKeys(slice)) + slice.rows * 4) * (formats ? 2 : 1);
    if (estimate > limits.payloadBudgetBytes * SHARE_OF_RESPONSE) {
      check.separate.push(slice);
      continue;
    }
    const range = context.workbook.worksheets.getItem(slice.guard.sheet).getRangeByIndexes(slice.row, slice.guard.col, slice.rows, 1)
      .load(formats ? 'values,numberFormat' : 'values');
    check.queued.push({ slice, range, formats });
  }
  return check;
}

/** JSON of a value as the message shows it (a blank cell as ""). */
const shown = (value: CellValue): string => JSON.stringify(value ?? '');

function compare(slice: KeySlice, found: CellValue[]): void {
  const expected = expectedKeys(slice);
  expected.forEach((key, i) => {
    if (found[i] !== key) {
      throw rowsMoved(slice.guard.sheet, cellAddress(slice.row + i, slice.guard.col), shown(key), shown(found[i] ?? null));
    }
  });
}

/**
 * After the request's sync: each slice must still read what the run read
 * (with the same normalising and date shifting as readColumns), else
 * rowsMoved. Slices left out of the request are read now.
 */
export async function checkKeys(context: Excel.RequestContext, check: KeyCheck, dates: DateSystem, limits: OfficeLimits): Promise<void> {
  for (const { slice, range, formats } of check.queued) {
    const values = grid(range.values, slice.rows, 1, 'values');
    const numberFormats = formats ? grid(range.numberFormat, slice.rows, 1, 'number formats') : null;
    if (dates.date1904 === undefined) throw new Error('checkKeys: the date system is not known');
    compare(slice, values.map((line, i) => to1900(normaliseCell(line[0]), numberFormats?.[i]![0], dates.date1904 === true)));
  }
  for (const slice of check.separate) {
    const [column] = await readColumns(context, { sheet: slice.guard.sheet, firstRow: slice.row, rows: slice.rows, cols: [slice.guard.col] }, limits, dates);
    compare(slice, column!);
  }
}
