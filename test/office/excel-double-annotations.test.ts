import { OfficeDoubleError, createExcelDouble } from '../support/excel-double';

const book = () => createExcelDouble({ sheets: [{ name: 'S', rows: [['a', 'b'], [1, { formula: '=A2*2', value: 2 }]] }] });

function codeOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof OfficeDoubleError) return error.code;
    throw error;
  }
  return 'no error';
}

async function syncCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OfficeDoubleError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('excel double: formulas', () => {
  it('loads formulas: a formula cell as its formula, any other as its value, an empty one as ""', async () => {
    const ctx = book().context();
    const range = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 2, 3).load('formulas');
    await ctx.sync();
    expect(range.formulas).toEqual([['a', 'b', ''], [1, '=A2*2', '']]);
  });
});

describe('excel double: data validation', () => {
  it('reports None, the rule type, MixedCriteria or Inconsistent over a range, only after load and sync', async () => {
    const b = book();
    await b.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('S');
      sheet.getRangeByIndexes(0, 4, 3, 1).dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
      sheet.getRangeByIndexes(3, 4, 1, 1).dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThan' } };
    });
    const ctx = b.context();
    const sheet = ctx.workbook.worksheets.getItem('S');
    const type = (row: number, rows: number, col = 4) => sheet.getRangeByIndexes(row, col, rows, 1).dataValidation.load('type');
    const [none, list, mixed, inconsistent] = [type(0, 3, 5), type(0, 3), type(2, 3), type(0, 4)];
    expect(codeOf(() => list.type)).toBe('PropertyNotLoaded');
    await ctx.sync();
    expect([none.type, list.type, mixed.type, inconsistent.type]).toEqual(['None', 'List', 'MixedCriteria', 'Inconsistent']);
  });

  it('clears a rule, and refuses a rule that is not one known type', async () => {
    const b = book();
    await b.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 4, 2, 1);
      range.dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
      range.dataValidation.clear();
    });
    const ctx = b.context();
    const v = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 4, 2, 1).dataValidation.load('type');
    await ctx.sync();
    expect(v.type).toBe('None');
    const bad = b.context();
    (bad.workbook.worksheets.getItem('S').getRangeByIndexes(0, 4, 1, 1).dataValidation as { rule: unknown }).rule = { list: {}, decimal: {} };
    expect(await syncCode(bad.sync())).toBe('InvalidArgument');
  });
});

describe('excel double: comments and notes', () => {
  it('counts and locates them per sheet, readable only after the sync', async () => {
    const b = book();
    await b.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('S');
      sheet.comments.add('C4', 'first');
      sheet.comments.add(sheet.getRangeByIndexes(9, 1, 1, 1), 'second');
      sheet.notes.add('D2', 'a note');
    });
    const ctx = b.context();
    const sheet = ctx.workbook.worksheets.getItem('S');
    const comments = sheet.comments.getCount();
    const notes = sheet.notes.getCount();
    const where = sheet.comments.getItemAt(1).getLocation().load('address,rowIndex,columnIndex');
    const note = sheet.notes.getItemAt(0).load('content');
    expect(codeOf(() => comments.value)).toBe('PropertyNotLoaded');
    await ctx.sync();
    expect([comments.value, notes.value, where.address, where.rowIndex, where.columnIndex, note.content]).toEqual([2, 1, 'S!B10', 9, 1, 'a note']);
  });

  it('refuses a comment on more than one cell, a second one on a cell, and an index past the end', async () => {
    const b = book();
    const ctx = b.context();
    ctx.workbook.worksheets.getItem('S').comments.add('A1:B2', 'wide');
    expect(await syncCode(ctx.sync())).toBe('InvalidArgument');
    const twice = b.context();
    twice.workbook.worksheets.getItem('S').notes.add('A1', 'one');
    twice.workbook.worksheets.getItem('S').notes.add('A1', 'two');
    expect(await syncCode(twice.sync())).toBe('NotEmulated');
    const past = b.context();
    past.workbook.worksheets.getItem('S').notes.getItemAt(1).getLocation().load('address');
    expect(await syncCode(past.sync())).toBe('ItemNotFound');
  });
});

describe('excel double: font name, colour, italic and underline', () => {
  it('reads them per range (null where cells differ) after setting, and checks what is set', async () => {
    const b = book();
    await b.run(async (ctx) => {
      const font = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1).format.font;
      font.name = 'Arial';
      font.color = '#FF0000';
      font.italic = true;
      font.underline = 'Single';
    });
    const ctx = b.context();
    const sheet = ctx.workbook.worksheets.getItem('S');
    const one = sheet.getRangeByIndexes(0, 0, 1, 1).format.font.load('name,color,italic,underline');
    const two = sheet.getRangeByIndexes(0, 0, 2, 1).format.font.load('name,color,italic,underline');
    const plain = sheet.getRangeByIndexes(1, 1, 1, 1).format.font.load('name,color,italic,underline');
    await ctx.sync();
    expect([one.name, one.color, one.italic, one.underline]).toEqual(['Arial', '#FF0000', true, 'Single']);
    expect([two.name, two.color, two.italic, two.underline]).toEqual([null, null, null, null]);
    expect([plain.name, plain.color, plain.italic, plain.underline]).toEqual(['Calibri', '#000000', false, 'None']);
    const bad = b.context();
    bad.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1).format.font.underline = 'Wavy';
    expect(await syncCode(bad.sync())).toBe('InvalidArgument');
  });
});
