import { blockRowCount } from '../../src/ports/office/blocks';
import { SPLIT } from '../../src/ports/office/find-user-content';
import { DEFAULT_OFFICE_LIMITS } from '../../src/ports/office/limits';
import { createOfficePort, type OfficePortOptions } from '../../src/ports/office/office-port';
import type { ColumnsRequest } from '../../src/ports/workbook-port';
import { type DescribedCell, PAYLOAD_LIMIT_BYTES, createExcelDouble } from '../support/excel-double';

const ROWS = 200_000;
const COLS = [3, 4, 5];

/**
 * A customer sheet of `rows` rows (header included) in A:B, with `more`
 * cells from column C on, and what the test sets up through Office.js.
 * find() reports the syncs of that one call.
 */
async function sheetWith(rows: number, setUp: (sheet: Excel.Worksheet) => void = () => undefined, more: (r: number) => DescribedCell[] = () => []) {
  const cells: DescribedCell[][] = Array.from({ length: rows }, (_, r) => [...(r === 0 ? ['Customer ID', 'Customer name'] : [`C${r}`, `Name ${r}`]), ...more(r)]);
  const book = createExcelDouble({ sheets: [{ name: 'Customers', rows: cells }] });
  await book.run(async (context) => {
    setUp(context.workbook.worksheets.getItem('Customers'));
    await context.sync();
  });
  return {
    book,
    async find(request: Partial<ColumnsRequest> = {}, options: OfficePortOptions = {}) {
      const before = { syncs: book.stats.syncs, failed: book.stats.failedSyncs };
      const found = await book.run((context) => createOfficePort(context, options).findUserContent({ sheet: 'Customers', firstRow: 0, rows, cols: COLS, ...request }));
      return { found, syncs: book.stats.syncs - before.syncs, failed: book.stats.failedSyncs - before.failed };
    },
  };
}

