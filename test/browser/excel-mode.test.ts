/**
 * The built pane in Chromium as Excel hosts it: office.js from the local
 * package, then the Excel test double installed as the host (see
 * host/excel-host-shim.ts), holding the sample workbook. The user clicks
 * through Data → Tiers → Credit → Forms; the double's workbook then holds
 * what the command line writes for the same choices.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { SAMPLE } from '../support/workbooks';
import { expectLocalOnly, forgetScreenshot, PANE_VIEWPORT, recordNetwork, screenshot, type NetworkLog } from './support/browser';
import { cellDifferences, type BookCells } from './support/cell-text';
import { runCli } from './support/cli';
import { EXCEL_PAGE, startExcelHost, testApi, type ExcelHost } from './support/excel-host-page';
import { Pane } from './support/pane';
import { formulaResults, loadBook, xlsxCells } from './support/xlsx-books';

let host: ExcelHost;
/** What the command line writes for the sample: tiers + credit, and tiers + credit + A-tier batch forms in Traditional Chinese. */
let cliCredit: BookCells;
let cliForms: BookCells;
/** What Run all writes: the default steps, credit control included (the sample has receivables). */
let cliAll: BookCells;
let pristine: BookCells;

beforeAll(async () => {
  forgetScreenshot('excel-failed');
  const [sample, credit, forms, all] = await Promise.all([
    loadBook(SAMPLE),
    // What the pane's Score credit writes: tiers and credit (Run all would add credit control).
    runCli(SAMPLE, ['--steps', 'tiers,credit']),
    runCli(SAMPLE, ['--forms', 'tier:A', '--batch', '--lang', 'zh-Hant']),
    runCli(SAMPLE, []),
  ]);
  const allBook = await loadBook(all.output);
  cliAll = xlsxCells(allBook);
  pristine = xlsxCells(sample);
  const creditBook = await loadBook(credit.output);
  cliCredit = xlsxCells(creditBook);
  cliForms = xlsxCells(await loadBook(forms.output));
  // The double's "calculation": each formula's cached result in the command line's output.
  // Run all's output holds every formula the pane's runs write (credit's as Score credit writes them, and control's).
  host = await startExcelHost(formulaResults(allBook));
}, 300_000);

afterAll(async () => {
  await host?.close();
});

interface Session {
  context: BrowserContext;
  page: Page;
  pane: Pane;
  network: NetworkLog;
  errors: string[];
}

