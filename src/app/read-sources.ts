import type { CellValue } from '../core/cells/cell';
import { HEADER_PROBE_ROWS } from '../core/columns/header-row';
import type { SheetLayout } from '../core/columns/layout';
import { recognize, type RecognizeInput } from '../core/columns/recognize';
import type { Recognition } from '../core/columns/layout';
import type { SourceOverrides } from '../core/columns/roles';
import { isFormMarker, isFormTitle } from '../core/forms/form-marker';
import { isFormSeal } from '../core/forms/form-seal';
import { MARKER_PREFIX } from '../core/plan/owned-columns';
import type { Problem } from '../core/problems';
import { DERIVED_MARKER } from '../core/tiers/derived-customers';
import type { SalesColumns } from '../core/tiers/net-sales';
import { listValues, summaryRows } from '../core/tiers/summary-rows';
import type { NamedCell, SheetInfo } from '../core/workbook-shape';
import type { WorkbookPort } from '../ports/workbook-port';

export interface WorkbookView {
  sheets: SheetInfo[];
  markers: NamedCell[];
  recognition: Recognition;
  /** What recognition looked at (the header probes): the control step finds the receivables sheet in it. */
  input: RecognizeInput;
}

/** Lists the sheets and the add-in's markers and probes the first rows of each sheet: what recognition looks at. */
export async function probeWorkbook(port: WorkbookPort, overrides?: SourceOverrides): Promise<Omit<WorkbookView, 'recognition'>> {
  const sheets = await port.listSheets();
  const markers = await port.readNames(MARKER_PREFIX);
  const probed = sheets.filter((s) => s.rowCount > 0 && s.columnCount > 0);
  const blocks = await port.readBlocks(
    probed.map((s) => ({ sheet: s.name, row: 0, col: 0, rows: Math.min(HEADER_PROBE_ROWS, s.rowCount), cols: s.columnCount })),
  );
  const probes: CellValue[][][] = sheets.map((s) => blocks[probed.indexOf(s)] ?? []);
  const ownedColumns = new Map<string, Set<number>>();
  const ownSheets = new Set<string>();
  for (const m of markers) {
    if (m.name.toLowerCase() === DERIVED_MARKER.toLowerCase() || isFormMarker(m.name) || isFormSeal(m.name)) ownSheets.add(m.sheet);
    else ownedColumns.set(m.sheet, (ownedColumns.get(m.sheet) ?? new Set()).add(m.col));
  }
  sheets.forEach((s, i) => {
    if (isFormTitle(probes[i]?.[0]?.[0])) ownSheets.add(s.name);
  });
  const input: RecognizeInput = { sheets, probes, ownedColumns, ownSheets, ...(overrides ? { overrides } : {}) };
  return { sheets, markers, input };
}

/** Probes the workbook (probeWorkbook) and recognises the sources. */
export async function recognizeWorkbook(port: WorkbookPort, overrides?: SourceOverrides): Promise<WorkbookView> {
  const probed = await probeWorkbook(port, overrides);
  return { ...probed, recognition: recognize(probed.input) };
}

/** The sales rows as read: the columns (a summary row between sales read as a blank row), the layout (its last row before any summary row at the bottom), and the summary rows found. */
export interface SalesRead {
  columns: SalesColumns;
  layout: SheetLayout;
  problems: Problem[];
}

/**
 * Reads the sales columns the tiering needs (and nothing else) in one request
 * to the port. Summary rows ("Total", "小計") are not sales: one at the bottom
 * ends the list on the row above, one between sales is read as a blank row;
 * each is reported.
 */
export async function readSalesColumns(port: WorkbookPort, layout: SheetLayout, keyRole: 'customerId' | 'customerName'): Promise<SalesRead> {
  const c = layout.columns;
  const labelRole = keyRole === 'customerId' ? c.customerName : undefined;
  const wanted = {
    key: c[keyRole],
    label: labelRole,
    amount: c.amount,
    quantity: c.amount === undefined ? c.quantity : undefined,
    unitPrice: c.amount === undefined ? c.unitPrice : undefined,
    date: c.date,
  };
  const entries = Object.entries(wanted).filter((e): e is [string, number] => e[1] !== undefined);
  const rows = layout.lastRow - layout.firstDataRow + 1;
  const values = rows > 0
    ? await port.readColumns({ sheet: layout.sheet, firstRow: layout.firstDataRow, rows, cols: entries.map((e) => e[1]) })
    : entries.map(() => []);
  const read = entries.map(([, col], i) => ({ col, values: values[i] ?? [] }));
  const summary = summaryRows(layout.sheet, layout.firstDataRow, read[0]!, read.slice(1));
  const cols: Record<string, { col: number; values: CellValue[] }> = {};
  entries.forEach(([name, col], i) => (cols[name] = { col, values: summary.problems.length > 0 ? listValues(read[i]!.values, summary) : read[i]!.values }));
  return {
    columns: { sheet: layout.sheet, firstRow: layout.firstDataRow, key: cols.key!, ...cols } as SalesColumns,
    layout: summary.problems.length > 0 ? { ...layout, lastRow: layout.firstDataRow + summary.keep - 1 } : layout,
    problems: summary.problems,
  };
}
