import { createExcelDouble, OfficeDoubleError, PAYLOAD_LIMIT_BYTES, conditionalRules, formulaAt, namesIn, numberFormatAt, quotePrefixAt, styleAt, tableIn, valueAt } from '../support/excel-double';

function book() {
  return createExcelDouble({
    sheets: [
      { name: 'Customers', rows: [['Id', 'Name', 'Tier'], [1, 'Ann', 'A'], [2, 'Bob', 'B']] },
      { name: 'Empty' },
    ],
    tables: [{ name: 'Clients', sheet: 'Customers', row: 0, col: 0, rows: 3, cols: 2 }],
    names: [{ name: 'CD_Marker', sheet: 'Customers', row: 0, col: 2 }, { name: 'CD_Broken', formula: '=#REF!' }],
  });
}

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OfficeDoubleError) return error.code;
    throw error;
  }
  return 'no error';
}

function codeOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof OfficeDoubleError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('excel double: load and sync', () => {
  it('refuses to read properties before load + sync', async () => {
    const ctx = book().context();
    const range = ctx.workbook.worksheets.getItem('Customers').getRangeByIndexes(0, 0, 2, 2);
    expect(codeOf(() => range.values)).toBe('PropertyNotLoaded');
    range.load('values');
    expect(codeOf(() => range.values)).toBe('PropertyNotLoaded');
    await ctx.sync();
    expect(range.values).toEqual([['Id', 'Name'], [1, 'Ann']]);
    expect(codeOf(() => range.formulas)).toBe('PropertyNotLoaded');
  });

  it('knows isNullObject only after a sync', async () => {
    const ctx = book().context();
    const missing = ctx.workbook.worksheets.getItemOrNullObject('nope');
    expect(codeOf(() => missing.isNullObject)).toBe('PropertyNotLoaded');
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
  });

  it('fails the sync for getItem on a missing sheet', async () => {
    const ctx = book().context();
    ctx.workbook.worksheets.getItem('nope').getRangeByIndexes(0, 0, 1, 1).load('values');
    expect(await code(ctx.sync())).toBe('ItemNotFound');
  });

  it('counts syncs and records payload sizes', async () => {
    const b = book();
    await b.run(async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
    });
    expect(b.stats.syncs).toBe(1);
    expect(b.stats.maxRequestBytes).toBeGreaterThan(0);
    expect(b.stats.maxResponseBytes).toBeGreaterThan(0);
  });

  it('run() syncs what the callback left queued, like Excel.run', async () => {
    const b = book();
    await b.run(async (context) => {
      context.workbook.worksheets.add('Later');
    });
    expect(b.model.findSheet('Later')).not.toBeNull();
    expect(b.stats.syncs).toBe(1);
  });
});

