/**
 * Nothing in the pane runs off sideways in a narrow task pane: at 320 px (the
 * narrowest Excel docks it) and at 400 px, in the light and the dark theme,
 * in every section, before and after the runs, in Excel (the real office.js
 * on the Excel test double, holding the sample) and in the browser preview
 * (a workbook without statement or rating columns, so the Credit section
 * lists the headers it looks for); and the Credit control section after
 * "Check credit" on a workbook with receivables, in English and Traditional
 * Chinese. A screenshot of each: out/pane-narrow-*.png.
 */
import type { Page } from 'playwright-core';
import type { Language } from '../../src/core/columns/layout';
import { makeWorkbook, runThroughFile, sampleBytes } from '../support/workbooks';
import { BOOK_AS_OF, receivablesBook } from './support/receivables-book';
import { forgetScreenshot, screenshot } from './support/browser';
import { EXCEL_PAGE, startExcelHost, type ExcelHost } from './support/excel-host-page';
import { Pane } from './support/pane';
import { formulaResults } from './support/xlsx-books';

let host: ExcelHost;

beforeAll(async () => {
  forgetScreenshot('narrow-failed');
  const { wb: calculated } = await runThroughFile(sampleBytes());
  host = await startExcelHost(formulaResults(calculated));
}, 300_000);

afterAll(async () => {
  await host?.close();
});

/**
 * What is wider than the room it has: the page itself (document.scrollingElement),
 * the open section (the tab panel), the pane's own sections, the file bar, a
 * dialog, and any table cell whose text runs over into the next one. Empty
 * when nothing overflows.
 */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const check = (el: Element | null, what: string) => {
      if (el !== null && el.scrollWidth > el.clientWidth) found.push(`${what}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
    };
    check(document.scrollingElement, 'page');
    const boxes = document.querySelectorAll('main, [role="tabpanel"], section, [role="dialog"], [role="alertdialog"], td, th');
    boxes.forEach((el, i) => {
      const name = el.getAttribute('aria-label') ?? el.getAttribute('role') ?? el.tagName.toLowerCase();
      check(el, `${el.tagName.toLowerCase()} #${i} (${name.slice(0, 60)})`);
    });
    return found;
  });
}

const TABS = ['data', 'tiers', 'credit', 'control', 'forms'] as const;

interface Case {
  width: number;
  theme: 'light' | 'dark';
  locale: string;
  language: Language;
}

const EXCEL_CASES: Case[] = [
  { width: 320, theme: 'light', locale: 'en-US', language: 'en' },
  { width: 320, theme: 'dark', locale: 'en-US', language: 'en' },
  { width: 400, theme: 'light', locale: 'en-US', language: 'en' },
  { width: 400, theme: 'dark', locale: 'en-US', language: 'en' },
  { width: 320, theme: 'light', locale: 'zh-CN', language: 'zh-Hans' },
  { width: 320, theme: 'dark', locale: 'zh-TW', language: 'zh-Hant' },
];

const name = (c: Case, place: string) => `narrow-${c.width}-${c.theme}-${c.language}-${place}`;

/** Opens each section, checks it and takes its picture; `state` names the moment (before or after a run). */
async function everySection(page: Page, pane: Pane, c: Case, state: string, found: string[]): Promise<void> {
  for (const tab of TABS) {
    await pane.tab(`pane.tab.${tab}`).click();
    await page.getByRole('tabpanel').waitFor();
    found.push(...(await overflows(page)).map((o) => `${state} ${tab}: ${o}`));
    await screenshot(page, name(c, `${state}-${tab}`));
  }
}

describe.each(EXCEL_CASES)('in Excel at $width px, $theme, $language', (c) => {
  test('no section is wider than the pane, before and after Run all and the forms', async () => {
    const context = await host.browser.newContext({ locale: 'en-US', viewport: { width: c.width, height: 900 } });
    const page = await context.newPage();
    const pane = new Pane(page, c.language);
    const found: string[] = [];
    try {
      await page.goto(`${host.server.url}${EXCEL_PAGE}?lang=${c.locale}&theme=${c.theme}`);
      await pane.ready();
      await page.locator(`[data-theme="${c.theme}"]`).first().waitFor();
      await pane.text('pane.data.heading').waitFor();
      await everySection(page, pane, c, 'before', found);

      await pane.button('pane.runAll').click();
      await pane.text('pane.ran.credit', { sheet: '客戶資料' }).waitFor({ timeout: 120_000 });
      await everySection(page, pane, c, 'after', found);

      // The forms as they come: nothing selected on the customer sheet, so tier A, one batch sheet per form.
      await pane.tab('pane.tab.forms').click();
      await pane.button('pane.forms.generate').click();
      await pane.text('pane.forms.created', { count: '2' }).waitFor({ timeout: 120_000 });
      found.push(...(await overflows(page)).map((o) => `forms made: ${o}`));
      await screenshot(page, name(c, 'forms-made'));
      expect(found).toEqual([]);
    } catch (error) {
      await screenshot(page, 'narrow-failed');
      throw error;
    } finally {
      await context.close();
    }
  }, 300_000);
});

