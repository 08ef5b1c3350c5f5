import type { WriteOp } from '../../src/core/plan/write-ops';
import { createOfficePort } from '../../src/ports/office/office-port';
import { officeColor } from '../../src/ports/office/formats';
import { columnWidthPoints } from '../../src/ports/office/wire';
import {
  type ExcelDouble, columnWidthAt, conditionalRules, createExcelDouble, formulaAt, namesIn,
  numberFormatAt, quotePrefixAt, sheetNames, styleAt, tableIn, valueAt,
} from '../support/excel-double';

function workbook(): ExcelDouble {
  return createExcelDouble({
    sheets: [{ name: 'Customers', rows: [['Id', 'Name'], [1, 'Ann'], [2, 'Bob']] }],
    tables: [{ name: 'Clients', sheet: 'Customers', row: 0, col: 0, rows: 3, cols: 2 }],
    names: [{ name: 'CD_Tier', sheet: 'Customers', row: 0, col: 0, comment: 'old' }],
  });
}

/** The request apply sends before writing (names, protection, tables): one, whatever the plan. */
const PREFLIGHT = 1;

function apply(book: ExcelDouble, ops: WriteOp[]): Promise<unknown> {
  return book.run((context) => createOfficePort(context).apply(ops));
}

describe('office port: apply', () => {
  it('adds a sheet and writes to it in the same plan, in one write request', async () => {
    const book = workbook();
    await apply(book, [
      { op: 'addSheet', sheet: 'Grades' },
      { op: 'values', sheet: 'Grades', row: 1, col: 1, values: [['Grade', 2.5], [null, 7]] },
    ]);
    expect(sheetNames(book)).toEqual(['Customers', 'Grades']);
    expect([valueAt(book, 'Grades', 1, 1), valueAt(book, 'Grades', 1, 2), valueAt(book, 'Grades', 2, 2)]).toEqual(['Grade', 2.5, 7]);
    expect(book.stats.syncs).toBe(PREFLIGHT + 1);
  });

  it('writes text as text, even when Excel would read it as a formula, number or boolean', async () => {
    const book = workbook();
    const texts = ['=1+1', '+5', '-x', '@home', '00123', 'TRUE', '1/2', "'quoted"];
    await apply(book, [{ op: 'values', sheet: 'Customers', row: 5, col: 0, values: [texts] }]);
    texts.forEach((text, col) => {
      expect(valueAt(book, 'Customers', 5, col)).toBe(text);
      expect(formulaAt(book, 'Customers', 5, col)).toBeUndefined();
      expect(quotePrefixAt(book, 'Customers', 5, col)).toBe(true);
    });
  });

  it('writes formulas as formulas and clears cells written as null', async () => {
    const book = workbook();
    await apply(book, [{
      op: 'values', sheet: 'Customers', row: 1, col: 1,
      values: [[{ formula: '=A2*2', value: 2 }, 'x'], [null, { formula: 'SUM(A2:A3)', value: 3 }]],
    }]);
    expect(formulaAt(book, 'Customers', 1, 1)).toBe('=A2*2');
    expect(valueAt(book, 'Customers', 1, 2)).toBe('x');
    expect(valueAt(book, 'Customers', 2, 1)).toBe('');
    expect(formulaAt(book, 'Customers', 2, 2)).toBe('=SUM(A2:A3)');
  });

  it('refuses a values op whose rows differ in length', async () => {
    const book = workbook();
    await expect(apply(book, [{ op: 'values', sheet: 'Customers', row: 0, col: 3, values: [[1, 2], [3]] }])).rejects.toThrow('row 1 has 1 cells');
    expect(book.stats.syncs).toBe(0);
  });

  it('clears contents but keeps number formats', async () => {
    const book = workbook();
    await apply(book, [
      { op: 'numberFormat', sheet: 'Customers', row: 1, col: 0, rows: 2, cols: 1, format: '0.00' },
      { op: 'clear', sheet: 'Customers', row: 1, col: 0, rows: 2, cols: 1 },
    ]);
    expect([valueAt(book, 'Customers', 1, 0), valueAt(book, 'Customers', 2, 0)]).toEqual(['', '']);
    expect([numberFormatAt(book, 'Customers', 1, 0), numberFormatAt(book, 'Customers', 2, 0)]).toEqual(['0.00', '0.00']);
    expect(numberFormatAt(book, 'Customers', 3, 0)).toBe('General');
  });

  it('widens a table with the new headers', async () => {
    const book = workbook();
    await apply(book, [
      { op: 'tableColumns', sheet: 'Customers', table: 'Clients', headers: ['Tier', 'Grade'] },
      { op: 'values', sheet: 'Customers', row: 1, col: 2, values: [['A', 'x'], ['B', 'y']] },
    ]);
    expect(tableIn(book, 'Clients')).toMatchObject({ lastCol: 3, lastRow: 2, columns: ['Id', 'Name', 'Tier', 'Grade'] });
    expect(valueAt(book, 'Customers', 2, 3)).toBe('y');
  });

  it('creates a name, or moves one that exists (any case), with its comment', async () => {
    const book = workbook();
    await apply(book, [
      { op: 'name', name: 'cd_tier', sheet: 'Customers', row: 0, col: 2, comment: 'tier column' },
      { op: 'name', name: 'CD_Grade', sheet: 'Customers', row: 0, col: 3, comment: '' },
      { op: 'name', name: 'CD_Grade', sheet: 'Customers', row: 0, col: 4, comment: 'again' },
    ]);
    expect(namesIn(book)).toEqual([
      { name: 'cd_tier', comment: 'tier column', formula: '=Customers!$C$1', sheet: 'Customers', row: 0, col: 2 },
      { name: 'CD_Grade', comment: 'again', formula: '=Customers!$E$1', sheet: 'Customers', row: 0, col: 4 },
    ]);
    expect(book.stats.syncs).toBe(PREFLIGHT + 1);
  });

  it('replaces the fill rules of a range', async () => {
    const book = workbook();
    const rect = { sheet: 'Customers', row: 1, col: 2, rows: 2, cols: 1 };
    await apply(book, [{ op: 'fillRules', ...rect, rules: [{ equals: 'Z', fill: '#000000', font: '#FFFFFF' }] }]);
    await apply(book, [{
      op: 'fillRules', ...rect,
      rules: [{ equals: 'A', fill: '#c6efce', font: '#006100' }, { equals: 'say "hi"', fill: '#FFC7CE', font: '#9C0006' }],
    }]);
    expect(conditionalRules(book, 'Customers')).toEqual([
      { areas: ['C2:C3'], operator: 'EqualTo', formula1: '="A"', fill: '#C6EFCE', font: '#006100' },
      { areas: ['C2:C3'], operator: 'EqualTo', formula1: '="say ""hi"""', fill: '#FFC7CE', font: '#9C0006' },
    ]);
  });

  it('sets column widths in points from character units', async () => {
    const book = workbook();
    await apply(book, [{ op: 'columnWidth', sheet: 'Customers', col: 3, width: 12 }]);
    expect(columnWidthAt(book, 'Customers', 3)).toBe(66.75);
    expect(columnWidthPoints(12)).toBe((12 * 7 + 5) * 0.75);
    expect(columnWidthPoints(0)).toBe(0);
  });

  it('keeps the order of ops within a batch', async () => {
    const book = workbook();
    await apply(book, [
      { op: 'values', sheet: 'Customers', row: 1, col: 1, values: [['first']] },
      { op: 'clear', sheet: 'Customers', row: 1, col: 1, rows: 1, cols: 1 },
      { op: 'values', sheet: 'Customers', row: 2, col: 1, values: [['kept']] },
    ]);
    expect([valueAt(book, 'Customers', 1, 1), valueAt(book, 'Customers', 2, 1)]).toEqual(['', 'kept']);
    expect(book.stats.syncs).toBe(PREFLIGHT + 1);
  });

  it('sets only the style properties given', async () => {
    const book = workbook();
    await apply(book, [
      { op: 'style', sheet: 'Customers', row: 0, col: 0, rows: 1, cols: 2, style: { bold: true, fill: '#D9E1F2' } },
      { op: 'style', sheet: 'Customers', row: 0, col: 1, rows: 2, cols: 1, style: { fontSize: 14, wrap: true, horizontal: 'center', vertical: 'top' } },
      { op: 'style', sheet: 'Customers', row: 1, col: 1, rows: 1, cols: 1, style: { horizontal: 'right', vertical: 'center' } },
    ]);
    expect(styleAt(book, 'Customers', 0, 0)).toEqual({ bold: true, fontSize: 11, fill: '#D9E1F2', wrap: false, horizontal: 'General', vertical: 'Bottom' });
    expect(styleAt(book, 'Customers', 0, 1)).toEqual({ bold: true, fontSize: 14, fill: '#D9E1F2', wrap: true, horizontal: 'Center', vertical: 'Top' });
    expect(styleAt(book, 'Customers', 1, 1)).toEqual({ bold: false, fontSize: 14, fill: '#FFFFFF', wrap: true, horizontal: 'Right', vertical: 'Center' });
    expect(styleAt(book, 'Customers', 2, 1)).toMatchObject({ horizontal: 'General', vertical: 'Bottom' });
  });

  it('rejects colours that are not #RRGGBB', () => {
    expect(officeColor('#abcdef')).toBe('#ABCDEF');
    expect(() => officeColor('FFC7CE')).toThrow('not a #RRGGBB colour');
  });

  it('surfaces Excel errors (adding a sheet that exists)', async () => {
    const book = workbook();
    await expect(apply(book, [{ op: 'addSheet', sheet: 'CUSTOMERS' }])).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });
});
