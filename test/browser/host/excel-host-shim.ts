/**
 * Makes a page outside Office look like Excel to the pane, for the browser
 * tests: loaded after office.js (served from the local package) and before
 * the pane's bundle. The workbook is the Excel test double
 * (test/support/excel-double), filled from /test-host/book.json; Excel.run
 * runs on it. Office.onReady reports Excel; Office.context gets the display
 * language, the requirement sets, document settings (in memory) and a theme.
 * The test reads the double through window.creditDeskTest.
 *
 * Calculation: the double does not calculate, and refuses to read the value
 * of a formula it has no result for. Excel recalculates after each batch; so
 * does the shim, from /test-host/results.json: each formula cell's cached
 * result as the .xlsx port (the command line) writes it for the same workbook
 * (the core's value, which the LibreOffice tests show equals the formula's). A formula with no such
 * result, or a different formula text, stays uncalculated.
 *
 * Query parameters: lang (Office display language, default en-US), api
 * (highest ExcelApi version supported, default 1.9), theme (dark|light|none:
 * no officeTheme, as Excel on the web may give; default light).
 */
import { cellText, type BookCells } from '../support/cell-text';
import { createExcelDouble, selectionIn, type BookDescription, type ExcelDouble } from '../../support/excel-double';
import { rangeA1 } from '../../support/excel-double/a1';

interface OfficeShape {
  HostType: { Excel: string };
  PlatformType: { OfficeOnline: string };
  AsyncResultStatus: { Succeeded: string };
  context: Record<string, unknown>;
  onReady: (callback?: (info: unknown) => void) => Promise<unknown>;
}

type AsyncCallback = (result: { status: string; value: undefined }) => void;

export interface CreditDeskTestApi {
  ready: Promise<boolean>;
  /** Every non-empty cell of every sheet (see support/cell-text). */
  dump(): Promise<BookCells>;
  /** The active sheet and its selected range. */
  selection(): Promise<{ sheet: string; address: string }>;
  /** Document settings as saved with the workbook (saveAsync). */
  savedSettings(): Record<string, unknown>;
  /** Each context.sync() waits this long first, as a real Excel round trip does. */
  setSyncDelay(ms: number): void;
  /** Syncs so far (failed ones included). */
  syncs(): Promise<number>;
  /** Changes Office's theme while the pane is open, as the user does in Office's settings (Office raises no event). */
  setTheme(theme: ThemeKind): void;
}

type ThemeKind = 'dark' | 'light' | 'none';

const THEMES: Record<ThemeKind, Record<string, string> | undefined> = {
  dark: { bodyBackgroundColor: '#1f1f1f', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#2b2b2b', controlForegroundColor: '#ffffff' },
  light: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000', controlBackgroundColor: '#ffffff', controlForegroundColor: '#000000' },
  none: undefined,
};

const params = new URLSearchParams(location.search);
const displayLanguage = params.get('lang') ?? 'en-US';
const maxApi = params.get('api') ?? '1.9';
const theme = (params.get('theme') ?? 'light') as ThemeKind;
if (!(theme in THEMES)) throw new Error(`excel-host-shim: theme is dark, light or none, not ${theme}.`);
let syncDelayMs = 0;

const office = (window as unknown as { Office?: OfficeShape }).Office;
if (!office) throw new Error('excel-host-shim: office.js must load before the shim.');

/** sheet -> "A1" -> formula and result. */
export type FormulaResults = Record<string, Record<string, { formula: string; result: string | number | boolean }>>;

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`excel-host-shim: ${path}: ${response.status}`);
  return (await response.json()) as T;
}

const book: Promise<ExcelDouble> = fetchJson<BookDescription>('/test-host/book.json').then(createExcelDouble);
const results: Promise<FormulaResults> = fetchJson<FormulaResults>('/test-host/results.json');

