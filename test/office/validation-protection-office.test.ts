import { addInputColumns } from '../../src/app/add-input-columns';
import type { WriteOp } from '../../src/core/plan/write-ops';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { InputError } from '../../src/core/problems';
import { createOfficePort, type OfficePortOptions } from '../../src/ports/office/office-port';
import { type ExcelDouble, createExcelDouble, lockedAt, namesIn, numberFormatAt, sheetNames, sheetProtected, tableIn, validationAt, valueAt } from '../support/excel-double';

const ALERT = { title: 'Rating', message: 'Choose a rating from the list.' };
const VALIDATION: WriteOp = { op: 'validation', sheet: 'Customers', row: 1, col: 2, rows: 2, cols: 1, list: { source: '=CreditDesk_RatingKeys' }, alert: ALERT };

function workbook(): ExcelDouble {
  return createExcelDouble({
    sheets: [
      { name: 'Customers', rows: [['Id', 'Name', 'Bank credit'], [1, 'Ann', null], [2, 'Bob', null]] },
      { name: 'Scorecard', rows: [['Company', null], ['Weight', 8]] },
    ],
    names: [{ name: 'CreditDesk_RatingKeys', sheet: 'Scorecard', row: 1, col: 1 }],
  });
}

function apply(book: ExcelDouble, ops: WriteOp[], options: OfficePortOptions = {}): Promise<unknown> {
  return book.run((context) => createOfficePort(context, options).apply(ops));
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => { throw new Error('expected a refusal'); }, (error: unknown) => error);
}

describe('office port: the validation op', () => {
  it('sets a list rule with the in-cell drop-down and a Stop alert on every cell of the rectangle', async () => {
    const book = workbook();
    await apply(book, [VALIDATION]);
    for (const row of [1, 2]) {
      expect(validationAt(book, 'Customers', row, 2)).toEqual({
        type: 'List',
        list: { source: '=CreditDesk_RatingKeys', inCellDropDown: true },
        errorAlert: { showAlert: true, style: 'Stop', title: 'Rating', message: 'Choose a rating from the list.' },
      });
    }
    expect(validationAt(book, 'Customers', 3, 2)).toBeNull();
    expect(validationAt(book, 'Customers', 1, 1)).toBeNull();
  });

  it('replaces the rectangle’s earlier rule: the range is cleared first', async () => {
    const book = workbook();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').getRangeByIndexes(1, 2, 2, 1).dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThan' } };
      await context.sync();
    });
    await apply(book, [VALIDATION]);
    expect(validationAt(book, 'Customers', 1, 2)?.type).toBe('List');
  });

  it('refuses, before anything is sent, an alert longer than Excel takes', async () => {
    const book = workbook();
    const long: WriteOp = { ...VALIDATION, alert: { title: 'x'.repeat(33), message: '' } } as WriteOp;
    await expect(apply(book, [{ op: 'values', sheet: 'Customers', row: 5, col: 0, values: [['x']] }, long])).rejects.toThrow(/alert title of 33/);
    expect(book.stats.syncs).toBe(0);
  });
});

describe('office port: the protectSheet op', () => {
  const unlock: WriteOp = { op: 'style', sheet: 'Scorecard', row: 1, col: 1, rows: 1, cols: 1, style: { locked: false, fill: '#FFF2CC' } };

  it('protects the sheet with the styled cells unlocked: the user may type there and nowhere else', async () => {
    const book = workbook();
    await apply(book, [{ op: 'protectSheet', sheet: 'Scorecard' }, unlock, { op: 'values', sheet: 'Scorecard', row: 0, col: 1, values: [['Acme']] }]);
    expect(sheetProtected(book, 'Scorecard')).toBe(true);
    expect(lockedAt(book, 'Scorecard', 1, 1)).toBe(false);
    expect(lockedAt(book, 'Scorecard', 0, 1)).toBe(true);
    // Protected last, whatever the plan's order: the write to B1 went through.
    expect(valueAt(book, 'Scorecard', 0, 1)).toBe('Acme');
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Scorecard').getRange('B2').values = [[9]];
      await context.sync();
    });
    expect(valueAt(book, 'Scorecard', 1, 1)).toBe(9);
    const locked = await failure(book.run(async (context) => {
      context.workbook.worksheets.getItem('Scorecard').getRange('A2').values = [['x']];
      await context.sync();
    }));
    expect((locked as { code?: string }).code).toBe('AccessDenied');
  });

  it('refuses a sheet that is protected already, naming it, before writing', async () => {
    const book = createExcelDouble({ sheets: [{ name: 'Scorecard', rows: [['x']], protected: true }] });
    const error = await failure(apply(book, [{ op: 'protectSheet', sheet: 'Scorecard' }]));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).args.sheet).toBe('Scorecard');
  });

  it('protects each sheet once when Excel refuses the request after protecting them and it goes again in halves', async () => {
    const book = workbook();
    // Sync 1 is the preflight, 2 the cells, 3 the protection: refused after all its commands ran.
    book.faults.failSync(3, 'GeneralException', 1000);
    await apply(book, [unlock, { op: 'protectSheet', sheet: 'Scorecard' }, { op: 'protectSheet', sheet: 'Customers' }]);
    expect(sheetProtected(book, 'Scorecard')).toBe(true);
    expect(sheetProtected(book, 'Customers')).toBe(true);
    expect(book.faults.pending).toEqual([]);
  });
});

describe('office port: adding the input columns (the pane in Excel)', () => {
  it('adds the columns to the customer table, with formats and drop-downs, and the scorecard they list', async () => {
    const book = createExcelDouble({
      sheets: [
        { name: 'Customers', rows: [['Customer ID', 'Customer name', 'Quick assets'], ['K1', 'Ann', 5], ['K2', 'Bob', 7]] },
        { name: 'Sales', rows: [['Customer ID', 'Amount'], ['K1', 500], ['K2', 300]] },
      ],
      tables: [{ name: 'Clients', sheet: 'Customers', row: 0, col: 0, rows: 3, cols: 3 }],
    });
    const summary = await book.run((context) => addInputColumns(createOfficePort(context), { options: defaultTierOptions() }));
    expect(summary.table).toBe('Clients');
    const headers = summary.columns.map((c) => c.header);
    expect(tableIn(book, 'Clients').columns).toEqual(['Customer ID', 'Customer name', 'Quick assets', ...headers]);
    summary.columns.forEach((c, i) => expect(valueAt(book, 'Customers', 0, 3 + i)).toBe(c.header));
    expect(numberFormatAt(book, 'Customers', 1, 3)).toBe('#,##0');
    const rating = 3 + summary.columns.findIndex((c) => c.role === 'rating:principal');
    expect(validationAt(book, 'Customers', 2, rating)?.list).toEqual({ source: '=CreditDesk_RatingKeys', inCellDropDown: true });
    expect(validationAt(book, 'Customers', 3, rating)).toBeNull();
    expect(sheetNames(book)).toEqual(['Customers', 'Sales', 'Credit Scorecard']);
    expect(namesIn(book).find((n) => n.name === 'CreditDesk_RatingKeys')?.sheet).toBe('Credit Scorecard');
    // The columns carry no marker: no name points at the customer sheet.
    expect(namesIn(book).filter((n) => n.sheet === 'Customers')).toEqual([]);
  });
});
