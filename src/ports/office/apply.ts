import type { DeleteSheetOp, KeyColumnGuard, NameOp, ProtectSheetOp, TableColumnsOp, WriteOp } from '../../core/plan/write-ops';
import type { ApplyOptions, ApplyReport } from '../workbook-port';
import { officeErrorCode } from './cells';
import { type DateSystem, queueDateProbe } from './date-system';
import type { UserContentApis } from './find-user-content';
import { type KeySlice, checkGuards, checkKeys, keySlices, queueKeyReads } from './key-guard';
import type { OfficeLimits } from './limits';
import { sheetProtected, workbookProtected } from './port-errors';
import { checkFormulas } from './formula-check';
import { checkDeletes, workbookProtectedRemove } from './delete-sheets';
import { type WriteState, checkOp, queueStep } from './queue-writes';
import { RUN_MARKER, previousRunProblem, queueRunMarker, queueRunMarkerDeletion } from './run-marker';
import { type TableGrowth, checkRoomRightOf, queueTableShapes, tableGrowth } from './table-growth';
import { halvable, syncWithin } from './transport';
import { type WriteStep, planWriteBatches, sharedAsCells } from './write-plan';

/** What applyOps needs besides the context and the plan. */
export interface ApplyEnv {
  limits: OfficeLimits;
  /** Whether the host has an ExcelApi requirement set ("1.13"). */
  supports: (excelApi: string) => boolean;
  apis: UserContentApis;
  dates: DateSystem;
  now: () => Date;
}

/**
 * The plan with its column markers moved up: each name op that comes after
 * the one-cell write of its own cell (an owned column's header) moves, with
 * that write, to just after the last op its sheet needs first (the sheet's
 * addSheet, a tableColumns on it), keeping their order. The markers and
 * headers then go out in the first request (or with their table columns), so
 * that a run stopping later leaves every owned column marked under its
 * header, and the next run finds and rewrites them where they are. A name op
 * only points a name at a cell, and nothing else in a plan writes a header
 * cell, so the plan's outcome is the same. Sheet markers (the scorecard's,
 * the derived sheet's, a form's) stay where they are: a sheet half made by a
 * broken run is then not taken for a finished one.
 */
export function markersFirst(ops: WriteOp[]): WriteOp[] {
  const lower = (sheet: string): string => sheet.toLowerCase();
  const header = (op: WriteOp, name: NameOp): boolean => op.op === 'values' && lower(op.sheet) === lower(name.sheet)
    && op.row === name.row && op.col === name.col && op.values.length === 1 && op.values[0]!.length === 1;
  const moved = new Set<WriteOp>();
  const slots: WriteOp[][] = [[]];
  const rest: WriteOp[] = [];
  const needs = new Map<string, number>();
  let floor = 0;
  ops.forEach((op, i) => {
    let h = -1;
    if (op.op === 'name') for (let j = i - 1; j >= 0 && h < 0; j--) if (header(ops[j]!, op) && !moved.has(ops[j]!)) h = j;
    if (op.op !== 'name' || h < 0) {
      if (op.op === 'addSheet' || op.op === 'tableColumns') needs.set(lower(op.sheet), rest.length + 1);
      rest.push(op);
      slots.push([]);
      return;
    }
    floor = Math.max(floor, needs.get(lower(op.sheet)) ?? 0);
    // The header write moves up with its name, unless it already comes before the slot.
    const cell = ops[h]!;
    if (rest.indexOf(cell) >= floor) moved.add(cell);
    slots[floor]!.push(...(moved.has(cell) ? [cell, op] : [op]));
  });
  return [...slots[0]!, ...rest.flatMap((op, i) => (moved.has(op) ? [] : [op]).concat(slots[i + 1]!))];
}

interface Piece {
  steps: WriteStep[];
  /** Carries the run marker. */
  first: boolean;
  /** Deletes the run marker; calculation and screen updating are not suspended. */
  last: boolean;
  /** Key slices read back at the end of this request: its own rows and the next request's. */
  check: KeySlice[];
}

