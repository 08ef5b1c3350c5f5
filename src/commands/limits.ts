import { CONTROL_COLUMNS } from '../core/control/control-columns';
import { CREDIT_COLUMNS } from '../core/credit/credit-columns';
import { TIER_COLUMNS } from '../core/tiers/tier-columns';

/**
 * Excel ends a function command (the ribbon's Run all) 5 minutes after the
 * click unless it has called event.completed() by then, and the time a
 * dialog it opened stays open counts too (manifest reference, Action
 * element: "the add-in times out after 5 minutes"; office-js #1452,
 * office-js-docs-pr #4854). Everything below keeps Run all inside that.
 */
export const COMMAND_LIMIT_MS = 5 * 60_000;

/** Run all calls event.completed() at the latest this long before Excel's limit. */
export const COMPLETE_MARGIN_MS = 30_000;

/**
 * Reading and planning (nothing written yet) may take this long; a run still
 * planning then is cancelled before it writes anything, which leaves the
 * other half of the 5 minutes for writing.
 */
export const PLAN_DEADLINE_MS = 150_000;

/** A message stays at most this long; the command closes it itself and completes. */
export const NOTICE_MS = 60_000;

/** With less time than this left before the margin, no message is opened (it is logged instead). */
export const MIN_NOTICE_MS = 10_000;

/** How long Office.addin.showAsTaskpane() may take before the command stops waiting for it. */
export const PANE_OPEN_WAIT_MS = 10_000;

/**
 * Cells the run reads: the used ranges (from A1) of the sales sheet, the
 * customer sheet and a separate financials sheet, together. See
 * RIBBON_MAX_WRITTEN_CELLS for how the two limits were chosen.
 */
export const RIBBON_MAX_READ_CELLS = 1_000_000;

/**
 * Cells the run writes per customer: the tier and credit columns (the credit
 * ones mostly short formulas). The points columns of the user's own scorecard
 * factors (at most 9) come on top: the workload counts them from the scorecard.
 */
export const CELLS_WRITTEN_PER_CUSTOMER = TIER_COLUMNS.length + CREDIT_COLUMNS.length;

/** And per customer when the workbook has a receivables sheet (Run all then checks credit control too). */
export const CONTROL_CELLS_PER_CUSTOMER = CONTROL_COLUMNS.length;

/**
 * Cells the run writes: customers × CELLS_WRITTEN_PER_CUSTOMER, that is
 * 10,000 customers. Not measured in Excel (none was reachable when this was
 * set): chosen from what the Office port sends on the test double (`npm run
 * bench`), about 2.8 KB of formula text per customer, so 10,000 customers
 * are ~28 MB in ~6 requests at Excel on the web's 5 MB limit, and 1,000,000
 * read cells are a few responses of the same size — on the order of a
 * minute, well inside 5 minutes even on a slow link. Bigger workbooks run
 * from the task pane, which has no such limit. docs/real-excel-check.md has
 * the step that times a real run, to set these from measurement.
 */
export const RIBBON_MAX_WRITTEN_CELLS = 10_000 * CELLS_WRITTEN_PER_CUSTOMER;
