/**
 * The ribbon's Run all inside Excel's 5-minute limit for function commands,
 * on the Excel double with a fake clock: the size check and the task pane,
 * the planning deadline, messages that close themselves, and
 * event.completed() on every path.
 */
import { runAll } from '../../src/commands/run-all';
import {
  COMMAND_LIMIT_MS, COMPLETE_MARGIN_MS, NOTICE_MS, PANE_OPEN_WAIT_MS, PLAN_DEADLINE_MS, RIBBON_MAX_READ_CELLS, RIBBON_MAX_WRITTEN_CELLS,
  CELLS_WRITTEN_PER_CUSTOMER, CONTROL_CELLS_PER_CUSTOMER,
} from '../../src/commands/limits';
import { measureWorkload, tooLargeForRibbon } from '../../src/commands/workload';
import { createOfficePort } from '../../src/ports/office/office-port';
import { DEFAULT_STEPS, runSteps } from '../../src/app/run-steps';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { createExcelDouble, type ExcelDouble } from '../support/excel-double';
import { bookWithCustomers, bookWithSalesUsedRows, customerRows, FIRST_OWNED_COL, salesRows, smallBook, untouched } from './books';
import { commandEvent, FakeClock, removeRuntime, settle, useRuntime, type RuntimeSetup } from './ribbon-harness';

// Each test takes well under a second: one that waits on a promise that never settles should fail fast, not hang.
jest.setTimeout(30_000);

afterEach(() => {
  removeRuntime();
  jest.restoreAllMocks();
});

/** A receivables sheet after the book's sheets. */
function addLedger(book: ExcelDouble, rows: (string | number)[][]): void {
  const sheet = book.model.addSheet('Receivables');
  rows.forEach((line, r) => line.forEach((value, c) => sheet.put(r, c, { value })));
}

const measure = (book: ExcelDouble) => book.run((context) => measureWorkload(createOfficePort(context), {}));

/** Starts Run all as Excel does (not awaited), on a runtime over the book. */
function click(setup: Omit<RuntimeSetup, 'clock'> & { clock?: FakeClock }) {
  const clock = setup.clock ?? new FakeClock();
  const runtime = useRuntime({ ...setup, clock });
  const { event, completedAt } = commandEvent(clock);
  let finished = false;
  const done = runAll(event, clock).then(() => {
    finished = true;
  });
  return { clock, runtime, completedAt, done, finished: () => finished };
}

