import { File as NodeFile } from 'node:buffer';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { PaneChoices, PaneRunRequest } from '../../src/taskpane/host/pane-host';
import { CHOICES_KEY_PREFIX, createPreviewHost, type PreviewEnvironment } from '../../src/taskpane/preview/preview-host';
import { PREVIEW_LABELS } from '../../src/taskpane/preview/preview-labels';
import { errorText } from '../../src/taskpane/summary/describe-error';
import type { WriteOp } from '../../src/core/plan/write-ops';
import type { WorkbookPort } from '../../src/ports/workbook-port';
import type { XlsxWorkbook } from '../../src/ports/xlsx/xlsx-workbook';
import { makeWorkbook, SAMPLE } from '../support/workbooks';
import { diffPackages, readPackage } from '../support/package-diff';

/**
 * The package port as the host loads it, with one way to make a run fail
 * while writing: when `mockFailWriting.next` is set, the next apply gets the
 * plan plus one last op that cannot be carried out (a table the sheet does
 * not have), so the whole plan is laid out (the style book appended to) and
 * then refused, as any failure in the middle of a write would be.
 */
const mockFailWriting = { next: false };
jest.mock('../../src/ports/xlsx/package-port', () => {
  const real = jest.requireActual<typeof import('../../src/ports/xlsx/package-port')>('../../src/ports/xlsx/package-port');
  return {
    ...real,
    createPackagePort: (wb: XlsxWorkbook): WorkbookPort => {
      const port = real.createPackagePort(wb);
      return {
        ...port,
        apply: async (ops: WriteOp[]) => {
          if (!mockFailWriting.next) return port.apply(ops);
          mockFailWriting.next = false;
          return port.apply([...ops, { op: 'tableColumns', sheet: '客戶', table: 'NoSuchTable', headers: ['x'] }]);
        },
      };
    },
  };
});

/** The preview host in node: the same package port, a Map for localStorage. */
function environment(locale = 'zh-TW', storage: Storage | null = memoryStorage()): PreviewEnvironment {
  return { storage, locale, dark: false, watchDark: () => () => undefined };
}

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

/** node's File, as the DOM type the host takes. */
const file = (bytes: Buffer, name: string): File => new NodeFile([bytes], name) as unknown as File;

async function xlsxFile(name: string): Promise<File> {
  const wb = makeWorkbook([
    { name: '客戶', rows: [['客戶編號', '客戶名稱'], ['K1', '甲'], ['K2', '乙']] },
    { name: '銷售', rows: [['日期', '客戶編號', '金額'], [46000, 'K1', 900], [46001, 'K2', 100]] },
  ]);
  return file(Buffer.from(await wb.xlsx.writeBuffer()), name);
}

const choices: PaneChoices = { overrides: { salesSheet: '銷售' }, tier: { mode: 'sales', thresholds: [80, 95] }, forms: { kinds: ['survey', 'authorization'], lang: 'zh-Hant', batch: true } };
const request = (steps: PaneRunRequest['steps']): PaneRunRequest => ({ steps, choices, onProgress: () => undefined, signal: new AbortController().signal });

test('language from the browser; before a file is open it refuses to work, and says why', async () => {
  const host = await createPreviewHost(environment('zh-CN'));
  expect([host.kind, host.language, host.dark, host.fileName]).toEqual(['preview', 'zh-Hans', false, null]);
  expect((await createPreviewHost(environment('en-GB'))).language).toBe('en');
  // The error carries its code; the pane words it in its language (the message is the English, as everywhere).
  const refused: unknown = await host.describe({}).catch((error: unknown) => error);
  expect(refused).toMatchObject({ name: 'InputError', code: 'previewOpenFirst', args: {}, message: 'Open a workbook first.' });
  expect(errorText(refused, host.language)).toBe('请先打开工作簿。');
  await expect(host.download()).rejects.toMatchObject({ code: 'previewOpenFirst' });
  await expect(host.loadChoices()).resolves.toBeNull();
  await expect(host.selectedRows('客戶')).resolves.toEqual([]);
  await expect(host.goTo('客戶', 'A1')).resolves.toBeUndefined();
});

test('opens a file, describes and runs the steps on it, and downloads the result', async () => {
  const host = await createPreviewHost(environment());
  await host.open(await xlsxFile('book.xlsx'));
  expect(host.fileName).toBe('book.xlsx');
  const view = await host.describe({});
  expect([view.customers?.sheet, view.sales.sheet]).toEqual(['客戶', '銷售']);
  const summary = await host.run({ ...request(['tiers', 'credit', 'forms']), selection: { kind: 'all' } });
  expect(summary.tiers).toMatchObject({ A: 1 });
  const blob = await host.download();
  expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await blob.arrayBuffer()) as unknown as ArrayBuffer);
  expect(summary.forms!.sheets.map((s) => s.name)).toEqual(['調查表 (批次)', '授信申請 (批次)']);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['客戶', '銷售', '信用評分表', ...summary.forms!.sheets.map((s) => s.name)]);
  expect(wb.getWorksheet('客戶')!.getRow(1).values).toContain('ABC 分類');
});

test('a download asked for during a run waits for it: never half a run', async () => {
  const host = await createPreviewHost(environment());
  await host.open(await xlsxFile('book.xlsx'));
  const running = host.run(request(['tiers', 'credit']));
  const blob = await host.download();
  await running;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await blob.arrayBuffer()) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['客戶', '銷售', '信用評分表']);
});

const downloaded = async (blob: Blob) => readPackage(new Uint8Array(await blob.arrayBuffer()));
const differentParts = (a: Map<string, Uint8Array>, b: Map<string, Uint8Array>) => diffPackages(a, b).filter((d) => d.status !== 'identical');

