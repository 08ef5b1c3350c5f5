/**
 * ExcelJS is loaded only by the browser preview, as a chunk of its own: what
 * Excel loads for the pane (taskpane.html's scripts and the chunks the pane
 * imports inside Excel) holds none of it, and stays within its budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PaneBuild } from '../../scripts/preview/build';
import { paneGzipKb } from '../../scripts/bench/pane';
import { builtPane } from './support/built-pane';

let build: PaneBuild;
beforeAll(async () => {
  build = await builtPane();
}, 300_000);

/** Strings only ExcelJS and its JSZip carry (the .xlsx parts it reads and writes). */
const EXCELJS_MARKERS = ['xl/workbook.xml', 'xl/sharedStrings.xml', 'JSZip'];
const read = (file: string) => readFileSync(join(build.dir, file), 'utf8');

test('ExcelJS is a chunk of its own, and nothing Excel loads for the pane contains it', () => {
  expect(build.excelJsFiles).toHaveLength(1);
  const [excelJs] = build.excelJsFiles;
  for (const marker of EXCELJS_MARKERS) expect([marker, read(excelJs!).includes(marker)]).toEqual([marker, true]);
  expect(build.paneExcelJs).not.toContain(excelJs);
  // The loop below must have files to look at.
  expect(build.paneExcelJs.length).toBeGreaterThan(0);
  for (const file of build.paneExcelJs) {
    for (const marker of EXCELJS_MARKERS) expect([file, marker, read(file).includes(marker)]).toEqual([file, marker, false]);
  }
  // The preview host itself is small: ExcelJS comes when the preview starts, on its own.
  const previewHost = build.allJs.find((f) => f.startsWith('preview-host.'));
  expect(previewHost).toBeDefined();
  expect(read(previewHost!).includes('xl/workbook.xml')).toBe(false);
  // No chunk of the preview (its host, its file bar) is on Excel's path.
  expect(build.paneExcelJs.filter((f) => f.startsWith('preview-'))).toEqual([]);
});

test('taskpane.html loads office.js and exactly the initial chunks of the taskpane entry', () => {
  const html = read('taskpane.html');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
  expect(scripts).toEqual(['office-js/office.js', ...build.paneInitialJs]);
});

test('the JavaScript Excel loads for the pane is within its budget (400 KB gzipped)', () => {
  expect(build.paneExcelJs.length).toBeGreaterThan(build.paneInitialJs.length);
  expect(paneGzipKb(build)).toBeLessThanOrEqual(400);
});
