/**
 * The built pane in Chromium outside Office: the browser preview. The user
 * opens the sample workbook, runs all, makes the A-tier forms and downloads
 * the result, which holds what the command line writes for the same file;
 * and a workbook with a pivot table, a chart and comments comes back with
 * every part the run does not own byte for byte (the package port, as on the
 * command line).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PaneBuild } from '../../scripts/preview/build';
import { serveStatic, type StaticServer } from '../../scripts/preview/static-server';
import { diffPackages, inputPartsNotIdentical, readPackage, sheetPart, sheets, type Package } from '../support/package-diff';
import { makeWorkbook, SAMPLE } from '../support/workbooks';
import { expectLocalOnly, forgetScreenshot, launchChromium, PANE_VIEWPORT, recordNetwork, screenshot } from './support/browser';
import { builtPane } from './support/built-pane';
import { cellDifferences, type BookCells } from './support/cell-text';
import { runCli } from './support/cli';
import { Pane } from './support/pane';
import { loadBook, xlsxCells } from './support/xlsx-books';

let build: PaneBuild;
let server: StaticServer;
let browser: Browser;
let cliForms: BookCells;

/** From the real-feature corpus (test/fixtures/real-features/README.md): a pivot table and its cache, a bar chart, comments on two sheets. */
const PIVOT_BOOK = join(__dirname, '..', 'fixtures', 'real-features', 'libreoffice-pivot.xlsx');

beforeAll(async () => {
  forgetScreenshot('preview-failed');
  const [pane, forms] = await Promise.all([builtPane(), runCli(SAMPLE, ['--forms', 'tier:A', '--batch', '--lang', 'zh-Hant'])]);
  build = pane;
  cliForms = xlsxCells(await loadBook(forms.output));
  server = await serveStatic({ root: build.dir });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('open the sample, run all, make forms, download: the same workbook as the command line writes', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: PANE_VIEWPORT, acceptDownloads: true });
  const network = await recordNetwork(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const pane = new Pane(page, 'en');
  try {
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('preview-open').waitFor({ timeout: 30_000 });
    await screenshot(page, 'preview-1-start');

    // Open: the file input behind "Open workbook…"; the Data section then shows the recognised sheets.
    await page.getByTestId('preview-file-input').setInputFiles(SAMPLE);
    await page.getByTestId('preview-file-name').getByText('credit-desk-sample.xlsx', { exact: false }).waitFor({ timeout: 60_000 });
    await page.getByText('銷售明細', { exact: false }).first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'preview-2-opened');
    // Nothing to download before a run: it would be the file as it was opened.
    expect(await page.getByTestId('preview-download').isDisabled()).toBe(true);

    // Run all: tiers and credit.
    await pane.button('pane.runAll').click();
    await pane.tab('pane.tab.credit').click();
    await pane.text('pane.credit.graded', { count: '242' }).waitFor({ timeout: 120_000 }); // 58 of the 300 customers are not rated
    await pane.text('pane.ran.credit', { sheet: '客戶資料' }).waitFor();
    expect(await page.getByTestId('preview-download').isDisabled()).toBe(false);
    await screenshot(page, 'preview-3-run-all');

    // Forms: tier A, one batch sheet per form, in Traditional Chinese (no "selected rows" in the preview).
    await pane.tab('pane.tab.forms').click();
    expect(await pane.radio('pane.forms.choice.rows').count()).toBe(0);
    await pane.radio('pane.forms.choice.tier').check();
    await pane.choose('pane.forms.tier', 'A');
    await pane.radio('pane.forms.batch').check();
    await pane.choose('pane.forms.language', pane.t('pane.lang.zh-Hant'));
    await pane.button('pane.forms.generate').click();
    await pane.text('pane.forms.created', { count: '2' }).waitFor({ timeout: 120_000 });
    await screenshot(page, 'preview-4-forms');

    // A problem link is harmless in the preview: there is no sheet to select.
    await page.getByRole('button', { name: "'銷售明細'!C2002", exact: true }).click();

    // Download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('preview-download').click()]);
    expect(download.suggestedFilename()).toBe('credit-desk-sample-credit-desk.xlsx');
    const file = await download.path();
    await screenshot(page, 'preview-5-downloaded');
    const result = xlsxCells(await loadBook(readFileSync(file)));

    // The tier, credit and form sheets, and the owned columns, hold what the command line writes.
    expect(result.sheets).toEqual(['客戶資料', '銷售明細', '應收帳款', '說明', '信用評分表', '調查表 (批次)', '授信申請 (批次)']);
    const customerSheet = Object.values(result.cells['客戶資料']!);
    expect(customerSheet).toEqual(expect.arrayContaining(['t:ABC 分類', 't:信用等級', 't:建議額度']));
    expect(cellDifferences(result, cliForms)).toEqual([]);

    // Form types: with the survey unticked, only the application is made; the last form left cannot be unticked.
    await pane.checkbox('form.survey').uncheck();
    expect(await pane.checkbox('form.authorization').isDisabled()).toBe(true);
    await pane.button('pane.forms.generate').click();
    await pane.text('pane.forms.created', { count: '1' }).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: '授信申請 (批次) (2)', exact: true }).waitFor();
    await screenshot(page, 'preview-6-one-form-type');

    expect(errors).toEqual([]);
    expectLocalOnly(network);
  } catch (error) {
    await screenshot(page, 'preview-failed');
    throw error;
  } finally {
    await context.close();
  }
}, 300_000); // the whole workflow on 20,000 sales rows, twice through the forms, on a shared two-core machine

