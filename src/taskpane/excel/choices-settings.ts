import { readChoices } from '../choices/read-choices';
import type { PaneChoices } from '../host/pane-host';
import { CHOICES_SETTING, loadChoices as loadDocumentChoices, saveChoices as saveDocumentChoices } from './document-settings';

/** Excel.run, or the test double's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Where this runtime keeps the pane's choices. Both are stored in the
 * workbook per add-in id (a sideloaded copy and a store install do not see
 * each other's, office-js #840), and document settings have been reported
 * unread between Excel on the web and desktop (office-js #5206), so the
 * choices are written to both and read from workbook.settings first.
 */
export interface ChoicesStores {
  /** Office.context.document.settings of this runtime (the pane's, or the ribbon command's). */
  document: Office.Settings;
  /** Runs a batch for workbook.settings (ExcelApi 1.4; the manifest requires 1.9). */
  run: ExcelRun;
}

/** A setting's value as Excel hands it back: the object saved, or (should a host give it as text) its JSON. */
function parsed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch (error: unknown) {
    throw new Error(`the saved choices are text that is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * The saved choices: from workbook.settings when the workbook has them
 * there, else from document settings, else null. Malformed choices are
 * refused with the reason wherever they are found (the other store is not
 * consulted then: it would silently run with different choices); a failure
 * to read workbook.settings rejects too.
 */
export async function loadSavedChoices(stores: ChoicesStores): Promise<PaneChoices | null> {
  const found = await stores.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(CHOICES_SETTING);
    setting.load('value');
    await context.sync();
    return setting.isNullObject ? null : { value: setting.value as unknown };
  });
  if (found !== null && found.value !== null && found.value !== undefined) return readChoices(parsed(found.value));
  return loadDocumentChoices(stores.document);
}

/** The choices as plain JSON data (what both stores keep; no undefined fields). */
const asJson = (choices: PaneChoices): unknown => JSON.parse(JSON.stringify(choices)) as unknown;

/**
 * Saves the choices in document settings and in workbook.settings. Both are
 * attempted; when either fails the promise rejects
 * naming the store and Office's reason.
 */
export async function saveSavedChoices(stores: ChoicesStores, choices: PaneChoices): Promise<void> {
  const saves: { store: string; done: Promise<void> }[] = [
    { store: 'document settings', done: Promise.resolve().then(() => saveDocumentChoices(stores.document, choices)) },
    {
      store: 'workbook settings',
      done: stores.run(async (context) => {
        context.workbook.settings.add(CHOICES_SETTING, asJson(choices));
        await context.sync();
      }),
    },
  ];
  const results = await Promise.allSettled(saves.map((s) => s.done));
  const failed = results.flatMap((result, i) => (result.status === 'rejected' ? [{ store: saves[i]!.store, reason: result.reason as unknown }] : []));
  if (failed.length > 0) {
    const reasons = failed.map((f) => `${f.store}: ${f.reason instanceof Error ? f.reason.message : String(f.reason)}`);
    throw new Error(`the choices could not be saved (${reasons.join('; ')})`, { cause: failed[0]!.reason });
  }
}
