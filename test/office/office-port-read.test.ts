import { createOfficePort } from '../../src/ports/office/office-port';
import { sheetOfAddress } from '../../src/ports/office/read-names';
import { createExcelDouble } from '../support/excel-double';

function workbook() {
  return createExcelDouble({
    sheets: [
      {
        name: 'Customers',
        rows: [
          [null, null, null],
          [null, 'Id', 'Name', 'Joined', 'Active', 'Score'],
          [null, 1, 'Ann', 45292, true, '#N/A'],
          [null, 2, '', 45300, false, { formula: '=B4*2', value: 4 }],
        ],
      },
      { name: 'Q1 Sales', rows: [['Customer', 'Amount'], ['Ann', 10]] },
      { name: 'Blank' },
    ],
    tables: [
      { name: 'Clients', sheet: 'Customers', row: 1, col: 1, rows: 3, cols: 3 },
      { name: 'Sales', sheet: 'Q1 Sales', row: 0, col: 0, rows: 2, cols: 2 },
    ],
    names: [
      { name: 'CreditDesk_Tier', sheet: 'Q1 Sales', row: 0, col: 1, comment: 'owned' },
      { name: 'creditdesk_grade', sheet: 'Customers', row: 1, col: 5 },
      { name: 'CreditDesk_Gone', formula: '=#REF!' },
      { name: 'Other', sheet: 'Customers', row: 0, col: 0 },
    ],
  });
}

describe('office port: listSheets', () => {
  it('lists sheets with extents from A1 and their tables, in two syncs', async () => {
    const book = workbook();
    const sheets = await book.run((context) => createOfficePort(context).listSheets());
    expect(sheets).toEqual([
      { name: 'Customers', rowCount: 4, columnCount: 6, tables: [{ name: 'Clients', headerRow: 1, firstCol: 1, lastCol: 3, lastRow: 3 }] },
      { name: 'Q1 Sales', rowCount: 2, columnCount: 2, tables: [{ name: 'Sales', headerRow: 0, firstCol: 0, lastCol: 1, lastRow: 1 }] },
      { name: 'Blank', rowCount: 0, columnCount: 0, tables: [] },
    ]);
    expect(book.stats.syncs).toBe(2);
  });

  it('keeps two syncs however many sheets there are', async () => {
    const book = createExcelDouble({ sheets: Array.from({ length: 40 }, (_, i) => ({ name: `S${i}`, rows: [[i]] })) });
    const sheets = await book.run((context) => createOfficePort(context).listSheets());
    expect(sheets).toHaveLength(40);
    expect(book.stats.syncs).toBe(2);
  });
});

describe('office port: readNames', () => {
  it('returns the prefixed names (any case) with their cell, skipping names that lost their range', async () => {
    const book = workbook();
    const names = await book.run((context) => createOfficePort(context).readNames('CreditDesk_'));
    expect(names).toEqual([
      { name: 'CreditDesk_Tier', sheet: 'Q1 Sales', row: 0, col: 1 },
      { name: 'creditdesk_grade', sheet: 'Customers', row: 1, col: 5 },
    ]);
    expect(book.stats.syncs).toBe(2);
  });

  it('needs one sync when no name matches', async () => {
    const book = workbook();
    expect(await book.run((context) => createOfficePort(context).readNames('Nope'))).toEqual([]);
    expect(book.stats.syncs).toBe(1);
  });

  it('reads the sheet out of quoted addresses', () => {
    expect(sheetOfAddress("'It''s Q1'!B2")).toBe("It's Q1");
    expect(sheetOfAddress("'a!b'!C3")).toBe('a!b');
    expect(sheetOfAddress('Sheet1!A1:B2')).toBe('Sheet1');
    expect(() => sheetOfAddress('A1')).toThrow('without a sheet');
  });
});

describe('office port: readBlocks', () => {
  it('reads every block in one sync, normalising empty cells to null', async () => {
    const book = workbook();
    const blocks = await book.run((context) => createOfficePort(context).readBlocks([
      { sheet: 'Customers', row: 1, col: 1, rows: 3, cols: 5 },
      { sheet: 'Q1 Sales', row: 0, col: 0, rows: 1, cols: 3 },
      { sheet: 'Blank', row: 0, col: 0, rows: 2, cols: 0 },
    ]));
    expect(blocks).toEqual([
      [['Id', 'Name', 'Joined', 'Active', 'Score'], [1, 'Ann', 45292, true, '#N/A'], [2, null, 45300, false, 4]],
      [['Customer', 'Amount', null]],
      [[], []],
    ]);
    expect(book.stats.syncs).toBe(1);
  });

  it('spreads blocks over syncs when together they would pass the budget', async () => {
    const book = workbook();
    const limits = { payloadBudgetBytes: 32 * 10 };
    const blocks = await book.run((context) => createOfficePort(context, { limits }).readBlocks([
      { sheet: 'Customers', row: 1, col: 1, rows: 2, cols: 3 },
      { sheet: 'Customers', row: 2, col: 1, rows: 2, cols: 3 },
      { sheet: 'Q1 Sales', row: 0, col: 0, rows: 1, cols: 2 },
    ]));
    expect(blocks.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(blocks[1]).toEqual([[1, 'Ann', 45292], [2, null, 45300]]);
    expect(book.stats.syncs).toBe(2);
  });
});

describe('office port: readColumns', () => {
  it('returns the requested columns in the requested order', async () => {
    const book = workbook();
    const columns = await book.run((context) => createOfficePort(context).readColumns({ sheet: 'Customers', firstRow: 2, rows: 2, cols: [5, 1, 3, 1] }));
    expect(columns).toEqual([['#N/A', 4], [1, 2], [45292, 45300], [1, 2]]);
    expect(book.stats.syncs).toBe(1);
  });

  it('returns empty columns for zero rows and nothing for no columns, without syncing', async () => {
    const book = workbook();
    const port = (context: Excel.RequestContext) => createOfficePort(context);
    expect(await book.run((c) => port(c).readColumns({ sheet: 'Customers', firstRow: 0, rows: 0, cols: [1, 2] }))).toEqual([[], []]);
    expect(await book.run((c) => port(c).readColumns({ sheet: 'Customers', firstRow: 0, rows: 5, cols: [] }))).toEqual([]);
    expect(book.stats.syncs).toBe(0);
  });

  it('rejects negative or fractional row numbers', async () => {
    const book = workbook();
    await expect(book.run((c) => createOfficePort(c).readColumns({ sheet: 'Customers', firstRow: -1, rows: 2, cols: [1] }))).rejects.toThrow(RangeError);
  });

  it('surfaces Excel errors such as a missing sheet', async () => {
    const book = workbook();
    await expect(book.run((c) => createOfficePort(c).readColumns({ sheet: 'Nope', firstRow: 0, rows: 2, cols: [1] }))).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});
