import {
  type DescribedCell, OfficeDoubleError, WEB_SHIFT_CELL_LIMIT, createExcelDouble, namesIn, numberFormatAt, tableIn, valueAt,
} from '../support/excel-double';

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OfficeDoubleError) return error.code;
    throw error;
  }
  return 'no error';
}

/**
 * Sheet S: a table T over A2:B4 (header row 2), a note above it in D1, a
 * value right of it in D3 (formatted), another table U wholly in its rows at
 * F2:G3, and a value below it in D6.
 */
function book() {
  const rows: DescribedCell[][] = [
    [null, null, null, 'above'],
    ['Id', 'Name', null, null, null, 'K', 'V'],
    [1, 'Ann', null, 'right', null, 'k1', 'v1'],
    [2, 'Bob'],
    [],
    [null, null, null, 'below'],
  ];
  const b = createExcelDouble({
    sheets: [{ name: 'S', rows }],
    tables: [
      { name: 'T', sheet: 'S', row: 1, col: 0, rows: 3, cols: 2 },
      { name: 'U', sheet: 'S', row: 1, col: 5, rows: 2, cols: 2 },
    ],
    names: [{ name: 'Pin', sheet: 'S', row: 2, col: 3 }],
  });
  b.model.sheet('S').setNumberFormat(2, 3, '0.0');
  return b;
}

describe('excel double: TableColumnCollection.add inserts cells, as Excel does', () => {
  it('shifts what lies right of the table, in its rows only: cells with their formats, names, a table wholly in those rows', async () => {
    const b = book();
    const ctx = b.context();
    ctx.workbook.tables.getItem('T').columns.add(-1, undefined, 'Tier');
    await ctx.sync();
    expect(tableIn(b, 'T')).toMatchObject({ firstCol: 0, lastCol: 2, columns: ['Id', 'Name', 'Tier'] });
    // D3 moved to E3, with its number format and the name on it; D1 and D6, outside the table's rows, stayed: out of line now.
    expect([valueAt(b, 'S', 2, 3), valueAt(b, 'S', 2, 4), numberFormatAt(b, 'S', 2, 4)]).toEqual(['', 'right', '0.0']);
    expect([valueAt(b, 'S', 0, 3), valueAt(b, 'S', 5, 3)]).toEqual(['above', 'below']);
    expect(namesIn(b).find((n) => n.name === 'Pin')).toMatchObject({ col: 4, formula: '=S!$E$3' });
    expect(tableIn(b, 'U')).toMatchObject({ firstCol: 6, lastCol: 7, columns: ['K', 'V'] });
  });

  it('refuses to move part of another table (InsertDeleteConflict), cut a merged area (MergedRangeConflict) or push cells off the sheet', async () => {
    const partly = createExcelDouble({
      sheets: [{ name: 'S', rows: [['Id', null, 'K'], [1, null, 'k'], [null, null, 'k2']] }],
      tables: [{ name: 'T', sheet: 'S', row: 0, col: 0, rows: 2, cols: 1 }, { name: 'U', sheet: 'S', row: 0, col: 2, rows: 3, cols: 1 }],
    });
    let ctx = partly.context();
    ctx.workbook.tables.getItem('T').columns.add(-1, undefined, 'Tier');
    expect(await code(ctx.sync())).toBe('InsertDeleteConflict');

    const merged = createExcelDouble({ sheets: [{ name: 'S', rows: [['Id'], [1]] }], tables: [{ name: 'T', sheet: 'S', row: 0, col: 0, rows: 2, cols: 1 }] });
    merged.model.sheet('S').merge({ row: 1, col: 3, rows: 2, cols: 2 });
    ctx = merged.context();
    ctx.workbook.tables.getItem('T').columns.add(-1, undefined, 'Tier');
    expect(await code(ctx.sync())).toBe('MergedRangeConflict');

    const full = createExcelDouble({ sheets: [{ name: 'S', rows: [['Id'], [1]] }], tables: [{ name: 'T', sheet: 'S', row: 0, col: 0, rows: 2, cols: 1 }] });
    full.model.sheet('S').put(1, 16_383, { value: 'last column' });
    ctx = full.context();
    ctx.workbook.tables.getItem('T').columns.add(-1, undefined, 'Tier');
    expect(await code(ctx.sync())).toBe('NonBlankCellOffSheet');
    expect(tableIn(full, 'T').lastCol).toBe(0);
  });

  it('fails like Excel on the web (OperationCellsExceedLimit) past about 33.5 M shifted cells, when anything lies right of the table', async () => {
    // rows x (16,383 - table columns) cells to shift: 2,048 rows of a 5-column table pass, 2,049 do not.
    const table = (rows: number, right: boolean) => {
      const cells: DescribedCell[][] = [['A', 'B', 'C', 'D', 'E', ...(right ? [null, 'note'] : [])], ...Array.from({ length: rows - 1 }, (_, i) => [i, 0, 0, 0, 0])];
      return createExcelDouble({ sheets: [{ name: 'S', rows: cells }], tables: [{ name: 'T', sheet: 'S', row: 0, col: 0, rows, cols: 5 }] });
    };
    expect(2048 * (16_383 - 5)).toBeLessThanOrEqual(WEB_SHIFT_CELL_LIMIT);
    expect(2049 * (16_383 - 5)).toBeGreaterThan(WEB_SHIFT_CELL_LIMIT);
    const add = async (b: ReturnType<typeof table>) => {
      const ctx = b.context();
      ctx.workbook.tables.getItem('T').columns.add(-1, undefined, 'Tier');
      return code(ctx.sync());
    };
    expect(await add(table(2048, true))).toBe('no error');
    expect(await add(table(2049, true))).toBe('OperationCellsExceedLimit');
    // Nothing to the right: nothing to shift.
    expect(await add(table(5000, false))).toBe('no error');
  });
});

