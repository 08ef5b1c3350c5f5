import type { Clock } from './clock';
import { PANE_OPEN_WAIT_MS } from './limits';

/** What became of the attempt to show the task pane from the ribbon command. */
export type PaneOpening = 'opened' | 'unsupported' | 'failed';

/**
 * Shows the add-in's task pane through Office.addin.showAsTaskpane()
 * (requirement set SharedRuntime 1.1; Office documents it for add-ins that
 * use a shared runtime, which this one does not declare, and says it is
 * ignored for add-ins from Microsoft Marketplace). Where the set is missing
 * the answer is 'unsupported'; where the call rejects, or has not answered
 * within PANE_OPEN_WAIT_MS, it is 'failed' and the reason is logged. Either
 * way the caller tells the user how to open the pane.
 */
export async function openPane(clock: Clock): Promise<PaneOpening> {
  const addin = (Office as { addin?: Partial<Office.Addin> }).addin;
  if (!Office.context.requirements.isSetSupported('SharedRuntime', '1.1') || typeof addin?.showAsTaskpane !== 'function') {
    return 'unsupported';
  }
  let timer: unknown;
  const waited = new Promise<never>((_, reject) => {
    timer = clock.setTimeout(() => reject(new Error(`showAsTaskpane() did not answer within ${PANE_OPEN_WAIT_MS / 1000} s`)), PANE_OPEN_WAIT_MS);
  });
  try {
    await Promise.race([addin.showAsTaskpane(), waited]);
    return 'opened';
  } catch (error: unknown) {
    console.error('Credit Desk: Run all could not open the task pane.', error);
    return 'failed';
  } finally {
    clock.clearTimeout(timer);
  }
}
