import type { Language } from '../columns/layout';
import { FACTORS, type ControlCustomerRole, type Factor, type ProfileRole, type ReceivableRole, type Role, type SalesRole, type StatementRole } from '../columns/roles';
import { label, labelWith, type LabelId } from './labels';

const SALES: Record<SalesRole, LabelId> = {
  customerId: 'col.customerId',
  customerName: 'col.customerName',
  date: 'pane.role.date',
  amount: 'pane.role.amount',
  quantity: 'pane.role.quantity',
  unitPrice: 'pane.role.unitPrice',
};

/** Each statement column's name (also the header the pane suggests for it). */
export const STATEMENT_LABEL: Record<StatementRole, LabelId> = {
  quickAssets: 'pane.role.quickAssets',
  currentAssets: 'pane.role.currentAssets',
  inventories: 'pane.role.inventories',
  currentLiabilities: 'pane.role.currentLiabilities',
  totalLiabilities: 'pane.role.totalLiabilities',
  totalAssets: 'pane.role.totalAssets',
  openingTotalAssets: 'pane.role.openingTotalAssets',
  closingTotalAssets: 'pane.role.closingTotalAssets',
  salesRevenue: 'pane.role.salesRevenue',
  netProfit: 'pane.role.netProfit',
  period: 'pane.role.period',
};

const PROFILE: Record<ProfileRole, LabelId> = {
  address: 'form.address',
  phone: 'form.phone',
  industry: 'form.industry',
  principalName: 'form.principal',
  capital: 'form.capital',
  employees: 'form.employees',
  annualRevenue: 'form.annualRevenue',
  bankAccount: 'form.bank',
  taxNumber: 'form.tax',
  paymentRecord: 'form.payment',
  outstanding: 'form.outstanding',
};

/** The credit-control columns: of the receivables ledger and of the customer sheet. */
const CONTROL: Record<ReceivableRole | ControlCustomerRole, LabelId> = {
  documentNumber: 'pane.role.documentNumber',
  dueDate: 'pane.role.dueDate',
  openAmount: 'pane.role.openAmount',
  paidDate: 'pane.role.paidDate',
  paidAmount: 'pane.role.paidAmount',
  approvedLimit: 'pane.role.approvedLimit',
  openOrders: 'pane.role.openOrders',
  creditTermsDays: 'pane.role.creditTermsDays',
};

const ROLE_LABEL: Record<string, LabelId> = { ...SALES, ...STATEMENT_LABEL, ...PROFILE, ...CONTROL };
const RATING_PREFIX = 'rating:';

/** What a column role holds, as the Data section names it; a rating is named by its factor. */
export function roleLabel(role: Role, language: Language): string {
  if (role.startsWith(RATING_PREFIX)) {
    const factor = role.slice(RATING_PREFIX.length) as Factor;
    if ((FACTORS as readonly string[]).includes(factor)) return labelWith('pane.missing.rating', language, { factor: label(`factor.${factor}`, language) });
  }
  const id = ROLE_LABEL[role];
  if (id === undefined) throw new Error(`No label for the column role ${role}.`);
  return label(id, language);
}
