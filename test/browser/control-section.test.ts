/**
 * The Credit control section in real Chromium, on a workbook with a
 * receivables sheet (test/browser/support/receivables-book.ts): as Excel
 * hosts it ("Check credit" as of a date, the cards show what the command
 * line computes, a held customer's link selects its status cell, the list is
 * one Tab stop with the arrow keys inside), and in the browser preview, on
 * that workbook and on one without receivables (Run all leaves credit control
 * out and says what it needs).
 */
import type { Browser, Page } from 'playwright-core';
import type { StepsSummary } from '../../src/app/run-steps';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { serveStatic, type StaticServer } from '../../scripts/preview/static-server';
import { controlCards } from '../../src/taskpane/summary/control-cards';
import { formatCount } from '../../src/taskpane/summary/format';
import { makeWorkbook, runThroughFile } from '../support/workbooks';
import { forgetScreenshot, launchChromium, PANE_VIEWPORT, screenshot } from './support/browser';
import { builtPane } from './support/built-pane';
import { EXCEL_PAGE, excelHostRoutes, testApi } from './support/excel-host-page';
import { Pane } from './support/pane';
import { BOOK_AS_OF, receivablesBook } from './support/receivables-book';
import { describeForDouble, formulaResults } from './support/xlsx-books';

let server: StaticServer;
let browser: Browser;
let book: Buffer;
/** What the command line's control step finds in the book as of BOOK_AS_OF. */
let expected: StepsSummary;

const [Y, M, D] = BOOK_AS_OF.split('-').map(Number) as [number, number, number];

