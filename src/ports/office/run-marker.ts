import { problemAt } from '../../core/i18n/problem-text';
import type { Problem } from '../../core/problems';

/**
 * A workbook-scoped name the port sets in its first write request and
 * deletes in its last: found at the start of a run, it means the previous run
 * stopped part-way (Excel stopped answering, the pane was closed, a sync
 * failed). It refers to no range (its formula is the time the run started),
 * so the core never takes it for one of its column markers.
 */
export const RUN_MARKER = 'CreditDesk_RunInProgress';

const COMMENT = 'Credit Desk is writing to this workbook. If this name is still here when no run is going on, a run stopped part-way: run Credit Desk again.';

export function queueRunMarker(context: Excel.RequestContext, started: Date): void {
  context.workbook.names.add(RUN_MARKER, `="${started.toISOString()}"`, COMMENT);
}

export function queueRunMarkerDeletion(context: Excel.RequestContext): void {
  context.workbook.names.getItem(RUN_MARKER).delete();
}

/**
 * What the summary says when the previous run stopped part-way. This run
 * writes every cell of the columns and sheets its steps own, so those hold
 * nothing of the broken run any more; steps it did not run keep what the
 * broken run left.
 */
export function previousRunProblem(sheet: string): Problem {
  return problemAt(sheet, '', 'previousRunStopped');
}
