import ExcelJS from 'exceljs';
import { DEFAULT_STEPS, runSteps } from '../../src/app/run-steps';
import { inputErrorText } from '../../src/core/i18n/input-error-text';
import { InputError } from '../../src/core/problems';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { createOfficePort } from '../../src/ports/office/office-port';
import type { WorkbookPort } from '../../src/ports/workbook-port';
import { workbookBytes } from '../../src/ports/xlsx/package-file';
import { type DescribedCell, createExcelDouble, formulaAt, namesIn, numberFormatAt, valueAt } from '../support/excel-double';
import { changedParts } from '../support/package-diff';
import { openThroughFile, readBack, runThroughFile, snapshot } from '../support/workbooks';

/**
 * The repro: a customer sheet whose headers end at V, with formulas
 * in W2 and W3 (no header above them), just where the first new column goes.
 */
const HEADERS = ['Customer ID', 'Customer name', 'Region', 'Credit line', ...Array.from({ length: 18 }, (_, i) => `Field ${i + 5}`)];
const CUSTOMERS = 4;
const W = HEADERS.length; // column W, 0-based 22
const customerRow = (i: number): (string | number)[] => [`C${i + 1}`, `Customer ${i + 1}`, 'North', (i + 1) * 100, ...HEADERS.slice(4).map(() => 'x')];
const salesRows: (string | number)[][] = [['Customer ID', 'Amount'], ['C1', 500], ['C2', 300], ['C3', 150], ['C4', 50]];

/** Counts apply calls (read `spy.applied` after the run): a refused run must never get there. */
function spied(inner: WorkbookPort): { port: WorkbookPort; applied: number } {
  const spy = {
    applied: 0,
    port: {
      ...inner,
      apply: async (ops: Parameters<WorkbookPort['apply']>[0]) => {
        spy.applied += 1;
        return inner.apply(ops);
      },
    },
  };
  return spy;
}

const run = (port: WorkbookPort) => runSteps(port, { steps: DEFAULT_STEPS, options: defaultTierOptions() });

async function refusal(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('The run was not refused.');
}

/** The repro as a file would bring it: formulas without cached values (a generator that does not calculate). */
function reproFile(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Customers');
  ws.addRow(HEADERS);
  for (let i = 0; i < CUSTOMERS; i++) ws.addRow(customerRow(i));
  ws.getCell('W2').value = { formula: 'A2&"-x"' } as ExcelJS.CellFormulaValue;
  ws.getCell('W3').value = { formula: 'D3*2' } as ExcelJS.CellFormulaValue;
  wb.addWorksheet('Sales').addRows(salesRows);
  return wb;
}

/** The repro in Excel: the same formulas, with the values Excel calculated. */
function reproBook(extra: (rows: DescribedCell[][]) => void = () => undefined) {
  const rows: DescribedCell[][] = [HEADERS, ...Array.from({ length: CUSTOMERS }, (_, i) => customerRow(i))];
  rows[1]![W] = { formula: '=A2&"-x"', value: 'C1-x' };
  rows[2]![W] = { formula: '=D3*2', value: 400 };
  extra(rows);
  return createExcelDouble({ sheets: [{ name: 'Customers', rows }, { name: 'Sales', rows: salesRows }] });
}

describe('a new column over the user\'s formulas (issue "Never lose a user\'s work", item 1)', () => {
  test('through the .xlsx port: formulas without a cached value refuse the run, naming W2, and nothing is written', async () => {
    const file = await openThroughFile(reproFile());
    const spy = spied(file.port);
    const error = await refusal(run(spy.port));
    expect(error.code).toBe('columnHoldsData');
    expect(error.args).toEqual({ column: 'W', sheet: 'Customers', header: 'Net sales', cell: 'W2', value: '', held: 'formula' });
    expect(error.message).toContain('Credit Desk needs column W of sheet “Customers” for “Net sales”, but cell W2 of that column holds your data (a formula).');
    expect(spy.applied).toBe(0);
    const after = await workbookBytes(file.book);
    expect(changedParts(file.input, after)).toEqual([]);
    expect((await readBack(after)).getWorksheet('Customers')!.getCell('W2').value).toEqual({ formula: 'A2&"-x"' });
  });

  test('through the Office port on the Excel double: the same refusal, and nothing is written', async () => {
    const book = reproBook();
    const names = namesIn(book);
    const spy = spied(createOfficePort(book.context() as unknown as Excel.RequestContext));
    const error = await refusal(run(spy.port));
    expect(error.code).toBe('columnHoldsData');
    expect(error.args).toMatchObject({ column: 'W', cell: 'W2', held: 'formula' });
    expect(spy.applied).toBe(0);
    expect([formulaAt(book, 'Customers', 1, W), formulaAt(book, 'Customers', 2, W)]).toEqual(['=A2&"-x"', '=D3*2']);
    expect([valueAt(book, 'Customers', 0, W), valueAt(book, 'Customers', 1, W + 1)]).toEqual(['', '']);
    expect(namesIn(book)).toEqual(names);
  });

  test('through the Office port: a formula that shows "" refuses too (its value alone looks blank)', async () => {
    const book = reproBook((rows) => {
      rows[1]![W] = null;
      rows[2]![W] = null;
      rows[3]![W] = { formula: '=IF(D4>0,"",D4)', value: '' };
    });
    const error = await refusal(run(createOfficePort(book.context() as unknown as Excel.RequestContext)));
    expect(error.args).toMatchObject({ cell: 'W4', held: 'formula' });
  });
});

