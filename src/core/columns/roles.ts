/** Column roles the add-in recognises by header (synonyms in columns/synonyms.ts). */
export type SalesRole = 'customerId' | 'customerName' | 'date' | 'amount' | 'quantity' | 'unitPrice';

/**
 * Financial statement figures (domain brief §4), and the period a statement
 * row is of: the one list of them, in the order the credit step reads them.
 */
export const STATEMENT_ROLES = [
  'quickAssets', 'currentAssets', 'inventories', 'currentLiabilities', 'totalLiabilities', 'totalAssets',
  'openingTotalAssets', 'closingTotalAssets', 'salesRevenue', 'netProfit', 'period',
] as const;
export type StatementRole = (typeof STATEMENT_ROLES)[number];

/** The eleven management and standing factors rated 1–5 by the salesperson. */
export const FACTORS = [
  'principal', 'scale', 'salesAbility', 'knowHow', 'capitalGrowth', 'profitTrend',
  'employeeComplaints', 'supplierEvaluation', 'bankCredit', 'peerStanding', 'industryOutlook',
] as const;
export type Factor = (typeof FACTORS)[number];
export type FactorRole = `rating:${Factor}`;

/** Customer profile columns printed on the forms (domain brief §2, §7). */
export type ProfileRole =
  | 'address' | 'phone' | 'industry' | 'principalName' | 'capital' | 'employees' | 'annualRevenue'
  | 'bankAccount' | 'taxNumber' | 'paymentRecord' | 'outstanding';
export const PROFILE_ROLES: readonly ProfileRole[] = [
  'address', 'phone', 'industry', 'principalName', 'capital', 'employees', 'annualRevenue', 'bankAccount', 'taxNumber', 'paymentRecord', 'outstanding',
];

/**
 * Columns of a receivables ledger (issue 12, credit control). Its document
 * date and amount are the `date` and `amount` roles, as on a sales sheet, so
 * an invoice list with due dates can serve as the sales ledger too.
 */
export type ReceivableRole = 'documentNumber' | 'dueDate' | 'openAmount' | 'paidDate' | 'paidAmount';
export const RECEIVABLE_ROLES: readonly ReceivableRole[] = ['documentNumber', 'dueDate', 'openAmount', 'paidDate', 'paidAmount'];

/** Credit-control inputs the user keeps on the customer sheet (read, never written). */
export type ControlCustomerRole = 'approvedLimit' | 'openOrders' | 'creditTermsDays';
export const CONTROL_CUSTOMER_ROLES: readonly ControlCustomerRole[] = ['approvedLimit', 'openOrders', 'creditTermsDays'];

export type Role = SalesRole | StatementRole | FactorRole | ProfileRole | ReceivableRole | ControlCustomerRole;

/** User overrides: sheet names and, per role, a header text or a column letter. */
export interface SourceOverrides {
  customerSheet?: string;
  salesSheet?: string;
  financialsSheet?: string;
  customerColumns?: Partial<Record<Role, string>>;
  salesColumns?: Partial<Record<Role, string>>;
  /** The receivables ledger of the credit-control step (src/core/control/receivables-sheet.ts). */
  receivablesSheet?: string;
  receivablesColumns?: Partial<Record<Role, string>>;
}

/** Every sales role, as a record so that the compiler keeps it complete. */
const SALES_ROLES: Record<SalesRole, true> = {
  customerId: true, customerName: true, date: true, amount: true, quantity: true, unitPrice: true,
};

/** True for a role name such as `totalAssets`, `rating:bankCredit` or `address`. */
export function isRole(text: string): text is Role {
  if (Object.hasOwn(SALES_ROLES, text) || (STATEMENT_ROLES as readonly string[]).includes(text)) return true;
  if ((PROFILE_ROLES as readonly string[]).includes(text)) return true;
  if ((RECEIVABLE_ROLES as readonly string[]).includes(text) || (CONTROL_CUSTOMER_ROLES as readonly string[]).includes(text)) return true;
  return text.startsWith('rating:') && (FACTORS as readonly string[]).includes(text.slice('rating:'.length));
}