describe('excel double: writes', () => {
  it('rejects arrays that do not match the range', async () => {
    const b = book();
    const ctx = b.context();
    ctx.workbook.worksheets.getItem('Empty').getRangeByIndexes(0, 0, 2, 2).values = [[1, 2]];
    expect(await code(ctx.sync())).toBe('InvalidArgument');
    ctx.workbook.worksheets.getItem('Empty').getRangeByIndexes(0, 0, 2, 2).values = [[1]];
    expect(await code(ctx.sync())).toBe('InvalidArgument');
    expect(valueAt(b, 'Empty', 0, 0)).toBe('');
  });

  it('broadcasts a 1x1 number format over the range', async () => {
    const b = book();
    const ctx = b.context();
    ctx.workbook.worksheets.getItem('Empty').getRangeByIndexes(0, 0, 3, 2).numberFormat = [['0.00%']];
    await ctx.sync();
    expect(numberFormatAt(b, 'Empty', 2, 1)).toBe('0.00%');
    expect(numberFormatAt(b, 'Empty', 3, 1)).toBe('General');
  });

  it('treats written strings like typed input', async () => {
    const b = book();
    const ctx = b.context();
    ctx.workbook.worksheets.getItem('Empty').getRangeByIndexes(0, 0, 1, 5).values = [['=1+1', "'=1+1", '42', 'TRUE', '-x']];
    await ctx.sync();
    expect(formulaAt(b, 'Empty', 0, 0)).toBe('=1+1');
    expect(valueAt(b, 'Empty', 0, 1)).toBe('=1+1');
    expect(quotePrefixAt(b, 'Empty', 0, 1)).toBe(true);
    expect(valueAt(b, 'Empty', 0, 2)).toBe(42);
    expect(valueAt(b, 'Empty', 0, 3)).toBe(true);
    expect(formulaAt(b, 'Empty', 0, 4)).toBe('=-x');
  });

  it('leaves cells alone for null and clears them for ""', async () => {
    const b = book();
    const ctx = b.context();
    ctx.workbook.worksheets.getItem('Customers').getRangeByIndexes(1, 1, 1, 2).values = [[null, '']];
    await ctx.sync();
    expect(valueAt(b, 'Customers', 1, 1)).toBe('Ann');
    expect(valueAt(b, 'Customers', 1, 2)).toBe('');
  });

  it('refuses text Excel would turn into a date rather than guess', async () => {
    const ctx = book().context();
    ctx.workbook.worksheets.getItem('Empty').getRangeByIndexes(0, 0, 1, 1).values = [['1/2']];
    expect(await code(ctx.sync())).toBe('NotEmulated');
  });

  it('does not calculate: reading the value of a written formula throws', async () => {
    const ctx = book().context();
    const range = ctx.workbook.worksheets.getItem('Empty').getRangeByIndexes(0, 0, 1, 1);
    range.formulas = [['=1+1']];
    range.load('values');
    expect(await code(ctx.sync())).toBe('NotEmulated');
  });

  it('rejects a sheet name that exists, whatever its case', async () => {
    const ctx = book().context();
    ctx.workbook.worksheets.add('customers');
    expect(await code(ctx.sync())).toBe('ItemAlreadyExists');
    ctx.workbook.worksheets.add('Bad/Name');
    expect(await code(ctx.sync())).toBe('InvalidArgument');
  });
});

describe('excel double: payload limits', () => {
  it('throws RequestPayloadSizeLimitExceeded over 5 MB and applies nothing', async () => {
    const b = book();
    const ctx = b.context();
    const rows = 60_000;
    const text = 'x'.repeat(100);
    ctx.workbook.worksheets.getItem('Empty').getRangeByIndexes(0, 0, rows, 1).values = Array.from({ length: rows }, () => [text]);
    expect(await code(ctx.sync())).toBe('RequestPayloadSizeLimitExceeded');
    expect(valueAt(b, 'Empty', 0, 0)).toBe('');
    expect(b.stats.failedSyncs).toBe(1);
  });

  it('accepts a request just under 5 MB', async () => {
    const b = book();
    const ctx = b.context();
    const rows = 40_000;
    ctx.workbook.worksheets.getItem('Empty').getRangeByIndexes(0, 0, rows, 1).values = Array.from({ length: rows }, () => ['x'.repeat(100)]);
    await ctx.sync();
    expect(b.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(b.stats.maxRequestBytes).toBeGreaterThan(4 * 1024 * 1024);
  });

  it('throws ResponsePayloadSizeLimitExceeded over 5 MB and loads nothing', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [`${'y'.repeat(100)}${i}`]);
    const b = createExcelDouble({ sheets: [{ name: 'Big', rows }] });
    const ctx = b.context();
    const range = ctx.workbook.worksheets.getItem('Big').getRangeByIndexes(0, 0, rows.length, 1).load('values');
    expect(await code(ctx.sync())).toBe('ResponsePayloadSizeLimitExceeded');
    expect(codeOf(() => range.values)).toBe('PropertyNotLoaded');
  });

  it('refuses reads of more than 5,000,000 cells', async () => {
    const ctx = book().context();
    ctx.workbook.worksheets.getItem('Empty').getRangeByIndexes(0, 0, 1_000_001, 5).load('numberFormat');
    expect(await code(ctx.sync())).toBe('RangeExceedsLimit');
  });
});