describe('a second run on the add-in\'s own output', () => {
  test('through the .xlsx port, as files: succeeds, its own number formats and widths do not count, and changes nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Customers');
    ws.addRow(HEADERS);
    for (let i = 0; i < CUSTOMERS; i++) ws.addRow(customerRow(i));
    wb.addWorksheet('Sales').addRows(salesRows);
    const first = await runThroughFile(wb);
    // The add-in's own columns carry its number formats: a check of them for formatting would refuse here.
    expect(first.wb.getWorksheet('Customers')!.getCell(2, W + 2).numFmt).toBe('0.00%');
    const file = await openThroughFile(first.bytes);
    const spy = spied(file.port);
    await run(spy.port);
    expect(spy.applied).toBe(1);
    const second = await workbookBytes(file.book);
    expect(changedParts(first.bytes, second)).toEqual([]);
    expect(snapshot(await readBack(second))).toEqual(snapshot(first.wb));
  });

  test('through the Office port on the Excel double (tiers: the double does not calculate the credit formulas): succeeds, and its own formats do not count', async () => {
    const book = reproBook((rows) => {
      rows[1]![W] = null;
      rows[2]![W] = null;
    });
    const tiers = (port: WorkbookPort) => runSteps(port, { steps: ['tiers'], options: defaultTierOptions() });
    await book.run((context) => tiers(createOfficePort(context)));
    expect(numberFormatAt(book, 'Customers', 1, W + 1)).toBe('0.00%');
    const values = () => Array.from({ length: CUSTOMERS + 1 }, (_, r) => Array.from({ length: W + 8 }, (_, c) => valueAt(book, 'Customers', r, c)));
    const firstValues = values();
    const spy = spied(createOfficePort(book.context() as unknown as Excel.RequestContext));
    await tiers(spy.port);
    expect(spy.applied).toBe(1);
    expect(values()).toEqual(firstValues);
  });
});

describe('the refusal names what the cell holds', () => {
  const cases: [string, (ws: ExcelJS.Worksheet) => void, string, [string, string, string]][] = [
    ['a value', (ws) => (ws.getCell('W5').value = 'my note'), 'value', ['"my note"', '「my note」', '“my note”']],
    ['a comment', (ws) => (ws.getCell('W5').note = 'ask about terms'), 'comment', ['a comment or note', '註解或附註', '批注或注释']],
    ['data validation', (ws) => (ws.getCell('W5').dataValidation = { type: 'list', allowBlank: true, formulae: ['"yes,no"'] }), 'validation', ['data validation', '資料驗證', '数据验证']],
    ['formatting', (ws) => (ws.getCell('W5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }), 'style', ['formatting', '格式', '格式']],
  ];

  test.each(cases)('%s, in English and in the pane in every language', async (_name, put, what, [en, hant, hans]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Customers');
    ws.addRow(HEADERS);
    for (let i = 0; i < CUSTOMERS; i++) ws.addRow(customerRow(i));
    wb.addWorksheet('Sales').addRows(salesRows);
    put(ws);
    const error = await refusal(run((await openThroughFile(wb)).port));
    expect(error.args).toMatchObject({ cell: 'W5', held: what, value: what === 'value' ? '"my note"' : '' });
    // The English message is the dictionary's: the command line and the pane say the same.
    expect(error.message).toBe(inputErrorText(error, 'en'));
    expect(inputErrorText(error, 'en')).toContain(`but cell W5 of that column holds your data (${en}).`);
    expect(inputErrorText(error, 'zh-Hant')).toContain(`但該欄的 W5 儲存格有您的資料（${hant}）`);
    expect(inputErrorText(error, 'zh-Hans')).toContain(`但该列的 W5 单元格有您的数据（${hans}）`);
  });
});