describe('excel double: Table.resize (ExcelApi 1.13)', () => {
  it('takes in the header cells to the right as column names and moves no cell', async () => {
    const b = book();
    const ctx = b.context();
    const sheet = ctx.workbook.worksheets.getItem('S');
    sheet.getRangeByIndexes(1, 2, 1, 1).values = [["'Tier"]];
    sheet.tables.getItem('T').resize(sheet.getRangeByIndexes(1, 0, 3, 4));
    await ctx.sync();
    // D2 was blank: Excel names it; D3 stays where it was, now inside the table.
    expect(tableIn(b, 'T')).toMatchObject({ lastCol: 3, lastRow: 3, columns: ['Id', 'Name', 'Tier', 'Column4'] });
    expect([valueAt(b, 'S', 2, 3), valueAt(b, 'S', 0, 3), tableIn(b, 'U').firstCol]).toEqual(['right', 'above', 5]);
  });

  it('keeps the headers in their row, takes no other table in, and emulates only widening to the right', async () => {
    const cases: [string, (s: Excel.Worksheet) => Excel.Range, string][] = [
      ['another header row', (s) => s.getRangeByIndexes(2, 0, 2, 3), 'InvalidArgument'],
      ['over table U', (s) => s.getRangeByIndexes(1, 0, 3, 7), 'InvalidOperation'],
      ['narrower', (s) => s.getRangeByIndexes(1, 0, 3, 1), 'NotEmulated'],
      ['longer', (s) => s.getRangeByIndexes(1, 0, 5, 3), 'NotEmulated'],
    ];
    for (const [, range, expected] of cases) {
      const b = book();
      const ctx = b.context() as unknown as Excel.RequestContext;
      const sheet = ctx.workbook.worksheets.getItem('S');
      sheet.tables.getItem('T').resize(range(sheet));
      expect(await code(ctx.sync())).toBe(expected);
      expect(tableIn(b, 'T').lastCol).toBe(1);
    }
  });
});

describe('excel double: another user inserts rows', () => {
  it('moves the cells, tables and names below down', () => {
    const b = book();
    b.model.insertRows(b.model.sheet('S'), 2, 1);
    expect([valueAt(b, 'S', 2, 0), valueAt(b, 'S', 3, 0), valueAt(b, 'S', 3, 3)]).toEqual(['', 1, 'right']);
    expect(tableIn(b, 'T')).toMatchObject({ headerRow: 1, lastRow: 4 });
    expect(namesIn(b).find((n) => n.name === 'Pin')).toMatchObject({ row: 3, formula: '=S!$D$4' });
  });
});