test('a workbook whose sheets are not recognised: choose the sales sheet and its columns in the Data section, tier: what the command line writes with the same choices', async () => {
  // The trial's workbook: "Revenue" is no sales amount to the recogniser, so nothing is recognised on opening.
  const dir = mkdtempSync(join(tmpdir(), 'credit-desk-unrecognised-'));
  const book = join(dir, 'data.xlsx');
  const wb = makeWorkbook([{ name: 'Data', rows: [['Client', 'Revenue', 'When'], ['Acme', 300, '2025-01-02'], ['Bolt', 50, '2025-02-03'], ['Acme', 20, '2025-03-04']] }]);
  writeFileSync(book, Buffer.from(await wb.xlsx.writeBuffer()));
  const context = await browser.newContext({ locale: 'en-US', viewport: PANE_VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const pane = new Pane(page, 'en');
  try {
    const cli = readPackage(new Uint8Array((await runCli(book, ['--steps', 'tiers', '--sales-sheet', 'Data', '--sales-amount', 'Revenue', '--sales-name', 'Client'])).output));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('preview-file-input').setInputFiles(book);
    await pane.text('pane.data.describeFailed').waitFor({ timeout: 60_000 });
    await pane.text('pane.data.chooseBelow').waitFor();
    await screenshot(page, 'preview-unrecognised-1-failed');

    await pane.choose('pane.data.salesSheet', 'Data');
    const amount = page.getByRole('combobox', { name: 'Amount', exact: true });
    await amount.waitFor({ timeout: 60_000 });
    await amount.click();
    await page.getByRole('option', { name: 'B · Revenue', exact: true }).click();
    // Recognised now: the error is gone and the chosen sheet is read.
    await pane.text('pane.data.where', { row: 1 }).waitFor({ timeout: 60_000 });
    await pane.text('pane.data.describeFailed').waitFor({ state: 'detached', timeout: 60_000 });
    const name = page.getByRole('combobox', { name: 'Customer name', exact: true });
    await name.click();
    await page.getByRole('option', { name: 'A · Client', exact: true }).click();
    await page.getByRole('combobox', { name: 'Customer name', exact: true }).getByText('A · Client', { exact: true }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'preview-unrecognised-2-chosen');

    await pane.tab('pane.tab.tiers').click();
    await pane.button('pane.tiers.run').click();
    await page.getByText(/^Done: tiered the customers on/).waitFor({ timeout: 120_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('preview-download').click()]);
    const output = readPackage(new Uint8Array(readFileSync(await download.path())));
    expect(diffPackages(cli, output).filter((d) => d.status !== 'identical')).toEqual([]);
    expect(errors).toEqual([]);
  } catch (error) {
    await screenshot(page, 'preview-failed');
    throw error;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);

test('a file that is not a workbook is refused with a message, and the pane stays usable', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: PANE_VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('preview-file-input').setInputFiles({ name: 'notes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip file') });
    await page.getByTestId('preview-error').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('preview-error').innerText()).toContain('notes.xlsx');
    expect(await page.getByTestId('preview-download').isDisabled()).toBe(true);
    await page.getByTestId('preview-file-input').setInputFiles(SAMPLE);
    await page.getByText('銷售明細', { exact: false }).first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('preview-error').count()).toBe(0);
  } finally {
    await context.close();
  }
});

