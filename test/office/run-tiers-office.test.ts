import ExcelJS from 'exceljs';
import { runSteps } from '../../src/app/run-steps';
import type { WriteOp } from '../../src/core/plan/write-ops';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { markersFirst } from '../../src/ports/office/apply';
import { blockRowCount } from '../../src/ports/office/blocks';
import { DEFAULT_OFFICE_LIMITS } from '../../src/ports/office/limits';
import { createOfficePort } from '../../src/ports/office/office-port';
import { planWriteBatches } from '../../src/ports/office/write-plan';
import type { WorkbookPort } from '../../src/ports/workbook-port';
import { PAYLOAD_LIMIT_BYTES, createExcelDouble, numberFormatAt, valueAt, type DescribedCell } from '../support/excel-double';
import { expectedReadBlocks } from '../support/office-blocks';
import { runThroughFile } from '../support/workbooks';
import { reasonOf } from '../support/reason-of';

const CUSTOMERS = 10_000;
const SALES = 200_000;
const customerRows: DescribedCell[][] = [['客戶編號', '客戶名稱'], ...Array.from({ length: CUSTOMERS }, (_, i) => [`C${i}`, `客戶${i}`])];
// Sales concentrated on low customer numbers, so all tiers occur; a few bad amounts.
const saleCell = (i: number, col: number): DescribedCell =>
  col === 0 ? 45000 + (i % 700) : col === 1 ? `C${(i * i) % (CUSTOMERS + 50)}` : i % 50_000 === 7 ? 'abc' : 10 + (i % 97);
const salesRows: DescribedCell[][] = [['日期', '客戶編號', '金額'], ...Array.from({ length: SALES }, (_, i) => [0, 1, 2].map((c) => saleCell(i, c)))];

/** Counts the syncs each port call makes. */
function metered(port: WorkbookPort, syncs: () => number) {
  const calls: { method: string; syncs: number; arg: unknown; options: unknown }[] = [];
  const wrap = <K extends keyof WorkbookPort>(method: K) => (async (arg: never, options?: never) => {
    const before = syncs();
    const out = await (port[method] as (a: never, o?: never) => Promise<unknown>)(arg, options);
    calls.push({ method, syncs: syncs() - before, arg, options });
    return out;
  }) as WorkbookPort[K];
  const wrapped: WorkbookPort = {
    listSheets: wrap('listSheets'), readNames: wrap('readNames'), readBlocks: wrap('readBlocks'), readColumns: wrap('readColumns'),
    findUserContent: wrap('findUserContent'), apply: wrap('apply'),
  };
  return { port: wrapped, calls };
}

