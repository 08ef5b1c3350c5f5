/**
 * "Remove the form sheets of the last run" in real Chromium as Excel hosts
 * the pane (office.js on the Excel test double, holding the sample): the
 * confirmation lists the sheets it would delete and the edited ones it
 * keeps; Cancel deletes nothing; Remove deletes exactly the listed sheets,
 * the message names the kept one, and nothing runs off sideways at 320 px.
 */
import type { Page } from 'playwright-core';
import { runThroughFile, sampleBytes } from '../support/workbooks';
import { forgetScreenshot, screenshot } from './support/browser';
import { cellDifferences } from './support/cell-text';
import { EXCEL_PAGE, startExcelHost, testApi, type ExcelHost } from './support/excel-host-page';
import { Pane } from './support/pane';
import { formulaResults } from './support/xlsx-books';

let host: ExcelHost;

beforeAll(async () => {
  forgetScreenshot('remove-forms-failed');
  const { wb: calculated } = await runThroughFile(sampleBytes());
  host = await startExcelHost(formulaResults(calculated));
}, 300_000);

afterAll(async () => {
  await host?.close();
});

/** Runs `work` in the page's own Excel.run, as the user's actions in Excel would change the workbook. */
async function inExcel(page: Page, sheet: string, address: string, action: 'select' | 'type'): Promise<void> {
  await page.evaluate(
    ([s, a, what]) =>
      (window as unknown as { Excel: typeof Excel }).Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(s!).getRange(a);
        if (what === 'select') range.select();
        else range.values = [['Approved: Wang']];
        await context.sync();
      }),
    [sheet, address, action],
  );
}

test('the confirmation lists the sheets; Cancel deletes nothing; Remove deletes them and names the edited sheet it kept', async () => {
  const context = await host.browser.newContext({ locale: 'en-US', viewport: { width: 320, height: 860 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const pane = new Pane(page, 'en');
  try {
    await page.goto(`${host.server.url}${EXCEL_PAGE}?lang=en-US`);
    await pane.ready();
    const book = testApi(page);
    await pane.button('pane.runAll').click();
    await pane.text('pane.ran.credit', { sheet: '客戶資料' }).waitFor({ timeout: 120_000 });
    await pane.tab('pane.tab.forms').click();
    await inExcel(page, '客戶資料', 'B5:D6', 'select');
    await pane.button('pane.forms.generate').click();
    await pane.text('pane.ran.forms', { who: pane.t('pane.who.rows'), customers: '2', sheets: '2' }).waitFor({ timeout: 120_000 });
    // The manager signs the application sheet in Excel: that one must stay.
    await inExcel(page, 'Credit application (batch)', 'J3', 'type');
    const made = await book.dump();

    const dialog = page.getByRole('alertdialog', { name: pane.t('pane.forms.remove.title') });
    await pane.button('pane.forms.remove.button').click();
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.getByRole('listitem').allInnerTexts()).toEqual(['Survey (batch)']);
    expect(await dialog.innerText()).toContain(pane.t('pane.forms.remove.keptNote', { sheets: '“Credit application (batch)”' }));
    await screenshot(page, 'remove-forms-1-confirm');
    await dialog.getByRole('button', { name: pane.t('pane.forms.remove.cancel'), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await pane.text('pane.forms.remove.cancelled').waitFor();
    expect(cellDifferences(await book.dump(), made)).toEqual([]);

    await pane.button('pane.forms.remove.button').click();
    await dialog.waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: pane.t('pane.forms.remove.confirm', { count: '1' }), exact: true }).click();
    await pane.text('pane.forms.remove.done', { count: '1', sheets: '“Survey (batch)”' }).waitFor({ timeout: 60_000 });
    await pane.text('pane.forms.remove.kept', { count: '1', sheets: '“Credit application (batch)”' }).waitFor();
    const after = await book.dump();
    expect(after.sheets).toEqual(made.sheets.filter((s) => s !== 'Survey (batch)'));
    // Every other sheet as it was, to the cell.
    expect(cellDifferences(after, { ...made, sheets: after.sheets, cells: Object.fromEntries(Object.entries(made.cells).filter(([s]) => s !== 'Survey (batch)')) })).toEqual([]);
    // The sheets made by the run are listed without the one removed.
    const created = page.getByRole('region', { name: pane.t('pane.forms.created', { count: 1 }) });
    expect(await created.getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/^Credit application \(batch\) /)]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await screenshot(page, 'remove-forms-2-done');
    expect(errors).toEqual([]);
  } catch (error) {
    await screenshot(page, 'remove-forms-failed');
    throw error;
  } finally {
    await context.close();
  }
}, 300_000);
