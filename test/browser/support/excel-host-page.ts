import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtraRoute } from '../../../scripts/preview/static-server';
import type { BookDescription } from '../../support/excel-double';
import type { FormulaResults } from '../host/excel-host-shim';
import { PAGE_CSP } from './browser';

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
