/** Column roles the add-in recognises by header (synonyms in columns/synonyms.ts). */
export type SalesRole = 'customerId' | 'customerName' | 'date' | 'amount' | 'quantity' | 'unitPrice';

/** Financial statement figures (domain brief §4). */
export type StatementRole =
  | 'quickAssets'
  | 'currentAssets'
  | 'inventories'
  | 'currentLiabilities'
  | 'totalLiabilities'
  | 'totalAssets'
  | 'openingTotalAssets'
  | 'closingTotalAssets'
  | 'salesRevenue'
  | 'netProfit'
  | 'period';

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

export type Role = SalesRole | StatementRole | FactorRole | ProfileRole;

/** User overrides: sheet names and, per role, a header text or a column letter. */
export interface SourceOverrides {
  customerSheet?: string;
  salesSheet?: string;
  financialsSheet?: string;
  customerColumns?: Partial<Record<Role, string>>;
  salesColumns?: Partial<Record<Role, string>>;
}

/** Every sales and statement role, as a record so that the compiler keeps it complete. */
const PLAIN_ROLES: Record<SalesRole | StatementRole, true> = {
  customerId: true, customerName: true, date: true, amount: true, quantity: true, unitPrice: true,
  quickAssets: true, currentAssets: true, inventories: true, currentLiabilities: true, totalLiabilities: true, totalAssets: true,
  openingTotalAssets: true, closingTotalAssets: true, salesRevenue: true, netProfit: true, period: true,
};

/** True for a role name such as `totalAssets`, `rating:bankCredit` or `address`. */
export function isRole(text: string): text is Role {
  if (Object.hasOwn(PLAIN_ROLES, text)) return true;
  if ((PROFILE_ROLES as readonly string[]).includes(text)) return true;
  return text.startsWith('rating:') && (FACTORS as readonly string[]).includes(text.slice('rating:'.length));
}
