import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type ExtraRoute, type StaticServer } from '../../../scripts/preview/static-server';
import type { BookDescription } from '../../support/excel-double';
import { sampleBytes } from '../../support/workbooks';
import type { CreditDeskTestApi, FormulaResults } from '../host/excel-host-shim';
import { launchChromium, PAGE_CSP } from './browser';
import { builtPane } from './built-pane';
import { describeForDouble } from './xlsx-books';

export const EXCEL_PAGE = 'excel-host.html';
/** The office.js tag of the built taskpane.html (minified: attribute quotes may be gone). */
const OFFICE_JS_TAG = /<script src=["']?office-js\/office\.js["']?><\/script>/;

/** The double measures request sizes with Buffer.byteLength; in the browser, TextEncoder does. */
const BUFFER_SHIM = 'var Buffer = globalThis.Buffer || { byteLength: function (s) { return new TextEncoder().encode(String(s)).length; } };';

/** The Excel host shim and the double, bundled for the browser (esbuild comes with tsx). */
async function shimBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, '..', 'host', 'excel-host-shim.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome110',
    banner: { js: BUFFER_SHIM },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Routes that serve the built pane as Excel would host it: the pane's own
 * taskpane.html, with office.js from the local package as built, followed by
 * the host shim (before the pane's bundle runs), the workbook the double
 * holds and the formula results its "calculation" gives. Like the preview, the page allows requests to its own origin only.
 */
export async function excelHostRoutes(dist: string, book: BookDescription, results: FormulaResults): Promise<Record<string, ExtraRoute>> {
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  if (!OFFICE_JS_TAG.test(html)) throw new Error('taskpane.html no longer loads office-js/office.js: update the Excel host page of the browser tests.');
  const page = html
    .replace(/<head>/, `<head><meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`)
    .replace(OFFICE_JS_TAG, (tag) => `${tag}<script src="test-host/excel-host.js"></script>`);
  return {
    [`/${EXCEL_PAGE}`]: { type: 'text/html; charset=utf-8', body: page },
    '/test-host/excel-host.js': { type: 'text/javascript; charset=utf-8', body: await shimBundle() },
    '/test-host/book.json': { type: 'application/json; charset=utf-8', body: JSON.stringify(book) },
    '/test-host/results.json': { type: 'application/json; charset=utf-8', body: JSON.stringify(results) },
  };
}

export interface ExcelHost {
  /** Serves the built pane, and EXCEL_PAGE: the pane as Excel hosts it. */
  server: StaticServer;
  browser: Browser;
  /** Closes the browser and the server. */
  close(): Promise<void>;
}

/**
 * The built pane served as Excel hosts it, the double holding the sample
 * workbook as it ships, with `results` as the double's "calculation"; and
 * Chromium to open it. For a test file's beforeAll; close() in its afterAll.
 */
export async function startExcelHost(results: FormulaResults): Promise<ExcelHost> {
  const pane = await builtPane();
  const server = await serveStatic({ root: pane.dir, routes: await excelHostRoutes(pane.dir, await describeForDouble(sampleBytes()), results) });
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    close: async () => {
      try {
        await browser.close();
      } finally {
        await server.close();
      }
    },
  };
}

type Selection = Awaited<ReturnType<CreditDeskTestApi['selection']>>;

/** The double behind an Excel host page, through window.creditDeskTest (see host/excel-host-shim.ts). */
export function testApi(page: Page) {
  const selection = () => page.evaluate(() => (window as unknown as { creditDeskTest: CreditDeskTestApi }).creditDeskTest.selection());
  return {
    dump: () => page.evaluate(() => (window as unknown as { creditDeskTest: CreditDeskTestApi }).creditDeskTest.dump()),
    selection,
    setSyncDelay: (ms: number) => page.evaluate((delay) => (window as unknown as { creditDeskTest: CreditDeskTestApi }).creditDeskTest.setSyncDelay(delay), ms),
    setTheme: (theme: Parameters<CreditDeskTestApi['setTheme']>[0]) =>
      page.evaluate((t) => (window as unknown as { creditDeskTest: CreditDeskTestApi }).creditDeskTest.setTheme(t), theme),
    /**
     * The selection once `done` says so (a click on a link selects its cell a
     * moment later), or the last one read after `ms`: assert on what it returns.
     */
    async selectionWhen(done: (selection: Selection) => boolean, ms = 30_000): Promise<Selection> {
      const end = Date.now() + ms;
      for (;;) {
        const value = await selection();
        if (done(value) || Date.now() > end) return value;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}
