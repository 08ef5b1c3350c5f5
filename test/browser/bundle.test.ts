/**
 * The browser bundles hold no ExcelJS at all: the browser preview runs the
 * steps through the package port (the command line's .xlsx port), which is a
 * chunk of its own ("xlsx-package") that only the preview fetches. What Excel
 * loads (taskpane.html's scripts and the chunks the pane imports inside
 * Excel, and the ribbon commands' scripts) holds none of it, and the pane
 * stays within its budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PaneBuild } from '../../scripts/preview/build';
import { ROOT } from '../../scripts/preview/build';
import { paneGzipKb } from '../../scripts/bench/pane';
import { builtPane } from './support/built-pane';

let build: PaneBuild;
beforeAll(async () => {
  build = await builtPane();
}, 300_000);

/** Strings ExcelJS's browser build carries (its JSZip, parts it writes) and our own code does not. */
const EXCELJS_MARKERS = ['JSZip', 'xl/sharedStrings.xml', 'xl/theme/theme1.xml'];
/** Strings only the package port carries: the zip reader's and the package's error texts (src/ports/xlsx/zip.ts, opc-package.ts). */
const PACKAGE_MARKERS = ['it is not a zip archive (no end-of-archive record)', 'the package has no part '];
/** fflate's inflate error text: the zip reader's (de)compression, which webpack may split off the package chunk into one of its own. */
const FFLATE_MARKERS = ['invalid block type'];
const read = (file: string) => readFileSync(join(build.dir, file), 'utf8');
const scriptsOf = (html: string) => [...read(html).matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]!);
const containing = (markers: string[]) => build.allJs.filter((file) => markers.some((marker) => read(file).includes(marker))).sort();

test('no browser chunk contains ExcelJS', () => {
  // The markers are ExcelJS's: its browser build (the one the preview used to load) has each of them.
  const excelJsBrowserBuild = readFileSync(join(ROOT, 'node_modules', 'exceljs', 'dist', 'exceljs.bare.min.js'), 'utf8');
  for (const marker of EXCELJS_MARKERS) expect([marker, excelJsBrowserBuild.includes(marker)]).toEqual([marker, true]);
  // No chunk has a module from node_modules/exceljs, and no emitted script has its text.
  expect(build.excelJsFiles).toEqual([]);
  expect(build.allJs.length).toBeGreaterThan(0);
  expect(containing(EXCELJS_MARKERS)).toEqual([]);
});

test('the package port is a chunk of its own, fetched by the preview only: nothing Excel loads contains it', () => {
  const packageChunks = build.allJs.filter((f) => f.startsWith('xlsx-package.'));
  expect(packageChunks).toHaveLength(1);
  for (const marker of PACKAGE_MARKERS) expect([marker, read(packageChunks[0]!).includes(marker)]).toEqual([marker, true]);
  // The package port's code is in that chunk and in no other script: not the pane's, not the commands', not the preview host's.
  expect(containing(PACKAGE_MARKERS)).toEqual(packageChunks);
  const excel = [...build.paneExcelJs, ...scriptsOf('commands.html'), ...scriptsOf('message.html')];
  // The check below must have files to look at: the pane's chunks and the ribbon commands' scripts.
  expect(build.paneExcelJs.length).toBeGreaterThan(0);
  expect(scriptsOf('commands.html').some((f) => f.startsWith('commands.'))).toBe(true);
  // fflate, which only the package port uses, is in the package chunk or split off on its own, never in those either.
  const fflate = containing(FFLATE_MARKERS);
  expect(fflate.length).toBeGreaterThan(0);
  expect(fflate.every((f) => !f.startsWith('preview-') && !['taskpane.', 'commands.', 'message.', 'runtime.'].some((p) => f.startsWith(p)))).toBe(true);
  expect(excel.filter((f) => packageChunks.includes(f) || fflate.includes(f))).toEqual([]);
  for (const file of excel) {
    for (const marker of [...PACKAGE_MARKERS, ...FFLATE_MARKERS]) expect([file, marker, read(file).includes(marker)]).toEqual([file, marker, false]);
  }
  // The preview host fetches the package port when the preview starts, on its own.
  const previewHost = build.allJs.find((f) => f.startsWith('preview-host.'));
  expect(previewHost).toBeDefined();
  expect(previewHost).not.toBe(packageChunks[0]);
  // No chunk of the preview (its host, its file bar, its .xlsx port) is on Excel's path.
  expect(build.paneExcelJs.filter((f) => f.startsWith('preview-') || f.startsWith('xlsx-package.'))).toEqual([]);
});

test('taskpane.html loads office.js and exactly the initial chunks of the taskpane entry', () => {
  expect(scriptsOf('taskpane.html')).toEqual(['office-js/office.js', ...build.paneInitialJs]);
});

test('the JavaScript Excel loads for the pane is within its budget (400 KB gzipped)', () => {
  expect(build.paneExcelJs.length).toBeGreaterThan(build.paneInitialJs.length);
  expect(paneGzipKb(build)).toBeLessThanOrEqual(400);
});
