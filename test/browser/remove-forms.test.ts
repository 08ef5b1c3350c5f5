/**
 * "Remove the form sheets of the last run" in the built pane, in Chromium,
 * in the browser preview (the package port, as on the command line; the
 * Excel host's Office calls are the Office port's, tested on the Excel
 * double in test/office/remove-forms-office.test.ts). The file opened holds
 * a forms run whose application sheet a manager has since signed: the
 * confirmation lists the unedited sheet and names the kept one; Cancel
 * deletes nothing; Remove deletes exactly the listed sheet, the message
 * names the kept one, Download then offers the result, and nothing runs off
 * sideways at 320 px.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PaneBuild } from '../../scripts/preview/build';
import { serveStatic, type StaticServer } from '../../scripts/preview/static-server';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { sheets as sheetsOf, readPackage } from '../support/package-diff';
import { makeWorkbook, openThroughFile, runThroughFile } from '../support/workbooks';
import { expectLocalOnly, forgetScreenshot, launchChromium, recordNetwork, screenshot } from './support/browser';
import { builtPane } from './support/built-pane';
import { Pane } from './support/pane';

let build: PaneBuild;
let server: StaticServer;
let browser: Browser;
let dir: string;
let input: string;
const SIGNED = 'Credit application (batch)';
const UNEDITED = 'Survey (batch)';

beforeAll(async () => {
  forgetScreenshot('remove-forms-failed');
  const made = await runThroughFile(makeWorkbook([
    { name: 'Customers', rows: [['Customer ID', 'Customer name'], ['C1', 'Alpha'], ['C2', 'Beta']] },
    { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 900_000], [46010, 'C2', 90_000]] },
  ]), { steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(), forms: { selection: { kind: 'all' }, batch: true, now: new Date(2026, 10, 22, 9, 30) } });
  expect(made.summary.forms?.sheets.map((s) => s.name)).toEqual([UNEDITED, SIGNED]);
  const file = await openThroughFile(made.bytes);
  await file.port.apply([{ op: 'values', sheet: SIGNED, row: 2, col: 9, values: [['Approved: Wang']] }]);
  dir = mkdtempSync(join(tmpdir(), 'credit-desk-remove-forms-pane-'));
  input = join(dir, 'signed.xlsx');
  writeFileSync(input, file.book.toBytes());
  build = await builtPane();
  server = await serveStatic({ root: build.dir });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the confirmation lists the sheets; Cancel deletes nothing; Remove deletes them and names the edited sheet it kept', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 320, height: 860 }, acceptDownloads: true });
  const network = await recordNetwork(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const pane = new Pane(page, 'en');
  const fitsSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  try {
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('preview-file-input').setInputFiles(input);
    await page.getByTestId('preview-file-name').getByText('signed.xlsx', { exact: false }).waitFor({ timeout: 60_000 });
    await pane.tab('pane.tab.forms').click();

    const dialog = page.getByRole('alertdialog', { name: pane.t('pane.forms.remove.title') });
    await pane.button('pane.forms.remove.button').click();
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.getByRole('listitem').allInnerTexts()).toEqual([UNEDITED]);
    expect(await dialog.innerText()).toContain(pane.t('pane.forms.remove.keptNote', { sheets: `“${SIGNED}”` }));
    expect(await fitsSideways()).toBe(true);
    await screenshot(page, 'remove-forms-1-confirm');
    await dialog.getByRole('button', { name: pane.t('pane.forms.remove.cancel'), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await pane.text('pane.forms.remove.cancelled').waitFor();
    // Nothing was removed: there is still nothing to download.
    expect(await page.getByTestId('preview-download').isDisabled()).toBe(true);

    await pane.button('pane.forms.remove.button').click();
    await dialog.waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: pane.t('pane.forms.remove.confirm', { count: '1' }), exact: true }).click();
    await pane.text('pane.forms.remove.done', { count: '1', sheets: `“${UNEDITED}”` }).waitFor({ timeout: 60_000 });
    await pane.text('pane.forms.remove.kept', { count: '1', sheets: `“${SIGNED}”` }).waitFor();
    expect(await fitsSideways()).toBe(true);
    await screenshot(page, 'remove-forms-2-done');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('preview-download').click()]);
    const result = readPackage(new Uint8Array(readFileSync(await download.path())));
    expect(sheetsOf(result).map((s) => s.name)).toEqual(sheetsOf(readPackage(input)).map((s) => s.name).filter((name) => name !== UNEDITED));
    expect(errors).toEqual([]);
    expectLocalOnly(network);
  } catch (error) {
    await screenshot(page, 'remove-forms-failed');
    throw error;
  } finally {
    await context.close();
  }
}, 300_000);
