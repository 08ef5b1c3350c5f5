import { FORMULA_WITHOUT_VALUE, type CellValue } from '../core/cells/cell';
import { latestPlausibleDate } from '../core/cells/normalize';
import { listValues, summaryRows as findSummaryRows } from '../core/tiers/summary-rows';
import type { Recognition, SheetLayout } from '../core/columns/layout';
import type { SourceOverrides } from '../core/columns/roles';
import { checkOwnedColumns, ownedColumnWrites, placeOwnedColumns, type FoundContent, type Placement } from '../core/plan/owned-columns';
import type { WriteOp } from '../core/plan/write-ops';
import type { ProgressListener, RunSummary } from '../core/run-summary';
import { deriveCustomerSheet, derivedSheetOps } from '../core/tiers/derived-customers';
import { matchCustomers } from '../core/tiers/match-customers';
import { sumNetSales, type NetSales, type SalesColumns } from '../core/tiers/net-sales';
import { TIER_COLUMNS, tierFillRules } from '../core/tiers/tier-columns';
import type { TierOptions } from '../core/tiers/tier-options';
import { tierColumnValues, tierCustomers, tierSummary, type TierOutcome } from '../core/tiers/tier-step';
import type { NamedCell, SheetInfo } from '../core/workbook-shape';
import type { UserContent, WorkbookPort } from '../ports/workbook-port';
import type { RecognizeInput } from '../core/columns/recognize';
import { readSalesColumns, recognizeWorkbook } from './read-sources';

export interface TierRunRequest {
  options: TierOptions;
  overrides?: SourceOverrides;
  onProgress?: ProgressListener;
  /** The run's date (default: now): sales dated more than a year after it are implausible. */
  today?: Date;
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
  /** The sheets' header probes as recognition read them (the control step finds the receivables sheet there). */
  sources: RecognizeInput;
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
  const found = await recognizeWorkbook(port, request.overrides);
  const { sheets, markers } = found;
  const { customers, keyRole } = found.recognition;

  const salesSheet = found.recognition.sales.sheet;
  progress({ step: 'reading', stage: `Reading sales rows of '${salesSheet}'`, sheet: salesSheet, fraction: 0.15 });
  const salesRead = await readSalesColumns(port, found.recognition.sales, keyRole);
  const { columns: salesColumns, layout: sales } = salesRead;
  let recognition: Recognition = { ...found.recognition, sales };
  const net = sumNetSales(salesColumns, request.options.period, latestPlausibleDate(request.today ?? new Date()));
  const readProblems = [...salesRead.problems, ...net.problems];
  const choice = recognition.customerChoice ? { customerSheetChoice: recognition.customerChoice } : {};
  progress({ step: 'tiering', stage: 'Tiering customers', fraction: 0.5 });

