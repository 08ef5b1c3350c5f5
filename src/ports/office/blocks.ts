import type { OfficeLimits } from './limits';

/**
 * Rows per read block: the block's estimated response (rows x columns x
 * bytesPerCell) stays under the byte budget, and its cells under the read
 * limit. Always at least one row.
 */
export function blockRowCount(bytesPerCell: number, columnCount: number, limits: OfficeLimits): number {
  const cells = Math.min(Math.floor(limits.payloadBudgetBytes / bytesPerCell), limits.maxCellsPerRead);
  return Math.max(1, Math.floor(cells / columnCount));
}

/**
 * Bytes per cell to assume for the next block: what the last block actually
 * returned (JSON of its values), times the safety factor, never below the floor.
 */
export function nextBytesPerCell(observedBytes: number, cells: number, limits: OfficeLimits): number {
  return Math.max(limits.minBytesPerCell, (observedBytes / cells) * limits.safetyFactor);
}

export interface ColumnRun {
  first: number;
  count: number;
}

/** Distinct column indexes, ascending, grouped into contiguous runs (one range each). */
export function columnRuns(cols: number[]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  for (const col of [...new Set(cols)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === col) last.count += 1;
    else runs.push({ first: col, count: 1 });
  }
  return runs;
}
