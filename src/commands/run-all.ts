import { DEFAULT_STEPS } from '../app/run-steps';
import { runStepsInExcel } from '../taskpane/excel/run-steps-in-excel';
import { LABELS } from '../taskpane/labels';
import { errorText } from '../taskpane/summary/describe-error';
import { outcomeText } from '../taskpane/summary/outcome-text';
import { showMessage } from './show-message';

/**
 * "Run all" on the Home tab: every step (tiers, then credit), the same run as
 * the pane's "Score credit". Problems and failures are shown in a small
 * dialog; the command completes once the user has closed it (completing
 * earlier can close the dialog with the command).
 */
export async function runAll(event: Office.AddinCommands.Event): Promise<void> {
  const message = await runAndDescribe();
  try {
    if (message !== null) await showMessage(message);
  } catch (dialogError: unknown) {
    console.error(`Credit Desk could not show this message: ${message}`, dialogError);
  } finally {
    event.completed();
  }
}

async function runAndDescribe(): Promise<string | null> {
  try {
    return outcomeText(await runStepsInExcel(DEFAULT_STEPS));
  } catch (error: unknown) {
    return LABELS.runAll.failed(errorText(error));
  }
}
