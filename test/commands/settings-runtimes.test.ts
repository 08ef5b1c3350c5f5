/**
 * The pane's choices reach the ribbon's Run all, which runs in a runtime of
 * its own: the pane saves them in workbook.settings and in its document
 * settings; the command reads workbook.settings first and falls back to its
 * document settings. Document settings are per runtime here (an in-memory
 * copy each), and the command's copy is modelled as not seeing what the pane
 * saved (office-js #840, #5206); workbook.settings is the double's, shared.
 */
import { runAll } from '../../src/commands/run-all';
import { CHOICES_SETTING } from '../../src/taskpane/excel/document-settings';
import { createExcelHost } from '../../src/taskpane/excel/excel-host';
import type { PaneChoices } from '../../src/taskpane/host/pane-host';
import { createExcelDouble, type ExcelDouble } from '../support/excel-double';
import { seedSetting, settingIn } from '../support/excel-double/proxies/settings';
import { customerRows, FIRST_OWNED_COL, salesRows } from './books';
import { commandEvent, FakeClock, removeRuntime, settle, useRuntime, type Runtime } from './ribbon-harness';

// Each test takes well under a second: one that waits on a promise that never settles should fail fast, not hang.
jest.setTimeout(30_000);

afterEach(removeRuntime);

/** Two sales sheets Credit Desk cannot choose between by itself: a run needs the user's choice. */
function twoLedgers(): ExcelDouble {
  return createExcelDouble({
    sheets: [
      { name: 'Customers', rows: customerRows(2) },
      { name: 'Sales 2024', rows: salesRows([[45400, 'C1', 111], [45401, 'C2', 222]]) },
      { name: 'Sales 2025', rows: salesRows([[45800, 'C1', 333], [45801, 'C2', 444]]) },
    ],
  });
}

const choices = (salesSheet: string): PaneChoices => ({
  overrides: { salesSheet },
  tier: { mode: 'sales', thresholds: [80, 95] },
  forms: { kinds: ['survey', 'authorization'], lang: 'en', batch: true },
});

const netSalesOfC1 = (book: ExcelDouble) => book.model.sheet('Customers').cell(1, FIRST_OWNED_COL)?.value;

/** Clicks Run all in the command's runtime; the user closes any message at once. Returns its messages. */
async function clickRunAll(command: Runtime, clock: FakeClock): Promise<string[]> {
  const { event, completedAt } = commandEvent(clock);
  const done = runAll(event, clock);
  await settle();
  for (const dialog of command.dialogs) if (dialog.closedBy === null) dialog.userCloses();
  await done;
  expect(completedAt).toHaveLength(1);
  return command.dialogs.map((d) => d.text);
}

describe('choices saved in the pane, read by the ribbon command', () => {
  it('without a choice the ribbon cannot run on this workbook', async () => {
    const book = twoLedgers();
    const clock = new FakeClock();
    const command = useRuntime({ book, clock });
    const [message] = await clickRunAll(command, clock);
    expect(message).toMatch(/^Credit Desk could not tier the customers and score their credit\.\n.*Sales 2024.*Sales 2025/s);
    expect(netSalesOfC1(book)).toBeUndefined();
  });

  it("reach the command through workbook.settings when its document settings do not have them", async () => {
    const book = twoLedgers();
    const clock = new FakeClock();
    const pane = useRuntime({ book, clock });
    await (await createExcelHost()).saveChoices(choices('Sales 2025'));
    expect(pane.savedDocumentSettings.get(CHOICES_SETTING)).toEqual(choices('Sales 2025'));
    expect(settingIn(book, CHOICES_SETTING)).toEqual(choices('Sales 2025'));

    const command = useRuntime({ book, clock, documentSettings: new Map() });
    expect(await clickRunAll(command, clock)).toEqual([]);
    expect(netSalesOfC1(book)).toBe(333);
  });

  it('are read from the command\'s document settings when workbook.settings has none (saved by an earlier version)', async () => {
    const book = twoLedgers();
    const clock = new FakeClock();
    const command = useRuntime({ book, clock, documentSettings: new Map([[CHOICES_SETTING, choices('Sales 2024')]]) });
    expect(await clickRunAll(command, clock)).toEqual([]);
    expect(netSalesOfC1(book)).toBe(111);
  });

  it('are taken from workbook.settings over document settings when both have them', async () => {
    const book = twoLedgers();
    seedSetting(book, CHOICES_SETTING, choices('Sales 2025'));
    const clock = new FakeClock();
    const command = useRuntime({ book, clock, documentSettings: new Map([[CHOICES_SETTING, choices('Sales 2024')]]) });
    expect(await clickRunAll(command, clock)).toEqual([]);
    expect(netSalesOfC1(book)).toBe(333);
  });

  it('malformed in workbook.settings are refused with the reason, not replaced by the document settings', async () => {
    const book = twoLedgers();
    seedSetting(book, CHOICES_SETTING, { overrides: {}, tier: 'x' });
    const clock = new FakeClock();
    const command = useRuntime({ book, clock, documentSettings: new Map([[CHOICES_SETTING, choices('Sales 2024')]]) });
    const [message] = await clickRunAll(command, clock);
    expect(message).toMatch(/^Credit Desk could not tier the customers and score their credit\.\nthe saved tier mode is malformed\n/);
    expect(netSalesOfC1(book)).toBeUndefined();
  });

  it('given back as JSON text by a host are read too', async () => {
    const book = twoLedgers();
    seedSetting(book, CHOICES_SETTING, JSON.stringify(choices('Sales 2025')));
    const clock = new FakeClock();
    useRuntime({ book, clock });
    expect(await (await createExcelHost()).loadChoices()).toEqual(choices('Sales 2025'));
  });
});

describe('saving in the pane', () => {
  it('restores what it saved, in a pane opened later on the same workbook', async () => {
    const book = twoLedgers();
    const clock = new FakeClock();
    useRuntime({ book, clock });
    await (await createExcelHost()).saveChoices(choices('Sales 2025'));
    useRuntime({ book, clock, documentSettings: new Map() });
    expect(await (await createExcelHost()).loadChoices()).toEqual(choices('Sales 2025'));
  });

  it('still writes workbook.settings when document settings fail, and rejects naming the store and the reason', async () => {
    const book = twoLedgers();
    const clock = new FakeClock();
    useRuntime({ book, clock, saveFails: { code: 7002, message: 'The document is read-only.' } });
    await expect((await createExcelHost()).saveChoices(choices('Sales 2025'))).rejects.toThrow(
      'the choices could not be saved (document settings: The document is read-only. (7002))',
    );
    expect(settingIn(book, CHOICES_SETTING)).toEqual(choices('Sales 2025'));
  });

  it('rejects naming workbook settings when Excel refuses the setting', async () => {
    const book = twoLedgers();
    // A key differing only by case is one the double will not guess about: it stands in for any refusal.
    seedSetting(book, CHOICES_SETTING.toUpperCase(), 1);
    const clock = new FakeClock();
    const pane = useRuntime({ book, clock });
    await expect((await createExcelHost()).saveChoices(choices('Sales 2025'))).rejects.toThrow(
      /^the choices could not be saved \(workbook settings: NotEmulated: setting key "creditDesk\.choices" next to "CREDITDESK\.CHOICES"/,
    );
    expect(pane.savedDocumentSettings.get(CHOICES_SETTING)).toEqual(choices('Sales 2025'));
  });
});
