import type { CellValue } from '../core/cells/cell';
import type { Recognition, SheetLayout } from '../core/columns/layout';
import type { SourceOverrides } from '../core/columns/roles';
import { checkOwnedColumns, ownedColumnWrites, placeOwnedColumns, type Placement } from '../core/plan/owned-columns';
import type { WriteOp } from '../core/plan/write-ops';
import type { ProgressListener, RunSummary } from '../core/run-summary';
import { deriveCustomerSheet, derivedSheetOps } from '../core/tiers/derived-customers';
import { matchCustomers } from '../core/tiers/match-customers';
import { sumNetSales, type NetSales, type SalesColumns } from '../core/tiers/net-sales';
import { TIER_COLUMNS, tierFillRules } from '../core/tiers/tier-columns';
import type { TierOptions } from '../core/tiers/tier-options';
import { tierColumnValues, tierCustomers, tierSummary, type TierOutcome } from '../core/tiers/tier-step';
import type { NamedCell, SheetInfo } from '../core/workbook-shape';
import type { WorkbookPort } from '../ports/workbook-port';
import { readSalesColumns, recognizeWorkbook } from './read-sources';

export interface TierRunRequest {
  options: TierOptions;
  overrides?: SourceOverrides;
  onProgress?: ProgressListener;
}

/** Everything a tiering run read and decided, before anything is written. */
export interface TierPlan {
  summary: RunSummary;
  ops: WriteOp[];
  sheets: SheetInfo[];
  /** The add-in's markers, including those this plan will write. */
  markers: NamedCell[];
  recognition: Recognition;
  /** The sheet the results go to: the user's customer sheet, or the derived one. */
  target: SheetLayout;
  placements: Placement[];
  /** Normalised customer key per data row of the target (null: the row gets no results). */
  rowKeys: (string | null)[];
  salesColumns: SalesColumns;
  net: NetSales;
  outcome: TierOutcome;
  /** Key and name of each target data row as the customer sheet shows them (for the forms). */
  identity: { id: CellValue; name: CellValue }[];
}

function tierOps(layout: SheetLayout, placements: Placement[], rowKeys: (string | null)[], outcome: ReturnType<typeof tierCustomers>): WriteOp[] {
  const ops = ownedColumnWrites(layout, placements, tierColumnValues(rowKeys, outcome.byKey), layout.language);
  const rows = layout.lastRow - layout.firstDataRow + 1;
  if (rows > 0) ops.push(tierFillRules(layout.sheet, layout.firstDataRow, placements[placements.length - 1]!.col, rows));
  return ops;
}

function withPlacements(markers: NamedCell[], layout: SheetLayout, placements: Placement[]): NamedCell[] {
  const own = new Set(placements.map((p) => p.spec.marker.toLowerCase()));
  return [
    ...markers.filter((m) => !own.has(m.name.toLowerCase())),
    ...placements.map((p) => ({ name: p.spec.marker, sheet: layout.sheet, row: layout.headerRow, col: p.col })),
  ];
}

/**
 * Reads the customer and sales sheets, tiers the customers and plans the
 * writes, checking that no cell it would write holds user data.
 * Throws InputError for unusable input; writes nothing.
 */
