import type { PageSetupOp, WriteOp } from '../../src/core/plan/write-ops';
import { DEFAULT_OFFICE_LIMITS } from '../../src/ports/office/limits';
import { createOfficePort, type OfficePortOptions } from '../../src/ports/office/office-port';
import { borderSides } from '../../src/ports/office/formats';
import { breakRows, rectAddress } from '../../src/ports/office/page-setup';
import { planWriteBatches } from '../../src/ports/office/write-plan';
import {
  type ExcelDouble, bordersAt, createExcelDouble, mergedAreas, pageLayoutOf, rowHeightAt, sheetNames, styleAt, valueAt,
} from '../support/excel-double';

function workbook(): ExcelDouble {
  return createExcelDouble({
    sheets: [{ name: 'Form', rows: [['Title'], [], ['Id', 'Name'], [1, 'Ann']] }],
    tables: [{ name: 'People', sheet: 'Form', row: 2, col: 0, rows: 2, cols: 2 }],
  });
}

/** The request apply sends before writing (names, protection, tables): one, whatever the plan. */
const PREFLIGHT = 1;

function apply(book: ExcelDouble, ops: WriteOp[], options?: OfficePortOptions): Promise<unknown> {
  return book.run((context) => createOfficePort(context, options).apply(ops));
}

const THIN = { style: 'Continuous', weight: 'Thin', color: '#000000' };

function pageSetup(overrides: Partial<PageSetupOp> = {}): PageSetupOp {
  return {
    op: 'pageSetup',
    sheet: 'Form',
    printArea: { row: 0, col: 0, rows: 40, cols: 6 },
    margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    header: { left: 'Credit Desk', center: '', right: '&D' },
    footer: { left: '', center: 'Page &P of &N', right: 'R&&D' },
    pageBreaksBefore: [20],
    ...overrides,
  };
}

