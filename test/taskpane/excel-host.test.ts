import { runAll } from '../../src/commands/run-all';
import type { Progress } from '../../src/core/run-summary';
import { createExcelHost } from '../../src/taskpane/excel/excel-host';
import type { PaneChoices, PaneRunRequest } from '../../src/taskpane/host/pane-host';
import { createExcelDouble, sheetNames, valueAt, type DescribedCell } from '../support/excel-double';

const customers: DescribedCell[][] = [
  ['Customer ID', 'Customer name', 'Current assets', 'Inventories', 'Current liabilities', 'Total liabilities', 'Closing total assets', 'Sales revenue', 'Net profit'],
  ['C1', 'Ann', 500, 100, 200, 300, 1000, 4000, 600],
  ['C2', 'Bob', 80, 10, 100, 900, 800, 100, -5],
];
const sales: DescribedCell[][] = [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 1_200_000], [46100, 'C2', 50_000]];

const choices: PaneChoices = { overrides: {}, tier: { mode: 'sales', thresholds: [80, 95] }, forms: { kinds: ['survey', 'authorization'], lang: 'en', batch: true } };

interface OfficeSetup {
  displayLanguage?: string;
  bodyBackgroundColor?: string;
  /** The newest ExcelApi version the host supports. */
  excelApi?: number;
  saved?: unknown;
}

/** Excel.run on the double, and the parts of Office.context the host reads. */
function useExcel(sheets = [{ name: 'Customers', rows: customers }, { name: 'Sales', rows: sales }], setup: OfficeSetup = {}) {
  const book = createExcelDouble({ sheets });
  const settings = new Map<string, unknown>(setup.saved === undefined ? [] : [['creditDesk.choices', setup.saved]]);
  const dialogs: string[] = [];
  (globalThis as { Excel?: unknown }).Excel = { run: book.run.bind(book) };
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
    context: {
      displayLanguage: setup.displayLanguage ?? 'en-US',
      officeTheme: setup.bodyBackgroundColor ? { bodyBackgroundColor: setup.bodyBackgroundColor } : undefined,
      requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version) <= (setup.excelApi ?? 1.9) },
      document: {
        settings: {
          get: (name: string) => settings.get(name) ?? null,
          set: (name: string, value: unknown) => settings.set(name, value),
          saveAsync: (callback: (r: { status: string }) => void) => callback({ status: 'succeeded' }),
        },
      },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          dialogs.push(url);
          const handlers = new Map<string, () => void>();
          callback({ status: 'succeeded', value: { addEventHandler: (type: string, h: () => void) => handlers.set(type, h), close: () => undefined } });
          // The user closes the dialog.
          setTimeout(() => handlers.get('event')?.(), 0);
        },
      },
    },
  };
  (globalThis as { window?: unknown }).window = { location: { href: 'https://localhost:3000/commands.html' } };
  return { book, settings, dialogs };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { window?: unknown }).window;
});

function request(overrides: Partial<PaneRunRequest> = {}): PaneRunRequest {
  return { steps: ['tiers'], choices, onProgress: () => undefined, signal: new AbortController().signal, ...overrides };
}