test('a run that fails while writing leaves the open workbook as it was: the download and the next run are those of the file as opened', async () => {
  const book = await xlsxFile('book.xlsx');
  const host = await createPreviewHost(environment());
  await host.open(book);
  const asOpened = await downloaded(await host.download());
  mockFailWriting.next = true;
  await expect(host.run({ ...request(['tiers', 'credit', 'forms']), selection: { kind: 'all' } })).rejects.toThrow("No table named 'NoSuchTable' on sheet '客戶'.");
  expect(mockFailWriting.next).toBe(false);
  expect(differentParts(asOpened, await downloaded(await host.download()))).toEqual([]);
  await host.run(request(['tiers']));
  const afterFailure = await downloaded(await host.download());

  const clean = await createPreviewHost(environment());
  await clean.open(book);
  await clean.run(request(['tiers']));
  const cleanRun = await downloaded(await clean.download());
  // The tiers were written (the customer sheet and styles changed), and exactly as on the fresh file: no style of the failed run is left.
  expect(differentParts(asOpened, cleanRun).map((d) => d.part)).toEqual(expect.arrayContaining(['xl/styles.xml']));
  expect(differentParts(cleanRun, afterFailure)).toEqual([]);
});

test('runs follow each other on the last result: a second run changes nothing', async () => {
  const host = await createPreviewHost(environment());
  await host.open(await xlsxFile('book.xlsx'));
  await host.run(request(['tiers', 'credit']));
  const first = await downloaded(await host.download());
  await host.run(request(['tiers', 'credit']));
  expect(differentParts(first, await downloaded(await host.download()))).toEqual([]);
  expect(await host.describe({})).toMatchObject({ customers: { sheet: '客戶' }, sales: { sheet: '銷售' } });
});

test('choices are kept per file name, in localStorage, and read back checked', async () => {
  const storage = memoryStorage();
  const host = await createPreviewHost(environment('zh-TW', storage));
  await host.saveChoices(choices);
  expect(storage.length).toBe(0);
  await host.open(await xlsxFile('a.xlsx'));
  await host.saveChoices(choices);
  expect(JSON.parse(storage.getItem(`${CHOICES_KEY_PREFIX}a.xlsx`)!)).toEqual(choices);
  await expect(host.loadChoices()).resolves.toEqual(choices);
  await host.open(await xlsxFile('b.xlsx'));
  await expect(host.loadChoices()).resolves.toBeNull();
  storage.setItem(`${CHOICES_KEY_PREFIX}b.xlsx`, JSON.stringify({ ...choices, tier: { mode: 'sideways' } }));
  await expect(host.loadChoices()).rejects.toThrow('tier mode');
  // Without localStorage the choices last for the session.
  const bare = await createPreviewHost(environment('zh-TW', null));
  await bare.open(await xlsxFile('a.xlsx'));
  await bare.saveChoices(choices);
  await expect(bare.loadChoices()).resolves.toEqual(choices);
});

test('a file that is not a workbook is refused by name, and the open workbook stays', async () => {
  const host = await createPreviewHost(environment('en-US'));
  await host.open(await xlsxFile('good.xlsx'));
  const refused: unknown = await host.open(file(Buffer.from('plain text'), 'notes.xlsx')).catch((error: unknown) => error);
  expect(refused).toMatchObject({ name: 'InputError', code: 'previewOpenFailed', args: { name: 'notes.xlsx', reason: expect.any(String) } });
  const { reason } = (refused as { args: Record<string, string> }).args;
  expect(reason).not.toBe('');
  expect(errorText(refused, 'en')).toBe(`Could not open notes.xlsx as an Excel workbook: ${reason}. Save it as Excel Workbook (.xlsx) and open it again.`);
  expect(errorText(refused, 'zh-Hant')).toBe(`無法以 Excel 活頁簿開啟 notes.xlsx：${reason}。請另存為 Excel 活頁簿 (.xlsx) 後再開啟。`);
  expect(host.fileName).toBe('good.xlsx');
  await expect(host.describe({})).resolves.toMatchObject({ sales: { sheet: '銷售' } });
});

test('a file the browser cannot read any more is refused by name, with the browser\'s reason', async () => {
  const host = await createPreviewHost(environment('zh-TW'));
  const gone = { name: 'gone.xlsx', arrayBuffer: () => Promise.reject(new Error('The file was moved')) } as unknown as File;
  const refused: unknown = await host.open(gone).catch((error: unknown) => error);
  expect(refused).toMatchObject({ code: 'previewOpenFailed', args: { name: 'gone.xlsx', reason: 'The file was moved' } });
  expect(errorText(refused, host.language)).toBe('無法以 Excel 活頁簿開啟 gone.xlsx：The file was moved。請另存為 Excel 活頁簿 (.xlsx) 後再開啟。');
  expect(host.fileName).toBeNull();
});

test('the sample workbook runs in the preview host as on the command line', async () => {
  const host = await createPreviewHost(environment());
  await host.open(file(readFileSync(SAMPLE), 'credit-desk-sample.xlsx'));
  const summary = await host.run({ ...request(['tiers', 'credit']), choices: { ...choices, overrides: {} } });
  expect([summary.customers, summary.tiers]).toEqual([300, { A: 60, B: 110, C: 115, D: 15 }]);
});

test('every preview label has the same placeholders in the three languages', () => {
  for (const [id, texts] of Object.entries(PREVIEW_LABELS)) {
    const holes = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort().join();
    expect([id, holes(texts['zh-Hant']), holes(texts['zh-Hans'])]).toEqual([id, holes(texts.en), holes(texts.en)]);
  }
});