async function openPane(): Promise<Session> {
  const context = await host.browser.newContext({ locale: 'en-US', viewport: PANE_VIEWPORT });
  const network = await recordNetwork(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${host.server.url}${EXCEL_PAGE}?lang=en-US`);
  const pane = new Pane(page, 'en');
  await pane.ready();
  return { context, page, pane, network, errors };
}

test('Data → Tiers → Credit → Forms writes what the command line writes; a problem link selects its cell', async () => {
  const { context, page, pane, network, errors } = await openPane();
  const book = testApi(page);
  try {
    // Data: the recognised sheets, before anything is written.
    await pane.tab('pane.tab.data').click();
    await page.getByText('銷售明細', { exact: false }).first().waitFor();
    expect(cellDifferences(await book.dump(), pristine)).toEqual([]);
    await screenshot(page, 'excel-1-data');

    // Tiers.
    await pane.tab('pane.tab.tiers').click();
    await pane.button('pane.tiers.run').click();
    await pane.text('pane.tiers.tiered', { count: '300' }).waitFor({ timeout: 60_000 });
    const tiered = await book.dump();
    expect(Object.values(tiered.cells['客戶資料']!)).toContain('t:ABC 分類');
    await screenshot(page, 'excel-2-tiers');

    // Credit.
    await pane.tab('pane.tab.credit').click();
    await pane.button('pane.credit.run').click();
    await pane.text('pane.credit.graded', { count: '242' }).waitFor({ timeout: 60_000 }); // 58 of the 300 customers are not rated
    expect(cellDifferences(await book.dump(), cliCredit)).toEqual([]);
    await screenshot(page, 'excel-3-credit');

    // The first customer lacking inputs links to its own cell in the Missing inputs column.
    const customerCells = cliCredit.cells['客戶資料']!;
    // Its header states the run's date: 缺漏資料 (2026-12-01 執行).
    const missingHeader = Object.keys(customerCells).find((a) => String(customerCells[a]).startsWith('t:缺漏資料 ('))!;
    const missingCol = missingHeader.replace(/\d+$/, '');
    const firstGap = Object.keys(customerCells)
      .filter((a) => a.replace(/\d+$/, '') === missingCol && a !== missingHeader)
      .map((a) => Number(a.slice(missingCol.length)))
      .sort((a, b) => a - b)[0]!;
    const lacking = page.getByRole('list', { name: pane.t('pane.credit.missingCustomers') }).getByRole('button').first();
    await lacking.scrollIntoViewIfNeeded();
    await lacking.click();
    expect(await book.selectionWhen((s) => s.address === `${missingCol}${firstGap}`)).toEqual({ sheet: '客戶資料', address: `${missingCol}${firstGap}` });

    // Forms: tier A, one batch sheet per form, in Traditional Chinese.
    await pane.tab('pane.tab.forms').click();
    await pane.radio('pane.forms.choice.tier').check();
    await pane.choose('pane.forms.tier', 'A');
    await pane.radio('pane.forms.batch').check();
    await pane.choose('pane.forms.language', pane.t('pane.lang.zh-Hant'));
    await pane.button('pane.forms.generate').click();
    await pane.text('pane.forms.created', { count: '2' }).waitFor({ timeout: 60_000 });
    expect(cellDifferences(await book.dump(), cliForms)).toEqual([]);
    await screenshot(page, 'excel-4-forms');

    // A problem link selects its cell in the workbook.
    const problem = page.getByRole('button', { name: "'銷售明細'!C2002", exact: true });
    await problem.scrollIntoViewIfNeeded();
    await problem.click();
    expect(await book.selectionWhen((s) => s.address === 'C2002')).toEqual({ sheet: '銷售明細', address: 'C2002' });
    const duplicate = page.getByRole('button', { name: "'客戶資料'!A204", exact: true });
    await duplicate.click();
    expect(await book.selectionWhen((s) => s.address === 'A204')).toEqual({ sheet: '客戶資料', address: 'A204' });
    await screenshot(page, 'excel-5-problems');

    expect(errors).toEqual([]);
    expectLocalOnly(network);
  } catch (error) {
    await screenshot(page, 'excel-failed');
    throw error;
  } finally {
    await context.close();
  }
});

test('Cancel while reading writes nothing; cancel once writing began lets the run complete', async () => {
  // Reading: each sync waits, as a round trip to Excel does, so Cancel comes before the writes.
  const first = await openPane();
  try {
    const book = testApi(first.page);
    await book.setSyncDelay(400);
    await first.pane.button('pane.runAll').click();
    await first.pane.button('pane.run.cancel').click();
    await screenshot(first.page, 'excel-6-cancelling');
    await first.pane.text('pane.run.cancelled').waitFor({ timeout: 60_000 });
    expect(cellDifferences(await book.dump(), pristine)).toEqual([]);
    await screenshot(first.page, 'excel-7-cancelled');
    expect(first.errors).toEqual([]);
    expectLocalOnly(first.network);
  } finally {
    await first.context.close();
  }

  // Writing: the step completes, and the workbook holds all of it.
  const second = await openPane();
  try {
    const book = testApi(second.page);
    await book.setSyncDelay(400);
    await second.pane.button('pane.runAll').click();
    await second.page.getByText(second.pane.t('pane.stage.writing'), { exact: false }).first().waitFor({ timeout: 60_000 });
    await second.pane.button('pane.run.cancel').click();
    await second.pane.text('pane.run.completedAfterCancel').waitFor({ timeout: 60_000 });
    expect(cellDifferences(await book.dump(), cliAll)).toEqual([]);
    await screenshot(second.page, 'excel-8-completed-after-cancel');
    expect(second.errors).toEqual([]);
    expectLocalOnly(second.network);
  } finally {
    await second.context.close();
  }
});