/** Customers and sales, and no statement figure or rating anywhere. */
async function bookWithoutInputs(): Promise<Buffer> {
  const customers = Array.from({ length: 12 }, (_, i) => [`C${String(i + 1).padStart(3, '0')}`, `Customer number ${i + 1} with a long trading name`]);
  const sales = customers.flatMap(([id], i) => [[new Date(Date.UTC(2025, i % 12, 5)), id!, 1000 * (12 - i)], [new Date(Date.UTC(2025, 6, 9)), id!, 250]]);
  const wb = makeWorkbook([
    { name: 'Customers', rows: [['Customer ID', 'Customer name'], ...customers] },
    { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], ...sales] },
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each([
  { width: 320, theme: 'light', locale: 'en-US', language: 'en' },
  { width: 320, theme: 'dark', locale: 'zh-CN', language: 'zh-Hans' },
] as Case[])('in the browser preview at $width px, $theme, $language', (c) => {
  test('the file bar and every section fit, and the Credit section lists the headers it looks for', async () => {
    const context = await host.browser.newContext({ locale: c.locale, viewport: { width: c.width, height: 900 }, colorScheme: c.theme });
    const page = await context.newPage();
    const pane = new Pane(page, c.language);
    const found: string[] = [];
    try {
      await page.goto(`${host.server.url}taskpane.html`);
      await page.getByTestId('preview-open').waitFor({ timeout: 30_000 });
      found.push(...(await overflows(page)).map((o) => `no file: ${o}`));
      await page.getByTestId('preview-file-input').setInputFiles({
        name: 'customers-without-statements.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await bookWithoutInputs(),
      });
      await pane.ready(60_000);
      await pane.tab('pane.tab.credit').click();
      const missing = page.getByRole('list', { name: pane.t('pane.inputs.list') });
      await missing.waitFor({ timeout: 60_000 });
      // Every ratio and the ratings, by the headers that would be recognised, on the customer sheet's header row.
      expect(await missing.getByRole('listitem').count()).toBe(5);
      await pane.text('pane.inputs.on', { sheet: 'Customers', row: 1 }).waitFor();
      await everySection(page, pane, c, 'preview-before', found);

      await pane.button('pane.runAll').click();
      await pane.text('pane.ran.credit', { sheet: 'Customers' }).waitFor({ timeout: 120_000 });
      await everySection(page, pane, c, 'preview-after', found);
      expect(found).toEqual([]);
    } catch (error) {
      await screenshot(page, 'narrow-failed');
      throw error;
    } finally {
      await context.close();
    }
  }, 300_000);
});

describe.each([
  { width: 320, theme: 'light', locale: 'en-US', language: 'en' },
  { width: 320, theme: 'dark', locale: 'en-US', language: 'en' },
  { width: 320, theme: 'light', locale: 'zh-TW', language: 'zh-Hant' },
  { width: 320, theme: 'dark', locale: 'zh-TW', language: 'zh-Hant' },
  { width: 400, theme: 'light', locale: 'en-US', language: 'en' },
  { width: 400, theme: 'dark', locale: 'en-US', language: 'en' },
  { width: 400, theme: 'light', locale: 'zh-TW', language: 'zh-Hant' },
  { width: 400, theme: 'dark', locale: 'zh-TW', language: 'zh-Hant' },
] as Case[])('the Credit control section in the browser preview at $width px, $theme, $language', (c) => {
  test('the date field, the cards and the list of customers to hold fit', async () => {
    const context = await host.browser.newContext({ locale: c.locale, viewport: { width: c.width, height: 900 }, colorScheme: c.theme });
    const page = await context.newPage();
    const pane = new Pane(page, c.language);
    const found: string[] = [];
    try {
      await page.goto(`${host.server.url}taskpane.html`);
      await page.getByTestId('preview-file-input').setInputFiles({
        name: 'receivables.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await receivablesBook(),
      });
      await pane.ready(60_000);
      await pane.tab('pane.tab.control').click();
      await page.getByLabel(pane.t('pane.control.asOf')).fill(BOOK_AS_OF);
      found.push(...(await overflows(page)).map((o) => `control before: ${o}`));
      await screenshot(page, name(c, 'control-before'));
      await pane.button('pane.control.run').click();
      await page.getByRole('list', { name: pane.t('pane.control.heldList') }).waitFor({ timeout: 120_000 });
      found.push(...(await overflows(page)).map((o) => `control after: ${o}`));
      await screenshot(page, name(c, 'control-after'));
      expect(found).toEqual([]);
    } catch (error) {
      await screenshot(page, 'narrow-failed');
      throw error;
    } finally {
      await context.close();
    }
  }, 300_000);
});
