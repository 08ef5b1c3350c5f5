import type { SheetLayout } from '../core/columns/layout';
import type { SourceOverrides } from '../core/columns/roles';
import { hasScorecardNames, SCORECARD_MARKER } from '../core/credit/scorecard-sheet';
import { checkWritePlan } from '../core/plan/check-plan';
import { inputColumnRoles, type AddedRole } from '../core/credit/input-needs';
import { checkInputColumns, columnName, inputColumnOps, layoutHas, placeInputColumns, type InputColumn } from '../core/plan/input-columns';
import type { FoundContent } from '../core/plan/owned-columns';
import type { WriteOp } from '../core/plan/write-ops';
import { inputError } from '../core/i18n/input-error-text';
import type { TierOptions } from '../core/tiers/tier-options';
import { trailingSummaryRows } from '../core/tiers/summary-rows';
import type { UserContent, WorkbookPort } from '../ports/workbook-port';
import { planCredit } from './plan-credit';
import { planTiers } from './plan-tiers';
import { recognizeWorkbook, type WorkbookView } from './read-sources';

export interface InputColumnsRequest {
  /** The tiering a scorecard run plans with, when the scorecard must be made first (runSteps' 'scorecard' step). */
  options: TierOptions;
  overrides?: SourceOverrides;
  /** The run's date (default: now), as for a tiering run. */
  today?: Date;
}

/** What "Add the input columns" did. */
export interface InputColumnsSummary {
  /** The sheet the credit step reads its inputs from, where the columns went. */
  sheet: string;
  /** Set when that sheet's data is an Excel table (the columns were added to it). */
  table: string | null;
  /** The columns added, left to right; none when no input was missing (nothing was written). */
  columns: { role: AddedRole; letter: string; header: string }[];
  /** The scorecard whose rating keys the ratings' drop-downs list (null: no rating column was added); `created` when this run made it. */
  scorecard: { sheet: string; created: boolean } | null;
}

/**
 * The sheet as far as its list goes: summary rows at the bottom ("Total")
 * get no input cells, as they get no results.
 */
async function withoutSummaryRows(port: WorkbookPort, layout: SheetLayout, keyRole: 'customerId' | 'customerName'): Promise<SheetLayout> {
  const keyCol = layout.columns[keyRole];
  const rows = layout.lastRow - layout.firstDataRow + 1;
  if (keyCol === undefined || rows <= 0) return layout;
  const [keys] = await port.readColumns({ sheet: layout.sheet, firstRow: layout.firstDataRow, rows, cols: [keyCol] });
  const summary = trailingSummaryRows(layout.sheet, layout.firstDataRow, { col: keyCol, values: keys ?? [] }, []);
  return summary.problems.length > 0 ? { ...layout, lastRow: layout.firstDataRow + summary.keep - 1 } : layout;
}

/** Refuses when a column to add holds anything of the user's (the value itself read for the message). */
async function checkEmpty(port: WorkbookPort, layout: SheetLayout, columns: InputColumn[]): Promise<void> {
  const span = { sheet: layout.sheet, firstRow: layout.headerRow, rows: layout.lastRow - layout.headerRow + 1 };
  const held = await port.findUserContent({ ...span, cols: columns.map((c) => c.col) });
  const values = held.filter((h): h is UserContent => h?.kind === 'value');
  const blocks = values.length > 0 ? await port.readBlocks(values.map((h) => ({ sheet: layout.sheet, row: h.row, col: h.col, rows: 1, cols: 1 }))) : [];
  const found = held.map((h): FoundContent | null => (h?.kind === 'value' ? { ...h, value: blocks[values.indexOf(h)]![0]![0] ?? null } : h));
  checkInputColumns(layout, columns, found);
}

/**
 * The scorecard the ratings' drop-downs point at (its rating keys, by the
 * name CreditDesk_RatingKeys). A scorecard with the formulas' names has
 * that one (it follows the keys when an upgrade moves them); without one, or
 * with one of release 0.1, the scorecard step's writes
 * come first in the same plan: the sheet made (or upgraded) as "Open the
 * scorecard" makes it, so that the drop-down lists a range the user edits.
 */
async function scorecardFor(port: WorkbookPort, view: WorkbookView, request: InputColumnsRequest): Promise<{ sheet: string; created: boolean; ops: WriteOp[] }> {
  const marker = view.markers.find((m) => m.name.toLowerCase() === SCORECARD_MARKER.toLowerCase());
  const names = view.markers.filter((m) => m.sheet === marker?.sheet).map((m) => m.name);
  if (marker && view.sheets.some((s) => s.name === marker.sheet) && hasScorecardNames(names)) return { sheet: marker.sheet, created: false, ops: [] };
  const tier = await planTiers(port, { options: request.options, ...(request.overrides ? { overrides: request.overrides } : {}), ...(request.today ? { today: request.today } : {}) });
  const credit = await planCredit(port, tier);
  const sheet = credit.summary.scorecardSheet;
  return { sheet, created: credit.summary.scorecardCreated, ops: credit.ops.filter((op) => op.sheet === sheet) };
}

/**
 * Adds to the sheet the credit step reads (the financials sheet, else the
 * customer sheet) the statement and rating columns it lacks, empty, for the
 * user to fill: headers the recognition takes, in the sheet's header
 * language, amount and date formats, and drop-downs for the ratings. Only
 * missing roles are added, right of the user's data (in its table, when it is
 * one); a column holding anything of the user's is refused by cell, and
 * nothing is written then. The columns carry no marker: they are the user's,
 * and no later run writes them. Throws InputError when there is no such sheet
 * of the user's (the customer list is the one made from the sales rows).
 */
export async function addInputColumns(port: WorkbookPort, request: InputColumnsRequest): Promise<InputColumnsSummary> {
  const view = await recognizeWorkbook(port, request.overrides);
  const { recognition } = view;
  const source = recognition.financials ?? recognition.customers;
  if (!source) {
    throw inputError('inputColumnsNoSheet');
  }
  const table = source.table?.name ?? null;
  const roles = inputColumnRoles(layoutHas(source), source === recognition.financials);
  if (roles.length === 0) return { sheet: source.sheet, table, columns: [], scorecard: null };
  const layout = await withoutSummaryRows(port, source, recognition.keyRole);
  const columns = placeInputColumns(layout, roles, view.markers);
  await checkEmpty(port, layout, columns);
  const scorecard = columns.some((c) => c.role.startsWith('rating:')) ? await scorecardFor(port, view, request) : null;
  const ops = [...(scorecard?.ops ?? []), ...inputColumnOps(layout, columns, scorecard?.sheet ?? '')];
  checkWritePlan(ops);
  await port.apply(ops);
  return { sheet: source.sheet, table, columns: columns.map(columnName), scorecard: scorecard && { sheet: scorecard.sheet, created: scorecard.created } };
}