describe('createExcelHost', () => {
  it("takes the label language from Office's display language and the theme from Office's background", async () => {
    useExcel(undefined, { displayLanguage: 'zh-TW', bodyBackgroundColor: '#262626' });
    const host = await createExcelHost();
    expect(host).toMatchObject({ kind: 'excel', language: 'zh-Hant', dark: true });
    useExcel(undefined, { displayLanguage: 'zh-CN' });
    expect(await createExcelHost()).toMatchObject({ language: 'zh-Hans', dark: false });
  });

  it('describes the sheets and columns through Excel.run', async () => {
    useExcel();
    const view = await (await createExcelHost()).describe({});
    expect(view.sheets).toEqual(['Customers', 'Sales']);
    expect(view.customers?.sheet).toBe('Customers');
    expect(view.sales.columns.amount).toEqual({ letter: 'C', header: 'Amount' });
  });

  it('tiers only when asked for the tiers, reporting progress', async () => {
    const { book } = useExcel();
    const progress: Progress[] = [];
    const summary = await (await createExcelHost()).run(request({ onProgress: (p) => progress.push(p) }));
    expect(summary.customers).toBe(2);
    expect(summary.credit).toBeUndefined();
    expect(sheetNames(book)).toEqual(['Customers', 'Sales']);
    expect(valueAt(book, 'Customers', 0, 9)).toBe('Net sales');
    expect(progress.at(-1)).toEqual({ step: 'done', stage: 'Done', fraction: 1 });
  });

  it('tiers and scores credit, creating the scorecard, when asked for both', async () => {
    const { book } = useExcel();
    const summary = await (await createExcelHost()).run(request({ steps: ['tiers', 'credit'] }));
    expect(summary.credit).toMatchObject({ scorecardCreated: true, financialsSheet: 'Customers' });
    expect(sheetNames(book)).toContain(summary.credit?.scorecardSheet);
  });

  it('makes forms for the selected rows, one batch sheet per form', async () => {
    const { book } = useExcel();
    const summary = await (await createExcelHost()).run(request({ steps: ['tiers', 'credit', 'forms'], selection: { kind: 'rows', rows: [2] } }));
    expect(summary.forms?.sheets.map((s) => [s.form, s.customers])).toEqual([
      ['survey', ['C2']],
      ['authorization', ['C2']],
    ]);
    expect(sheetNames(book)).toEqual(expect.arrayContaining(summary.forms!.sheets.map((s) => s.name)));
  });

  it('writes nothing when cancelled before the run starts writing', async () => {
    const { book } = useExcel();
    const controller = new AbortController();
    controller.abort();
    await expect((await createExcelHost()).run(request({ signal: controller.signal }))).rejects.toThrow('Cancelled: nothing was written.');
    expect(valueAt(book, 'Customers', 0, 9)).toBe('');
    expect(sheetNames(book)).toEqual(['Customers', 'Sales']);
  });

  it('saves the choices with the workbook and restores them', async () => {
    const { settings } = useExcel();
    const host = await createExcelHost();
    expect(await host.loadChoices()).toBeNull();
    await host.saveChoices({ ...choices, overrides: { salesSheet: 'Sales' } });
    expect(settings.get('creditDesk.choices')).toMatchObject({ overrides: { salesSheet: 'Sales' } });
    expect(await host.loadChoices()).toEqual({ ...choices, overrides: { salesSheet: 'Sales' } });
  });
});

describe('the ribbon command Run all', () => {
  const event = () => {
    const completed = jest.fn();
    return { event: { completed } as unknown as Office.AddinCommands.Event, completed };
  };

  it('runs tiers and credit with the saved choices and says nothing after a clean run', async () => {
    const { book, dialogs } = useExcel(undefined, { saved: { ...choices, overrides: { salesSheet: 'Sales' } } });
    const { event: e, completed } = event();
    await runAll(e);
    expect(dialogs).toEqual([]);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(sheetNames(book)).toHaveLength(3);
  });

  it('shows the problems in the display language, then completes', async () => {
    const { dialogs } = useExcel(
      [
        { name: 'Customers', rows: customers },
        { name: 'Sales', rows: [...sales, [46200, 'C1', 'lots']] },
      ],
      { displayLanguage: 'zh-TW' },
    );
    const { event: e, completed } = event();
    await runAll(e);
    expect(dialogs).toHaveLength(1);
    const query = new URL(dialogs[0]!).searchParams;
    expect(query.get('lang')).toBe('zh-Hant');
    expect(query.get('close')).toBe('關閉');
    expect(query.get('text')).toContain('發現問題：1 項。');
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('says why it could not run', async () => {
    const { dialogs } = useExcel([{ name: 'Notes', rows: [['hello']] }]);
    const { event: e, completed } = event();
    await runAll(e);
    expect(new URL(dialogs[0]!).searchParams.get('text')).toMatch(/^Credit Desk could not tier the customers and score their credit.\nNo sales sheet found/);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
