import type { WriteOp } from '../../src/core/plan/write-ops';
import { inputErrorText } from '../../src/core/i18n/input-error-text';
import { InputError } from '../../src/core/problems';
import { markersFirst } from '../../src/ports/office/apply';
import { DEFAULT_OFFICE_LIMITS } from '../../src/ports/office/limits';
import { type OfficePortOptions, createOfficePort } from '../../src/ports/office/office-port';
import { excelTimeout } from '../../src/ports/office/port-errors';
import { RUN_MARKER } from '../../src/ports/office/run-marker';
import { planWriteBatches } from '../../src/ports/office/write-plan';
import {
  type ExcelDouble, createExcelDouble, namesIn, sheetNames, tableIn, valueAt,
} from '../support/excel-double';

const ROWS = 100;
const column = (r: number): string => `k${r}`;
function readBook(): ExcelDouble {
  return createExcelDouble({ sheets: [{ name: 'S', rows: Array.from({ length: ROWS }, (_, r) => [column(r), r]) }] });
}
const readAll = (book: ExcelDouble, options: OfficePortOptions = {}) =>
  book.run((context) => createOfficePort(context, options).readColumns({ sheet: 'S', firstRow: 0, rows: ROWS, cols: [0, 1] }));
const expected = [Array.from({ length: ROWS }, (_, r) => column(r)), Array.from({ length: ROWS }, (_, r) => r)];

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('Office port reads: halve and retry', () => {
  it.each(['GeneralException', 'RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'] as const)(
    'reads a block Excel refuses with %s again in halves, and returns every row',
    async (code) => {
      const book = readBook();
      book.faults.failSync(1, code);
      expect(await readAll(book)).toEqual(expected);
      // The whole column was one block: refused, then 50 + 50 rows.
      expect(book.stats).toMatchObject({ syncs: 3, failedSyncs: 1 });
    },
  );

  it('reads a block whose values come back null again in halves (office-js #6781), never as blank cells', async () => {
    const book = readBook();
    book.faults.nullValuesAt(1);
    expect(await readAll(book)).toEqual(expected);
    expect(book.stats).toMatchObject({ syncs: 3, failedSyncs: 0 });
  });

  it('fails, naming it, when even one row comes back null', async () => {
    const book = readBook();
    book.faults.nullValuesOverCells = 0;
    const error = await rejection(readAll(book));
    expect(error).toMatchObject({ code: 'NullResult' });
    expect(String(error)).toContain('Excel returned no values');
    // Halved down to one row: 100, 50, 25, 13, 7, 4, 2, 1.
    expect(book.stats.syncs).toBe(8);
  });

  it('does not retry what a smaller request cannot fix', async () => {
    const book = readBook();
    book.faults.failSync(1, 'ItemNotFound');
    expect(await rejection(readAll(book))).toMatchObject({ code: 'ItemNotFound' });
    expect(book.stats.syncs).toBe(1);
  });

  it('reads header probes again in halves: a group by its blocks, a block by its rows', async () => {
    const probes = [{ sheet: 'S', row: 0, col: 0, rows: 4, cols: 2 }, { sheet: 'S', row: 10, col: 0, rows: 2, cols: 1 }];
    const want = [[[column(0), 0], [column(1), 1], [column(2), 2], [column(3), 3]], [[column(10)], [column(11)]]];
    const grouped = readBook();
    grouped.faults.failSync(1, 'GeneralException');
    expect(await grouped.run((context) => createOfficePort(context).readBlocks(probes))).toEqual(want);
    expect(grouped.stats).toMatchObject({ syncs: 3, failedSyncs: 1 });
    const single = readBook();
    single.faults.nullValuesAt(1);
    expect(await single.run((context) => createOfficePort(context).readBlocks([probes[0]!]))).toEqual([want[0]]);
    expect(single.stats.syncs).toBe(3);
  });

  it('checks for user content again at half the rows after a GeneralException', async () => {
    const clean = readBook();
    const request = { sheet: 'S', firstRow: 0, rows: ROWS, cols: [2, 3] };
    clean.model.sheet('S').put(70, 3, { value: 'late' });
    const want = await clean.run((context) => createOfficePort(context).findUserContent(request));
    const faulty = readBook();
    faulty.model.sheet('S').put(70, 3, { value: 'late' });
    faulty.faults.failSync(1, 'GeneralException');
    expect(await faulty.run((context) => createOfficePort(context).findUserContent(request))).toEqual(want);
    expect(want).toEqual([null, { row: 70, col: 3, kind: 'value' }]);
    expect(faulty.stats.failedSyncs).toBe(1);
  });
});

