import type { CellValue } from '../../core/cells/cell';
import type { BlockRequest } from '../workbook-port';
import { checkCount, normaliseCell } from './cells';
import type { OfficeLimits } from './limits';
import { grid, halvable, syncWithin } from './transport';

/**
 * Header probes: every block in one sync, unless their estimated response
 * (initialBytesPerCell per cell) passes the budget; then in as few syncs as
 * the budget allows. A block is always returned whole, so probes must stay
 * small; should Excel refuse a group anyway (the 5 MB limits, a
 * GeneralException, null values), it is read again in halves: a group by its
 * blocks, a single block by its rows. Values are as Excel gives them: the
 * 1904 date system is not applied here (probes find headers; readColumns
 * reads the data).
 */
export async function readBlocks(context: Excel.RequestContext, requests: BlockRequest[], limits: OfficeLimits): Promise<CellValue[][][]> {
  for (const r of requests) {
    checkCount('block rows', r.rows);
    checkCount('block cols', r.cols);
  }
  const results: CellValue[][][] = [];
  for (const group of groupByBudget(requests, limits)) results.push(...(await readGroup(context, group, limits)));
  return results;
}

async function readGroup(context: Excel.RequestContext, group: BlockRequest[], limits: OfficeLimits): Promise<CellValue[][][]> {
  const ranges = group.map((r) => {
    if (r.rows === 0 || r.cols === 0) return null;
    return context.workbook.worksheets.getItem(r.sheet).getRangeByIndexes(r.row, r.col, r.rows, r.cols).load('values');
  });
  if (ranges.every((range) => range === null)) return group.map((r) => Array.from({ length: r.rows }, () => []));
  try {
    await syncWithin(context, limits);
    return ranges.map((range, i) => {
      const r = group[i]!;
      return range ? grid(range.values, r.rows, r.cols, 'values').map((row) => row.map(normaliseCell)) : Array.from({ length: r.rows }, () => []);
    });
  } catch (error) {
    if (!halvable(error)) throw error;
    if (group.length > 1) {
      const half = Math.ceil(group.length / 2);
      return [...(await readGroup(context, group.slice(0, half), limits)), ...(await readGroup(context, group.slice(half), limits))];
    }
    const only = group[0]!;
    if (only.rows === 1) throw error;
    const top = Math.ceil(only.rows / 2);
    const [upper] = await readGroup(context, [{ ...only, rows: top }], limits);
    const [lower] = await readGroup(context, [{ ...only, row: only.row + top, rows: only.rows - top }], limits);
    return [[...upper!, ...lower!]];
  }
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
