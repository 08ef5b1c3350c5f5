import { CancelledError, DEFAULT_STEPS, runSteps } from '../../src/app/run-steps';
import { describeSources } from '../../src/app/describe-sources';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import type { WorkbookPort } from '../../src/ports/workbook-port';
import { workbookBytes } from '../../src/ports/xlsx/package-file';
import { changedParts } from '../support/package-diff';
import { makeWorkbook, openThroughFile } from '../support/workbooks';

const book = () => makeWorkbook([
  { name: 'C', rows: [['客戶編號', '客戶名稱'], ['K1', '甲']], startRow: 2 },
  { name: 'S', rows: [['日期', '客戶編號', '金額'], [46000, 'K1', 10]], table: 'Ledger' },
]);

test('a run cancelled while reading writes nothing and says so', async () => {
  const file = await openThroughFile(book());
  const controller = new AbortController();
  const port = file.port;
  // Cancel as soon as the sales rows have been read.
  const cancelling: WorkbookPort = { ...port, readColumns: async (q) => { const out = await port.readColumns(q); controller.abort(); return out; } };
  await expect(runSteps(cancelling, { steps: DEFAULT_STEPS, options: defaultTierOptions(), signal: controller.signal })).rejects.toThrow(CancelledError);
  await expect(runSteps(cancelling, { steps: DEFAULT_STEPS, options: defaultTierOptions(), signal: controller.signal })).rejects.toThrow('Cancelled: nothing was written.');
  expect(changedParts(file.input, await workbookBytes(file.book))).toEqual([]);
});

test('describeSources reports the recognised sheets, header rows, tables and columns', async () => {
  const v = await describeSources((await openThroughFile(book())).port);
  expect(v.sheets).toEqual(['C', 'S']);
  expect(v.customers).toMatchObject({ sheet: 'C', headerRow: 2, table: null, columns: { customerId: { letter: 'A', header: '客戶編號' } }, language: 'zh-Hant' });
  expect(v.sales).toMatchObject({ sheet: 'S', table: 'Ledger', columns: { amount: { letter: 'C', header: '金額' } } });
  expect(v.sales.headers.map((h) => h.letter)).toEqual(['A', 'B', 'C']);
});