describe('excel double: object model', () => {
  it('reads ranges by address and reports addresses like Excel', async () => {
    const b = createExcelDouble({ sheets: [{ name: 'Q1 Sales', rows: [[1, 2], [3, 4]] }] });
    const ctx = b.context();
    const range = ctx.workbook.worksheets.getItem('Q1 Sales').getRange('A2:B2').load('values,address');
    await ctx.sync();
    expect(range.values).toEqual([[3, 4]]);
    expect(range.address).toBe("'Q1 Sales'!A2:B2");
  });

  it('finds the used range (values only) or a null object', async () => {
    const ctx = book().context();
    const used = ctx.workbook.worksheets.getItem('Customers').getUsedRangeOrNullObject(true).load('rowCount,columnCount');
    const none = ctx.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(true).load('rowCount');
    await ctx.sync();
    expect([used.rowCount, used.columnCount]).toEqual([3, 3]);
    expect(none.isNullObject).toBe(true);
  });

  it('extends a table when a column is added, renaming a clashing header', async () => {
    const b = createExcelDouble({
      sheets: [{ name: 'S', rows: [['Id', 'Name'], [1, 'Ann']] }],
      tables: [{ name: 'T', sheet: 'S', row: 0, col: 0, rows: 2, cols: 2 }],
    });
    const ctx = b.context();
    const columns = ctx.workbook.worksheets.getItem('S').tables.getItem('T').columns;
    columns.add(-1, undefined, 'Name');
    await ctx.sync();
    expect(tableIn(b, 'T')).toMatchObject({ lastCol: 2, lastRow: 1, columns: ['Id', 'Name', 'Name2'] });
  });

  it('refuses to widen a table over non-empty cells', async () => {
    const b = createExcelDouble({
      sheets: [{ name: 'S', rows: [['A', 'B', 'x'], [1, 2, '']] }],
      tables: [{ name: 'T', sheet: 'S', row: 0, col: 0, rows: 2, cols: 2 }],
    });
    const ctx = b.context();
    ctx.workbook.tables.getItem('T').columns.add(-1, undefined, 'C');
    expect(await code(ctx.sync())).toBe('NotEmulated');
  });

  it('adds, finds and deletes names; non-range names have no range', async () => {
    const b = book();
    const ctx = b.context();
    ctx.workbook.names.add('CD_Marker', ctx.workbook.worksheets.getItem('Empty').getRangeByIndexes(0, 0, 1, 1));
    expect(await code(ctx.sync())).toBe('ItemAlreadyExists');
    ctx.workbook.names.getItem('cd_marker').delete();
    ctx.workbook.names.add('CD_Marker', ctx.workbook.worksheets.getItem('Empty').getRangeByIndexes(4, 1, 1, 1), 'moved');
    const broken = ctx.workbook.names.getItem('CD_Broken').getRangeOrNullObject().load('address');
    await ctx.sync();
    expect(broken.isNullObject).toBe(true);
    expect(namesIn(b).find((n) => n.name === 'CD_Marker')).toMatchObject({ sheet: 'Empty', row: 4, col: 1, formula: '=Empty!$B$5', comment: 'moved' });
  });

  it('trims conditional formats that overlap a cleared range', async () => {
    const b = book();
    const ctx = b.context();
    const sheet = ctx.workbook.worksheets.getItem('Empty');
    const cf = sheet.getRangeByIndexes(0, 0, 10, 1).conditionalFormats.add('CellValue').cellValue;
    cf.rule = { formula1: '="A"', operator: 'EqualTo' };
    cf.format.fill.color = '#FF0000';
    sheet.getRangeByIndexes(5, 0, 10, 1).conditionalFormats.clearAll();
    await ctx.sync();
    expect(conditionalRules(b, 'Empty')).toEqual([{ areas: ['A1:A5'], operator: 'EqualTo', formula1: '="A"', fill: '#FF0000', font: undefined }]);
  });

  it('reads a range format as null when its cells differ, and rejects bad font sizes', async () => {
    const b = book();
    const ctx = b.context();
    const sheet = ctx.workbook.worksheets.getItem('Empty');
    sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
    const mixed = sheet.getRangeByIndexes(0, 0, 2, 1).format.font.load('bold');
    const same = sheet.getRangeByIndexes(1, 0, 2, 1).format.font.load('bold');
    await ctx.sync();
    expect([mixed.bold, same.bold]).toEqual([null, false]);
    expect(styleAt(b, 'Empty', 0, 0).bold).toBe(true);
    sheet.getRangeByIndexes(0, 0, 1, 1).format.font.size = 0;
    expect(await code(ctx.sync())).toBe('InvalidArgument');
  });

  it('rejects an invalid colour', async () => {
    const ctx = book().context();
    ctx.workbook.worksheets.getItem('Empty').getRangeByIndexes(0, 0, 1, 1).conditionalFormats.add('CellValue').cellValue.format.font.color = 'FF0000x';
    expect(await code(ctx.sync())).toBe('InvalidArgument');
  });
});