describe('Office port: a watchdog on every sync', () => {
  it('stops a read Excel does not answer, with a message that says how long it waited and what to do', async () => {
    const book = readBook();
    book.faults.hangSync(1);
    const started = Date.now();
    const error = await rejection(readAll(book, { limits: { syncTimeoutMs: 100 } }));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'excelTimeout', args: { seconds: '0.1' } });
  });

  it('waits 120 seconds by default, and says so in the pane\'s language', () => {
    expect(DEFAULT_OFFICE_LIMITS.syncTimeoutMs).toBe(120_000);
    const error = excelTimeout(DEFAULT_OFFICE_LIMITS.syncTimeoutMs);
    expect(error.message).toContain('within 120 seconds');
    expect(inputErrorText(error, 'zh-Hant')).toContain('Excel 在 120 秒內沒有回應');
    expect(inputErrorText(error, 'zh-Hans')).toContain('Excel 在 120 秒内没有响应');
  });

  it('stops a write Excel does not answer; the run marker it set stays for the next run to find', async () => {
    const book = writeBook();
    // Sync 1 looks, 2 writes the first batch (and sets the marker), 3 hangs.
    book.faults.hangSync(3);
    const error = await rejection(book.run((context) => createOfficePort(context, { limits: { ...SMALL, syncTimeoutMs: 100 } }).apply(plan())));
    expect(error).toMatchObject({ code: 'excelTimeout' });
    expect(namesIn(book).map((n) => n.name)).toContain(RUN_MARKER);
    expect(valueAt(book, 'Out', 0, 0)).toBe('R0');
    expect(valueAt(book, 'Out', 2999, 0)).toBe('');
  });
});

const SMALL = { payloadBudgetBytes: 64 * 1024 };
const rows = (n: number) => Array.from({ length: n }, (_, i) => [`R${i}`, i, 'x'.repeat(40)]);
const plan = (): WriteOp[] => [{ op: 'values', sheet: 'Out', row: 0, col: 0, values: rows(3000) }];
function writeBook(): ExcelDouble {
  return createExcelDouble({
    sheets: [{ name: 'Out' }, { name: 'T', rows: [['Id', 'Name'], [1, 'Ann'], [2, 'Bob']] }],
    tables: [{ name: 'People', sheet: 'T', row: 0, col: 0, rows: 3, cols: 2 }],
  });
}
const cells = (book: ExcelDouble, sheet: string, height: number, width: number) =>
  Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => valueAt(book, sheet, r, c)));

describe('Office port writes: halve and retry', () => {
  const batches = planWriteBatches(plan(), { ...DEFAULT_OFFICE_LIMITS, ...SMALL }).length;

  it.each(['GeneralException', 'RequestPayloadSizeLimitExceeded'] as const)(
    'sends a write request Excel refuses with %s again in halves, after looking at what is there, and writes the same cells',
    async (code) => {
      const clean = writeBook();
      await clean.run((context) => createOfficePort(context, { limits: SMALL }).apply(plan()));
      const faulty = writeBook();
      faulty.faults.failSync(3, code);
      await faulty.run((context) => createOfficePort(context, { limits: SMALL }).apply(plan()));
      expect(batches).toBe(3);
      expect(clean.stats.syncs).toBe(1 + batches);
      // The refused request, one look (names, sheets, tables), and its two halves instead of it.
      expect(faulty.stats).toMatchObject({ syncs: clean.stats.syncs + 3, failedSyncs: 1 });
      expect(cells(faulty, 'Out', 3001, 3)).toEqual(cells(clean, 'Out', 3001, 3));
      expect(namesIn(faulty)).toEqual([]);
    },
  );

  it('does not repeat what a request refused part-way had done: an added sheet, table columns, a moved name', async () => {
    const ops: WriteOp[] = [
      { op: 'addSheet', sheet: 'New' },
      { op: 'tableColumns', sheet: 'T', table: 'People', headers: ['Tier', 'Grade'] },
      { op: 'values', sheet: 'T', row: 0, col: 2, values: [['Tier']] },
      { op: 'values', sheet: 'T', row: 1, col: 2, values: [['A', 'x'], ['B', 'y']] },
      { op: 'name', name: 'CD_Tier', sheet: 'T', row: 0, col: 2, comment: '' },
      { op: 'values', sheet: 'New', row: 0, col: 0, values: [['made']] },
    ];
    for (const resize of [true, false]) {
      const book = writeBook();
      // The write request (sync 2) gets as far as the marker, the new sheet, the table's new columns (the resize,
      // or both columns.add), the header and the name (moved up with it), then fails; sync 3 looks at what is there.
      book.faults.failSync(2, 'GeneralException', resize ? 14 : 12);
      let between: unknown;
      book.faults.beforeSync(3, (model) => {
        between = { sheets: model.sheets.map((s) => s.name), columns: model.columnNames(model.table('People')), names: model.names.map((n) => n.name) };
      });
      const port = (context: Excel.RequestContext) => createOfficePort(context, { supports: (v) => resize || v !== '1.13' });
      await book.run((context) => port(context).apply(ops));
      expect(between).toEqual({
        sheets: ['Out', 'T', 'New'], columns: ['Id', 'Name', 'Tier', 'Grade'], names: [RUN_MARKER, 'CD_Tier'],
      });
      expect(book.stats.failedSyncs).toBe(1);
      expect(sheetNames(book)).toEqual(['Out', 'T', 'New']);
      expect(tableIn(book, 'People').columns).toEqual(['Id', 'Name', 'Tier', 'Grade']);
      expect(cells(book, 'T', 3, 4)).toEqual([['Id', 'Name', 'Tier', 'Grade'], [1, 'Ann', 'A', 'x'], [2, 'Bob', 'B', 'y']]);
      expect(namesIn(book)).toEqual([{ name: 'CD_Tier', comment: '', formula: '=T!$C$1', sheet: 'T', row: 0, col: 2 }]);
      expect(valueAt(book, 'New', 0, 0)).toBe('made');
    }
  });

  it('does not retry a refusal a smaller request cannot fix', async () => {
    const book = writeBook();
    book.faults.failSync(2, 'AccessDenied');
    expect(await rejection(book.run((context) => createOfficePort(context, { limits: SMALL }).apply(plan())))).toMatchObject({ code: 'AccessDenied' });
    expect(book.stats.syncs).toBe(2);
  });
});