describe('tiering through the Office.js port on the Excel test double', () => {
  test('a 200,000-row sales sheet: syncs follow the block plan, never the row count, and every request stays under 5 MB', async () => {
    const book = createExcelDouble({ sheets: [{ name: '客戶資料', rows: customerRows }, { name: '銷售明細', rows: salesRows }] });
    const summary = await book.run(async (context) => {
      const m = metered(createOfficePort(context), () => book.stats.syncs);
      const s = await runSteps(m.port, { steps: ['tiers'], options: defaultTierOptions() });

      const reads = m.calls.filter((c) => c.method === 'readColumns');
      const salesRead = reads.find((c) => (c.arg as { sheet: string }).sheet === '銷售明細')!;
      expect(salesRead.syncs).toBe(expectedReadBlocks(SALES, [1, 2, 0], (i, col) => saleCell(i, col)));
      const customerRead = reads.find((c) => (c.arg as { sheet: string }).sheet === '客戶資料')!;
      const cols = (customerRead.arg as { cols: number[] }).cols;
      expect(customerRead.syncs).toBe(expectedReadBlocks(CUSTOMERS + 1, cols, (i, col) => (col < 2 ? customerRows[i]![col] : '')));
      const apply = m.calls.find((c) => c.method === 'apply')!;
      // The customer keys go along, and their checks ride in the requests: one sync per write batch, plus the look
      // before writing (names, protection, the first batch's keys). The port moves the name ops up, which changes no batch count here.
      expect(apply.options).toMatchObject({ keys: [{ sheet: '客戶資料', col: 0, firstRow: 1, keys: customerRows.slice(1).map((r) => r[0]) }] });
      expect(apply.syncs).toBe(planWriteBatches(markersFirst(apply.arg as WriteOp[]), DEFAULT_OFFICE_LIMITS).length + 1);
      // The five new tier columns over 10,001 rows, all empty: cell blocks only (the first also carries the
      // formatting and comment probes, which find nothing to narrow down). The first block assumes 32 bytes for
      // each of 3 entries a cell plus the reference cell's; the rest, far lighter than assumed, fits in one more.
      const check = m.calls.filter((c) => c.method === 'findUserContent');
      expect(check.map((c) => (c.arg as { cols: number[] }).cols)).toEqual([[2, 3, 4, 5, 6]]);
      const firstBlock = blockRowCount(DEFAULT_OFFICE_LIMITS.initialBytesPerCell, 5 * 3 + 1, DEFAULT_OFFICE_LIMITS);
      expect(firstBlock).toBeLessThan(CUSTOMERS + 1);
      expect(check[0]!.syncs).toBe(2);
      const fixed = m.calls.filter((c) => !['readColumns', 'findUserContent', 'apply'].includes(c.method)).reduce((n, c) => n + c.syncs, 0);
      expect(fixed).toBeLessThanOrEqual(5);
      expect(book.stats.syncs).toBe(fixed + salesRead.syncs + customerRead.syncs + check[0]!.syncs + apply.syncs);
      expect(book.stats.syncs).toBeLessThan(20);
      return s;
    });
    expect(book.stats.failedSyncs).toBe(0);
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(book.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(summary.rowsRead).toBe(SALES);
    expect(summary.problems.filter((p) => reasonOf(p).includes('not a number'))).toHaveLength(4);
    expect(valueAt(book, '客戶資料', 0, 6)).toBe('ABC 分類');
    expect(numberFormatAt(book, '客戶資料', 1, 3)).toBe('0.00%');
  });

  test('the Office port writes the same cells, formats and names as the .xlsx port', async () => {
    const small = {
      customers: [['Customer ID', 'Customer name', 'Notes'], ['C1', '=HYPERLINK("x")', 'keep'], ['C2', '+1-2', null], ['C3', '00123', null]] as DescribedCell[][],
      sales: [['Date', 'Customer ID', 'Amount'], [45000, 'C1', 80], [45001, 'c2', '15'], [45002, 'C3', 5], [45003, 'C9', 1]] as DescribedCell[][],
    };
    const book = createExcelDouble({ sheets: [{ name: 'Customers', rows: small.customers }, { name: 'Sales', rows: small.sales }] });
    const officeSummary = await book.run((context) => runSteps(createOfficePort(context), { steps: ['tiers'], options: defaultTierOptions() }));

    const source = new ExcelJS.Workbook();
    source.addWorksheet('Customers').addRows(small.customers as unknown[][]);
    source.addWorksheet('Sales').addRows(small.sales as unknown[][]);
    const { summary: xlsxSummary, wb } = await runThroughFile(source, { steps: ['tiers'], options: defaultTierOptions() });

    expect(officeSummary).toEqual(xlsxSummary);
    const ws = wb.getWorksheet('Customers')!;
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 8; c++) {
        const x = ws.getCell(r + 1, c + 1);
        const office = valueAt(book, 'Customers', r, c);
        // Excel reads an empty cell as "", ExcelJS as null.
        expect([r, c, office === '' || office === undefined ? null : office]).toEqual([r, c, x.value]);
        // Excel names the default number format (numFmtId 0 in the file) General; ExcelJS reads it as none.
        if (r > 0 && c >= 3) expect([r, c, numberFormatAt(book, 'Customers', r, c)]).toEqual([r, c, x.numFmt ?? 'General']);
      }
    }
  });
});
