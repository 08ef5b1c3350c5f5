import type { CellValue } from '../core/cells/cell';
import type { SourceOverrides } from '../core/columns/roles';
import type { SheetLayout } from '../core/columns/layout';
import { checkOwnedColumns, ownedColumnWrites, placeOwnedColumns, type Placement } from '../core/plan/owned-columns';
import type { WriteOp } from '../core/plan/write-ops';
import type { ProgressListener, RunSummary } from '../core/run-summary';
import { deriveCustomerSheet, derivedSheetOps } from '../core/tiers/derived-customers';
import { matchCustomers, type CustomerColumns } from '../core/tiers/match-customers';
import { sumNetSales } from '../core/tiers/net-sales';
import { TIER_COLUMNS, tierFillRules } from '../core/tiers/tier-columns';
import type { TierOptions } from '../core/tiers/tier-options';
import { tierColumnValues, tierCustomers, tierSummary } from '../core/tiers/tier-step';
import type { WorkbookPort } from '../ports/workbook-port';
import { readSalesColumns, recognizeWorkbook } from './read-sources';

export interface TierRunRequest {
  options: TierOptions;
  overrides?: SourceOverrides;
  onProgress?: ProgressListener;
}

/** Reads the owned columns' current cells, from the header row down, and refuses to overwrite user data. */
async function checkedPlacements(port: WorkbookPort, layout: SheetLayout, placements: Placement[], lastRow: number): Promise<void> {
  const contents: CellValue[][] = await port.readColumns({
    sheet: layout.sheet,
    firstRow: layout.headerRow,
    rows: lastRow - layout.headerRow + 1,
    cols: placements.map((p) => p.col),
  });
  checkOwnedColumns(layout, placements, contents);
}

function ownedOps(layout: SheetLayout, placements: Placement[], values: ReturnType<typeof tierColumnValues>): WriteOp[] {
  const ops = ownedColumnWrites(layout, placements, values, layout.language);
  const rows = layout.lastRow - layout.firstDataRow + 1;
  if (rows > 0) ops.push(tierFillRules(layout.sheet, layout.firstDataRow, placements[placements.length - 1]!.col, rows));
  return ops;
}

/**
 * Reads the customer and sales sheets through the port, tiers the customers
 * and writes the owned columns: nothing is written until every check has
 * passed. Throws InputError for unusable input.
 */
export async function runTiers(port: WorkbookPort, request: TierRunRequest): Promise<RunSummary> {
  const progress = request.onProgress ?? (() => undefined);
  progress({ stage: 'Finding the customer and sales sheets', fraction: 0 });
  const { sheets, markers, recognition } = await recognizeWorkbook(port, request.overrides);
  const { sales, customers, keyRole } = recognition;

  progress({ stage: `Reading sales rows of '${sales.sheet}'`, fraction: 0.15 });
  const salesColumns = await readSalesColumns(port, sales, keyRole);
  const net = sumNetSales(salesColumns, request.options.period);
  progress({ stage: 'Tiering customers', fraction: 0.6 });

  if (!customers) {
    const derived = deriveCustomerSheet(net, keyRole, salesColumns.label !== undefined, sales.language, sheets, markers);
    const layout = derived.layout;
    const placements = placeOwnedColumns(layout, TIER_COLUMNS, markers);
    if (!derived.isNew) await checkedPlacements(port, layout, placements, Math.max(layout.lastRow, derived.previousRowCount - 1));
    const outcome = tierCustomers(derived.keys, net, request.options);
    const ownedLastCol = Math.max(...placements.map((p) => p.col));
    progress({ stage: `Writing '${layout.sheet}'`, fraction: 0.8 });
    await port.apply([...derivedSheetOps(derived, ownedLastCol), ...ownedOps(layout, placements, tierColumnValues(derived.keys, outcome.byKey))]);
    progress({ stage: 'Done', fraction: 1 });
    return tierSummary({
      customerSheet: layout.sheet, salesSheet: sales.sheet, derivedCustomerSheet: true, outcome, customers: derived.keys.length, net,
      unknown: { rows: 0, amount: 0, keys: [] }, duplicateKeys: [], problems: net.problems,
    });
  }

  const placements = placeOwnedColumns(customers, TIER_COLUMNS, markers);
  const keyCol = customers.columns[keyRole]!;
  const otherCol = keyRole === 'customerId' ? customers.columns.customerName : customers.columns.customerId;
  const read = await port.readColumns({
    sheet: customers.sheet,
    firstRow: customers.headerRow,
    rows: customers.lastRow - customers.headerRow + 1,
    cols: [keyCol, ...(otherCol !== undefined ? [otherCol] : []), ...placements.map((p) => p.col)],
  });
  const fixed = otherCol !== undefined ? 2 : 1;
  checkOwnedColumns(customers, placements, read.slice(fixed));
  const customerColumns: CustomerColumns = {
    sheet: customers.sheet,
    firstRow: customers.firstDataRow,
    key: { col: keyCol, values: read[0]!.slice(1) },
    ...(otherCol !== undefined ? { other: { col: otherCol, values: read[1]!.slice(1) } } : {}),
  };
  const match = matchCustomers(customerColumns, net, sales.sheet, sales.columns[keyRole]!);
  const outcome = tierCustomers(match.keys, net, request.options);
  progress({ stage: `Writing '${customers.sheet}'`, fraction: 0.8 });
  await port.apply(ownedOps(customers, placements, tierColumnValues(match.rowKeys, outcome.byKey)));
  progress({ stage: 'Done', fraction: 1 });
  return tierSummary({
    customerSheet: customers.sheet, salesSheet: sales.sheet, derivedCustomerSheet: false, outcome, customers: match.keys.length, net,
    unknown: match.unknown, duplicateKeys: match.duplicateKeys, problems: [...net.problems, ...match.problems],
  });
}
