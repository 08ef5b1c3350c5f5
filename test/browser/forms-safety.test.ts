/**
 * Safe defaults in the pane, in real Chromium as Excel hosts it (office.js on
 * the Excel test double, holding the sample): the forms go to the rows
 * selected on the customer sheet, or to tier A when none are, one batch
 * sheet per form type; more than fifty new sheets are made only after the
 * user says yes to their number (Cancel makes nothing); and "Open the
 * scorecard" makes the scorecard sheet and scores nobody.
 */
import type { Page } from 'playwright-core';
import { runThroughFile, sampleBytes } from '../support/workbooks';
import { forgetScreenshot, PANE_VIEWPORT, screenshot } from './support/browser';
import { cellDifferences } from './support/cell-text';
import { EXCEL_PAGE, startExcelHost, testApi, type ExcelHost } from './support/excel-host-page';
import { Pane } from './support/pane';
import { formulaResults } from './support/xlsx-books';

let host: ExcelHost;
/** The sample's customers, by sheet row (1-based): ID in column A, headers in row 3. */
let customerIds: Map<number, string>;

beforeAll(async () => {
  forgetScreenshot('forms-safety-failed');
  const { wb: calculated } = await runThroughFile(sampleBytes());
  const sheet = calculated.getWorksheet('客戶資料')!;
  customerIds = new Map();
  sheet.eachRow((row, n) => {
    if (n > 3) customerIds.set(n, String(row.getCell(1).value));
  });
  host = await startExcelHost(formulaResults(calculated));
}, 300_000);

afterAll(async () => {
  await host?.close();
});

/** Selects a range on a sheet of the double, as the user does in Excel (through the page's own Excel.run). */
async function select(page: Page, sheet: string, address: string): Promise<void> {
  await page.evaluate(
    ([s, a]) =>
      (window as unknown as { Excel: typeof Excel }).Excel.run(async (context) => {
        context.workbook.worksheets.getItem(s!).getRange(a).select();
        await context.sync();
      }),
    [sheet, address],
  );
}

