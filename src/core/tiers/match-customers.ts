import { isBlank, type CellValue } from '../cells/cell';
import { cellAddress } from '../cells/address';
import { normalizeKey } from '../cells/normalize';
import { problemAt } from '../i18n/problem-text';
import type { Problem } from '../problems';
import { keyProblem, type NetSales } from './net-sales';

/** The customer sheet's key column (and one other identifying column, to tell a blank key from a blank row). */
export interface CustomerColumns {
  sheet: string;
  firstRow: number;
  key: { col: number; values: CellValue[] };
  other?: { col: number; values: CellValue[] };
}

export interface CustomerMatch {
  /** Normalised key per customer-sheet row; null for blank and duplicate rows (they get no results). */
  rowKeys: (string | null)[];
  /** Distinct customers in sheet order. */
  keys: string[];
  duplicateKeys: string[];
  unknown: { rows: number; amount: number; keys: string[] };
  problems: Problem[];
}

/**
 * Joins the sales totals to the customer sheet. Blank keys, error values in
 * key cells (never customers), duplicate keys and sales rows of customers
 * that are not on the sheet are reported by cell.
 */
export function matchCustomers(customers: CustomerColumns, net: NetSales, salesSheet: string, salesKeyCol: number): CustomerMatch {
  const problems: Problem[] = [];
  const firstRowOf = new Map<string, number>();
  const duplicateKeys = new Set<string>();
  // Customer-sheet keys that the sales rows have: resolved through the sales' index, and matched by it.
  const matched = new Uint8Array(net.customers.keys.length);
  const rowKeys = customers.key.values.map((raw, i) => {
    const row = customers.firstRow + i;
    const sold = net.customers.find(raw);
    const key = sold >= 0 ? net.customers.keys[sold]! : normalizeKey(raw);
    if (key === null) {
      const bad = keyProblem(raw, 'noResults');
      if (bad) problems.push(problemAt(customers.sheet, cellAddress(row, customers.key.col), bad.code, bad.args));
      else if (customers.other && !isBlank(customers.other.values[i] ?? null)) {
        problems.push(problemAt(customers.sheet, cellAddress(row, customers.key.col), 'blankKeyRow'));
      }
      return null;
    }
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      duplicateKeys.add(String(raw).trim());
      problems.push(problemAt(customers.sheet, cellAddress(row, customers.key.col), 'duplicateKey', { key: JSON.stringify(raw), first: cellAddress(first, customers.key.col) }));
      return null;
    }
    firstRowOf.set(key, row);
    if (sold >= 0) matched[sold] = 1;
    return key;
  });

  const unknown = { rows: 0, amount: 0, keys: [] as string[] };
  for (const customer of net.counted) {
    if (matched[customer] === 1) continue;
    const key = net.customers.keys[customer]!;
    unknown.amount += net.byKey.get(key)!;
    unknown.keys.push(String(net.firstSeen[customer]?.key ?? key).trim());
  }
  if (unknown.keys.length > 0) {
    const { rowCustomers } = net;
    for (let i = 0; i < rowCustomers.length; i++) {
      const customer = rowCustomers[i]!;
      if (customer < 0 || matched[customer] === 1) continue;
      const shown = JSON.stringify(net.firstSeen[customer]?.key);
      unknown.rows++;
      problems.push(problemAt(salesSheet, cellAddress(net.firstRow + i, salesKeyCol), 'unknownCustomer', { key: shown, sheet: customers.sheet }));
    }
  }
  return { rowKeys, keys: [...firstRowOf.keys()], duplicateKeys: [...duplicateKeys], unknown, problems };
}
