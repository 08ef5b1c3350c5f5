import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_STEPS, runSteps, type StepsRequest, type StepsSummary } from '../../src/app/run-steps';
import type { CellValue } from '../../src/core/cells/cell';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import type { WorkbookPort } from '../../src/ports/workbook-port';
import { openWorkbook } from '../../src/ports/xlsx/open-workbook';
import { NODE_CODEC, workbookBytes } from '../../src/ports/xlsx/package-file';
import { createPackagePort } from '../../src/ports/xlsx/package-port';
import type { XlsxWorkbook } from '../../src/ports/xlsx/xlsx-workbook';
import { changedParts } from './package-diff';

/** The bundled sample workbook (samples/credit-desk-sample.xlsx). */
export const SAMPLE = join(__dirname, '..', '..', 'samples', 'credit-desk-sample.xlsx');

/** The sample's bytes, as the command line reads them. */
export function sampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SAMPLE));
}

/** The command line's default run: tiers and credit, with the default tier options. */
export function defaultRequest(): StepsRequest {
  return { steps: DEFAULT_STEPS, options: defaultTierOptions() };
}

/** A workbook file opened by the package port (the port the command line and the preview ship). */
export interface OpenedFile {
  /** The file's bytes, as the port read them. */
  input: Uint8Array;
  book: XlsxWorkbook;
  port: WorkbookPort;
}

/**
 * The test's workbook as a file brings it: an ExcelJS-built workbook is
 * written to .xlsx bytes (bytes are taken as they are), then opened by the
 * package port.
 */
export async function openThroughFile(source: ExcelJS.Workbook | Uint8Array): Promise<OpenedFile> {
  const input = source instanceof Uint8Array ? source : new Uint8Array(await source.xlsx.writeBuffer());
  const book = openWorkbook(input, 'test.xlsx', NODE_CODEC);
  return { input, book, port: createPackagePort(book) };
}

/** .xlsx bytes read by ExcelJS, the tests' independent reader. */
export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export interface FileRun {
  summary: StepsSummary;
  /** The output file read back by ExcelJS, for the test's assertions. */
  wb: ExcelJS.Workbook;
  /** The output file's bytes (a later run, or a package-level comparison, starts from these). */
  bytes: Uint8Array;
}

/**
 * Runs the steps as the command line does: the workbook as a file, through
 * the package port, and the output file back. Default: tiers and credit.
 */
export async function runThroughFile(source: ExcelJS.Workbook | Uint8Array, request: StepsRequest = defaultRequest()): Promise<FileRun> {
  const file = await openThroughFile(source);
  const summary = await runSteps(file.port, request);
  const bytes = await workbookBytes(file.book);
  return { summary, wb: await readBack(bytes), bytes };
}

export interface FailedRun {
  /** What the run threw. */
  error: unknown;
  /** Parts of the file the failed run changed in the port's workbook ("part: status"); [] when it wrote nothing. */
  changed: string[];
}

/** Runs the steps as runThroughFile does, for a run that must fail: what it threw, and what it changed. */
export async function failThroughFile(source: ExcelJS.Workbook | Uint8Array, request: StepsRequest = defaultRequest()): Promise<FailedRun> {
  const file = await openThroughFile(source);
  let summary: StepsSummary;
  try {
    summary = await runSteps(file.port, request);
  } catch (error) {
    return { error, changed: changedParts(file.input, await workbookBytes(file.book)) };
  }
  throw new Error(`The run was expected to fail, but succeeded: ${JSON.stringify(summary.problems.slice(0, 3))}`);
}

export type Grid = (string | number | null | Date | { error: string })[][];

export interface SheetSpec {
  name: string;
  rows: Grid;
  /** First row of `rows` on the sheet (1-based); default 1. */
  startRow?: number;
  /** Make the rows an Excel table whose header is the first row. */
  table?: string;
}

/** An ExcelJS workbook from plain arrays (first row of a table spec is its header). */
export function makeWorkbook(sheets: SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    const start = spec.startRow ?? 1;
    if (spec.table) {
      const [header, ...body] = spec.rows;
      ws.addTable({
        name: spec.table,
        ref: `A${start}`,
        headerRow: true,
        columns: header!.map((h) => ({ name: String(h) })),
        rows: body.length > 0 ? body : [header!.map(() => null)],
      });
      continue;
    }
    spec.rows.forEach((row, i) => row.forEach((v, j) => {
      if (v !== null) ws.getCell(start + i, j + 1).value = v as ExcelJS.CellValue;
    }));
  }
  return wb;
}

/** Writes and reads back a workbook, as a file on disk would go. */
export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

export interface CellSnapshot {
  value: unknown;
  numFmt: string | undefined;
}

/** Every non-empty cell as "Sheet!A1" -> value and number format, plus names, tables and conditional formats. */
export function snapshot(wb: ExcelJS.Workbook): {
  cells: Map<string, CellSnapshot>;
  names: unknown;
  tables: unknown;
  conditional: unknown;
  sheets: string[];
} {
  const cells = new Map<string, CellSnapshot>();
  const tables: Record<string, unknown> = {};
  const conditional: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.value === null || cell.value === undefined) return;
      cells.set(`${ws.name}!${cell.address}`, { value: JSON.parse(JSON.stringify(cell.value)), numFmt: cell.numFmt });
    }));
    for (const t of ws.getTables()) {
      const m = (t as unknown as { table: { name: string; tableRef: string; columns: { name: string }[] } }).table;
      tables[m.name] = { ref: m.tableRef, columns: m.columns.map((c) => c.name) };
    }
    conditional[ws.name] = JSON.parse(JSON.stringify((ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? []));
  }
  const names = (wb.definedNames as unknown as { model: unknown }).model;
  return { cells, names: JSON.parse(JSON.stringify(names)), tables, conditional, sheets: wb.worksheets.map((w) => w.name) };
}

/** Plain values of a column below a header cell, for assertions. */
export function columnBelow(wb: ExcelJS.Workbook, sheet: string, header: string, headerRow = 1): CellValue[] {
  const ws = wb.getWorksheet(sheet)!;
  const row = ws.getRow(headerRow);
  let col = -1;
  row.eachCell((cell, c) => {
    if (cell.value === header) col = c;
  });
  if (col < 0) throw new Error(`No header "${header}" on row ${headerRow} of ${sheet}`);
  const out: CellValue[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) out.push((ws.getCell(r, col).value as CellValue) ?? null);
  return out;
}
