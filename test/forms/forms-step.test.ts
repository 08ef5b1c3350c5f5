import type ExcelJS from 'exceljs';
import type { StepsRequest } from '../../src/app/run-steps';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import type { Selection } from '../../src/core/forms/selection';
import { failThroughFile, makeWorkbook, roundTrip, runThroughFile, snapshot } from '../support/workbooks';

const book = () => makeWorkbook([
  { name: 'Customers', rows: [
    ['Customer ID', 'Customer name', 'Address', 'Current assets', 'Inventories', 'Current liabilities', 'Sales ability'],
    ['C1', '=HYPERLINK("http://evil","click")', '+1-2 Main St', 500, 100, 200, 'good'],
    ['C2', 'Beta Ltd', '1 Road', 50, 10, 100, 3],
    ['C3', 'Gamma Ltd', null, null, null, null, null],
  ] },
  { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 900_000], [46010, 'C2', 90_000], [46020, 'C3', 10_000]] },
  { name: 'Survey-Beta Ltd', rows: [['taken by the user']] },
]);

const request = (selection: Selection, batch: boolean, extra: Partial<StepsRequest['forms']> = {}): StepsRequest => ({
  steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(),
  forms: { selection, batch, now: new Date(2026, 10, 22, 9, 30), ...extra },
});
const run = (wb: ExcelJS.Workbook | Uint8Array, r: StepsRequest) => runThroughFile(wb, r);
const texts = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => { if (c.value !== null) out.push(typeof c.value === 'object' ? JSON.stringify(c.value) : String(c.value)); }));
  return out;
};

describe('the forms step through the .xlsx port', () => {
  test('per customer: one new sheet per form and customer, named within Excel rules, never over a user sheet', async () => {
    const before = snapshot(await roundTrip(book()));
    const { summary, wb } = await run(book(), request({ kind: 'all' }, false));
    expect(summary.forms?.sheets.map((s) => [s.name, s.form, s.customers])).toEqual([
      ['Survey-=HYPERLINK("http evil","', 'survey', ['C1']],
      ['Survey-Beta Ltd (2)', 'survey', ['C2']],
      ['Survey-Gamma Ltd', 'survey', ['C3']],
      ['Credit application-=HYPERLINK("', 'authorization', ['C1']],
      ['Credit application-Beta Ltd', 'authorization', ['C2']],
      ['Credit application-Gamma Ltd', 'authorization', ['C3']],
    ]);
    for (const s of summary.forms!.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
    expect(texts(wb.getWorksheet('Survey-Beta Ltd')!)).toEqual(['taken by the user']);
    for (const [addr, cell] of before.cells) if (addr.startsWith('Sales!')) expect(snapshot(wb).cells.get(addr)).toEqual(cell);
  });

  test('text that looks like a formula stays text on the forms', async () => {
    const { wb } = await run(book(), request({ kind: 'keys', keys: ['C1'] }, false));
    const ws = wb.getWorksheet('Survey-=HYPERLINK("http evil","')!;
    const values: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toContain('=HYPERLINK("http://evil","click")');
    expect(values).toContain('+1-2 Main St');
    expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });

  test('batch: one sheet per form type with every chosen customer, one form per printed page', async () => {
    const { summary } = await run(book(), request({ kind: 'tier', tier: 'A' }, true));
    expect(summary.forms?.sheets).toEqual([
      { name: 'Survey (batch)', form: 'survey', customers: ['C1'] },
      { name: 'Credit application (batch)', form: 'authorization', customers: ['C1'] },
    ]);
    const all = (await run(book(), request({ kind: 'all' }, true))).summary;
    expect(all.forms?.sheets.map((s) => s.customers)).toEqual([['C1', 'C2', 'C3'], ['C1', 'C2', 'C3']]);
  });

  test('form sheets are marked as the add-in\'s, so later runs still find the one customer sheet', async () => {
    const first = await run(book(), request({ kind: 'all' }, true));
    const wb = first.wb;
    const marked = (w: ExcelJS.Workbook) =>
      (w.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model.filter((n) => n.name.startsWith('CreditDesk_Form_'));
    expect(marked(wb).map((n) => [n.name, n.ranges[0]])).toEqual([
      ['CreditDesk_Form_1', "'Survey (batch)'!$A$1"],
      ['CreditDesk_Form_2', "'Credit application (batch)'!$A$1"],
    ]);
    const again = await run(first.bytes, request({ kind: 'all' }, true));
    expect(again.summary.customerSheet).toBe('Customers');
    expect(again.summary.forms?.sheets.map((s) => s.name)).toEqual(['Survey (batch) (2)', 'Credit application (batch) (2)']);
    expect(marked(again.wb).map((n) => n.name)).toContain('CreditDesk_Form_4');
  });

  test('a form sheet without its marker (a copy, or made before markers) is still not taken for the customer sheet', async () => {
    const { wb } = await run(book(), request({ kind: 'all' }, false));
    const names = wb.definedNames as unknown as { model: { name: string }[] };
    names.model = names.model.filter((n) => !n.name.startsWith('CreditDesk_Form_'));
    const saved = await roundTrip(wb);
    expect((saved.definedNames as unknown as { model: { name: string }[] }).model.some((n) => n.name.startsWith('CreditDesk_Form_'))).toBe(false);
    const again = await run(saved, request({ kind: 'keys', keys: ['C2'] }, false));
    expect(again.summary.customerSheet).toBe('Customers');
  });

  test('only the chosen form types are made; the workbook gets no sheet of the other', async () => {
    const { summary, wb } = await run(book(), request({ kind: 'all' }, true, { kinds: ['authorization'] }));
    expect(summary.forms?.sheets.map((s) => [s.name, s.form])).toEqual([['Credit application (batch)', 'authorization']]);
    expect(wb.worksheets.map((w) => w.name)).not.toContain('Survey (batch)');
    const surveys = (await run(book(), request({ kind: 'all' }, false, { kinds: ['survey'] }))).summary;
    expect(surveys.forms?.sheets.map((s) => s.form)).toEqual(['survey', 'survey', 'survey']);
  });

  test('the requested limit defaults to the recommended one and can be set per customer', async () => {
    const { summary, wb } = await run(book(), request({ kind: 'keys', keys: ['C1'] }, false, { requestedLimits: { c1: 600_000 } }));
    const sheet = wb.getWorksheet(summary.forms!.sheets.find((s) => s.form === 'authorization')!.name)!;
    const t = texts(sheet);
    expect(t).toContain('600000');
    expect(t).toEqual(expect.arrayContaining(['Account manager', 'Direct-sales department manager', 'Regional company manager']));
    expect(t).not.toContain('Head office');
  });

  test('a choice that matches nobody, or an unknown key, is refused and nothing is written', async () => {
    const grade = await failThroughFile(book(), request({ kind: 'grade', grade: 'AAA' }, true));
    expect((grade.error as Error).message).toMatch(/No customer matches/);
    expect(grade.changed).toEqual([]);
    const keys = await failThroughFile(book(), request({ kind: 'keys', keys: ['C9'] }, true));
    expect((keys.error as Error).message).toBe('No customer found for: C9.');
    expect(keys.changed).toEqual([]);
  });

  test('forms in Simplified Chinese when asked', async () => {
    const { summary, wb } = await run(book(), request({ kind: 'keys', keys: ['C2'] }, false, { lang: 'zh-Hans' }));
    expect(summary.forms?.sheets.map((s) => s.name)).toEqual(['调查表-Beta Ltd', '授信申请-Beta Ltd']);
    expect(texts(wb.getWorksheet('调查表-Beta Ltd')!)).toContain('客户信用状况调查表');
  });
});