interface Run {
  write: WriteState;
  markerExists: boolean;
  calculationSuspended: boolean;
  started: Date;
  /** The host refused one formulasR1C1 value for many cells: shared formulas go as A1 text for the rest of the run. */
  sharedRefused: boolean;
}

/**
 * Carries out a write plan, as far as Excel allows all or nothing:
 *
 * 1. One request up front (preflight) that writes nothing: the names, the
 *    protection of every sheet the plan writes that exists (refused, naming
 *    the sheet), the workbook's structure protection when the plan adds
 *    sheets, each widened table's extent (and, without Table.resize, what is
 *    right of it: refused when it holds the user's data), and the key rows
 *    the first write request targets (refused when they moved).
 * 2. One request per batch of planWriteBatches. The first sets the run
 *    marker, the last deletes it; every one but the last suspends
 *    calculation (ExcelApi 1.6) and screen updating (1.9), and the last
 *    recalculates what was left dirty. Each reads back the key rows it wrote
 *    and those the next one targets, and stops, with nothing further
 *    written, when they moved (another user inserted or sorted rows between
 *    two requests: the request after that cannot be stopped any more, only
 *    noticed; the marker stays, so the next run rewrites everything).
 *    A request Excel refuses in a way a smaller one may fix is looked at
 *    again (one request: names, sheets, table widths, protection) and sent
 *    in halves. Sheets are protected in the last request, on their own.
 *
 * Reports the previous run having stopped part-way (its marker still there).
 */
export async function applyOps(context: Excel.RequestContext, ops: WriteOp[], env: ApplyEnv, options: ApplyOptions = {}): Promise<ApplyReport> {
  const guards = options.keys ?? [];
  checkGuards(guards);
  ops.forEach(checkOp);
  const ordered = markersFirst(ops);
  // Protection goes out last, in a request of its own: a refused request sent again in halves never writes to a sheet it protected.
  const protects = ordered.filter((op): op is ProtectSheetOp => op.op === 'protectSheet');
  const batches = [
    ...planWriteBatches(ordered.filter((op) => op.op !== 'protectSheet'), env.limits),
    ...(protects.length > 0 ? [protects.map((op): WriteStep => ({ kind: 'op', op }))] : []),
  ];
  if (batches.length === 0) return { problems: [] };
  await checkDeletes(context, ordered.filter((op): op is DeleteSheetOp => op.op === 'deleteSheet'), env.limits);
  const pre = await preflight(context, ordered, guards, keySlices(batches[0]!, guards), env);
  const run: Run = { write: pre.state, markerExists: pre.markerExists, calculationSuspended: false, started: env.now(), sharedRefused: false };
  for (let i = 0; i < batches.length; i++) {
    // Read back with each request: the key rows it wrote (they landed where the run read them) and those the next targets.
    const check = keySlices([...batches[i]!, ...(batches[i + 1] ?? [])], guards);
    await writePiece(context, { steps: batches[i]!, first: i === 0, last: i === batches.length - 1, check }, run, env);
  }
  await checkFormulas(context, ordered, env.limits);
  const sheet = guards[0]?.sheet ?? ordered.find((op) => op.op !== 'addSheet')?.sheet ?? ordered[0]!.sheet;
  return { problems: pre.markerExists ? [previousRunProblem(sheet)] : [] };
}

interface Preflight {
  state: WriteState;
  /** The run marker was there before this run: the previous run stopped part-way. */
  markerExists: boolean;
}