describe('Office port: findUserContent syncs', () => {
  it('checks three empty columns of 200,000 rows in cell blocks only, each under 5 MB', async () => {
    const { book, find } = await sheetWith(ROWS);
    const { found, syncs, failed } = await find();
    expect(found).toEqual([null, null, null]);
    // Three entries a cell (values, formulas, number format) and the reference cell's number format.
    const entries = COLS.length * 3 + 1;
    const first = blockRowCount(DEFAULT_OFFICE_LIMITS.initialBytesPerCell, entries, DEFAULT_OFFICE_LIMITS);
    // Later blocks assume twice what the last one returned: at least 8 and (entries of "" and "General") at most 24 bytes an entry.
    const most = 1 + Math.ceil((ROWS - first) / blockRowCount(24, entries, DEFAULT_OFFICE_LIMITS));
    const least = 1 + Math.ceil((ROWS - first) / blockRowCount(DEFAULT_OFFICE_LIMITS.minBytesPerCell, entries, DEFAULT_OFFICE_LIMITS));
    expect(syncs).toBeGreaterThanOrEqual(least);
    expect(syncs).toBeLessThanOrEqual(most);
    expect(failed).toBe(0);
    expect(book.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it('finds one fill deep down in as many more syncs as narrowing steps: log32 of the data rows', async () => {
    const clean = await (await sheetWith(ROWS)).find();
    const { find } = await sheetWith(ROWS, (sheet) => {
      sheet.getRangeByIndexes(150_000, 4, 1, 1).format.fill.color = '#FFFF00';
    });
    const { found, syncs, failed } = await find();
    expect(found).toEqual([null, { row: 150_000, col: 4, kind: 'style' }, null]);
    const steps = Math.ceil(Math.log(ROWS - 1) / Math.log(SPLIT));
    expect(steps).toBe(4);
    expect(syncs).toBe(clean.syncs + steps);
    expect(failed).toBe(0);
  });

  it('locates comments and notes in one more sync, however many rows', async () => {
    const clean = await (await sheetWith(ROWS)).find();
    const { find } = await sheetWith(ROWS, (sheet) => {
      sheet.comments.add('D190001', 'ask about terms');
      sheet.notes.add('F7', 'old note');
      sheet.comments.add('A5', 'not in a requested column');
    });
    const { found, syncs } = await find();
    expect(found).toEqual([{ row: 190_000, col: 3, kind: 'comment' }, null, { row: 6, col: 5, kind: 'comment' }]);
    expect(syncs).toBe(clean.syncs + 1);
  });

  it('checks a short span in a single sync, formatting and comment probes included', async () => {
    const { find } = await sheetWith(50, (sheet) => {
      sheet.getRangeByIndexes(0, 0, 1, 16_384).format.font.bold = true;
    });
    expect(await find({ rows: 50 })).toEqual({ found: [null, null, null], syncs: 1, failed: 0 });
  });
});

describe('Office port: findUserContent', () => {
  it('sees a fill beneath rows formatted whole (banding), comparing each row with its own cell in the last column', async () => {
    const { find } = await sheetWith(120, (sheet) => {
      for (let r = 2; r < 120; r += 2) sheet.getRangeByIndexes(r, 0, 1, 16_384).format.fill.color = '#DDEBF7';
      sheet.getRangeByIndexes(77, 5, 1, 1).format.fill.color = '#FFFF00';
      sheet.getRangeByIndexes(90, 3, 1, 1).format.font.italic = true;
    });
    const { found, failed } = await find({ rows: 120 });
    expect(found).toEqual([{ row: 90, col: 3, kind: 'style' }, null, { row: 77, col: 5, kind: 'style' }]);
    expect(failed).toBe(0);
  });

  it('compares the lines between rows piece by piece with the reference\'s: ruled whole rows do not count, a fill under them does', async () => {
    const { find } = await sheetWith(70, (sheet) => {
      // The user ruled the data rows across the whole sheet (inside lines only, none above the first data row).
      const lines = sheet.getRangeByIndexes(1, 0, 69, 16_384).format.borders.getItem('InsideHorizontal');
      lines.style = 'Continuous';
      sheet.getRangeByIndexes(61, 4, 1, 1).format.fill.color = '#FFFF00';
    });
    expect((await find({ rows: 70 })).found).toEqual([null, { row: 61, col: 4, kind: 'style' }, null]);
  });

  it('sees what the host has the API for: no comments before ExcelApi 1.10, no notes before 1.18; validation on the 1.9 minimum', async () => {
    const { find } = await sheetWith(20, (sheet) => {
      sheet.getRangeByIndexes(4, 3, 3, 1).dataValidation.rule = { list: { inCellDropDown: true, source: 'yes,no' } };
      sheet.comments.add('E3', 'threaded');
      sheet.notes.add('F9', 'note');
    });
    const upTo = (max: number) => (version: string) => Number(version.split('.')[1]) <= max;
    const all = [{ row: 4, col: 3, kind: 'validation' }, { row: 2, col: 4, kind: 'comment' }, { row: 8, col: 5, kind: 'comment' }];
    expect((await find({ rows: 20 }, { supports: upTo(18) })).found).toEqual(all);
    expect((await find({ rows: 20 }, { supports: upTo(17) })).found).toEqual([all[0], all[1], null]);
    expect((await find({ rows: 20 }, { supports: upTo(9) })).found).toEqual([all[0], null, null]);
  });

  it('halves a cell block Excel refuses as too large, and still carries the first sync\'s probes', async () => {
    const long = 'z'.repeat(600);
    const { book, find } = await sheetWith(15_000, (sheet) => {
      sheet.comments.add('E7001', 'far down');
      sheet.getRangeByIndexes(12_000, 5, 1, 1).format.fill.color = '#FF0000';
    }, (r) => [null, r === 0 ? null : `${long}${r}`]);
    const { found, failed } = await find({ rows: 15_000 });
    expect(failed).toBeGreaterThan(0);
    expect(book.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(found).toEqual([{ row: 1, col: 3, kind: 'value' }, { row: 7000, col: 4, kind: 'comment' }, { row: 12_000, col: 5, kind: 'style' }]);
  });

  it('names one kind for a cell holding several: a value before a comment, validation before formatting', async () => {
    const { find } = await sheetWith(10, (sheet) => {
      sheet.getRangeByIndexes(3, 3, 1, 1).values = [['typed']];
      sheet.comments.add('D4', 'and commented');
      sheet.getRangeByIndexes(3, 4, 1, 1).dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThan' } };
      sheet.getRangeByIndexes(3, 4, 1, 1).format.fill.color = '#FFFF00';
    });
    expect((await find({ rows: 10, cols: [3, 4] })).found).toEqual([{ row: 3, col: 3, kind: 'value' }, { row: 3, col: 4, kind: 'validation' }]);
  });

  it('answers duplicate and unsorted columns in the order asked, and nothing for an empty span', async () => {
    const { find } = await sheetWith(10, (sheet) => {
      sheet.getRangeByIndexes(5, 7, 1, 1).numberFormat = [['0.00']];
    });
    expect((await find({ rows: 10, cols: [7, 3, 7] })).found).toEqual([{ row: 5, col: 7, kind: 'style' }, null, { row: 5, col: 7, kind: 'style' }]);
    expect(await find({ rows: 0 })).toEqual({ found: [null, null, null], syncs: 0, failed: 0 });
  });
});
