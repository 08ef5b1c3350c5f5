import { CHOICES_SETTING, loadChoices, saveChoices } from '../../src/taskpane/excel/document-settings';
import { isDarkTheme } from '../../src/taskpane/theme/office-theme';
import { selectCell } from '../../src/taskpane/excel/select-cell';
import { selectedRows } from '../../src/taskpane/excel/selected-rows';
import { CHOICES } from './fixtures';

/**
 * A minimal Office.js context: proxies whose properties can be read only
 * after load() and sync(), and a log of the commands queued.
 */
function fakeContext(book: { active: string; areas: { rowIndex: number; rowCount: number }[]; used: Record<string, { rowIndex: number; rowCount: number } | null> }) {
  const pending: (() => void)[] = [];
  const log: string[] = [];
  let syncs = 0;
  /** `values` are readable after load() and sync(), isNullObject after any load; `navigation` at once. */
  function proxy<T extends object, N extends object = object>(values: T, navigation?: N): T & N & { load: (props: string) => unknown } {
    const loaded = new Set<string>();
    const target = {
      ...navigation,
      load(props: string) {
        pending.push(() => props.split(',').forEach((p) => loaded.add(p.split('/')[0]!)));
        pending.push(() => loaded.add('isNullObject'));
        return target;
      },
    };
    for (const key of Object.keys(values)) {
      Object.defineProperty(target, key, {
        get: () => {
          if (!loaded.has(key)) throw new Error(`PropertyNotLoaded: ${key}`);
          return (values as Record<string, unknown>)[key];
        },
      });
    }
    return target as T & N & { load: (props: string) => unknown };
  }
  const worksheet = (name: string) => ({
    getUsedRangeOrNullObject: () => proxy({ ...(book.used[name] ?? { rowIndex: 0, rowCount: 0 }), isNullObject: book.used[name] === null }),
    activate: () => log.push(`activate ${name}`),
    getRange: (cell: string) => ({ select: () => log.push(`select ${name}!${cell}`) }),
  });
  const context = {
    workbook: {
      worksheets: { getItem: worksheet },
      getSelectedRanges: () => proxy({}, { worksheet: proxy({ name: book.active }), areas: proxy({ items: book.areas }) }),
    },
    sync: async () => {
      syncs++;
      pending.splice(0).forEach((apply) => apply());
    },
  };
  return { context: context as unknown as Excel.RequestContext, log, syncs: () => syncs };
}

describe('selectedRows', () => {
  const used = { 客戶: { rowIndex: 0, rowCount: 50 } };

  it('gives the rows of every area of the selection on the sheet, clipped to the used range, in one sync', async () => {
    const fake = fakeContext({ active: '客戶', areas: [{ rowIndex: 4, rowCount: 2 }, { rowIndex: 9, rowCount: 1 }, { rowIndex: 48, rowCount: 1_048_000 }, { rowIndex: 5, rowCount: 1 }], used });
    expect(await selectedRows(fake.context, '客戶')).toEqual([4, 5, 9, 48, 49]);
    expect(fake.syncs()).toBe(1);
  });

  it('is empty when the selection is on another sheet, or the sheet is empty', async () => {
    expect(await selectedRows(fakeContext({ active: '銷售', areas: [{ rowIndex: 2, rowCount: 3 }], used }).context, '客戶')).toEqual([]);
    expect(await selectedRows(fakeContext({ active: '客戶', areas: [{ rowIndex: 2, rowCount: 3 }], used: { 客戶: null } }).context, '客戶')).toEqual([]);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell, or only activates the sheet', async () => {
    const fake = fakeContext({ active: '客戶', areas: [], used: {} });
    await selectCell(fake.context, '銷售', 'C7');
    await selectCell(fake.context, '調查表 批次');
    expect(fake.log).toEqual(['activate 銷售', 'select 銷售!C7', 'activate 調查表 批次']);
    expect(fake.syncs()).toBe(2);
  });
});

describe('choices in the document settings', () => {
  type Callback = (result: { status: string; error: { code: number; message: string } }) => void;
  const saved = new Map<string, unknown>();
  let failWith: { code: number; message: string } | null = null;
  const settings = {
    get: (name: string) => saved.get(name) ?? null,
    set: (name: string, value: unknown) => saved.set(name, JSON.parse(JSON.stringify(value))),
    saveAsync: (callback: Callback) => callback(failWith ? { status: 'failed', error: failWith } : { status: 'succeeded', error: { code: 0, message: '' } }),
  } as unknown as Office.Settings;

  beforeAll(() => {
    (globalThis as { Office?: unknown }).Office = { AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' } };
  });
  afterAll(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('are null until saved, then read back from the workbook', async () => {
    expect(loadChoices(settings)).toBeNull();
    await saveChoices(settings, CHOICES);
    expect(saved.has(CHOICES_SETTING)).toBe(true);
    expect(loadChoices(settings)).toEqual(CHOICES);
  });

  it("reject with Office's reason when the save fails, and refuse malformed saved choices", async () => {
    failWith = { code: 7002, message: 'The document is read-only.' };
    await expect(saveChoices(settings, CHOICES)).rejects.toThrow('The document is read-only. (7002)');
    failWith = null;
    saved.set(CHOICES_SETTING, { overrides: {}, tier: 'x' });
    expect(() => loadChoices(settings)).toThrow('the saved tier mode is malformed');
  });
});

describe('isDarkTheme', () => {
  it("follows the darkness of Office's body background", () => {
    for (const systemDark of [false, true]) {
      expect(isDarkTheme({ bodyBackgroundColor: '#262626' }, systemDark)).toBe(true);
      expect(isDarkTheme({ bodyBackgroundColor: '#444444' }, systemDark)).toBe(true);
      expect(isDarkTheme({ bodyBackgroundColor: '#FFFFFF' }, systemDark)).toBe(false);
      expect(isDarkTheme({ bodyBackgroundColor: '#e6e6e6' }, systemDark)).toBe(false);
    }
  });

  it('follows the system colour scheme where Office reports no theme or an unreadable one', () => {
    expect(isDarkTheme(undefined, true)).toBe(true);
    expect(isDarkTheme(undefined, false)).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: 'not a colour' }, true)).toBe(true);
  });
});
