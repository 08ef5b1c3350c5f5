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

/**
 * Why one sheet was taken for the customer sheet over others that could have
 * been it (said in the run summary, worded by src/core/i18n/customer-choice-text.ts).
 */
export interface CustomerSheetChoice {
  chosen: string;
  /** The sheets passed over: each has only columns the chosen one has too. */
  over: string[];
  /** Why, as a choice.* label: the chosen sheet recognises every column of each one passed over, and more. */
  code: 'moreColumns';
  /** How many columns each sheet recognises: the chosen one, and those passed over in the order of `over`. */
  args: { columns: number; overColumns: number[] };
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