async function withPane(name: string, use: (page: Page, pane: Pane) => Promise<void>): Promise<void> {
  const context = await host.browser.newContext({ locale: 'en-US', viewport: PANE_VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const pane = new Pane(page, 'en');
  try {
    await page.goto(`${host.server.url}${EXCEL_PAGE}?lang=en-US`);
    await pane.ready();
    await use(page, pane);
    expect(errors).toEqual([]);
  } catch (error) {
    await screenshot(page, `${name}-failed`);
    throw error;
  } finally {
    await context.close();
  }
}

/** The sheets the last forms run made, as the Forms section lists them ("<sheet> <form> · customers: n"). */
function createdSheets(page: Page, pane: Pane, count: number): Promise<string[]> {
  return page.getByRole('region', { name: pane.t('pane.forms.created', { count }) }).getByRole('listitem').allInnerTexts();
}

/** A created sheet's line in the Forms section. */
const sheetLine = (pane: Pane, sheet: string, form: 'survey' | 'authorization', customers: number) =>
  `${sheet} ${pane.t(form === 'survey' ? 'form.surveyShort' : 'form.authorizationShort')} · ${pane.t('pane.forms.sheetCustomers', { count: customers })}`;

test('the forms go to the selected rows, or to tier A when none are, on one batch sheet per form type', async () => {
  await withPane('forms-safety', async (page, pane) => {
    const book = testApi(page);
    await pane.button('pane.runAll').click();
    await pane.text('pane.ran.credit', { sheet: '客戶資料' }).waitFor({ timeout: 120_000 });

    // As the Forms section opens: the selected rows, batch.
    await pane.tab('pane.tab.forms').click();
    expect(await pane.radio('pane.forms.choice.rows').isChecked()).toBe(true);
    expect(await pane.radio('pane.forms.batch').isChecked()).toBe(true);
    expect(await pane.checkbox('form.survey').isChecked()).toBe(true);
    expect(await pane.checkbox('form.authorization').isChecked()).toBe(true);

    // Three customer rows selected (rows 5 to 7): their forms, on one sheet per form type.
    await select(page, '客戶資料', 'B5:D7');
    const sheetsBefore = (await book.dump()).sheets.length;
    await pane.button('pane.forms.generate').click();
    await pane.text('pane.ran.forms', { who: pane.t('pane.who.rows'), customers: '3', sheets: '2' }).waitFor({ timeout: 120_000 });
    expect(await createdSheets(page, pane, 2)).toEqual([sheetLine(pane, 'Survey (batch)', 'survey', 3), sheetLine(pane, 'Credit application (batch)', 'authorization', 3)]);
    const withRows = await book.dump();
    expect(withRows.sheets.length).toBe(sheetsBefore + 2);
    const survey = Object.values(withRows.cells['Survey (batch)']!).join('\n');
    for (const row of [5, 6, 7]) expect(survey).toContain(customerIds.get(row)!);
    expect(survey).not.toContain(customerIds.get(8)!);
    await screenshot(page, 'forms-safety-1-selected-rows');

    // Nothing selected on the customer sheet (the cursor in its title): tier A, and the banner says why.
    await select(page, '客戶資料', 'A1');
    await pane.button('pane.forms.generate').click();
    await pane.text('pane.ran.forms', { who: pane.t('pane.who.noRows'), customers: '60', sheets: '2' }).waitFor({ timeout: 120_000 });
    expect(await createdSheets(page, pane, 2)).toEqual([
      sheetLine(pane, 'Survey (batch) (2)', 'survey', 60),
      sheetLine(pane, 'Credit application (batch) (2)', 'authorization', 60),
    ]);
    await screenshot(page, 'forms-safety-2-tier-a');
  });
}, 300_000);

test('more than fifty new sheets: the pane asks with their number; Cancel makes nothing, Make makes them all', async () => {
  await withPane('forms-safety', async (page, pane) => {
    const book = testApi(page);
    await pane.button('pane.runAll').click();
    await pane.text('pane.ran.credit', { sheet: '客戶資料' }).waitFor({ timeout: 120_000 });
    await pane.tab('pane.tab.forms').click();
    await pane.radio('pane.forms.perCustomer').check();

    // 26 customers (rows 4 to 29) with both forms: 52 sheets.
    await select(page, '客戶資料', 'A4:A29');
    const before = await book.dump();
    await pane.button('pane.forms.generate').click();
    const dialog = page.getByRole('alertdialog', { name: pane.t('pane.forms.confirm.title', { count: '52' }) });
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.innerText()).toContain(pane.t('pane.forms.confirm.body', { customers: '26', forms: '2' }));
    await screenshot(page, 'forms-safety-3-confirm');
    await dialog.getByRole('button', { name: pane.t('pane.forms.confirm.cancel'), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await pane.text('pane.forms.notMade').waitFor();
    // Nothing was made, nothing was written.
    expect(cellDifferences(await book.dump(), before)).toEqual([]);
    expect(await pane.text('pane.forms.none').count()).toBe(1);

    // Again, and yes: every one of them.
    await pane.button('pane.forms.generate').click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: pane.t('pane.forms.confirm.make', { count: '52' }), exact: true }).click();
    await pane.text('pane.forms.created', { count: '52' }).waitFor({ timeout: 240_000 });
    await pane.text('pane.ran.forms', { who: pane.t('pane.who.rows'), customers: '26', sheets: '52' }).waitFor();
    const after = await book.dump();
    expect(after.sheets.length).toBe(before.sheets.length + 52);
    await screenshot(page, 'forms-safety-4-confirmed');

    // Fifty sheets or fewer are made without asking: 25 customers with both forms.
    await select(page, '客戶資料', 'A4:A28');
    await pane.button('pane.forms.generate').click();
    await pane.text('pane.ran.forms', { who: pane.t('pane.who.rows'), customers: '25', sheets: '50' }).waitFor({ timeout: 240_000 });
    expect(await page.getByRole('alertdialog').count()).toBe(0);
  });
}, 300_000);

test('with no figures for the current choices, the pane tiers and scores first to count the sheets, and says so', async () => {
  await withPane('forms-safety', async (page, pane) => {
    const book = testApi(page);
    const pristine = await book.dump();
    // Tier A (60 customers), the survey only, one sheet per customer: 60 sheets, not known before tiering.
    await pane.tab('pane.tab.forms').click();
    await pane.radio('pane.forms.choice.tier').check();
    await pane.checkbox('form.authorization').uncheck();
    await pane.radio('pane.forms.perCustomer').check();
    await pane.button('pane.forms.generate').click();
    const dialog = page.getByRole('alertdialog', { name: pane.t('pane.forms.confirm.title', { count: '60' }) });
    await dialog.waitFor({ timeout: 120_000 });
    expect(await dialog.innerText()).toContain(pane.t('pane.forms.confirm.counted'));
    await pane.text('pane.ran.credit', { sheet: '客戶資料' }).waitFor();
    // The count took a run of its own: tiers and credit are written, as Run all writes them, and no form.
    const counted = await book.dump();
    expect(counted.sheets).toEqual([...pristine.sheets, '信用評分表']);
    await dialog.getByRole('button', { name: pane.t('pane.forms.confirm.cancel'), exact: true }).click();
    await pane.text('pane.forms.notMade').waitFor();
    expect(cellDifferences(await book.dump(), counted)).toEqual([]);
  });
}, 300_000);

test('"Open the scorecard" makes the scorecard sheet and shows it, scoring nobody; "Score credit" scores', async () => {
  await withPane('forms-safety', async (page, pane) => {
    const book = testApi(page);
    await pane.tab('pane.tab.credit').click();
    await pane.button('pane.credit.openScorecard').click();
    await pane.text('pane.ran.scorecardCreated', { sheet: '信用評分表' }).waitFor({ timeout: 120_000 });
    expect(await book.selectionWhen((s) => s.sheet === '信用評分表')).toEqual({ sheet: '信用評分表', address: 'A1' });
    const opened = await book.dump();
    expect(opened.sheets).toContain('信用評分表');
    // No tier and no credit column on the customer sheet, no grade in the pane.
    const customerHeaders = Object.values(opened.cells['客戶資料']!);
    expect(customerHeaders).not.toContain('t:ABC 分類');
    expect(customerHeaders).not.toContain('t:信用等級');
    await pane.text('pane.credit.none').waitFor();
    await screenshot(page, 'forms-safety-5-scorecard-opened');

    // A second time it finds the sheet it made.
    await pane.button('pane.credit.openScorecard').click();
    await pane.text('pane.ran.scorecardFound', { sheet: '信用評分表' }).waitFor({ timeout: 120_000 });
    expect((await book.dump()).sheets.filter((s) => s.startsWith('信用評分表'))).toEqual(['信用評分表']);

    await pane.button('pane.credit.run').click();
    await pane.text('pane.credit.graded', { count: '242' }).waitFor({ timeout: 120_000 }); // 58 of the 300 customers are not rated
    expect(Object.values((await book.dump()).cells['客戶資料']!)).toContain('t:信用等級');
  });
}, 300_000);
