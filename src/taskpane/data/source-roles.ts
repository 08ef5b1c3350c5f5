import type { SourceView } from '../../app/describe-sources';
import { columnIndex } from '../../core/cells/address';
import type { Role, SalesRole } from '../../core/columns/roles';

/** Every role the tiering reads on the sales sheet: shown even when not found, so it can be chosen. */
export const SALES_ROLES: readonly SalesRole[] = ['customerId', 'customerName', 'date', 'amount', 'quantity', 'unitPrice'];
/** The key roles of the customer sheet, shown even when not found. */
export const CUSTOMER_KEY_ROLES: readonly Role[] = ['customerId', 'customerName'];

/** The given roles, then every other role recognised on the sheet, in the sheet's column order. */
export function rolesToShow(view: SourceView, always: readonly Role[]): Role[] {
  const others = (Object.keys(view.columns) as Role[])
    .filter((role) => !always.includes(role))
    .sort((a, b) => columnIndex(view.columns[a]!.letter) - columnIndex(view.columns[b]!.letter));
  return [...always, ...others];
}
