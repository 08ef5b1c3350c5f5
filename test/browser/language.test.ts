/**
 * The pane in Traditional and Simplified Chinese shows no English label, in
 * Excel (Office's display language) and in the browser preview (the browser's
 * language): the visible text of the whole pane, every section, before and
 * after a run, holds no English word but the names the pane keeps in every
 * language and what comes from the workbook itself.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Language } from '../../src/core/columns/layout';
import { columnBelow, runThroughFile, SAMPLE, sampleBytes } from '../support/workbooks';
import { PANE_VIEWPORT, screenshot } from './support/browser';
import { EXCEL_PAGE, startExcelHost, type ExcelHost } from './support/excel-host-page';
import { Pane } from './support/pane';
import { formulaResults, loadBook } from './support/xlsx-books';

/** Names shown as they are in every language: tiers, grades, column letters A–AG (the sample's columns), the product and Excel, the endonym of English. */
const ALLOWED = new Set(['ABC', 'AAA', 'AA', 'A', 'B', 'C', 'D', 'Excel', 'Credit', 'Desk', 'English']);
const COLUMN_LETTERS = /^(?:[A-Z]|A[A-G])$/;
/** What the sample workbook and its file bring: the sales table's name, an error value, the file name; its customer names are added below. */
const WORKBOOK_TEXT = ['SalesLedger', '#N/A', 'credit-desk-sample.xlsx'];
/** Text quoted from the workbook ("abc" in "not a number: "abc""). */
const QUOTED = /“[^”]*”|「[^」]*」|"[^"]*"|'[^']*'/g;

/** English words of the text, each line once, with the line they appear in. */
function englishWords(text: string): string[] {
  let rest = text;
  for (const t of WORKBOOK_TEXT) rest = rest.split(t).join(' ');
  rest = rest.replace(QUOTED, ' ');
  const found: string[] = [];
  for (const line of new Set(rest.split('\n'))) {
    const words = (line.match(/[A-Za-z][A-Za-z'’]*/g) ?? []).filter((w) => !ALLOWED.has(w) && !COLUMN_LETTERS.test(w));
    if (words.length > 0) found.push(`${words.join(' ')}   ← "${line.trim().slice(0, 120)}"`);
  }
  return found;
}

const CASES: { locale: string; language: Language }[] = [
  { locale: 'zh-TW', language: 'zh-Hant' },
  { locale: 'zh-CN', language: 'zh-Hans' },
];

let host: ExcelHost;

beforeAll(async () => {
  const sample = await loadBook(SAMPLE);
  // Customer names are the workbook's own (some are English): the missing-inputs list shows them.
  WORKBOOK_TEXT.push(...columnBelow(sample, '客戶資料', '客戶名稱', 3).filter((v): v is string => typeof v === 'string'));
  const { wb: calculated } = await runThroughFile(sampleBytes());
  host = await startExcelHost(formulaResults(calculated));
}, 300_000);

afterAll(async () => {
  await host?.close();
});

/** The visible text of every section, before and after Run all and the forms; a screenshot of each. */
async function walk(page: Page, pane: Pane, name: string): Promise<string[]> {
  const texts: string[] = [];
  const collect = async (step: string) => {
    texts.push(await page.locator('body').innerText());
    await screenshot(page, `${name}-${step}`);
  };
  for (const tab of ['data', 'tiers', 'credit', 'forms'] as const) {
    await pane.tab(`pane.tab.${tab}`).click();
    await collect(`1-${tab}`);
  }
  await pane.button('pane.runAll').click();
  await pane.tab('pane.tab.tiers').click();
  await pane.text('pane.tiers.tiered', { count: '300' }).waitFor({ timeout: 120_000 });
  await collect('2-tiers-done');
  await pane.tab('pane.tab.credit').click();
  await collect('3-credit-done');
  await pane.tab('pane.tab.forms').click();
  await pane.radio('pane.forms.choice.tier').check();
  await pane.radio('pane.forms.batch').check();
  await pane.button('pane.forms.generate').click();
  await pane.text('pane.forms.created', { count: '2' }).waitFor({ timeout: 120_000 });
  await collect('4-forms-done');
  return texts;
}

async function withPage<T>(locale: string, use: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await host.browser.newContext({ locale, viewport: PANE_VIEWPORT });
  try {
    return await use(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

describe.each(CASES)('$locale', ({ locale, language }) => {
  test('in Excel (Office display language), no English label', async () => {
    const texts = await withPage('en-US', async (page) => {
      await page.goto(`${host.server.url}${EXCEL_PAGE}?lang=${locale}`);
      const pane = new Pane(page, language);
      await pane.ready();
      return walk(page, pane, `excel-${language}`);
    });
    expect(englishWords(texts.join('\n'))).toEqual([]);
  });

  test('in the browser preview (browser language), no English label', async () => {
    const texts = await withPage(locale, async (page) => {
      await page.goto(`${host.server.url}taskpane.html`);
      const pane = new Pane(page, language);
      // Before a file is open, the pane is its file bar.
      await page.getByTestId('preview-open').waitFor({ timeout: 30_000 });
      const start = await page.locator('body').innerText();
      await screenshot(page, `preview-${language}-0-start`);
      await page.getByTestId('preview-file-input').setInputFiles(SAMPLE);
      await pane.ready(60_000);
      await page.getByText('銷售明細', { exact: false }).first().waitFor({ timeout: 60_000 });
      return [start, ...(await walk(page, pane, `preview-${language}`))];
    });
    expect(englishWords(texts.join('\n'))).toEqual([]);
  });
});

test('the check finds English labels and lets workbook text through', () => {
  expect(englishWords('分級 ABC · Tier A\nExcel 表格 SalesLedger\n金額不是數字："abc"\n銷售明細!C2002 客戶資料!AE191')).toEqual([
    'Tier   ← "分級 ABC · Tier A"',
  ]);
});
