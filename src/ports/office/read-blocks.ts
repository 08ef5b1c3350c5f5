import type { CellValue } from '../../core/cells/cell';
import type { BlockRequest } from '../workbook-port';
import { checkCount, normaliseCell } from './cells';
import type { OfficeLimits } from './limits';

/**
 * Header probes: every block in one sync, unless their estimated response
 * (initialBytesPerCell per cell) passes the budget; then in as few syncs as
 * the budget allows. A block is always read whole, so probes must stay small.
 */
export async function readBlocks(context: Excel.RequestContext, requests: BlockRequest[], limits: OfficeLimits): Promise<CellValue[][][]> {
  const results: CellValue[][][] = [];
  for (const group of groupByBudget(requests, limits)) {
    const ranges = group.map((r) => {
      checkCount('block rows', r.rows);
      checkCount('block cols', r.cols);
      if (r.rows === 0 || r.cols === 0) return null;
      return context.workbook.worksheets.getItem(r.sheet).getRangeByIndexes(r.row, r.col, r.rows, r.cols).load('values');
    });
    if (ranges.some((range) => range !== null)) await context.sync();
    ranges.forEach((range, i) => {
      results.push(range ? range.values.map((row) => row.map(normaliseCell)) : Array.from({ length: group[i].rows }, () => []));
    });
  }
  return results;
}

function groupByBudget(requests: BlockRequest[], limits: OfficeLimits): BlockRequest[][] {
  const groups: BlockRequest[][] = [];
  let current: BlockRequest[] = [];
  let bytes = 0;
  for (const r of requests) {
    const size = r.rows * r.cols * limits.initialBytesPerCell;
    if (current.length > 0 && bytes + size > limits.payloadBudgetBytes) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(r);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
