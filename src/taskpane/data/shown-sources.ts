import type { SheetHeaders, SourceView, SourcesView } from '../../app/describe-sources';
import { normalizeHeader } from '../../core/cells/normalize';
import type { Role, SourceOverrides } from '../../core/columns/roles';

/** One sheet the add-in reads, as the Data section shows it. */
export interface ShownSource {
  /** The sheet in use (recognised or chosen; after a failed reading, chosen or last recognised), or null for none. */
  inUse: string | null;
  /** Its header row and columns; null when no sheet is in use, or when no row of it names a customer column. */
  view: SourceView | null;
}

/** What the Data section offers to change: the sheets of the workbook and the three sheets the add-in reads. */
export interface ShownSources {
  sheets: string[];
  /** True: as recognised; false: listed after recognition failed, for the user to choose by hand. */
  recognised: boolean;
  sales: ShownSource;
  customers: ShownSource;
  financials: ShownSource;
}

const shown = (view: SourceView | null): ShownSource => ({ inUse: view?.sheet ?? null, view });

export function recognisedSources(view: SourcesView): ShownSources {
  return { sheets: view.sheets, recognised: true, sales: shown(view.sales), customers: shown(view.customers), financials: shown(view.financials) };
}

/** A chosen column as recognition reads it (resolveColumn in src/core/columns/recognize.ts): a column letter, else a header text. */
function findColumn(view: SourceView, spec: string): SourceView['headers'][number] | undefined {
  const byLetter = /^[A-Za-z]{1,3}$/.test(spec) ? view.headers.find((h) => h.letter === spec.toUpperCase()) : undefined;
  return byLetter ?? view.headers.find((h) => normalizeHeader(h.header) === normalizeHeader(spec));
}

/** The columns of a sheet with the user's choices in place of what its headers name; a choice not on the sheet shows as not found. */
function withChosenColumns(view: SourceView, chosen: Partial<Record<Role, string>>): SourceView {
  const columns = { ...view.columns };
  for (const [role, spec] of Object.entries(chosen) as [Role, string][]) {
    const found = findColumn(view, spec);
    if (found) columns[role] = found;
    else delete columns[role];
  }
  return { ...view, columns };
}

/**
 * After recognition failed: each sheet as the user chose it, else as last
 * recognised (none on a first reading), with the headers it has now, so
 * that its columns can be chosen before anything is recognised.
 */
export function sourcesToChoose(sheets: readonly SheetHeaders[], overrides: SourceOverrides, last: SourcesView | null): ShownSources {
  const source = (chosen: string | undefined, lastSheet: string | undefined, columns: Partial<Record<Role, string>> = {}): ShownSource => {
    const inUse = chosen ?? lastSheet ?? null;
    const view = sheets.find((s) => s.sheet === inUse)?.view ?? null;
    return { inUse, view: view && withChosenColumns(view, columns) };
  };
  return {
    sheets: sheets.map((s) => s.sheet),
    recognised: false,
    sales: source(overrides.salesSheet, last?.sales.sheet, overrides.salesColumns),
    customers: source(overrides.customerSheet, last?.customers?.sheet, overrides.customerColumns),
    financials: source(overrides.financialsSheet, last?.financials?.sheet),
  };
}
