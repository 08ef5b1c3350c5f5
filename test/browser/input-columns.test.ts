/**
 * "Add the input columns" in the built pane, in Chromium, on the browser
 * preview: a workbook whose customer sheet has no statement or rating
 * columns lists the headers looked for; the button adds them, the pane reads
 * the sheets again (nothing is missing any more) and the download holds the
 * columns, their drop-downs and the scorecard made for them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/preview/static-server';
import { elements, partText, readPackage, sheetPart } from '../support/package-diff';
import { makeWorkbook } from '../support/workbooks';
import { launchChromium, PANE_VIEWPORT, screenshot } from './support/browser';
import { builtPane } from './support/built-pane';
import { Pane } from './support/pane';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-input-columns-'));
const BOOK = join(dir, 'no-inputs.xlsx');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const wb = makeWorkbook([
    { name: 'Customers', rows: [['Customer ID', 'Customer name'], ['K1', 'Ann'], ['K2', 'Bob']] },
    { name: 'Sales', rows: [['Customer ID', 'Amount'], ['K1', 500], ['K2', 300]] },
  ]);
  await wb.xlsx.writeFile(BOOK);
  const [build, chromium] = await Promise.all([builtPane(), launchChromium()]);
  server = await serveStatic({ root: build.dir });
  browser = chromium;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the Credit section adds the missing input columns, then finds them', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: PANE_VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const pane = new Pane(page, 'en');
  try {
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('preview-file-input').setInputFiles(BOOK);
    await pane.ready(60_000);
    await pane.tab('pane.tab.credit').click();
    const missing = page.getByRole('group', { name: pane.t('pane.inputs.heading') }).or(page.getByLabel(pane.t('pane.inputs.heading')));
    await missing.first().waitFor({ timeout: 60_000 });
    await pane.button('pane.inputs.add').click();
    // Every ratio and rating lacked its columns: 4 + 3 figures (opening total assets with them) and 11 ratings.
    await pane.text('pane.inputs.added', { count: 18, sheet: 'Customers', first: 'C', last: 'T' }).waitFor({ timeout: 120_000 });
    await pane.text('pane.inputs.scorecardMade', { sheet: 'Credit Scorecard' }).waitFor();
    // Read again: the sheet has every column now, so nothing is listed as missing.
    await missing.first().waitFor({ state: 'detached', timeout: 60_000 });
    await screenshot(page, 'input-columns-added');

    expect(await page.getByTestId('preview-download').isDisabled()).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('preview-download').click()]);
    const pkg = readPackage(new Uint8Array(readFileSync(await download.path())));
    const sheet = partText(pkg, sheetPart(pkg, 'Customers'));
    expect(sheet).toContain('Quick assets');
    const lists = elements(sheet, 'dataValidation');
    expect(lists.map((v) => v.attrs.get('sqref'))).toEqual(['J2:J3', 'K2:K3', 'L2:L3', 'M2:M3', 'N2:N3', 'O2:O3', 'P2:P3', 'Q2:Q3', 'R2:R3', 'S2:S3', 'T2:T3']);
    expect(errors).toEqual([]);
  } catch (error) {
    await screenshot(page, 'input-columns-failed');
    throw error;
  } finally {
    await context.close();
  }
}, 300_000);
