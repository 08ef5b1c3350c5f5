import { columnLetter } from '../core/cells/address';
import type { Language, SheetLayout } from '../core/columns/layout';
import type { Role, SourceOverrides } from '../core/columns/roles';
import type { WorkbookPort } from '../ports/workbook-port';
import { buildLayout } from '../core/columns/recognize';
import { findHeaderRow } from '../core/columns/header-row';
import { probeWorkbook, recognizeWorkbook } from './read-sources';

/** A recognised sheet as the pane's Data section shows it. */
export interface SourceView {
  sheet: string;
  /** 1-based, as Excel shows it. */
  headerRow: number;
  table: string | null;
  /** Recognised columns: role -> letter and header text. */
  columns: Partial<Record<Role, { letter: string; header: string }>>;
  /** Every header of the row, for the drop-downs that change a column. */
  headers: { letter: string; header: string }[];
  language: Language;
}

export interface SourcesView {
  sheets: string[];
  sales: SourceView;
  /** Null: the customer list will be made from the sales rows. */
  customers: SourceView | null;
  financials: SourceView | null;
}

/** A sheet of the workbook and its header row as recognition finds it (null: no row names a customer ID or name). */
export interface SheetHeaders {
  sheet: string;
  view: SourceView | null;
}

function view(layout: SheetLayout): SourceView {
  const columns: SourceView['columns'] = {};
  for (const [role, col] of Object.entries(layout.columns) as [Role, number][]) {
    columns[role] = { letter: columnLetter(col), header: layout.headers[col] ?? '' };
  }
  return {
    sheet: layout.sheet,
    headerRow: layout.headerRow + 1,
    table: layout.table?.name ?? null,
    columns,
    headers: layout.headers.flatMap((header, col) => (header ? [{ letter: columnLetter(col), header }] : [])),
    language: layout.language,
  };
}

/** What the add-in recognised (or was told) without running anything: for the pane's Data section. */
export async function describeSources(port: WorkbookPort, overrides?: SourceOverrides): Promise<SourcesView> {
  const { sheets, recognition } = await recognizeWorkbook(port, overrides);
  return {
    sheets: sheets.map((s) => s.name),
    sales: view(recognition.sales),
    customers: recognition.customers ? view(recognition.customers) : null,
    financials: recognition.financials ? view(recognition.financials) : null,
  };
}

/**
 * Every sheet, in tab order, with the columns recognised on its header row,
 * whatever the sheets are used for: what the pane's Data section offers to
 * choose from when recognition fails and there is no reading to show.
 */
export async function describeSheets(port: WorkbookPort): Promise<SheetHeaders[]> {
  const { sheets, input } = await probeWorkbook(port);
  return sheets.map((info, i) => {
    const probe = input.probes[i] ?? [];
    const header = findHeaderRow(probe, input.ownedColumns.get(info.name) ?? new Set());
    return { sheet: info.name, view: header ? view(buildLayout({ info, probe, header }, undefined)) : null };
  });
}
