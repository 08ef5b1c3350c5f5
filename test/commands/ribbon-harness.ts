/**
 * One Office runtime on the Excel double, for the ribbon command and the
 * pane: the globals Office, Excel and window as a page of that runtime sees
 * them. Each runtime gets its own document settings (Office.Settings is an
 * in-memory copy per runtime, saved into the document by saveAsync); the
 * workbook, and so workbook.settings, is the double shared by all of them.
 * Time is a FakeClock: nothing waits for real.
 */
import type { Clock } from '../../src/commands/clock';
import type { ExcelDouble } from '../support/excel-double';

/** A clock that moves only when told to, firing due timers in order. */
export class FakeClock implements Clock {
  private time = 1_700_000_000_000;
  private readonly start = this.time;
  private timers: { id: number; at: number; callback: () => void }[] = [];
  private ids = 0;

  now(): number {
    return this.time;
  }

  /** Milliseconds since the clock was made. */
  elapsed(): number {
    return this.time - this.start;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    this.ids += 1;
    this.timers.push({ id: this.ids, at: this.time + ms, callback });
    return this.ids;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Timers not yet fired nor cleared. */
  pending(): number {
    return this.timers.length;
  }

  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = [...this.timers].sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next || next.at > until) break;
      this.time = next.at;
      this.timers = this.timers.filter((t) => t !== next);
      next.callback();
    }
    this.time = until;
  }
}

/** Lets pending promise callbacks run (real event-loop turns; the fake clock does not move). */
export async function settle(turns = 50): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((done) => setImmediate(done));
}

export interface DialogRecord {
  url: URL;
  text: string;
  /** Who closed it: the user (Close button or the dialog's X), the command, or nobody yet. */
  closedBy: 'user' | 'command' | null;
  /** The user selects Close in message.html (it sends CLOSE_MESSAGE to the command). */
  userCloses(): void;
  /** The user closes the dialog with its own X (Office raises DialogEventReceived). */
  userDismisses(): void;
}

export interface RuntimeSetup {
  book: ExcelDouble;
  clock: FakeClock;
  displayLanguage?: string;
  /** Newest ExcelApi the host has (default 1.9). */
  excelApi?: number;
  /** Whether isSetSupported('SharedRuntime', '1.1') is true (default false). */
  sharedRuntime?: boolean;
  /** Office.addin.showAsTaskpane; absent by default. */
  showAsTaskpane?: () => Promise<void>;
  /** This runtime's document settings as loaded when it started (default: none). */
  documentSettings?: Map<string, unknown>;
  /** Office's answer to a saveAsync of document settings (default: succeeded). */
  saveFails?: { code: number; message: string };
  /** Dialogs fail to open with this error (default: they open). */
  dialogFails?: { code: number; message: string };
  /** Fake time the n-th context.sync() (1-based, per run) of the n-th Excel.run (1-based) of this runtime takes. */
  syncCost?: (run: number, sync: number) => number;
  /** Fake time the n-th Excel.run takes after its batch has finished. */
  runCost?: (run: number) => number;
}

export interface Runtime {
  dialogs: DialogRecord[];
  /** Document settings as this runtime's saveAsync last saved them. */
  savedDocumentSettings: Map<string, unknown>;
  /** Excel.run calls so far. */
  runs(): number;
}

const copy = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** Installs the runtime's globals (replacing any other runtime's). */
export function useRuntime(setup: RuntimeSetup): Runtime {
  const { book, clock } = setup;
  const inMemory = new Map<string, unknown>(setup.documentSettings ?? []);
  const savedDocumentSettings = new Map<string, unknown>(setup.documentSettings ?? []);
  const dialogs: DialogRecord[] = [];
  let runs = 0;

  (globalThis as { Excel?: unknown }).Excel = {
    // Excel.run(batch) and Excel.run(options, batch), as the pane's runExcel calls it.
    run: async <T>(first: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>), second?: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const batch = typeof first === 'function' ? first : second;
      if (!batch) throw new TypeError('ribbon harness: Excel.run(options) without a batch function');
      runs += 1;
      const run = runs;
      const result = await book.run((context) => {
        const ctx = context as unknown as { sync: () => Promise<void> };
        const sync = ctx.sync.bind(ctx);
        let syncs = 0;
        ctx.sync = async () => {
          syncs += 1;
          clock.advance(setup.syncCost?.(run, syncs) ?? 0);
          await sync();
        };
        return batch(context);
      });
      clock.advance(setup.runCost?.(run) ?? 0);
      return result;
    },
  };

  type Callback = (result: unknown) => void;
  const ui = {
    displayDialogAsync: (url: string, _options: unknown, callback: Callback) => {
      if (setup.dialogFails) {
        callback({ status: 'failed', error: setup.dialogFails });
        return;
      }
      const handlers = new Map<string, (arg: unknown) => void>();
      const parsed = new URL(url);
      let userClicked = false;
      const record: DialogRecord = {
        url: parsed,
        text: parsed.searchParams.get('text') ?? '',
        closedBy: null,
        userCloses: () => {
          if (record.closedBy !== null) throw new Error('the dialog is already closed');
          userClicked = true;
          handlers.get('message')?.({ message: 'close' });
        },
        userDismisses: () => {
          if (record.closedBy !== null) throw new Error('the dialog is already closed');
          record.closedBy = 'user';
          handlers.get('event')?.({ error: 12006 });
        },
      };
      dialogs.push(record);
      const dialog = {
        addEventHandler: (type: string, handler: (arg: unknown) => void) => void handlers.set(type, handler),
        close: () => {
          if (record.closedBy !== null) throw new Error('the dialog is already closed');
          // The command closes the dialog on the Close button's message (the user's doing) or when its time is up.
          record.closedBy = userClicked ? 'user' : 'command';
        },
      };
      callback({ status: 'succeeded', value: dialog });
    },
  };

  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
    ...(setup.showAsTaskpane ? { addin: { showAsTaskpane: setup.showAsTaskpane } } : {}),
    context: {
      displayLanguage: setup.displayLanguage ?? 'en-US',
      requirements: {
        isSetSupported: (name: string, version: string) =>
          (name === 'ExcelApi' && Number(version) <= (setup.excelApi ?? 1.9)) || (name === 'SharedRuntime' && version === '1.1' && setup.sharedRuntime === true),
      },
      document: {
        settings: {
          get: (name: string) => (inMemory.has(name) ? copy(inMemory.get(name)) : null),
          set: (name: string, value: unknown) => void inMemory.set(name, copy(value)),
          saveAsync: (callback: (r: unknown) => void) => {
            if (setup.saveFails) {
              callback({ status: 'failed', error: setup.saveFails });
              return;
            }
            savedDocumentSettings.clear();
            for (const [k, v] of inMemory) savedDocumentSettings.set(k, copy(v));
            callback({ status: 'succeeded' });
          },
        },
      },
      ui,
    },
  };
  (globalThis as { window?: unknown }).window = { location: { href: 'https://localhost:3000/commands.html' } };
  return { dialogs, savedDocumentSettings, runs: () => runs };
}

export function removeRuntime(): void {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { window?: unknown }).window;
}

/** An add-in command event that counts its completed() calls and when they came. */
export function commandEvent(clock: FakeClock) {
  const completedAt: number[] = [];
  const event = { completed: () => void completedAt.push(clock.elapsed()) } as unknown as Office.AddinCommands.Event;
  return { event, completedAt };
}