describe('the size check', () => {
  it('counts the cells of the used ranges of the customer and sales sheets, and the cells the run would write', async () => {
    const book = smallBook();
    expect(await measure(book)).toEqual({ readCells: 3 * 9 + 3 * 3, customers: 2, writtenCells: 2 * CELLS_WRITTEN_PER_CUSTOMER, maxCustomers: 10_000 });
    // Only the header probes are read: a few small responses, no data column.
    expect(book.stats.syncs).toBeLessThanOrEqual(4);
    // 5 tier columns and 29 credit columns (ratios, points, score, grade, limit, level, missing, reasons…).
    expect(CELLS_WRITTEN_PER_CUSTOMER).toBe(34);
  });

  it('counts every sales row as a customer when the run would make the customer sheet from the sales rows', async () => {
    const book = createExcelDouble({ sheets: [{ name: 'Orders', rows: salesRows([[46000, 'K1', 5], [46001, 'K1', 6], [46002, 'K2', 7]]) }] });
    expect(await measure(book)).toEqual({ readCells: 4 * 3, customers: 3, writtenCells: 3 * CELLS_WRITTEN_PER_CUSTOMER, maxCustomers: 10_000 });
  });

  it('counts a points column per factor of the user\'s own on the scorecard as read, and keeps counting one whose factor is gone (written blank)', async () => {
    const rows = customerRows(2).map((row, r) => [...row, ...(r === 0 ? ['Payment record', 'Years with us'] : [4, 'good'])]);
    const book = createExcelDouble({ sheets: [{ name: 'Customers', rows }, { name: 'Sales', rows: salesRows([[46000, 'C1', 1_200_000], [46100, 'C2', 50_000]]) }] });
    // The double does not calculate: after a run, each formula it wrote is given a value, as Excel would, so the next probe can read it.
    const run = async () => {
      await book.run((context) => runSteps(createOfficePort(context), { steps: DEFAULT_STEPS, options: defaultTierOptions() }));
      for (const sheet of book.model.sheets) {
        const used = sheet.usedRect(false);
        for (let r = 0; used && r < used.row + used.rows; r++) {
          for (let c = 0; c < used.col + used.cols; c++) if (sheet.cell(r, c)?.value === undefined && sheet.cell(r, c)?.formula !== undefined) sheet.put(r, c, { value: 0 });
        }
      }
    };
    await run();
    // A new scorecard has none of the user's factors.
    expect((await measure(book)).writtenCells).toBe(2 * CELLS_WRITTEN_PER_CUSTOMER);
    const scorecard = book.model.sheet('Credit Scorecard');
    [['Payment record', 10], ['Years with us', 5]].forEach(([name, weight], k) => {
      scorecard.put(65 + k, 0, { value: name! });
      scorecard.put(65 + k, 1, { value: weight! });
    });
    const perCustomer = CELLS_WRITTEN_PER_CUSTOMER + 2;
    expect(await measure(book)).toMatchObject({ customers: 2, writtenCells: 2 * perCustomer, maxCustomers: Math.floor(RIBBON_MAX_WRITTEN_CELLS / perCustomer) });
    await run();
    // The second factor taken off the scorecard: its column stays, written blank, and still counts.
    scorecard.put(66, 0, { value: '' });
    scorecard.put(66, 1, { value: '' });
    expect((await measure(book)).writtenCells).toBe(2 * perCustomer);
  });

  it('counts the receivables sheet it reads and the control columns it writes when the workbook has one (Run all then checks credit control)', async () => {
    const receivables = [['Customer ID', 'Invoice no.', 'Invoice date', 'Due date', 'Amount'], ['C1', 'INV-1', 46000, 46030, 5000], ['C2', 'INV-2', 46010, 46040, 700]];
    const book = smallBook();
    addLedger(book, receivables);
    const perCustomer = CELLS_WRITTEN_PER_CUSTOMER + CONTROL_CELLS_PER_CUSTOMER;
    expect(CONTROL_CELLS_PER_CUSTOMER).toBeGreaterThan(0);
    expect(await measure(book)).toEqual({
      readCells: 3 * 9 + 3 * 3 + 3 * 5, customers: 2, writtenCells: 2 * perCustomer, maxCustomers: Math.floor(RIBBON_MAX_WRITTEN_CELLS / perCustomer),
    });
    // Fewer customers fit: a book at the credit-only limit is too large once it has receivables.
    const big = bookWithCustomers(10_000);
    expect(tooLargeForRibbon(await measure(big))).toBe(false);
    addLedger(big, receivables);
    expect(tooLargeForRibbon(await measure(big))).toBe(true);
  });

  it('takes up to 10,000 customers and 1,000,000 cells read', async () => {
    expect(RIBBON_MAX_WRITTEN_CELLS / CELLS_WRITTEN_PER_CUSTOMER).toBe(10_000);
    expect(RIBBON_MAX_READ_CELLS).toBe(1_000_000);
    expect(tooLargeForRibbon(await measure(bookWithCustomers(10_000)))).toBe(false);
    expect(tooLargeForRibbon(await measure(bookWithCustomers(10_001)))).toBe(true);
    // Customers 3 × 9 cells, sales 3 columns: 27 + 3 × 333,324 = 999,999 cells; one row more is 1,000,002.
    expect(await measure(bookWithSalesUsedRows(333_324))).toMatchObject({ readCells: 999_999 });
    expect(tooLargeForRibbon(await measure(bookWithSalesUsedRows(333_324)))).toBe(false);
    expect(tooLargeForRibbon(await measure(bookWithSalesUsedRows(333_325)))).toBe(true);
  });
});

