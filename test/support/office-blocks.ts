import { blockRowCount, columnRuns, nextBytesPerCell } from '../../src/ports/office/blocks';
import { DEFAULT_OFFICE_LIMITS, jsonBytes } from '../../src/ports/office/limits';

/**
 * Blocks the Office port should use to read `rows` rows of `cols`, worked out
 * from the data and the budget with the port's own sizing rule: the first
 * block assumes 32 bytes a cell, each next one twice what the previous
 * block's JSON weighed per cell. `cellAt(i, col)` is what Excel returns for
 * the i-th row read.
 */
export function expectedReadBlocks(rows: number, cols: number[], cellAt: (i: number, col: number) => unknown): number {
  const runs = columnRuns(cols);
  const width = runs.reduce((n, r) => n + r.count, 0);
  let bytesPerCell = DEFAULT_OFFICE_LIMITS.initialBytesPerCell;
  let blocks = 0;
  for (let done = 0; done < rows; blocks++) {
    const n = Math.min(blockRowCount(bytesPerCell, width, DEFAULT_OFFICE_LIMITS), rows - done);
    const values = runs.map((run) => Array.from({ length: n }, (_, i) => Array.from({ length: run.count }, (_, j) => cellAt(done + i, run.first + j))));
    bytesPerCell = nextBytesPerCell(jsonBytes(values), n * width, DEFAULT_OFFICE_LIMITS);
    done += n;
  }
  return blocks;
}
