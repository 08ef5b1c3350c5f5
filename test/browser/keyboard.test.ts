/**
 * The pane is usable with the keyboard alone, in real Chromium as Excel hosts
 * it: Tab, Shift+Tab, arrow keys, Enter and Space only, never the mouse,
 * through Run all, the Credit section's missing-input links, and the Forms
 * section (customers, form types, layout, Generate, the created sheet's link).
 */
import type { Locator, Page } from 'playwright-core';
import { runThroughFile, sampleBytes } from '../support/workbooks';
import { PANE_VIEWPORT, screenshot } from './support/browser';
import { EXCEL_PAGE, startExcelHost, testApi, type ExcelHost } from './support/excel-host-page';
import { Pane } from './support/pane';
import { formulaResults } from './support/xlsx-books';

let host: ExcelHost;
/** The first customer's cell in the Missing inputs column (缺漏資料 (… 執行)) as the command line writes it. */
let firstGap: string;

beforeAll(async () => {
  // The command line's tiers + credit on the sample: the double's "calculation" and the Missing inputs column.
  const { wb: calculated } = await runThroughFile(sampleBytes());
  const customers = calculated.getWorksheet('客戶資料')!;
  const header = customers.getRow(3).values as unknown[];
  // The header states the run's date: 缺漏資料 (2026-12-01 執行).
  const missingCol = header.findIndex((h) => typeof h === 'string' && h.startsWith('缺漏資料 ('));
  let row = 4;
  while (customers.getCell(row, missingCol).value === null) row++;
  firstGap = customers.getCell(row, missingCol).address;
  host = await startExcelHost(formulaResults(calculated));
}, 300_000);

afterAll(async () => {
  await host?.close();
});

/** Presses `key` until `target` (which must be on the page) has the focus; fails after `max` presses. */
async function focusWith(page: Page, target: Locator, key: string, max = 150): Promise<void> {
  await target.waitFor({ state: 'attached' });
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

test('Run all, a missing-input link, and forms of one type, with the keyboard alone', async () => {
  const context = await host.browser.newContext({ locale: 'en-US', viewport: PANE_VIEWPORT });
  const page = await context.newPage();
  const pane = new Pane(page, 'en');
  const book = testApi(page);
  try {
    await page.goto(`${host.server.url}${EXCEL_PAGE}?lang=en-US`);
    await pane.ready();

    await focusWith(page, pane.button('pane.runAll'), 'Tab');
    await page.keyboard.press('Enter');
    await pane.text('pane.ran.credit', { sheet: '客戶資料' }).waitFor({ timeout: 120_000 });

    // Tabs: arrow keys move along the tab list, Enter opens the tab.
    await focusWith(page, pane.tab('pane.tab.data'), 'Tab');
    await focusWith(page, pane.tab('pane.tab.credit'), 'ArrowRight');
    await page.keyboard.press('Enter');
    await pane.text('pane.credit.graded', { count: '242' }).waitFor(); // 58 of the 300 customers are not rated

    // The list is one tab stop: Tab reaches its first link, the arrow keys move along it, Tab leaves it.
    const lacking = page.getByRole('list', { name: pane.t('pane.credit.missingCustomers') }).getByRole('button');
    await focusWith(page, lacking.first(), 'Tab');
    await page.keyboard.press('ArrowDown');
    expect(await lacking.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await lacking.nth(2).evaluate((el) => el === document.activeElement)).toBe(false);
    expect(await page.getByRole('list', { name: pane.t('pane.credit.missingCustomers') }).evaluate((list) => list.contains(document.activeElement))).toBe(false);
    // Back in, the list remembers the link last focused.
    await focusWith(page, lacking.nth(1), 'Shift+Tab');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    expect(await book.selectionWhen((s) => s.address === firstGap)).toEqual({ sheet: '客戶資料', address: firstGap });
    await screenshot(page, 'keyboard-1-credit-link');

    await focusWith(page, pane.tab('pane.tab.credit'), 'Shift+Tab');
    await focusWith(page, pane.tab('pane.tab.forms'), 'ArrowRight');
    await page.keyboard.press('Enter');

    // Radio groups: Tab enters at the checked radio, arrow keys move and check.
    await focusWith(page, pane.radio('pane.forms.choice.rows'), 'Tab');
    await focusWith(page, pane.radio('pane.forms.choice.tier'), 'ArrowDown');
    expect(await pane.radio('pane.forms.choice.tier').isChecked()).toBe(true);
    // Space unticks the survey: only the application is made.
    await focusWith(page, pane.checkbox('form.survey'), 'Tab');
    await page.keyboard.press('Space');
    expect(await pane.checkbox('form.survey').isChecked()).toBe(false);
    // Batch is checked as the section opens: Tab enters the layout group there.
    await focusWith(page, pane.radio('pane.forms.batch'), 'Tab');
    expect(await pane.radio('pane.forms.batch').isChecked()).toBe(true);
    await focusWith(page, pane.button('pane.forms.generate'), 'Tab');
    await page.keyboard.press('Enter');
    await pane.text('pane.forms.created', { count: '1' }).waitFor({ timeout: 120_000 });

    // The created sheet's link activates it.
    const created = page.getByRole('button', { name: 'Credit application (batch)', exact: true });
    await focusWith(page, created, 'Tab');
    await page.keyboard.press('Enter');
    expect((await book.selectionWhen((s) => s.sheet === 'Credit application (batch)')).sheet).toBe('Credit application (batch)');
    await screenshot(page, 'keyboard-2-forms');
  } catch (error) {
    await screenshot(page, 'keyboard-failed');
    throw error;
  } finally {
    await context.close();
  }
}, 300_000);
