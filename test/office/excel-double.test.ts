import {
  createExcelDouble, OfficeDoubleError, PAYLOAD_LIMIT_BYTES, bordersAt, conditionalRules, formulaAt, mergedAreas, namesIn, numberFormatAt,
  pageLayoutOf, quotePrefixAt, rowHeightAt, styleAt, tableIn, valueAt,
} from '../support/excel-double';

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

  it('widens a table over non-empty cells by shifting them right, as Excel inserts cells (table-growth tests: excel-double-tables)', async () => {
    const b = createExcelDouble({
      sheets: [{ name: 'S', rows: [['A', 'B', 'x'], [1, 2, '']] }],
      tables: [{ name: 'T', sheet: 'S', row: 0, col: 0, rows: 2, cols: 2 }],
    });
    const ctx = b.context();
    ctx.workbook.tables.getItem('T').columns.add(-1, undefined, 'C');
    await ctx.sync();
    expect(tableIn(b, 'T').columns).toEqual(['A', 'B', 'C']);
    expect([valueAt(b, 'S', 0, 2), valueAt(b, 'S', 0, 3)]).toEqual(['C', 'x']);
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

describe('excel double: merges, borders, row heights', () => {
  it('keeps a merged area; writes to its other cells are simply stored', async () => {
    const b = book();
    const ctx = b.context();
    const sheet = ctx.workbook.worksheets.getItem('Empty');
    sheet.getRange('B2:D3').merge();
    sheet.getRange('B5:C6').merge(true);
    await ctx.sync();
    expect(mergedAreas(b, 'Empty')).toEqual(['B2:D3', 'B5:C5', 'B6:C6']);
    sheet.getRange('A1:E3').merge();
    sheet.getRangeByIndexes(1, 2, 1, 1).values = [['kept']];
    await ctx.sync();
    expect(mergedAreas(b, 'Empty')).toEqual(['B5:C5', 'B6:C6', 'A1:E3']);
    expect(valueAt(b, 'Empty', 1, 2)).toBe('kept');
    sheet.getRange('A1:E3').merge();
    await ctx.sync();
    sheet.getRange('B2:D3').merge();
    expect(await code(ctx.sync())).toBe('NotEmulated');
    sheet.getRange('A1:E4').merge();
    expect(await code(ctx.sync())).toBe('NotEmulated');
  });

  it('refuses merges it cannot vouch for: values to drop, areas sticking out; unmerges areas inside', async () => {
    const b = book();
    const ctx = b.context();
    const sheet = ctx.workbook.worksheets.getItem('Customers');
    sheet.getRange('C1:C2').merge();
    expect(await code(ctx.sync())).toBe('NotEmulated');
    sheet.getRange('B3:C3').merge();
    expect(await code(ctx.sync())).toBe('InvalidOperation');
    sheet.getRange('E1:F2').merge();
    await ctx.sync();
    sheet.getRange('F2:G2').merge();
    expect(await code(ctx.sync())).toBe('NotEmulated');
    sheet.getRange('E1:F1').unmerge();
    expect(await code(ctx.sync())).toBe('NotEmulated');
    sheet.getRange('D1:G3').unmerge();
    await ctx.sync();
    expect(mergedAreas(b, 'Customers')).toEqual([]);
    sheet.getRange('E1:F2').merge();
    sheet.getRange('E1:H9').clear('Formats');
    await ctx.sync();
    expect(mergedAreas(b, 'Customers')).toEqual([]);
  });

  it('keeps borders per cell edge, reads a side as null when its edges differ, and refuses what it does not model', async () => {
    const b = book();
    const ctx = b.context();
    const sheet = ctx.workbook.worksheets.getItem('Empty');
    const top = sheet.getRange('A1:B2').format.borders.getItem('InsideHorizontal');
    top.style = 'Dash';
    top.weight = 'Medium';
    const inside = sheet.getRange('A1:B2').format.borders.getItem('InsideHorizontal').load('style,weight,sideIndex');
    const mixed = sheet.getRange('A1:A3').format.borders.getItem('EdgeLeft').load('style');
    expect(codeOf(() => inside.style)).toBe('PropertyNotLoaded');
    await ctx.sync();
    expect([inside.style, inside.weight, inside.sideIndex, mixed.style]).toEqual(['Dash', 'Medium', 'InsideHorizontal', 'None']);
    const dash = { style: 'Dash', weight: 'Medium', color: '#000000' };
    expect(bordersAt(b, 'Empty', 0, 1)).toEqual({ top: null, bottom: dash, left: null, right: null });
    expect(bordersAt(b, 'Empty', 1, 1)).toEqual({ top: dash, bottom: null, left: null, right: null });
    sheet.getRange('A1').format.borders.getItem('EdgeLeft').style = 'Continuous';
    const edge = sheet.getRange('A1:A2').format.borders.getItem('EdgeLeft').load('style');
    await ctx.sync();
    expect(edge.style).toBeNull();
    sheet.getRange('A5:C5').format.borders.getItem('InsideHorizontal').style = 'Continuous';
    expect(await code(ctx.sync())).toBe('NotEmulated');
    sheet.getRange('A7').format.borders.getItem('EdgeTop').weight = 'Thin';
    expect(await code(ctx.sync())).toBe('NotEmulated');
    sheet.getRange('A7').format.borders.getItem('EdgeTop').style = 'Wavy';
    expect(await code(ctx.sync())).toBe('InvalidArgument');
    sheet.getRange('A1:B2').clear('Formats');
    await ctx.sync();
    expect(bordersAt(b, 'Empty', 1, 1).top).toBeNull();
  });

  it('sets row heights in points (0 to 409) and alignment by Office name', async () => {
    const b = book();
    const ctx = b.context();
    const sheet = ctx.workbook.worksheets.getItem('Empty');
    sheet.getRange('A2:C3').format.rowHeight = 40;
    sheet.getRange('A2').format.horizontalAlignment = 'Center';
    const same = sheet.getRange('B2:B3').format.load('rowHeight');
    const mixed = sheet.getRange('A1:A2').format.load('rowHeight,horizontalAlignment,verticalAlignment');
    await ctx.sync();
    expect([same.rowHeight, mixed.rowHeight, mixed.horizontalAlignment, mixed.verticalAlignment]).toEqual([40, null, null, 'Bottom']);
    expect([rowHeightAt(b, 'Empty', 0), rowHeightAt(b, 'Empty', 2)]).toEqual([15, 40]);
    sheet.getRange('A1').format.rowHeight = 410;
    expect(await code(ctx.sync())).toBe('InvalidArgument');
    sheet.getRange('A1').format.verticalAlignment = 'Middle';
    expect(await code(ctx.sync())).toBe('InvalidArgument');
  });
});

describe('excel double: page layout', () => {
  it('starts from Excel\'s defaults and reports page layout only after load + sync', async () => {
    const b = book();
    const ctx = b.context();
    const sheet = ctx.workbook.worksheets.getItem('Empty');
    const layout = sheet.pageLayout.load('paperSize,orientation,zoom,topMargin,leftMargin,printGridlines');
    const footer = sheet.pageLayout.headersFooters.defaultForAllPages.load('centerFooter');
    const state = sheet.pageLayout.headersFooters.load('state');
    const grid = sheet.load('showGridlines');
    expect(codeOf(() => layout.paperSize)).toBe('PropertyNotLoaded');
    expect(codeOf(() => grid.showGridlines)).toBe('PropertyNotLoaded');
    await ctx.sync();
    expect([layout.paperSize, layout.orientation, layout.zoom, layout.topMargin, layout.leftMargin, layout.printGridlines])
      .toEqual(['Letter', 'Portrait', { scale: 100 }, 54, 50.4, false]);
    expect([footer.centerFooter, state.state, grid.showGridlines]).toEqual(['', 'Default', true]);
    expect(codeOf(() => layout.bottomMargin)).toBe('PropertyNotLoaded');
  });

  it('sets paper, orientation, zoom, margins (in points), print area, header and footer, gridlines', async () => {
    const b = book();
    const ctx = b.context();
    const sheet = ctx.workbook.worksheets.getItem('Empty');
    const layout = sheet.pageLayout;
    layout.paperSize = 'A4';
    layout.orientation = 'Landscape';
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintMargins('Inches', { top: 1, left: 0.25 });
    layout.setPrintMargins('Centimeters', { footer: 2.54 });
    layout.setPrintArea('B2:D9');
    layout.printGridlines = true;
    layout.headersFooters.defaultForAllPages.centerHeader = '&P / &N';
    sheet.showGridlines = false;
    const read = layout.load('paperSize,zoom,topMargin,leftMargin,footerMargin,bottomMargin');
    await ctx.sync();
    expect([read.paperSize, read.zoom, read.topMargin, read.leftMargin, read.footerMargin, read.bottomMargin])
      .toEqual(['A4', { horizontalFitToPages: 1, verticalFitToPages: 0 }, 72, 18, 72, 54]);
    expect(pageLayoutOf(b, 'Empty')).toMatchObject({
      orientation: 'Landscape', printArea: 'B2:D9', printGridlines: true, showGridlines: false,
      margins: { top: 1, left: 0.25, footer: 1, bottom: 0.75 }, header: { left: '', center: '&P / &N', right: '' },
    });
    layout.setPrintArea(sheet.getRange('A1:B2'));
    await ctx.sync();
    expect(pageLayoutOf(b, 'Empty').printArea).toBe('A1:B2');
  });

  it('refuses zoom, margins, print areas and paper it cannot vouch for', async () => {
    const ctx = book().context();
    const layout = ctx.workbook.worksheets.getItem('Empty').pageLayout;
    layout.zoom = { horizontalFitToPages: 1 };
    expect(await code(ctx.sync())).toBe('NotEmulated');
    layout.zoom = { scale: 5 };
    expect(await code(ctx.sync())).toBe('InvalidArgument');
    layout.zoom = { scale: 80, verticalFitToPages: 1, horizontalFitToPages: 1 };
    expect(await code(ctx.sync())).toBe('NotEmulated');
    layout.setPrintMargins('Furlongs' as 'Inches', { top: 1 });
    expect(await code(ctx.sync())).toBe('InvalidArgument');
    layout.setPrintArea('Empty!A1:B2');
    expect(await code(ctx.sync())).toBe('NotEmulated');
    layout.paperSize = 'A7' as 'A4';
    expect(await code(ctx.sync())).toBe('InvalidArgument');
  });

  it('adds manual page breaks above a range, resets them, and refuses breaks above row 1 or twice on a row', async () => {
    const b = book();
    const ctx = b.context();
    const breaks = ctx.workbook.worksheets.getItem('Empty').horizontalPageBreaks;
    breaks.add('A21:E21');
    const second = breaks.add('C41').load('rowIndex,columnIndex');
    await ctx.sync();
    expect([second.rowIndex, second.columnIndex]).toEqual([40, 2]);
    expect(pageLayoutOf(b, 'Empty').pageBreaksBefore).toEqual([20, 40]);
    breaks.add('B21');
    expect(await code(ctx.sync())).toBe('NotEmulated');
    breaks.add('A1:C1');
    expect(await code(ctx.sync())).toBe('NotEmulated');
    breaks.removePageBreaks();
    breaks.add('A3');
    await ctx.sync();
    expect(pageLayoutOf(b, 'Empty').pageBreaksBefore).toEqual([2]);
  });
});
