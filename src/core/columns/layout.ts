import type { Role } from './roles';

export type Language = 'en' | 'zh-Hant' | 'zh-Hans';
/** Every language, in the order the pane offers them for the forms. */
export const LANGUAGES: readonly Language[] = ['zh-Hant', 'zh-Hans', 'en'];

/** Where a recognised table of data sits on a sheet. Indexes are 0-based. */
export interface SheetLayout {
  sheet: string;
  headerRow: number;
  firstDataRow: number;
  /** Last data row, inclusive (headerRow when there is no data). */
  lastRow: number;
  /** Header text per column index of the header row ('' where blank). */
  headers: string[];
  columns: Partial<Record<Role, number>>;
  /** Roles named by more than one column (left out of `columns`): a step that needs one refuses. */
  ambiguous: Partial<Record<Role, number[]>>;
  /** Set when the header row is an Excel table's header row. */
  table?: { name: string; firstCol: number; lastCol: number };
  language: Language;
}

/** Why one sheet was taken for the customer sheet over others that could have been it (said in the run summary). */
export interface CustomerSheetChoice {
  chosen: string;
  /** The sheets passed over: each has only columns the chosen one has too. */
  over: string[];
  /** In English (the command line and --json). */
  reason: string;
}

/** Sheets and columns chosen for a run. `customers` is null when the workbook has no customer sheet. */
export interface Recognition {
  sales: SheetLayout;
  customers: SheetLayout | null;
  /** A separate sheet of statement figures and ratings keyed by customer (null: they are on the customer sheet, if anywhere). */
  financials: SheetLayout | null;
  /** The role that joins sales rows to customers. */
  keyRole: 'customerId' | 'customerName';
  /** Set when the customer sheet was chosen over partial copies of it. */
  customerChoice?: CustomerSheetChoice;
}
