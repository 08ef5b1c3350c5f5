import { CancelledError, DEFAULT_STEPS } from '../app/run-steps';
import type { Language } from '../core/columns/layout';
import { label, labelWith } from '../taskpane/i18n/labels';
import { createOfficePort } from '../ports/office/office-port';
import { defaultChoices } from '../taskpane/choices/default-choices';
import { createExcelHost } from '../taskpane/excel/excel-host';
import type { PaneHost } from '../taskpane/host/pane-host';
import { errorText } from '../taskpane/summary/describe-error';
import { formatCount } from '../taskpane/summary/format';
import { outcomeText } from '../taskpane/summary/outcome-text';
import { type Clock, systemClock } from './clock';
import {
  COMMAND_LIMIT_MS, COMPLETE_MARGIN_MS, MIN_NOTICE_MS, NOTICE_MS, PLAN_DEADLINE_MS,
  RIBBON_MAX_READ_CELLS,
} from './limits';
import { openPane } from './open-pane';
import { ribbonText } from './ribbon-text';
import { showMessage } from './show-message';
import { measureWorkload, tooLargeForRibbon, type Workload } from './workload';

interface Outcome {
  /** What to tell the user, or null after a clean run. */
  message: string | null;
  language: Language;
}

/**
 * "Run all" on the Home tab: the pane's Run all (tiers, then credit) through
 * the same Excel host, with the choices saved from the pane (the defaults
 * when none were saved), inside Excel's 5-minute limit for function
 * commands (see limits.ts):
 *
 * - first the workbook's size is measured from cheap reads (used ranges and
 *   header rows); a run too large to finish well inside the limit is not
 *   started: the task pane is opened instead (where the host can) and the
 *   message says why;
 * - a run still reading and planning after PLAN_DEADLINE_MS is cancelled
 *   before it writes anything;
 * - a message (problems, a failure, a refusal) stays at most NOTICE_MS and
 *   never past COMPLETE_MARGIN_MS before the limit: the command closes it
 *   itself, so it never waits on the user;
 * - event.completed() is called exactly once, on every path.
 */
export async function runAll(event: Office.AddinCommands.Event, clock: Clock = systemClock): Promise<void> {
  const started = clock.now();
  try {
    const outcome = await runOrRefuse(clock);
    if (outcome.message !== null) await notify(outcome.message, outcome.language, clock, started);
  } catch (error: unknown) {
    console.error('Credit Desk: Run all failed unexpectedly.', error);
  } finally {
    event.completed();
  }
}

async function runOrRefuse(clock: Clock): Promise<Outcome> {
  let host: PaneHost | null = null;
  const planning = new AbortController();
  const deadline = clock.setTimeout(() => planning.abort(), PLAN_DEADLINE_MS);
  try {
    host = await createExcelHost();
    const { language } = host;
    const choices = (await host.loadChoices()) ?? defaultChoices(language);
    const workload = await Excel.run((context) => measureWorkload(createOfficePort(context), choices.overrides));
    if (tooLargeForRibbon(workload)) {
      const pane = await openPane(clock);
      return { message: refusal(workload, pane === 'opened', language), language };
    }
    const summary = await host.run({ steps: DEFAULT_STEPS, choices, onProgress: () => undefined, signal: planning.signal });
    return { message: outcomeText(summary, language), language };
  } catch (error: unknown) {
    const language = host?.language ?? 'en';
    if (error instanceof CancelledError && planning.signal.aborted) {
      const minutes = String(PLAN_DEADLINE_MS / 60_000);
      return { message: `${ribbonText('tooSlow', language, { minutes })}\n${ribbonText('openPane', language)}`, language };
    }
    return { message: labelWith('pane.ribbon.failed', language, { reason: errorText(error, language) }), language };
  } finally {
    clock.clearTimeout(deadline);
  }
}

function refusal(workload: Workload, paneOpened: boolean, language: Language): string {
  const why = ribbonText('tooLarge', language, {
    cells: formatCount(workload.readCells),
    customers: formatCount(workload.customers),
    maxCells: formatCount(RIBBON_MAX_READ_CELLS),
    maxCustomers: formatCount(workload.maxCustomers),
  });
  return `${why}\n${ribbonText(paneOpened ? 'paneOpened' : 'openPane', language)}`;
}

/** Shows the message for as long as the command's time allows (at most NOTICE_MS); logs it when there is no time left. */
async function notify(message: string, language: Language, clock: Clock, started: number): Promise<void> {
  const left = started + COMMAND_LIMIT_MS - COMPLETE_MARGIN_MS - clock.now();
  const ms = Math.min(NOTICE_MS, left);
  if (ms < MIN_NOTICE_MS) {
    console.error(`Credit Desk: no time was left to show this message before Excel ends Run all: ${message}`);
    return;
  }
  const text = `${message}\n\n${ribbonText('closesItself', language, { seconds: String(Math.floor(ms / 1000)) })}`;
  try {
    await showMessage(text, { lang: language, close: label('pane.close', language) }, { ms, clock });
  } catch (dialogError: unknown) {
    console.error(`Credit Desk could not show this message: ${message}`, dialogError);
  }
}
