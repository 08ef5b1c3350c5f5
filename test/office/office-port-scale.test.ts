import type { ValuesOp } from '../../src/core/plan/write-ops';
import { DEFAULT_OFFICE_LIMITS, jsonBytes } from '../../src/ports/office/limits';
import { createOfficePort } from '../../src/ports/office/office-port';
import { STEP_OVERHEAD_BYTES, planWriteBatches } from '../../src/ports/office/write-plan';
import { toWireCell } from '../../src/ports/office/wire';
import { PAYLOAD_LIMIT_BYTES, createExcelDouble, valueAt } from '../support/excel-double';
import { expectedReadBlocks } from '../support/office-blocks';

const ROWS = 200_000;
const WIDTH = 8;
const cellAt = (r: number, c: number): number => 100_000 + ((r * WIDTH + c) % 900_000);

describe('office port at scale', () => {
  it('reads 200,000 rows in as many syncs as its block plan has blocks, each under 5 MB', async () => {
    const rows = Array.from({ length: ROWS + 1 }, (_, r) => (r === 0 ? Array.from({ length: WIDTH }, (_, c) => `H${c}`) : Array.from({ length: WIDTH }, (_, c) => cellAt(r, c))));
    const book = createExcelDouble({ sheets: [{ name: 'Sales', rows }] });
    const cols = [7, 0, 2, 3, 4];
    const columns = await book.run((context) => createOfficePort(context).readColumns({ sheet: 'Sales', firstRow: 1, rows: ROWS, cols }));

    // 131,072 cells (26,214 rows) first; ~8.2 JSON bytes a cell => 16.4 assumed => 51,150 rows a block after.
    const blocks = expectedReadBlocks(ROWS, cols, (r, c) => cellAt(1 + r, c));
    expect(blocks).toBe(5);
    expect(book.stats.syncs).toBe(blocks);
    expect(book.stats.failedSyncs).toBe(0);
    expect(book.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(book.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(columns.map((c) => c.length)).toEqual([ROWS, ROWS, ROWS, ROWS, ROWS]);
    expect([columns[0][0], columns[1][ROWS - 1], columns[4][123_456]]).toEqual([cellAt(1, 7), cellAt(ROWS, 0), cellAt(123_457, 4)]);
  });

  it('halves a block that Excel refuses as too large and carries on', async () => {
    const long = 'z'.repeat(200);
    const rows = Array.from({ length: ROWS }, (_, r) => [r < 150_000 ? 'x' : `${long}${r}`]);
    const book = createExcelDouble({ sheets: [{ name: 'Notes', rows }] });
    const [column] = await book.run((context) => createOfficePort(context).readColumns({ sheet: 'Notes', firstRow: 0, rows: ROWS, cols: [0] }));
    expect(book.stats.failedSyncs).toBeGreaterThan(0);
    expect(book.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(column).toHaveLength(ROWS);
    expect([column[149_999], column[150_000], column[ROWS - 1]]).toEqual(['x', `${long}150000`, `${long}${ROWS - 1}`]);
  });

  it('writes 200,000 rows x 5 columns in as many syncs as its batch plan has batches, each under 5 MB', async () => {
    const values = Array.from({ length: ROWS }, (_, r) => [`C${r}`, r, r * 1.5, r % 2 === 0 ? 'A' : '=not a formula', null]);
    const op: ValuesOp = { op: 'values', sheet: 'Out', row: 1, col: 0, values };
    const book = createExcelDouble({ sheets: [{ name: 'Out' }] });
    await book.run((context) => createOfficePort(context).apply([op]));

    const batches = planWriteBatches([op], DEFAULT_OFFICE_LIMITS).length;
    // Independent bounds: a batch carries at most the budget, and wastes less than one row plus one step's overhead.
    const rowBytes = values.map((row) => jsonBytes(row.map(toWireCell)) + 1);
    const wireBytes = rowBytes.reduce((a, b) => a + b, 0);
    const budget = DEFAULT_OFFICE_LIMITS.payloadBudgetBytes;
    expect(batches).toBeGreaterThanOrEqual(Math.ceil(wireBytes / budget));
    expect(batches).toBeLessThanOrEqual(Math.ceil(wireBytes / (budget - STEP_OVERHEAD_BYTES - rowBytes.reduce((a, b) => Math.max(a, b), 0))));
    expect(batches).toBeGreaterThan(1);
    // One more: the look before writing (names, protection).
    expect(book.stats.syncs).toBe(batches + 1);
    expect(book.stats.failedSyncs).toBe(0);
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect([valueAt(book, 'Out', 1, 0), valueAt(book, 'Out', ROWS, 1), valueAt(book, 'Out', 4, 3), valueAt(book, 'Out', ROWS, 4)])
      .toEqual(['C0', ROWS - 1, '=not a formula', '']);
  });
});