  if (!customers) {
    const derived = deriveCustomerSheet(net, keyRole, salesColumns.label !== undefined, sales.language, sheets, markers);
    const target = derived.layout;
    const placements = placeOwnedColumns(target, TIER_COLUMNS, markers);
    if (!derived.isNew) await readAndCheck(port, target, placements, Math.max(target.lastRow, derived.previousRowCount - 1));
    const outcome = tierCustomers(derived.keys, net, request.options);
    // Rows left from a longer list are cleared across every owned column on the sheet: the credit step's too.
    const ownedLastCol = Math.max(...placements.map((p) => p.col), ...markers.filter((m) => m.sheet === target.sheet).map((m) => m.col));
    const ops = [...derivedSheetOps(derived, ownedLastCol), ...tierOps(target, placements, derived.keys, outcome)];
    return {
      summary: tierSummary({
        customerSheet: target.sheet, salesSheet: sales.sheet, derivedCustomerSheet: true, outcome, customers: derived.keys.length, net,
        unknown: { rows: 0, amount: 0, keys: [] }, duplicateKeys: [], problems: readProblems,
      }),
      ops,
      sheets, markers: withPlacements(markers, target, placements), recognition, target, placements, rowKeys: derived.keys, salesColumns, net, outcome,
      sources: found.input,
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
  // Summary rows are no customers: at the bottom ("Total") the list ends on the row above;
  // one between customers ("小計") is matched as a blank row, so it gets no results (its owned cells blank).
  const key = { col: keyCol, values: read[0]!.slice(1) };
  const other = otherCol !== undefined ? { col: otherCol, values: read[1]!.slice(1) } : undefined;
  const summaryRows = findSummaryRows(customers.sheet, customers.firstDataRow, key, other ? [other] : []);
  const kept = summaryRows.keep;
  const target: SheetLayout = summaryRows.problems.length > 0 ? { ...customers, lastRow: customers.firstDataRow + kept - 1 } : customers;
  recognition = { ...recognition, customers: target };
  const match = matchCustomers(
    {
      sheet: customers.sheet,
      firstRow: customers.firstDataRow,
      key: { col: keyCol, values: listValues(key.values, summaryRows) },
      ...(other ? { other: { col: other.col, values: listValues(other.values, summaryRows) } } : {}),
    },
    net, sales.sheet, sales.columns[keyRole]!,
  );
  const outcome = tierCustomers(match.keys, net, request.options);
  const ops = tierOps(target, placements, match.rowKeys, outcome);
  return {
    summary: tierSummary({
      customerSheet: customers.sheet, salesSheet: sales.sheet, derivedCustomerSheet: false, ...choice, outcome, customers: match.keys.length, net,
      unknown: match.unknown, duplicateKeys: match.duplicateKeys, problems: [...readProblems, ...summaryRows.problems, ...match.problems],
    }),
    ops,
    sheets, markers: withPlacements(markers, target, placements), recognition, target, placements, rowKeys: match.rowKeys, salesColumns, net, outcome,
    sources: found.input,
    identity: key.values.slice(0, kept).map((key, i) => {
      // A name that is a formula without a value has no text to print on a form.
      const value = other ? other.values[i] ?? null : null;
      const name = value === FORMULA_WITHOUT_VALUE ? null : value;
      return keyRole === 'customerId' ? { id: key, name } : { id: name, name: key };
    }),
  };
}

/**
 * Reads the `fixed` columns from the header row to lastRow, and refuses,
 * naming the cell and what it holds, if a column the add-in would write
 * holds the user's work: a new placement with anything of the user's in
 * that span (a value, a formula whatever it returns, a comment, data
 * validation or formatting: port.findUserContent), or an owned column whose
 * header the user has replaced (read with the fixed columns; the add-in's own
 * formats there never count). Reads only: nothing is written, refusal or not.
 * Returns the fixed columns (header cell first).
 */
export async function readAndCheck(
  port: WorkbookPort, layout: SheetLayout, placements: Placement[], lastRow: number, fixed: number[] = [],
): Promise<CellValue[][]> {
  const span = { sheet: layout.sheet, firstRow: layout.headerRow, rows: lastRow - layout.headerRow + 1 };
  const owned = placements.filter((p) => !p.isNew);
  const fresh = placements.filter((p) => p.isNew);
  const read = await port.readColumns({ ...span, cols: [...fixed, ...owned.map((p) => p.col)] });
  const held = fresh.length > 0 ? await port.findUserContent({ ...span, cols: fresh.map((p) => p.col) }) : [];
  if (held.length !== fresh.length) throw new Error(`findUserContent answered ${held.length} columns for ${fresh.length}`);
  // The value itself, for the message, only when one is there (one small read, on refusal only).
  const values = held.filter((h): h is UserContent => h?.kind === 'value');
  const blocks = values.length > 0 ? await port.readBlocks(values.map((h) => ({ sheet: layout.sheet, row: h.row, col: h.col, rows: 1, cols: 1 }))) : [];
  const found = held.map((h): FoundContent | null => {
    if (h?.kind !== 'value') return h;
    return { ...h, value: blocks[values.indexOf(h)]![0]![0] ?? null };
  });
  checkOwnedColumns(
    layout,
    placements,
    placements.map((p) => (p.isNew ? [] : read[fixed.length + owned.indexOf(p)]!)),
    placements.map((p) => (p.isNew ? found[fresh.indexOf(p)] : undefined)),
  );
  return read.slice(0, fixed.length);
}
