import { FORMULA_WITHOUT_VALUE, isBlank, type CellValue } from '../cells/cell';
import { cellAddress } from '../cells/address';
import { readNumber } from '../cells/normalize';
import { problemAt } from '../i18n/problem-text';
import type { Problem } from '../problems';
import type { CustomerIndex } from './ledger';

type Column = { col: number; values: CellValue[] };

/** The control columns the user keeps on the customer sheet, as read for its data rows (index 0 = first data row). */
export interface ControlCustomerColumns {
  sheet: string;
  firstRow: number;
  approvedLimit?: Column;
  openOrders?: Column;
  creditTermsDays?: Column;
}

/** Per customer index: NaN where the sheet has no usable number. */
export interface ControlCustomerInputs {
  /** A number only when the cell holds one: the formulas test ISNUMBER, so text ("1,000") is not a limit. */
  approvedLimit: Float64Array;
  /** Likewise (ISNUMBER in the exposure formula). */
  openOrders: Float64Array;
  /** Whole days ≥ 0 (fractions dropped); read by the run only, so text such as "30" counts. */
  termsDays: Float64Array;
  problems: Problem[];
}

/**
 * Reads the approved limits, open orders and credit terms of each customer
 * from its row (`rowKeys` as matchCustomers gives them: the first row of each
 * key). A cell that is not blank and not a usable number is reported with
 * what becomes of it: the recommended limit is used, the open orders count 0,
 * blank due dates use the scorecard's credit months.
 */
export function readControlInputs(cols: ControlCustomerColumns, rowKeys: readonly (string | null)[], customers: CustomerIndex): ControlCustomerInputs {
  const n = customers.size;
  const approvedLimit = new Float64Array(n).fill(NaN);
  const openOrders = new Float64Array(n).fill(NaN);
  const termsDays = new Float64Array(n).fill(NaN);
  const problems: Problem[] = [];
  const refuse = (c: Column, i: number, raw: CellValue, what: string, effect: string) => {
    const cell = cellAddress(cols.firstRow + i, c.col);
    problems.push(raw === FORMULA_WITHOUT_VALUE
      ? problemAt(cols.sheet, cell, 'formulaWithoutValue', { what, effect })
      : problemAt(cols.sheet, cell, 'controlInputText', { what, value: JSON.stringify(raw), effect }));
  };
  rowKeys.forEach((key, i) => {
    const c = key === null ? undefined : customers.get(key);
    if (c === undefined) return;
    if (cols.approvedLimit) {
      const raw = cols.approvedLimit.values[i] ?? null;
      if (typeof raw === 'number' && Number.isFinite(raw)) approvedLimit[c] = raw;
      else if (!isBlank(raw)) refuse(cols.approvedLimit, i, raw, 'approvedLimit', 'recommendedLimit');
    }
    if (cols.openOrders) {
      const raw = cols.openOrders.values[i] ?? null;
      if (typeof raw === 'number' && Number.isFinite(raw)) openOrders[c] = raw;
      else if (!isBlank(raw)) refuse(cols.openOrders, i, raw, 'openOrders', 'ordersZero');
    }
    if (cols.creditTermsDays) {
      const raw = cols.creditTermsDays.values[i] ?? null;
      if (isBlank(raw)) return;
      const r = readNumber(raw);
      if (r.ok && r.value >= 0 && r.value <= 36600) termsDays[c] = Math.floor(r.value);
      else refuse(cols.creditTermsDays, i, raw, 'creditTermsDays', 'termsScorecard');
    }
  });
  return { approvedLimit, openOrders, termsDays, problems };
}
