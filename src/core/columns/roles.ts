/** Column roles the add-in recognises by header (synonyms in columns/synonyms.ts). */
export type Role =
  | 'customerId'
  | 'customerName'
  | 'date'
  | 'amount'
  | 'quantity'
  | 'unitPrice';

/** User overrides: sheet names and, per role, a header text or a column letter. */
export interface SourceOverrides {
  customerSheet?: string;
  salesSheet?: string;
  customerColumns?: Partial<Record<Role, string>>;
  salesColumns?: Partial<Record<Role, string>>;
}