describe('Office port writes: calculation and screen updating', () => {
  it('suspends both on every write request but the last, and recalculates in the last', async () => {
    const book = writeBook();
    await book.run((context) => createOfficePort(context, { limits: SMALL }).apply(plan()));
    // Sync 1 looks; 2, 3 and 4 write.
    expect(book.stats).toMatchObject({ calculationSuspended: [2, 3], screenUpdatingSuspended: [2, 3], calculations: [{ sync: 4, type: 'Recalculate' }] });
  });

  it('suspends nothing for a plan written in one request', async () => {
    const one = writeBook();
    await one.run((context) => createOfficePort(context).apply(plan()));
    expect(one.stats).toMatchObject({ calculationSuspended: [], screenUpdatingSuspended: [], calculations: [] });
  });

  it('suspends without asking the host: ExcelApi 1.6 and 1.9 are below the manifest\'s minimum', async () => {
    const bare = writeBook();
    await bare.run((context) => createOfficePort(context, { limits: SMALL, supports: () => false }).apply(plan()));
    expect(bare.stats).toMatchObject({ calculationSuspended: [2, 3], screenUpdatingSuspended: [2, 3], calculations: [{ sync: 4, type: 'Recalculate' }] });
  });
});

describe('Office port writes: column markers go out first', () => {
  it('moves each column marker up, with the write of its header cell, to just after the op its sheet needs, keeping their order', () => {
    const v = (sheet: string, row = 1, col = 0): WriteOp => ({ op: 'values', sheet, row, col, values: [['v']] });
    const name = (n: string, sheet: string, col = 0): WriteOp => ({ op: 'name', name: n, sheet, row: 0, col, comment: '' });
    const ops: WriteOp[] = [
      v('C', 1, 9), { op: 'tableColumns', sheet: 'C', table: 'T', headers: ['x'] },
      v('C', 0, 5), v('C'), v('C'), name('N1', 'C', 5), v('C', 0, 6), v('C'), name('N2', 'C', 6),
      { op: 'addSheet', sheet: 'F' }, v('F', 0, 0), v('F'), name('F1', 'F'), v('C', 0, 7), name('N3', 'C', 7),
      // A sheet marker without a one-cell write of its cell stays where it is.
      { op: 'addSheet', sheet: 'S' }, v('S', 5), name('S1', 'S'),
    ];
    const shown = (op: WriteOp): string => (op.op === 'name' ? op.name : op.op === 'values' ? `${op.sheet}${op.row}:${op.col}` : `${op.op}:${op.sheet}`);
    expect(markersFirst(ops).map(shown)).toEqual([
      'C1:9', 'tableColumns:C', 'C0:5', 'N1', 'C0:6', 'N2', 'C1:0', 'C1:0', 'C1:0',
      // N3 keeps its place after F1: names keep their order.
      'addSheet:F', 'F0:0', 'F1', 'C0:7', 'N3', 'F1:0', 'addSheet:S', 'S5:0', 'S1',
    ]);
  });
});
