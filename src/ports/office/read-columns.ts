import type { CellValue } from '../../core/cells/cell';
import type { ColumnsRequest } from '../workbook-port';
import { type ColumnRun, blockRowCount, columnRuns, nextBytesPerCell } from './blocks';
import { checkCount, normaliseCell, officeErrorCode } from './cells';
import { type OfficeLimits, jsonBytes } from './limits';

/**
 * Reads the requested columns in row blocks, one sync per block; each block
 * reads one range per run of adjacent requested columns. The first block
 * assumes initialBytesPerCell; later blocks use what the previous block
 * returned (see nextBytesPerCell). If Excel still refuses a response as too
 * large (data much longer further down), that block is retried at half the rows.
 */
export async function readColumns(context: Excel.RequestContext, request: ColumnsRequest, limits: OfficeLimits): Promise<CellValue[][]> {
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
    let block: unknown[][][] | undefined;
    while (!block) {
      try {
        block = await readBlock(context, request.sheet, runs, request.firstRow + done, rows);
      } catch (error) {
        if (officeErrorCode(error) !== 'ResponsePayloadSizeLimitExceeded' || rows === 1) throw error;
        rows = Math.ceil(rows / 2);
      }
    }
    bytesPerCell = nextBytesPerCell(jsonBytes(block), rows * width, limits);
    block.forEach((values, r) => {
      for (const line of values) line.forEach((v, j) => data[r][j].push(normaliseCell(v)));
    });
    done += rows;
  }
  return request.cols.map((c) => {
    const r = runs.findIndex((run) => c >= run.first && c < run.first + run.count);
    return [...data[r][c - runs[r].first]];
  });
}

/** One block in one sync; the proxies are made afresh each time, so a failed sync leaves nothing stale. */
async function readBlock(context: Excel.RequestContext, sheetName: string, runs: ColumnRun[], firstRow: number, rows: number): Promise<unknown[][][]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const ranges = runs.map((run) => sheet.getRangeByIndexes(firstRow, run.first, rows, run.count).load('values'));
  await context.sync();
  return ranges.map((range) => range.values);
}