async function preflight(
  context: Excel.RequestContext, ops: WriteOp[], guards: KeyColumnGuard[], firstSlices: KeySlice[], env: ApplyEnv,
): Promise<Preflight> {
  const added = new Set<string>();
  const written: string[] = [];
  // Deleting a sheet is allowed when the sheet is protected; only the workbook's structure protection refuses it.
  const deletes = ops.some((op) => op.op === 'deleteSheet');
  for (const op of ops) {
    const key = op.sheet.toLowerCase();
    if (op.op === 'addSheet') added.add(key);
    // A defined name is the workbook's, not the sheet's: a protected sheet (the scorecard) keeps its names up to date.
    else if (op.op !== 'deleteSheet' && op.op !== 'name' && !added.has(key) && !written.some((s) => s.toLowerCase() === key)) written.push(op.sheet);
  }
  const resize = env.supports('1.13');
  const tableOps = ops.filter((op): op is TableColumnsOp => op.op === 'tableColumns');
  for (;;) {
    const probing = guards.length > 0 && env.dates.date1904 === undefined;
    const names = context.workbook.names.load('items/name');
    const protections = written.map((sheet) => ({ sheet, protection: context.workbook.worksheets.getItem(sheet).protection.load('protected') }));
    const structure = (added.size > 0 || deletes) ? context.workbook.protection.load('protected') : null;
    const probe = probing ? queueDateProbe(context, env.dates) : null;
    const shapes = queueTableShapes(context, tableOps, resize);
    const keys = queueKeyReads(context, firstSlices, env.dates, env.limits);
    try {
      await syncWithin(context, env.limits);
    } catch (error) {
      // A date-system probe left over by a request that failed after adding it: delete it and look again.
      if (probing && !env.dates.leftover && officeErrorCode(error) === 'ItemAlreadyExists') {
        env.dates.leftover = true;
        continue;
      }
      throw error;
    }
    probe?.();
    const locked = protections.find((p) => p.protection.protected);
    if (locked) throw sheetProtected(locked.sheet);
    if (structure?.protected) throw added.size === 0 ? workbookProtectedRemove() : workbookProtected();
    await checkKeys(context, keys, env.dates, env.limits);
    const tables = new Map<string, TableGrowth>();
    for (const shape of shapes) {
      const growth = tableGrowth(shape, resize);
      if (shape.used) await checkRoomRightOf(context, growth, shape.used, env.limits, env.apis);
      tables.set(growth.name.toLowerCase(), growth);
    }
    const widths = new Map([...tables].map(([key, growth]) => [key, growth.columns]));
    const targets = new Map<TableColumnsOp, number>();
    for (const op of tableOps) {
      const width = widths.get(op.table.toLowerCase())! + op.headers.length;
      widths.set(op.table.toLowerCase(), width);
      targets.set(op, width);
    }
    const existing = new Set(names.items.map((n) => n.name.toLowerCase()));
    const state = { names: existing, addedSheets: new Set<string>(), tables, targets, outline: env.supports('1.10'), protectedSheets: new Set<string>(), deletedSheets: new Set<string>() };
    return { state, markerExists: existing.has(RUN_MARKER.toLowerCase()) };
  }
}

async function writePiece(context: Excel.RequestContext, piece: Piece, run: Run, env: ApplyEnv): Promise<void> {
  const shares = piece.steps.some((step) => step.kind === 'sharedFormula');
  if (shares && run.sharedRefused) {
    const batches = sharedAsCells(piece.steps, env.limits);
    for (let i = 0; i < batches.length; i++) {
      const last = i === batches.length - 1;
      await writePiece(context, { steps: batches[i]!, first: piece.first && i === 0, last: piece.last && last, check: last ? piece.check : [] }, run, env);
    }
    return;
  }
  const app = context.application;
  if (!piece.last) {
    app.suspendScreenUpdatingUntilNextSync();
    app.suspendApiCalculationUntilNextSync();
    run.calculationSuspended = true;
  }
  const addsMarker = piece.first && !run.markerExists;
  if (addsMarker) queueRunMarker(context, run.started);
  for (const step of piece.steps) queueStep(context, step, run.write);
  if (piece.last) {
    // Suspended calculation leaves recalculating to the add-in (Application.suspendApiCalculationUntilNextSync).
    if (run.calculationSuspended) app.calculate('Recalculate');
    if (run.markerExists || addsMarker) queueRunMarkerDeletion(context);
  }
  const keys = queueKeyReads(context, piece.check, env.dates, env.limits);
  try {
    await syncWithin(context, env.limits);
  } catch (error) {
    // Office.js documents one value for every cell of a range, but should a host refuse it, whatever the error, the
    // request goes again with A1 text, before any halving (which would only cut the one value into more refusals).
    if (shares) {
      run.sharedRefused = true;
      await reconcile(context, run, env);
      await writePiece(context, piece, run, env);
      return;
    }
    const halves = halvable(error) ? split(piece) : null;
    if (!halves) throw error;
    await reconcile(context, run, env);
    for (const half of halves) await writePiece(context, half, run, env);
    return;
  }
  // The marker is there once a request added it, and gone once the last deleted it (a piece sent again after reconcile may do neither).
  if (piece.last) run.markerExists = false;
  else if (addsMarker) run.markerExists = true;
  try {
    await checkKeys(context, keys, env.dates, env.limits);
  } catch (error) {
    // The last request wrote where rows had moved and deleted the marker: set it again, so the next run knows.
    if (piece.last) {
      queueRunMarker(context, run.started);
      await syncWithin(context, env.limits);
    }
    throw error;
  }
}

