import type { CellValue } from '../../core/cells/cell';
import type { ColumnsRequest } from '../workbook-port';
import { type ColumnRun, blockRowCount, columnRuns, nextBytesPerCell } from './blocks';
import { checkCount, normaliseCell, officeErrorCode } from './cells';
import { type DateSystem, queueDateProbe, to1900 } from './date-system';
import { type OfficeLimits, jsonBytes } from './limits';
import { grid, halvable, syncWithin } from './transport';

/**
 * Reads the requested columns in row blocks, one sync per block; each block
 * reads one range per run of adjacent requested columns. The first block
 * assumes initialBytesPerCell; later blocks use what the previous block
 * returned (see nextBytesPerCell). A block Excel refuses as too large (data
 * much longer further down, a GeneralException) or returns null values for
 * is retried at half the rows.
 *
 * Dates come back as the 1900 serials the core works in: the first block
 * also carries the date-system probe (date-system.ts); on a 1904 workbook the
 * blocks load number formats too and date-formatted numbers are shifted
 * (one more sync for the first block only, which was read before the port knew).
 */
export async function readColumns(context: Excel.RequestContext, request: ColumnsRequest, limits: OfficeLimits, dates: DateSystem): Promise<CellValue[][]> {
  checkCount('firstRow', request.firstRow);
  checkCount('rows', request.rows);
  request.cols.forEach((c) => checkCount('column', c));
  const runs = columnRuns(request.cols);
  if (runs.length === 0) return [];
  if (request.rows === 0) return request.cols.map(() => []);
  const width = runs.reduce((n, run) => n + run.count, 0);
  const data: CellValue[][][] = runs.map((run) => Array.from({ length: run.count }, () => []));
  let bytesPerCell = limits.initialBytesPerCell;
  for (let done = 0; done < request.rows;) {
    let rows = Math.min(blockRowCount(bytesPerCell, width, limits), request.rows - done);
    let block: Block | undefined;
    while (!block) {
      const probing = dates.date1904 === undefined;
      try {
        block = await readBlock(context, request.sheet, runs, request.firstRow + done, rows, limits, dates);
      } catch (error) {
        if (probing && !dates.leftover && officeErrorCode(error) === 'ItemAlreadyExists') dates.leftover = true;
        else if (!halvable(error) || rows === 1) throw error;
        else rows = Math.ceil(rows / 2);
      }
    }
    bytesPerCell = nextBytesPerCell(block.bytes, rows * width, limits);
    block.cells.forEach((values, r) => {
      for (const line of values) line.forEach((v, j) => data[r][j].push(v));
    });
    done += rows;
  }
  return request.cols.map((c) => {
    const r = runs.findIndex((run) => c >= run.first && c < run.first + run.count);
    return [...data[r][c - runs[r].first]];
  });
}

interface Block {
  /** Per run, row-major. */
  cells: CellValue[][][];
  /** JSON bytes of what the block's sync returned for the cells. */
  bytes: number;
}

/** One block in one sync (two on the first block of a 1904 workbook); fresh proxies each time, so a failed sync leaves nothing stale. */
async function readBlock(
  context: Excel.RequestContext, sheetName: string, runs: ColumnRun[], firstRow: number, rows: number, limits: OfficeLimits, dates: DateSystem,
): Promise<Block> {
  const probe = dates.date1904 === undefined ? queueDateProbe(context, dates) : null;
  const withFormats = dates.date1904 === true;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const ranges = runs.map((run) => sheet.getRangeByIndexes(firstRow, run.first, rows, run.count).load(withFormats ? 'values,numberFormat' : 'values'));
  await syncWithin(context, limits);
  probe?.();
  const values = ranges.map((range, k) => grid(range.values, rows, runs[k]!.count, 'values'));
  let formats = withFormats ? ranges.map((range, k) => grid(range.numberFormat, rows, runs[k]!.count, 'number formats')) : null;
  const bytes = jsonBytes(values) + (formats ? jsonBytes(formats) : 0);
  if (!formats && dates.date1904) {
    const again = runs.map((run) => sheet.getRangeByIndexes(firstRow, run.first, rows, run.count).load('numberFormat'));
    await syncWithin(context, limits);
    formats = again.map((range, k) => grid(range.numberFormat, rows, runs[k]!.count, 'number formats'));
  }
  const date1904 = dates.date1904 === true;
  const cells = values.map((lines, k) => lines.map((line, i) => line.map((v, j) => to1900(normaliseCell(v), formats?.[k]![i]![j], date1904))));
  return { cells, bytes };
}