describe('a workbook too large for the ribbon', () => {
  it('is not run: the pane opens, the message says why, nothing is written, and the command completes at once', async () => {
    const book = bookWithCustomers(10_001);
    const before = untouched(book);
    const showAsTaskpane = jest.fn(async () => undefined);
    const { clock, runtime, completedAt, done } = click({ book, sharedRuntime: true, showAsTaskpane });
    await settle();
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(runtime.dialogs).toHaveLength(1);
    expect(runtime.dialogs[0]!.text).toBe(
      'This workbook is too large for Run all on the ribbon: 120,024 cells to read and up to 10,001 customers to write (the ribbon takes up to 1,000,000 cells and 10,000 customers). '
        + 'Excel stops a ribbon command after 5 minutes, which could cut a run this size off while it writes, so nothing was run and nothing was written.\n'
        + 'The Credit Desk pane is open: select Run all there.\n\nThis message closes by itself after 60 seconds.',
    );
    runtime.dialogs[0]!.userCloses();
    await done;
    expect(completedAt).toEqual([0]);
    expect(runtime.dialogs[0]!.closedBy).toBe('user');
    expect(untouched(book)).toEqual(before);
    expect(clock.pending()).toBe(0);
  });

  it('says how to open the pane where SharedRuntime 1.1 is missing, without calling showAsTaskpane', async () => {
    const showAsTaskpane = jest.fn(async () => undefined);
    const { runtime, completedAt, done } = click({ book: bookWithSalesUsedRows(400_000), sharedRuntime: false, showAsTaskpane, displayLanguage: 'zh-TW' });
    await settle();
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(runtime.dialogs[0]!.text).toContain('此活頁簿太大，無法從功能區「全部執行」：需讀取 1,200,027 個儲存格，最多寫入 2 位客戶');
    expect(runtime.dialogs[0]!.text).toContain('\n請從「常用」索引標籤開啟 Credit Desk，並在窗格中選取「全部執行」。\n\n此訊息將於 60 秒後自動關閉。');
    expect(runtime.dialogs[0]!.url.searchParams.get('close')).toBe('關閉');
    runtime.dialogs[0]!.userDismisses();
    await done;
    expect(completedAt).toHaveLength(1);
  });

  it('falls back to the same words when showAsTaskpane rejects, and logs why', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const refused = new Error('The add-in does not use a shared runtime.');
    const { runtime, done, completedAt } = click({ book: bookWithCustomers(10_001), sharedRuntime: true, showAsTaskpane: async () => Promise.reject(refused) });
    await settle();
    expect(error).toHaveBeenCalledWith('Credit Desk: Run all could not open the task pane.', refused);
    expect(runtime.dialogs[0]!.text).toContain('\nOpen Credit Desk from the Home tab and select Run all in the pane.\n');
    runtime.dialogs[0]!.userCloses();
    await done;
    expect(completedAt).toHaveLength(1);
  });

  it(`stops waiting for showAsTaskpane after ${PANE_OPEN_WAIT_MS / 1000} s`, async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { clock, runtime, done, completedAt } = click({ book: bookWithCustomers(10_001), sharedRuntime: true, showAsTaskpane: () => new Promise(() => undefined) });
    await settle();
    expect(runtime.dialogs).toHaveLength(0);
    clock.advance(PANE_OPEN_WAIT_MS - 1);
    await settle();
    expect(runtime.dialogs).toHaveLength(0);
    clock.advance(1);
    await settle();
    expect(error).toHaveBeenCalledWith('Credit Desk: Run all could not open the task pane.', new Error('showAsTaskpane() did not answer within 10 s'));
    expect(runtime.dialogs[0]!.text).toContain('Open Credit Desk from the Home tab');
    runtime.dialogs[0]!.userCloses();
    await done;
    expect(completedAt).toEqual([PANE_OPEN_WAIT_MS]);
  });
});

describe('messages never keep the command waiting on the user', () => {
  const withProblem = () => smallBook([[46200, 'C1', 'lots']]);

  it(`closes its message itself after ${NOTICE_MS / 1000} s and completes`, async () => {
    const { clock, runtime, completedAt, done, finished } = click({ book: withProblem() });
    await settle();
    expect(runtime.dialogs).toHaveLength(1);
    expect(runtime.dialogs[0]!.text).toMatch(/Problems found: 1\.[\s\S]*\n\nThis message closes by itself after 60 seconds\.$/);
    clock.advance(NOTICE_MS - 1);
    await settle();
    expect([finished(), completedAt, runtime.dialogs[0]!.closedBy]).toEqual([false, [], null]);
    clock.advance(1);
    await done;
    expect(runtime.dialogs[0]!.closedBy).toBe('command');
    expect(completedAt).toEqual([NOTICE_MS]);
    expect(clock.pending()).toBe(0);
  });

  it('completes as soon as the user closes the message', async () => {
    const { clock, runtime, completedAt, done } = click({ book: withProblem() });
    await settle();
    clock.advance(5_000);
    runtime.dialogs[0]!.userCloses();
    await done;
    expect(completedAt).toEqual([5_000]);
    expect(clock.pending()).toBe(0);
  });

  it('shortens the message after a long run so that the command ends 30 s before the limit', async () => {
    // The run's batch finishes after 4 min 15 s (writing is not interrupted): 15 s are left.
    const runTook = 4 * 60_000 + 15_000;
    const { clock, runtime, completedAt, done } = click({ book: withProblem(), runCost: (run) => (run === 3 ? runTook : 0) });
    await settle();
    expect(runtime.dialogs[0]!.text).toMatch(/closes by itself after 15 seconds\.$/);
    clock.advance(15_000);
    await done;
    expect(runtime.dialogs[0]!.closedBy).toBe('command');
    expect(completedAt).toEqual([COMMAND_LIMIT_MS - COMPLETE_MARGIN_MS]);
  });

  it('opens no message with less than 10 s left, logs it instead, and completes', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const runTook = 4 * 60_000 + 25_000;
    const { runtime, completedAt, done } = click({ book: withProblem(), runCost: (run) => (run === 3 ? runTook : 0) });
    await done;
    expect(runtime.dialogs).toHaveLength(0);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Credit Desk: no time was left to show this message before Excel ends Run all: Customers tiered: 2\./));
    expect(completedAt).toEqual([runTook]);
  });

  it('says nothing after a clean run and completes at once', async () => {
    const book = smallBook();
    const { runtime, completedAt, done, clock } = click({ book });
    await done;
    expect(runtime.dialogs).toEqual([]);
    expect(completedAt).toEqual([0]);
    expect(book.model.sheet('Customers').cell(0, FIRST_OWNED_COL)?.value).toBe('Net sales');
    expect(clock.pending()).toBe(0);
  });
});