beforeAll(async () => {
  forgetScreenshot('control-failed');
  book = await receivablesBook();
  const run = await runThroughFile(new Uint8Array(book), {
    steps: ['tiers', 'credit', 'control'], options: defaultTierOptions(), control: { asOf: new Date(Y, M - 1, D), required: true },
  });
  expected = run.summary;
  const pane = await builtPane();
  server = await serveStatic({ root: pane.dir, routes: await excelHostRoutes(pane.dir, await describeForDouble(new Uint8Array(book)), formulaResults(run.wb)) });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** "Check credit" as of the book's date, from the Credit control section; waits for the banner. */
async function checkCredit(page: Page, pane: Pane): Promise<void> {
  await pane.tab('pane.tab.control').click();
  await page.getByLabel(pane.t('pane.control.asOf'), { exact: true }).fill(BOOK_AS_OF);
  await pane.button('pane.control.run').click();
  await pane.text('pane.ran.control', { sheet: 'Receivables', asOf: BOOK_AS_OF }).waitFor({ timeout: 120_000 });
}

test('as Excel hosts it: the cards, the receivables, and a link per held customer to its status cell', async () => {
  const control = expected.control!;
  // The book is made so that every card has something to show and the list is not empty.
  expect(control.overLimit.customers).toBeGreaterThan(0);
  expect(control.statuses.overdueHold).toBeGreaterThan(0);
  expect(control.documentsAfterAsOf).toBe(1);
  const context = await browser.newContext({ locale: 'en-US', viewport: PANE_VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const pane = new Pane(page, 'en');
  const double = testApi(page);
  try {
    await page.goto(`${server.url}${EXCEL_PAGE}?lang=en-US`);
    await pane.ready();
    await checkCredit(page, pane);
    const cards = page.getByRole('list', { name: pane.t('pane.control.cards') });
    for (const card of controlCards(control, 'en')) {
      const item = cards.getByRole('listitem').filter({ hasText: card.title });
      for (const figure of card.figures) await item.getByText(figure.value, { exact: true }).waitFor();
    }
    await pane.text('pane.control.source', { sheet: 'Receivables', asOf: BOOK_AS_OF, documents: formatCount(control.documents) }).waitFor();
    await pane.text('pane.control.afterAsOf', { asOf: BOOK_AS_OF, count: '1' }).waitFor();
    await pane.text('pane.control.unknown', { count: '1', open: '4,000' }).waitFor();
    await pane.text('pane.control.heldHeading', { count: formatCount(control.heldCount) }).waitFor();

    const list = page.getByRole('list', { name: pane.t('pane.control.heldList') });
    const links = list.getByRole('button');
    expect(await links.count()).toBe(control.heldCustomers.length);
    await screenshot(page, 'control-excel');

    // A link selects the customer's credit-status cell on the customer sheet.
    const [first, second] = control.heldCustomers;
    await links.first().click();
    expect(await double.selectionWhen((s) => s.address === first!.cell)).toEqual({ sheet: 'Customers', address: first!.cell });

    // One Tab stop for the list: the arrow keys move to the next customer, Tab leaves the list.
    await page.keyboard.press('ArrowDown');
    expect(await links.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await double.selectionWhen((s) => s.address === second!.cell)).toEqual({ sheet: 'Customers', address: second!.cell });
    await page.keyboard.press('Tab');
    expect(await list.evaluate((el) => el.contains(document.activeElement))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await links.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  } catch (error) {
    await screenshot(page, 'control-failed');
    throw error;
  } finally {
    await context.close();
  }
}, 300_000);

/** Opens a workbook in the browser preview. */
async function openInPreview(page: Page, pane: Pane, name: string, buffer: Buffer): Promise<void> {
  await page.goto(`${server.url}taskpane.html`);
  await page.getByTestId('preview-file-input').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await pane.ready(60_000);
}

test('in the browser preview, in Traditional Chinese: "Check credit" shows the figures, and Run all says credit control ran', async () => {
  const control = expected.control!;
  const context = await browser.newContext({ locale: 'zh-TW', viewport: PANE_VIEWPORT });
  const page = await context.newPage();
  const pane = new Pane(page, 'zh-Hant');
  try {
    await openInPreview(page, pane, 'receivables.xlsx', book);
    await checkCredit(page, pane);
    const cards = page.getByRole('list', { name: pane.t('pane.control.cards') });
    for (const card of controlCards(control, 'zh-Hant')) await cards.getByText(card.title, { exact: true }).waitFor();
    expect(await page.getByRole('list', { name: pane.t('pane.control.heldList') }).getByRole('button').count()).toBe(control.heldCustomers.length);
    await screenshot(page, 'control-preview-zh-Hant');

    // Run all includes credit control where the workbook has receivables, as of the section's date.
    await pane.button('pane.runAll').click();
    await pane.text('pane.ran.control', { sheet: 'Receivables', asOf: BOOK_AS_OF }).waitFor({ timeout: 120_000 });
    await pane.text('pane.ran.credit', { sheet: 'Customers' }).waitFor();
  } catch (error) {
    await screenshot(page, 'control-failed');
    throw error;
  } finally {
    await context.close();
  }
}, 300_000);

test('in the browser preview, without a receivables sheet: Run all leaves credit control out, and "Check credit" refuses by name', async () => {
  const ids = ['C001', 'C002', 'C003'];
  const wb = makeWorkbook([
    { name: 'Customers', rows: [['Customer ID', 'Customer name'], ...ids.map((id, i) => [id, `Customer ${i + 1}`])] },
    { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], ...ids.map((id, i) => [new Date(Date.UTC(2025, i, 5)), id, 1000 * (i + 1)])] },
  ]);
  const context = await browser.newContext({ locale: 'en-US', viewport: PANE_VIEWPORT });
  const page = await context.newPage();
  const pane = new Pane(page, 'en');
  try {
    await openInPreview(page, pane, 'no-receivables.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    await pane.button('pane.runAll').click();
    await pane.text('pane.ran.credit', { sheet: 'Customers' }).waitFor({ timeout: 120_000 });
    // The banner's credit-control line starts so whatever the sheet and the date.
    expect(await page.getByText(/^Credit control: receivables on /).count()).toBe(0);
    await pane.tab('pane.tab.control').click();
    await pane.text('pane.control.noSheet').waitFor();
    await pane.text('pane.control.noSheetHeaders').waitFor();
    await screenshot(page, 'control-no-receivables');

    await pane.button('pane.control.run').click();
    await pane.text('pane.run.failed').waitFor({ timeout: 120_000 });
    await page.getByText(pane.t('error.noReceivablesSheet'), { exact: false }).first().waitFor();
  } catch (error) {
    await screenshot(page, 'control-failed');
    throw error;
  } finally {
    await context.close();
  }
}, 300_000);