describe('office port: layout ops', () => {
  it('merges a rectangle, keeping the top-left value; merging one cell or the same area again changes nothing', async () => {
    const book = workbook();
    const merge: WriteOp = { op: 'merge', sheet: 'Form', row: 0, col: 0, rows: 1, cols: 4 };
    await apply(book, [merge, { op: 'merge', sheet: 'Form', row: 6, col: 6, rows: 1, cols: 1 }]);
    await apply(book, [merge]);
    expect(mergedAreas(book, 'Form')).toEqual(['A1:D1']);
    expect(valueAt(book, 'Form', 0, 0)).toBe('Title');
    // Each apply: the look before writing, then one write request.
    expect(book.stats.syncs).toBe(4);
  });

  it('surfaces Excel refusing to merge cells of a table', async () => {
    const book = workbook();
    await expect(apply(book, [{ op: 'merge', sheet: 'Form', row: 3, col: 0, rows: 1, cols: 2 }])).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(mergedAreas(book, 'Form')).toEqual([]);
  });

  it('draws thin outline borders around a rectangle, and nothing inside it', async () => {
    const book = workbook();
    await apply(book, [{ op: 'border', sheet: 'Form', row: 5, col: 1, rows: 3, cols: 3, edges: 'outline' }]);
    expect(bordersAt(book, 'Form', 5, 1)).toEqual({ top: THIN, bottom: null, left: THIN, right: null });
    expect(bordersAt(book, 'Form', 5, 2)).toEqual({ top: THIN, bottom: null, left: null, right: null });
    expect(bordersAt(book, 'Form', 6, 2)).toEqual({ top: null, bottom: null, left: null, right: null });
    expect(bordersAt(book, 'Form', 7, 3)).toEqual({ top: null, bottom: THIN, left: null, right: THIN });
    expect(bordersAt(book, 'Form', 4, 1).bottom).toBeNull();
  });

  it('draws a thin grid on every edge of every cell, also for a single row or column', async () => {
    const book = workbook();
    await apply(book, [
      { op: 'border', sheet: 'Form', row: 5, col: 1, rows: 2, cols: 2, edges: 'grid' },
      { op: 'border', sheet: 'Form', row: 10, col: 0, rows: 1, cols: 3, edges: 'grid' },
      { op: 'border', sheet: 'Form', row: 12, col: 0, rows: 2, cols: 1, edges: 'grid' },
      { op: 'border', sheet: 'Form', row: 15, col: 0, rows: 1, cols: 1, edges: 'grid' },
    ]);
    const all = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    for (const [r, c] of [[5, 1], [5, 2], [6, 1], [6, 2], [10, 0], [10, 1], [10, 2], [12, 0], [13, 0], [15, 0]]) {
      expect([r, c, bordersAt(book, 'Form', r, c)]).toEqual([r, c, all]);
    }
    expect(borderSides('grid', 1, 3)).toEqual(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical']);
    expect(borderSides('outline', 4, 4)).toHaveLength(4);
  });

  it('sets row heights in points for each row of the span', async () => {
    const book = workbook();
    await apply(book, [{ op: 'rowHeight', sheet: 'Form', row: 1, rows: 3, height: 28.5 }]);
    expect([0, 1, 2, 3, 4].map((r) => rowHeightAt(book, 'Form', r))).toEqual([15, 28.5, 28.5, 28.5, 15]);
  });

  it('sets up printing: A4 portrait, one page wide, margins, print area, header, footer, no gridlines, page breaks', async () => {
    const book = workbook();
    await apply(book, [pageSetup({ pageBreaksBefore: [40, 20, 20, 0] })]);
    expect(pageLayoutOf(book, 'Form')).toEqual({
      paperSize: 'A4',
      orientation: 'Portrait',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      printArea: 'A1:F40',
      headerFooterState: 'Default',
      header: { left: 'Credit Desk', center: '', right: '&D' },
      footer: { left: '', center: 'Page &P of &N', right: 'R&&D' },
      pageBreaksBefore: [20, 40],
      printGridlines: false,
      showGridlines: false,
    });
    expect(book.stats.syncs).toBe(PREFLIGHT + 1);
  });

  it('replaces the manual page breaks when the setup runs again', async () => {
    const book = workbook();
    await apply(book, [pageSetup({ pageBreaksBefore: [20, 40] })]);
    await apply(book, [pageSetup({ pageBreaksBefore: [30], printArea: { row: 2, col: 1, rows: 10, cols: 2 } })]);
    expect(pageLayoutOf(book, 'Form')).toMatchObject({ pageBreaksBefore: [30], printArea: 'B3:C12' });
  });

  it('sets up a sheet added by the same plan, with everything else, in one write request', async () => {
    const book = workbook();
    const ops: WriteOp[] = [
      { op: 'addSheet', sheet: 'Print' },
      { op: 'values', sheet: 'Print', row: 0, col: 0, values: [['Report', null, null], ['a', 'b', 'c']] },
      { op: 'merge', sheet: 'Print', row: 0, col: 0, rows: 1, cols: 3 },
      { op: 'style', sheet: 'Print', row: 0, col: 0, rows: 1, cols: 3, style: { bold: true, horizontal: 'center', vertical: 'center' } },
      { op: 'border', sheet: 'Print', row: 1, col: 0, rows: 1, cols: 3, edges: 'grid' },
      { op: 'rowHeight', sheet: 'Print', row: 0, rows: 1, height: 24 },
      pageSetup({ sheet: 'Print', printArea: { row: 0, col: 0, rows: 2, cols: 3 }, pageBreaksBefore: [] }),
    ];
    await apply(book, ops);
    expect(sheetNames(book)).toEqual(['Form', 'Print']);
    expect(mergedAreas(book, 'Print')).toEqual(['A1:C1']);
    expect(styleAt(book, 'Print', 0, 0)).toMatchObject({ bold: true, horizontal: 'Center', vertical: 'Center' });
    expect(bordersAt(book, 'Print', 1, 2).right).toEqual(THIN);
    expect(rowHeightAt(book, 'Print', 0)).toBe(24);
    expect(pageLayoutOf(book, 'Print')).toMatchObject({ paperSize: 'A4', printArea: 'A1:C2', pageBreaksBefore: [] });
    expect(book.stats.syncs).toBe(PREFLIGHT + 1);
  });

  it('refuses a print area without cells before anything is sent', async () => {
    const book = workbook();
    await expect(apply(book, [pageSetup({ printArea: { row: 0, col: 0, rows: 0, cols: 3 } })])).rejects.toThrow(RangeError);
    expect(() => breakRows([3, -1])).toThrow(RangeError);
    expect(rectAddress({ row: 9, col: 27, rows: 1, cols: 1 })).toBe('AB10:AB10');
    expect(book.stats.syncs).toBe(0);
  });
});

describe('office port: layout ops and syncs', () => {
  const rows = (n: number, from: number) => Array.from({ length: n }, (_, i) => [`R${from + i}`, from + i, 'x'.repeat(40)]);

  it('ride in the batches of the plan: the same syncs with or without them, none of their own', async () => {
    const base: WriteOp[] = [
      { op: 'addSheet', sheet: 'Out' },
      { op: 'values', sheet: 'Out', row: 0, col: 0, values: rows(2000, 0) },
      { op: 'style', sheet: 'Out', row: 0, col: 0, rows: 1, cols: 3, style: { bold: true } },
    ];
    const layout: WriteOp[] = [
      ...Array.from({ length: 30 }, (_, i): WriteOp => ({ op: 'merge', sheet: 'Out', row: 2100 + i, col: 0, rows: 1, cols: 3 })),
      ...Array.from({ length: 30 }, (_, i): WriteOp => ({ op: 'border', sheet: 'Out', row: i * 10, col: 0, rows: 10, cols: 3, edges: i % 2 ? 'grid' : 'outline' })),
      { op: 'rowHeight', sheet: 'Out', row: 0, rows: 2000, height: 18 },
      pageSetup({ sheet: 'Out', printArea: { row: 0, col: 0, rows: 2000, cols: 3 }, pageBreaksBefore: Array.from({ length: 39 }, (_, i) => (i + 1) * 50) }),
    ];
    const withLayout = [base[0], ...layout.slice(0, 31), base[1], ...layout.slice(31), base[2]];

    const plain = workbook();
    await apply(plain, base);
    const laidOut = workbook();
    await apply(laidOut, withLayout);
    expect(plain.stats.syncs).toBe(PREFLIGHT + 1);
    expect(laidOut.stats.syncs).toBe(plain.stats.syncs);
    expect(planWriteBatches(withLayout, DEFAULT_OFFICE_LIMITS)).toHaveLength(1);
    expect(pageLayoutOf(laidOut, 'Out').pageBreaksBefore).toHaveLength(39);
    expect(mergedAreas(laidOut, 'Out')).toHaveLength(30);
  });

  it('keep to the batch plan when the values take several syncs', async () => {
    const limits = { payloadBudgetBytes: 64 * 1024 };
    const values: WriteOp = { op: 'values', sheet: 'Form', row: 10, col: 0, values: rows(3000, 0) };
    const layout: WriteOp[] = [
      { op: 'merge', sheet: 'Form', row: 5000, col: 0, rows: 1, cols: 3 },
      { op: 'border', sheet: 'Form', row: 10, col: 0, rows: 3000, cols: 3, edges: 'outline' },
      { op: 'rowHeight', sheet: 'Form', row: 10, rows: 3000, height: 16 },
      pageSetup(),
    ];
    const plain = workbook();
    await apply(plain, [values], { limits });
    const laidOut = workbook();
    await apply(laidOut, [values, ...layout], { limits });
    const batches = planWriteBatches([values], { ...DEFAULT_OFFICE_LIMITS, ...limits }).length;
    expect(batches).toBeGreaterThan(1);
    expect(plain.stats.syncs).toBe(PREFLIGHT + batches);
    expect(laidOut.stats.syncs).toBe(PREFLIGHT + planWriteBatches([values, ...layout], { ...DEFAULT_OFFICE_LIMITS, ...limits }).length);
    expect(laidOut.stats.syncs - plain.stats.syncs).toBeLessThanOrEqual(1);
  });
});