describe(`a run still reading after ${PLAN_DEADLINE_MS / 60_000} minutes`, () => {
  it('is cancelled before it writes anything, and says so', async () => {
    const book = createExcelDouble({ sheets: [{ name: 'Customers', rows: customerRows(2) }, { name: 'Sales', rows: salesRows([[46000, 'C1', 10]]) }] });
    const before = untouched(book);
    // The run's (the third Excel.run's) first sync takes 2.5 minutes and a second of Excel's time.
    const { runtime, completedAt, done, clock } = click({ book, syncCost: (run, sync) => (run === 3 && sync === 1 ? PLAN_DEADLINE_MS + 1_000 : 0) });
    await settle();
    expect(runtime.dialogs).toHaveLength(1);
    expect(runtime.dialogs[0]!.text).toMatch(
      /^Run all stopped before writing anything: reading the workbook took more than 2.5 minutes of the 5 Excel gives a ribbon command\. Nothing was written\.\nOpen Credit Desk from the Home tab and select Run all in the pane\.\n\nThis message closes by itself after 60 seconds\.$/,
    );
    expect(untouched(book)).toEqual(before);
    runtime.dialogs[0]!.userCloses();
    await done;
    expect(completedAt).toHaveLength(1);
    expect(completedAt[0]).toBeLessThan(COMMAND_LIMIT_MS - COMPLETE_MARGIN_MS);
    expect(clock.pending()).toBe(0);
  });
});

describe('event.completed() on every path', () => {
  it('when the host cannot start (an exception before anything runs)', async () => {
    const clock = new FakeClock();
    const runtime = useRuntime({ book: smallBook(), clock });
    Object.defineProperty((globalThis as unknown as { Office: { context: object } }).Office.context, 'displayLanguage', {
      get: () => {
        throw new Error('Office is not initialised');
      },
    });
    const { event, completedAt } = commandEvent(clock);
    const done = runAll(event, clock);
    await settle();
    expect(runtime.dialogs[0]!.text).toMatch(/^Credit Desk could not tier the customers and score their credit\.\nOffice is not initialised\n\n/);
    runtime.dialogs[0]!.userCloses();
    await done;
    expect(completedAt).toEqual([0]);
  });

  it('when the run fails (the message names the reason)', async () => {
    const { runtime, completedAt, done } = click({ book: createExcelDouble({ sheets: [{ name: 'Notes', rows: [['hello']] }] }) });
    await settle();
    expect(runtime.dialogs[0]!.text).toMatch(/^Credit Desk could not tier the customers and score their credit\.\nNo sales sheet found/);
    runtime.dialogs[0]!.userCloses();
    await done;
    expect(completedAt).toHaveLength(1);
  });

  it('when the message cannot be shown (logged with its text)', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { completedAt, done } = click({ book: smallBook([[46200, 'C1', 'lots']]), dialogFails: { code: 12009, message: 'The user chose to ignore the dialog box.' } });
    await done;
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Credit Desk could not show this message: Customers tiered: 2\./), new Error('Dialog failed (12009): The user chose to ignore the dialog box.'));
    expect(completedAt).toEqual([0]);
  });

  it('when opening the dialog throws', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const clock = new FakeClock();
    useRuntime({ book: smallBook([[46200, 'C1', 'lots']]), clock });
    const office = (globalThis as unknown as { Office: { context: { ui: { displayDialogAsync: () => void } } } }).Office;
    office.context.ui.displayDialogAsync = () => {
      throw new Error('Dialogs are not available here.');
    };
    const { event, completedAt } = commandEvent(clock);
    await runAll(event, clock);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Credit Desk could not show this message/), new Error('Dialogs are not available here.'));
    expect(completedAt).toEqual([0]);
    expect(clock.pending()).toBe(0);
  });

  it('when a dialog Office never answers for is given up on at its time', async () => {
    const clock = new FakeClock();
    useRuntime({ book: smallBook([[46200, 'C1', 'lots']]), clock });
    const office = (globalThis as unknown as { Office: { context: { ui: { displayDialogAsync: () => void } } } }).Office;
    office.context.ui.displayDialogAsync = () => undefined;
    const { event, completedAt } = commandEvent(clock);
    let finished = false;
    const done = runAll(event, clock).then(() => (finished = true));
    await settle();
    expect(finished).toBe(false);
    clock.advance(NOTICE_MS);
    await done;
    expect(completedAt).toEqual([NOTICE_MS]);
  });
});
