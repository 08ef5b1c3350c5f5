/**
 * "Remove the form sheets of the last run" through the Office.js port, on
 * the Excel test double: Worksheet.delete() for the unedited sheets of the
 * last run with their names, nothing for any other sheet, refusals before
 * anything is deleted, and a request Excel refuses part-way finished once.
 */
import { findFormsToRemove, removeFormSheets } from '../../src/app/remove-forms';
import { runSteps, type StepsRequest } from '../../src/app/run-steps';
import type { DeleteSheetOp } from '../../src/core/plan/write-ops';
import { InputError } from '../../src/core/problems';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { createOfficePort } from '../../src/ports/office/office-port';
import type { WorkbookPort } from '../../src/ports/workbook-port';
import { createExcelDouble, namesIn, sheetNames, valueAt, type DescribedCell, type ExcelDouble } from '../support/excel-double';
import { makeWorkbook, openThroughFile, runThroughFile } from '../support/workbooks';

const customers: DescribedCell[][] = [
  ['Customer ID', 'Customer name', 'Current assets', 'Inventories', 'Current liabilities', 'Sales ability'],
  ['C1', 'Alpha', 500, 100, 200, 'good'],
  ['C2', 'Beta', 50, 10, 100, 3],
];
const sales: DescribedCell[][] = [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 900_000], [46010, 'C2', 90_000]];
const forms = (batch: boolean): StepsRequest => ({
  steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(),
  forms: { selection: { kind: 'all' }, batch, now: new Date(2026, 10, 22, 9, 30) },
});
const SHEETS = ['Survey-Alpha', 'Survey-Beta', 'Credit application-Alpha', 'Credit application-Beta'];

/** A workbook in the double with the forms of one run made through the Office port. */
async function withForms(batch = false, extra: { protectedStructure?: boolean } = {}): Promise<ExcelDouble> {
  const book = createExcelDouble({ sheets: [{ name: 'Customers', rows: customers }, { name: 'Sales', rows: sales }] });
  await book.run((context) => runSteps(createOfficePort(context), forms(batch)));
  if (extra.protectedStructure) book.model.protectedStructure = true;
  return book;
}

/** The user types into a cell, as in Excel. */
const type = (book: ExcelDouble, sheet: string, row: number, col: number, value: string) => book.model.sheet(sheet).put(row, col, { value });
const formNames = (book: ExcelDouble) => namesIn(book).filter((n) => n.name.startsWith('CreditDesk_Form')).map((n) => [n.name.replace(/_F[0-9a-f]{14}$/, ''), n.sheet]);
const remove = (book: ExcelDouble, confirmed?: string[]) => book.run((context) => removeFormSheets(createOfficePort(context), confirmed));