/** Gives each formula cell without a value its result, when the formula is the one the result belongs to. */
function recalculate(double: ExcelDouble, known: FormulaResults): void {
  for (const sheet of double.model.sheets) {
    const table = known[sheet.name];
    const used = sheet.usedRect(false);
    if (!table || !used) continue;
    for (let r = used.row; r < used.row + used.rows; r++) {
      for (let c = used.col; c < used.col + used.cols; c++) {
        const cell = sheet.cell(r, c);
        if (!cell?.formula || cell.value !== undefined) continue;
        const entry = table[rangeA1({ row: r, col: c, rows: 1, cols: 1 })];
        if (entry && entry.formula.replace(/^=/, '') === cell.formula.replace(/^=/, '')) cell.value = entry.result;
      }
    }
  }
}

function versionAtMost(version: string, max: string): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [x = 0, y = 0] = max.split('.').map(Number);
  return a < x || (a === x && b <= y);
}

const pending = new Map<string, unknown>();
const saved = new Map<string, unknown>();
const copy = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** Office.context exists once office.js has started (it loads more of itself first): the host is installed then. */
const hostContext = () => ({
  displayLanguage,
  contentLanguage: displayLanguage,
  requirements: { isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && (version === undefined || versionAtMost(version, maxApi)) },
  officeTheme: THEMES[theme],
  document: {
    settings: {
      get: (name: string) => (pending.has(name) ? copy(pending.get(name)) : null),
      set: (name: string, value: unknown) => void pending.set(name, copy(value)),
      remove: (name: string) => void pending.delete(name),
      saveAsync: (a?: unknown, b?: unknown) => {
        const callback = (typeof a === 'function' ? a : b) as AsyncCallback | undefined;
        saved.clear();
        for (const [k, v] of pending) saved.set(k, copy(v));
        setTimeout(() => callback?.({ status: office.AsyncResultStatus.Succeeded, value: undefined }), 0);
      },
    },
  },
});

const officeOnReady = office.onReady.bind(office);
const installed: Promise<void> = Promise.all([officeOnReady(), book]).then(() => {
  Object.assign(office.context, hostContext());
});

office.onReady = (callback) =>
  installed.then(() => {
    const info = { host: office.HostType.Excel, platform: office.PlatformType.OfficeOnline };
    callback?.(info);
    return info;
  });

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

(window as unknown as { Excel: unknown }).Excel = {
  run: async <T>(callback: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const [double, known] = await Promise.all([book, results]);
    return double.run((context) => {
      const ctx = context as unknown as { sync: () => Promise<void> };
      const sync = ctx.sync.bind(ctx);
      ctx.sync = async () => {
        if (syncDelayMs > 0) await sleep(syncDelayMs);
        try {
          await sync();
        } finally {
          recalculate(double, known);
        }
      };
      return callback(context);
    });
  },
};

function dump(double: ExcelDouble): BookCells {
  const cells: BookCells['cells'] = {};
  for (const sheet of double.model.sheets) {
    const out: Record<string, string> = {};
    const used = sheet.usedRect(false);
    const hidden = (r: number, c: number) => sheet.merges.some((m) => r >= m.row && r < m.row + m.rows && c >= m.col && c < m.col + m.cols && (r !== m.row || c !== m.col));
    if (used) {
      for (let r = used.row; r < used.row + used.rows; r++) {
        for (let c = used.col; c < used.col + used.cols; c++) {
          const cell = sheet.cell(r, c);
          if (!cell || hidden(r, c)) continue;
          const text = cellText(cell.value, cell.formula);
          if (text !== null) out[rangeA1({ row: r, col: c, rows: 1, cols: 1 })] = text;
        }
      }
    }
    cells[sheet.name] = out;
  }
  return { sheets: double.model.sheets.map((s) => s.name), cells };
}

const api: CreditDeskTestApi = {
  ready: installed.then(() => true),
  dump: async () => dump(await book),
  selection: async () => selectionIn(await book),
  savedSettings: () => Object.fromEntries(saved),
  setSyncDelay: (ms) => {
    syncDelayMs = ms;
  },
  syncs: async () => (await book).stats.syncs,
  setTheme: (next) => {
    office.context.officeTheme = THEMES[next];
  },
};
(window as unknown as { creditDeskTest: CreditDeskTestApi }).creditDeskTest = api;
