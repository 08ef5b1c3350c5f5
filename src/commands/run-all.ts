import { DEFAULT_STEPS } from '../app/run-steps';
import type { Language } from '../core/columns/layout';
import { label, labelWith } from '../core/i18n/labels';
import { defaultChoices } from '../taskpane/choices/default-choices';
import { createExcelHost } from '../taskpane/excel/excel-host';
import type { PaneHost } from '../taskpane/host/pane-host';
import { errorText } from '../taskpane/summary/describe-error';
import { outcomeText } from '../taskpane/summary/outcome-text';
import { showMessage } from './show-message';

/**
 * "Run all" on the Home tab: the pane's Run all (tiers, then credit) through
 * the same Excel host, with the choices saved from the pane (the defaults
 * when none were saved). Problems and failures are shown in a small dialog;
 * the command completes once the user has closed it (completing earlier can
 * close the dialog with the command).
 */
export async function runAll(event: Office.AddinCommands.Event): Promise<void> {
  const { message, language } = await runAndDescribe();
  try {
    if (message !== null) await showMessage(message, { lang: language, close: label('pane.close', language) });
  } catch (dialogError: unknown) {
    console.error(`Credit Desk could not show this message: ${message}`, dialogError);
  } finally {
    event.completed();
  }
}

async function runAndDescribe(): Promise<{ message: string | null; language: Language }> {
  let host: PaneHost | null = null;
  try {
    host = await createExcelHost();
    const choices = (await host.loadChoices()) ?? defaultChoices(host.language);
    const summary = await host.run({ steps: DEFAULT_STEPS, choices, onProgress: () => undefined, signal: new AbortController().signal });
    return { message: outcomeText(summary, host.language), language: host.language };
  } catch (error: unknown) {
    const language = host?.language ?? 'en';
    return { message: labelWith('pane.ribbon.failed', language, { reason: errorText(error, language) }), language };
  }
}