describe('remove-forms through the Office.js port', () => {
  test('the unedited sheets of the last run are deleted with their marker and seal; an edited one is kept; no other sheet or name changes', async () => {
    const book = await withForms();
    expect(sheetNames(book)).toEqual(['Customers', 'Sales', 'Credit Scorecard', ...SHEETS]);
    type(book, 'Survey-Beta', 30, 2, 'Checked by Lin');
    const others = namesIn(book).filter((n) => !n.name.startsWith('CreditDesk_Form'));
    const customerCells = JSON.stringify(book.model.sheet('Customers'));

    expect(await book.run((context) => findFormsToRemove(createOfficePort(context)))).toEqual({
      remove: ['Survey-Alpha', 'Credit application-Alpha', 'Credit application-Beta'], keptEdited: ['Survey-Beta'], unchecked: [],
    });
    expect(await remove(book)).toEqual({ remove: ['Survey-Alpha', 'Credit application-Alpha', 'Credit application-Beta'], keptEdited: ['Survey-Beta'], unchecked: [] });
    expect(sheetNames(book)).toEqual(['Customers', 'Sales', 'Credit Scorecard', 'Survey-Beta']);
    // The deleted sheets leave no "=#REF!" names behind; the kept one keeps both of its own.
    expect(formNames(book)).toEqual([['CreditDesk_Form_2', 'Survey-Beta'], ['CreditDesk_FormSeal_2_R1_N4', 'Survey-Beta']]);
    expect(namesIn(book).filter((n) => !n.name.startsWith('CreditDesk_Form'))).toEqual(others);
    expect(JSON.stringify(book.model.sheet('Customers'))).toBe(customerCells);
    expect(valueAt(book, 'Survey-Beta', 30, 2)).toBe('Checked by Lin');
    expect(book.stats.failedSyncs).toBe(0);
  });

  test('the same forms removed through the .xlsx port: the same sheets go and stay', async () => {
    const book = await withForms(true);
    type(book, 'Credit application (batch)', 5, 8, 'x');
    const office = await remove(book);
    const { bytes } = await runThroughFile(makeWorkbook([{ name: 'Customers', rows: customers as never }, { name: 'Sales', rows: sales as never }]), forms(true));
    const file = await openThroughFile(bytes);
    await file.port.apply([{ op: 'values', sheet: 'Credit application (batch)', row: 5, col: 8, values: [['x']] }]);
    expect(await removeFormSheets(file.port)).toEqual(office);
    expect(office).toEqual({ remove: ['Survey (batch)'], keptEdited: ['Credit application (batch)'], unchecked: [] });
  });

  test('only the sheets the user was shown: one added to the run\'s list since is not deleted', async () => {
    const book = await withForms();
    expect((await remove(book, ['Survey-Alpha'])).remove).toEqual(['Survey-Alpha']);
    expect(sheetNames(book)).toEqual(['Customers', 'Sales', 'Credit Scorecard', 'Survey-Beta', 'Credit application-Alpha', 'Credit application-Beta']);
  });

  test('a protected form sheet is still deleted (sheet protection does not keep a sheet); a protected workbook structure refuses, nothing deleted', async () => {
    const book = await withForms();
    book.model.sheet('Survey-Alpha').isProtected = true;
    expect((await remove(book)).remove).toEqual(SHEETS);

    const locked = await withForms(false, { protectedStructure: true });
    const names = namesIn(locked);
    await expect(remove(locked)).rejects.toMatchObject({ constructor: InputError, code: 'workbookProtectedRemove' });
    expect(sheetNames(locked)).toEqual(['Customers', 'Sales', 'Credit Scorecard', ...SHEETS]);
    expect(namesIn(locked)).toEqual(names);
  });

  test('a deleteSheet op without the sheet\'s form marker is refused before anything is written', async () => {
    const book = await withForms();
    const names = namesIn(book);
    const seal = names.find((n) => n.name.startsWith('CreditDesk_FormSeal_1_'))!.name;
    const attempts: DeleteSheetOp[] = [
      { op: 'deleteSheet', sheet: 'Customers', marker: 'CreditDesk_Form_1', names: [] },
      { op: 'deleteSheet', sheet: 'Sales', marker: 'CreditDesk_Tier', names: [] },
      // A good op first: nothing of it is done either.
      { op: 'deleteSheet', sheet: 'Survey-Beta', marker: 'CreditDesk_Form_2', names: [seal] },
    ];
    for (const op of attempts) {
      await expect(book.run((context) => createOfficePort(context).apply([op]))).rejects.toMatchObject({ constructor: InputError, code: 'notFormSheet', args: { sheet: op.sheet } });
    }
    await expect(book.run((context) => createOfficePort(context).apply([{ op: 'deleteSheet', sheet: 'Survey-Alpha', marker: 'CreditDesk_Form_1', names: [seal] }, attempts[0]!])))
      .rejects.toMatchObject({ code: 'notFormSheet' });
    expect(sheetNames(book)).toEqual(['Customers', 'Sales', 'Credit Scorecard', ...SHEETS]);
    expect(namesIn(book)).toEqual(names);
  });

  test('a delete request Excel refuses part-way is looked at again and finished, each sheet and name deleted once', async () => {
    const book = await withForms();
    let writeSync = 0;
    const spying = (port: WorkbookPort): WorkbookPort => ({
      ...port,
      apply: (ops, options) => {
        // Two syncs re-read the markers, one checks protection; the fourth is the write, which fails after three commands.
        writeSync = book.stats.syncs + 4;
        book.faults.failSync(writeSync, 'GeneralException', 3);
        return port.apply(ops, options);
      },
    });
    const outcome = await book.run((context) => removeFormSheets(spying(createOfficePort(context))));
    expect(book.faults.pending).toEqual([]);
    expect(book.stats.failedSyncs).toBe(1);
    expect(outcome.remove).toEqual(SHEETS);
    expect(sheetNames(book)).toEqual(['Customers', 'Sales', 'Credit Scorecard']);
    expect(formNames(book)).toEqual([]);
  });
});

describe('the Excel double: Worksheet.delete', () => {
  const codeOf = (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: { code?: string }) => error.code);

  test('deletes the sheet and its tables; names into it stay as =#REF!, as in Excel; the sheet\'s proxies then fail', async () => {
    const b = createExcelDouble({
      sheets: [{ name: 'Keep', rows: [['k']] }, { name: 'Gone', rows: [['a', 'b'], [1, 2]] }],
      tables: [{ name: 'T', sheet: 'Gone', row: 0, col: 0, rows: 2, cols: 2 }],
      names: [{ name: 'IntoGone', sheet: 'Gone', row: 1, col: 1 }, { name: 'IntoKeep', sheet: 'Keep', row: 0, col: 0 }],
    });
    const ctx = b.context();
    const gone = ctx.workbook.worksheets.getItem('Gone');
    gone.delete();
    await ctx.sync();
    expect(sheetNames(b)).toEqual(['Keep']);
    expect(b.model.tables).toEqual([]);
    const into = ctx.workbook.names.getItem('IntoGone').load('formula,type');
    const kept = ctx.workbook.names.getItem('IntoKeep').load('formula');
    await ctx.sync();
    expect([into.formula, into.type, kept.formula]).toEqual(['=#REF!', 'Error', '=Keep!$A$1']);
    gone.load('name');
    expect(await codeOf(ctx.sync())).toBe('ItemNotFound');
  });

  test('refuses to delete the only sheet, and any sheet of a workbook whose structure is protected', async () => {
    const only = createExcelDouble({ sheets: [{ name: 'S' }] });
    const ctx = only.context();
    ctx.workbook.worksheets.getItem('S').delete();
    expect(await codeOf(ctx.sync())).toBe('InvalidOperation');
    const locked = createExcelDouble({ sheets: [{ name: 'S' }, { name: 'T' }], protectedStructure: true });
    const ctx2 = locked.context();
    ctx2.workbook.worksheets.getItem('T').delete();
    expect(await codeOf(ctx2.sync())).toBe('AccessDenied');
    expect(sheetNames(locked)).toEqual(['S', 'T']);
  });
});
