import { recognizeWorkbook } from '../app/read-sources';
import type { SheetLayout } from '../core/columns/layout';
import type { SourceOverrides } from '../core/columns/roles';
import { recognizeReceivables } from '../core/control/receivables-sheet';
import { USER_FACTOR_SLOTS, userPointsColumn } from '../core/credit/credit-columns';
import { parseScorecard } from '../core/credit/scorecard-read';
import { SCORECARD_MARKER, scorecardLayoutOf } from '../core/credit/scorecard-sheet';
import type { NamedCell, WorkbookPort } from '../ports/workbook-port';
import { CELLS_WRITTEN_PER_CUSTOMER, CONTROL_CELLS_PER_CUSTOMER, RIBBON_MAX_READ_CELLS, RIBBON_MAX_WRITTEN_CELLS } from './limits';

/** How big a Run all on this workbook is, from cheap reads only (used ranges and the first rows of each sheet). */
export interface Workload {
  /** Cells in the used ranges (from A1) of the sales, customer, financials and receivables sheets. */
  readCells: number;
  /**
   * Customer rows that get results. Without a customer sheet (the run makes
   * one from the sales rows) this is the number of sales rows: at most that
   * many customers, and knowing the real number would mean reading them.
   */
  customers: number;
  /** customers × the cells the run writes per customer (the control columns too when there is a receivables sheet). */
  writtenCells: number;
  /** The most customers the ribbon takes for a workbook like this one (fewer when it also checks credit control). */
  maxCustomers: number;
}

const dataRows = (layout: SheetLayout): number => Math.max(0, layout.lastRow - layout.firstDataRow + 1);

/**
 * The points columns of the user's own factors the credit step writes per
 * customer: one per factor on the scorecard as read (the scorecard's one small
 * block), and one per factor gone from it whose column an earlier run made
 * (written blank). A new scorecard has none; an invalid one stops the credit
 * step before it writes any.
 */
async function userPointsColumns(port: WorkbookPort, markers: readonly NamedCell[], target: string): Promise<number> {
  const marker = markers.find((m) => m.name.toLowerCase() === SCORECARD_MARKER.toLowerCase());
  let factors = 0;
  if (marker) {
    const { layout, moved } = scorecardLayoutOf(marker.sheet, markers);
    if (moved.length > 0) return 0;
    const [block] = await port.readBlocks([{ sheet: marker.sheet, row: 0, col: 0, rows: layout.rows, cols: layout.cols }]);
    factors = parseScorecard(marker.sheet, block ?? [], layout).config?.userFactors.length ?? 0;
  }
  const made = new Set(markers.filter((m) => m.sheet === target).map((m) => m.name.toLowerCase()));
  let columns = factors;
  for (let k = factors + 1; k <= USER_FACTOR_SLOTS; k++) if (made.has(userPointsColumn(k, '').marker.toLowerCase())) columns++;
  return columns;
}

/**
 * Measures the run the way the run itself starts (sheets with their used
 * ranges, the add-in's markers, the first rows of each sheet where the
 * headers are looked for, the same recognition and the user's sheet and
 * column choices), and reads nothing more. A workbook the run cannot use
 * fails here as it would in the run (no sales sheet, ambiguous sheets…).
 */
export async function measureWorkload(port: WorkbookPort, overrides: SourceOverrides): Promise<Workload> {
  const { sheets, markers, recognition, input } = await recognizeWorkbook(port, overrides);
  // Run all runs credit control when the workbook has a receivables sheet: its ledger is read and its columns written too.
  const receivables = recognizeReceivables(input, recognition);
  const sources = new Set([recognition.sales.sheet, recognition.customers?.sheet, recognition.financials?.sheet, receivables?.layout.sheet]);
  const readCells = sheets.filter((s) => sources.has(s.name)).reduce((sum, s) => sum + s.rowCount * s.columnCount, 0);
  const customers = dataRows(recognition.customers ?? recognition.sales);
  const userPoints = await userPointsColumns(port, markers, (recognition.customers ?? recognition.sales).sheet);
  const perCustomer = CELLS_WRITTEN_PER_CUSTOMER + userPoints + (receivables ? CONTROL_CELLS_PER_CUSTOMER : 0);
  return { readCells, customers, writtenCells: customers * perCustomer, maxCustomers: Math.floor(RIBBON_MAX_WRITTEN_CELLS / perCustomer) };
}

/** True when Run all from the ribbon may not finish well inside Excel's 5 minutes: such runs go to the pane. */
export function tooLargeForRibbon(workload: Workload): boolean {
  return workload.readCells > RIBBON_MAX_READ_CELLS || workload.writtenCells > RIBBON_MAX_WRITTEN_CELLS;
}
