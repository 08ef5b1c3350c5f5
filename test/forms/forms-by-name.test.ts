import type ExcelJS from 'exceljs';
import type { StepsRequest } from '../../src/app/run-steps';
import { select, type Selectable, type Selection } from '../../src/core/forms/selection';
import { label } from '../../src/core/i18n/labels';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { failThroughFile, makeWorkbook, runThroughFile } from '../support/workbooks';

// C4's name is another customer's ID; C3 and C5 share a name; C3 has nothing to rate it on.
const book = () => makeWorkbook([
  { name: 'Customers', rows: [
    ['Customer ID', 'Customer name', 'Current assets', 'Inventories', 'Current liabilities', 'Sales ability'],
    ['C1', '恆通科技股份有限公司', 500, 100, 200, 4],
    ['C2', 'Sean Miller', 50, 10, 100, 3],
    ['C3', 'Gamma Ltd', null, null, null, null],
    ['C4', 'C1', 50, 10, 100, 3],
    ['C5', 'Gamma Ltd', 50, 10, 100, 3],
  ] },
  { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 900_000], [46010, 'C2', 90_000], [46020, 'C3', 10_000], [46020, 'C4', 10_000], [46020, 'C5', 10_000]] },
]);
const request = (selection: Selection, extra: Partial<StepsRequest['forms']> = {}): StepsRequest => ({
  steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(),
  forms: { selection, batch: false, kinds: ['authorization'], now: new Date(2026, 10, 22, 9, 30), ...extra },
});
const customersOf = async (r: StepsRequest) => (await runThroughFile(book(), r)).summary.forms!.sheets.flatMap((s) => s.customers);
const texts = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => { if (c.value !== null) out.push(String(c.value)); }));
  return out;
};

describe('choosing customers for forms by ID or name', () => {
  test('a name chooses its customer, normalised as keys are (case, spaces, full-width letters)', async () => {
    expect(await customersOf(request({ kind: 'keys', keys: ['恆通科技股份有限公司', ' ｓｅａｎ  MILLER '] }))).toEqual(['C1', 'C2']);
  });

  test('a text that is both an ID and a name chooses the customer whose ID it is', async () => {
    expect(await customersOf(request({ kind: 'keys', keys: ['c1'] }))).toEqual(['C1']);
  });

  test('a name two customers share is refused, naming their cells and IDs, and nothing is written', async () => {
    const failed = await failThroughFile(book(), request({ kind: 'keys', keys: ['gamma ltd'] }));
    expect((failed.error as Error).message).toBe('“gamma ltd” is the name of more than one customer: Customers!A4 (C3), Customers!A6 (C5). Choose by customer ID.');
    expect(failed.changed).toEqual([]);
  });

  test('a text that is neither an ID nor a name is still refused by name', async () => {
    const failed = await failThroughFile(book(), request({ kind: 'keys', keys: ['Sean', 'C2'] }));
    expect((failed.error as Error).message).toBe('No customer found for: Sean.');
  });

  test('a requested limit can name its customer by name too', async () => {
    const { summary, wb } = await runThroughFile(book(), request({ kind: 'keys', keys: ['C1'] }, { requestedLimits: { '恆通科技股份有限公司': 600_000 } }));
    expect(texts(wb.getWorksheet(summary.forms!.sheets[0]!.name)!)).toContain('600000');
  });

  test('a customer not rated, with no amount requested, gets a blank amount and no "no signature needed"', async () => {
    const { summary, wb } = await runThroughFile(book(), request({ kind: 'keys', keys: ['C3'] }));
    const t = texts(wb.getWorksheet(summary.forms!.sheets[0]!.name)!);
    expect(t).toContain(label('form.routeToFill', 'en'));
    expect(t).not.toContain(label('form.warnZero', 'en'));
    expect(t).not.toContain(label('form.routeNone', 'en'));
    expect(t).toEqual(expect.arrayContaining(['Account manager', 'Direct-sales department manager', 'Regional company manager', 'Head office']));
  });
});

describe('select by keys', () => {
  const c = (key: string, name: string, row: number): Selectable => ({ key, id: key.toUpperCase(), name, row, source: `S!A${row + 1}`, tier: null, grade: 'A' });
  const customers = [c('k1', 'Alpha', 4), c('k2', 'Beta', 5), c('k3', 'Beta', 6)];

  test('keeps sheet order, whatever order the keys are typed in, and names a customer once when typed twice', () => {
    expect(select(customers, { kind: 'keys', keys: ['K2', 'alpha', 'k1'] }).map((x) => x.key)).toEqual(['k1', 'k2']);
  });

  test('refuses a shared name whichever way it is spelled', () => {
    expect(() => select(customers, { kind: 'keys', keys: ['BETA'] })).toThrow('“BETA” is the name of more than one customer: S!A6 (K2), S!A7 (K3). Choose by customer ID.');
  });
});
