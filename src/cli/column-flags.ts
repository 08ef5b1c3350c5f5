import type { Role } from '../core/columns/roles';

/** The flags that choose one column of the customer or the sales sheet: flag → the overrides it sets and the role. */
export const COLUMN_FLAGS: Record<string, ['customerColumns' | 'salesColumns', Role]> = {
  'customer-id': ['customerColumns', 'customerId'],
  'customer-name': ['customerColumns', 'customerName'],
  'sales-id': ['salesColumns', 'customerId'],
  'sales-name': ['salesColumns', 'customerName'],
  'sales-date': ['salesColumns', 'date'],
  'sales-amount': ['salesColumns', 'amount'],
  'sales-qty': ['salesColumns', 'quantity'],
  'sales-price': ['salesColumns', 'unitPrice'],
};