export async function planTiers(port: WorkbookPort, request: TierRunRequest): Promise<TierPlan> {
  const progress = request.onProgress ?? (() => undefined);
  progress({ step: 'finding', stage: 'Finding the customer and sales sheets', fraction: 0 });
  const { sheets, markers, recognition } = await recognizeWorkbook(port, request.overrides);
  const { sales, customers, keyRole } = recognition;

  progress({ step: 'reading', stage: `Reading sales rows of '${sales.sheet}'`, fraction: 0.15 });
  const salesColumns = await readSalesColumns(port, sales, keyRole);
  const net = sumNetSales(salesColumns, request.options.period);
  progress({ step: 'tiering', stage: 'Tiering customers', fraction: 0.5 });

  if (!customers) {
    const derived = deriveCustomerSheet(net, keyRole, salesColumns.label !== undefined, sales.language, sheets, markers);
    const target = derived.layout;
    const placements = placeOwnedColumns(target, TIER_COLUMNS, markers);
    if (!derived.isNew) await readAndCheck(port, target, placements, Math.max(target.lastRow, derived.previousRowCount - 1));
    const outcome = tierCustomers(derived.keys, net, request.options);
    // Rows left from a longer list are cleared across every owned column on the sheet: the credit step's too.
    const ownedLastCol = Math.max(...placements.map((p) => p.col), ...markers.filter((m) => m.sheet === target.sheet).map((m) => m.col));
    return {
      summary: tierSummary({
        customerSheet: target.sheet, salesSheet: sales.sheet, derivedCustomerSheet: true, outcome, customers: derived.keys.length, net,
        unknown: { rows: 0, amount: 0, keys: [] }, duplicateKeys: [], problems: net.problems,
      }),
      ops: [...derivedSheetOps(derived, ownedLastCol), ...tierOps(target, placements, derived.keys, outcome)],
      sheets, markers: withPlacements(markers, target, placements), recognition, target, placements, rowKeys: derived.keys, salesColumns, net, outcome,
      identity: derived.keys.map((_, i) => ({
        id: keyRole === 'customerId' ? derived.keyColumns[0]![i]! as CellValue : null,
        name: (keyRole === 'customerId' ? derived.keyColumns[1]?.[i] ?? null : derived.keyColumns[0]![i]!) as CellValue,
      })),
    };
  }

  const placements = placeOwnedColumns(customers, TIER_COLUMNS, markers);
  const keyCol = customers.columns[keyRole]!;
  const otherCol = keyRole === 'customerId' ? customers.columns.customerName : customers.columns.customerId;
  const fixed = [keyCol, ...(otherCol !== undefined ? [otherCol] : [])];
  const read = await readAndCheck(port, customers, placements, customers.lastRow, fixed);
  const match = matchCustomers(
    {
      sheet: customers.sheet,
      firstRow: customers.firstDataRow,
      key: { col: keyCol, values: read[0]!.slice(1) },
      ...(otherCol !== undefined ? { other: { col: otherCol, values: read[1]!.slice(1) } } : {}),
    },
    net, sales.sheet, sales.columns[keyRole]!,
  );
  const outcome = tierCustomers(match.keys, net, request.options);
  return {
    summary: tierSummary({
      customerSheet: customers.sheet, salesSheet: sales.sheet, derivedCustomerSheet: false, outcome, customers: match.keys.length, net,
      unknown: match.unknown, duplicateKeys: match.duplicateKeys, problems: [...net.problems, ...match.problems],
    }),
    ops: tierOps(customers, placements, match.rowKeys, outcome),
    sheets, markers: withPlacements(markers, customers, placements), recognition, target: customers, placements, rowKeys: match.rowKeys, salesColumns, net, outcome,
    identity: read[0]!.slice(1).map((key, i) => {
      const other = otherCol !== undefined ? read[1]![i + 1] ?? null : null;
      return keyRole === 'customerId' ? { id: key, name: other } : { id: other, name: key };
    }),
  };
}

/**
 * Reads `fixed` columns and the placements' columns from the header row to
 * lastRow in one request, and refuses if a placement holds user data.
 * Returns the fixed columns (header cell first).
 */
export async function readAndCheck(
  port: WorkbookPort, layout: SheetLayout, placements: Placement[], lastRow: number, fixed: number[] = [],
): Promise<CellValue[][]> {
  const read = await port.readColumns({
    sheet: layout.sheet,
    firstRow: layout.headerRow,
    rows: lastRow - layout.headerRow + 1,
    cols: [...fixed, ...placements.map((p) => p.col)],
  });
  checkOwnedColumns(layout, placements, read.slice(fixed.length));
  return read.slice(0, fixed.length);
}