test('a workbook with a pivot table, a chart and comments: run all, download, and every part the run does not own is byte for byte the same', async () => {
  const input = readPackage(PIVOT_BOOK);
  // What the run must carry through is there to be carried: the pivot table and its cache, the chart, the comments.
  const mustKeep = [...input.keys()].filter((p) => /^xl\/(pivotTables\/pivotTable|pivotCache\/pivotCache(Definition|Records)|charts\/chart|comments)\d*\.xml$/.test(p)).sort();
  expect(mustKeep).toEqual([
    'xl/charts/chart1.xml', 'xl/comments1.xml', 'xl/comments2.xml', 'xl/pivotCache/pivotCacheDefinition1.xml', 'xl/pivotCache/pivotCacheRecords1.xml',
    'xl/pivotTables/pivotTable1.xml',
  ]);
  const cli = readPackage(new Uint8Array((await runCli(PIVOT_BOOK, [])).output));

  const context = await browser.newContext({ locale: 'en-US', viewport: PANE_VIEWPORT, acceptDownloads: true });
  const network = await recordNetwork(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const pane = new Pane(page, 'en');
  try {
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('preview-file-input').setInputFiles(PIVOT_BOOK);
    await page.getByTestId('preview-file-name').getByText('libreoffice-pivot.xlsx', { exact: false }).waitFor({ timeout: 60_000 });
    // The Data section shows the sheets recognised in this file.
    await page.getByText(`${pane.t('pane.data.automatic')} · Sales`, { exact: true }).waitFor({ timeout: 60_000 });

    await pane.button('pane.runAll').click();
    await pane.tab('pane.tab.credit').click();
    await pane.text('pane.credit.graded', { count: '0' }).waitFor({ timeout: 120_000 }); // its 16 customers have no statement figures: not rated

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('preview-download').click()]);
    expect(download.suggestedFilename()).toBe('libreoffice-pivot-credit-desk.xlsx');
    const output: Package = readPackage(new Uint8Array(readFileSync(await download.path())));

    // The run wrote its columns and its scorecard sheet...
    expect(sheets(output).map((s) => s.name)).toEqual([...sheets(input).map((s) => s.name), 'Credit Scorecard']);
    // ...and changed no part of the input but those a run may change; the parts it added are not the input's.
    const mayChange = new Set([sheetPart(input, 'Customers'), 'xl/workbook.xml', 'xl/styles.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels']);
    expect(inputPartsNotIdentical(input, output).filter((d) => !mayChange.has(d.part))).toEqual([]);
    expect(inputPartsNotIdentical(input, output).map((d) => d.part)).toContain(sheetPart(input, 'Customers'));
    expect(diffPackages(input, output).filter((d) => mustKeep.includes(d.part)).map((d) => d.status)).toEqual(mustKeep.map(() => 'identical'));
    // The same package port as the command line: the same file, part for part.
    expect(diffPackages(cli, output).filter((d) => d.status !== 'identical')).toEqual([]);

    expect(errors).toEqual([]);
    expectLocalOnly(network);
  } catch (error) {
    await screenshot(page, 'preview-failed');
    throw error;
  } finally {
    await context.close();
  }
}, 300_000);