/** A piece in two: its steps by halves, or a single cells or shared-formula step by its rows. Null when it cannot be cut. */
function split(piece: Piece): [Piece, Piece] | null {
  let a: WriteStep[];
  let b: WriteStep[];
  if (piece.steps.length > 1) {
    const mid = Math.ceil(piece.steps.length / 2);
    a = piece.steps.slice(0, mid);
    b = piece.steps.slice(mid);
  } else {
    const halves = piece.steps[0] ? halveRows(piece.steps[0]) : null;
    if (!halves) return null;
    [a, b] = halves;
  }
  return [{ steps: a, first: piece.first, last: false, check: [] }, { steps: b, first: false, last: piece.last, check: piece.check }];
}

/** A cells or shared-formula step of two rows or more, cut in two by its rows. */
function halveRows(step: WriteStep): [WriteStep[], WriteStep[]] | null {
  if (step.kind === 'sharedFormula' && step.rows >= 2) {
    const mid = Math.ceil(step.rows / 2);
    return [[{ ...step, rows: mid }], [{ ...step, row: step.row + mid, rows: step.rows - mid }]];
  }
  if (step.kind === 'cells' && step.cells.length >= 2) {
    const mid = Math.ceil(step.cells.length / 2);
    return [[{ ...step, cells: step.cells.slice(0, mid) }], [{ ...step, row: step.row + mid, cells: step.cells.slice(mid) }]];
  }
  return null;
}

/**
 * After a request Excel refused, which may have run part of it: what is
 * there now (names, the sheets this run added, protected or deleted, the widened tables' widths),
 * so that the steps queued again do only what is left.
 */
async function reconcile(context: Excel.RequestContext, run: Run, env: ApplyEnv): Promise<void> {
  const names = context.workbook.names.load('items/name');
  const sheets = context.workbook.worksheets.load('items/name');
  const protections = [...run.write.protectedSheets].map((key) => ({ key, protection: context.workbook.worksheets.getItem(key).protection.load('protected') }));
  const tables = [...run.write.tables.values()].map((growth) => ({
    growth,
    header: context.workbook.worksheets.getItem(growth.sheet).tables.getItem(growth.name).getHeaderRowRange().load('columnCount'),
  }));
  await syncWithin(context, env.limits);
  run.write.names = new Set(names.items.map((n) => n.name.toLowerCase()));
  const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  for (const sheet of [...run.write.addedSheets]) if (!present.has(sheet)) run.write.addedSheets.delete(sheet);
  for (const sheet of [...run.write.deletedSheets]) if (present.has(sheet)) run.write.deletedSheets.delete(sheet);
  for (const { key, protection } of protections) if (!protection.protected) run.write.protectedSheets.delete(key);
  for (const { growth, header } of tables) growth.columns = header.columnCount;
  run.markerExists = run.write.names.has(RUN_MARKER.toLowerCase());
}
