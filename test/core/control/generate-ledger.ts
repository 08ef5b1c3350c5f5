import type { CellValue } from '../../../src/core/cells/cell';
import { Rng } from '../../../scripts/sample/prng';

/** Which columns a generated receivables sheet has besides key, document number, document date, due date and amount. */
export type LedgerShape = 'paid' | 'open' | 'both';

export interface GeneratedLedger {
  asOf: number;
  /** Customer keys as the customer sheet has them (upper case; the ledger writes some in lower case or padded). */
  customers: string[];
  /** Credit terms in days per customer; null: none (the scorecard's credit months apply). */
  termsDays: (number | null)[];
  creditMonths: number;
  /** Sheet columns, one array per column, row 0 = first data row. */
  columns: {
    key: CellValue[];
    documentNumber: CellValue[];
    date: CellValue[];
    dueDate: CellValue[];
    amount: CellValue[];
    openAmount?: CellValue[];
    paidDate?: CellValue[];
    paidAmount?: CellValue[];
  };
  /** Per customer: the limits and orders the status needs (NaN: not a number in the cell). */
  approvedLimit: Float64Array;
  recommendedLimit: Float64Array;
  openOrders: Float64Array;
  recentSales: Float64Array;
}

/** Days past due that sit on every bucket edge of the default rules, and either side of it. */
export const EDGE_DAYS = [-5, 0, 1, 30, 31, 60, 61, 90, 91, 180, 181, 400];

const iso = (serial: number) => new Date((serial - 25569) * 86400000).toISOString().slice(0, 10);
const cents = (x: number) => Math.round(x * 100) / 100;
/** "12,345.60": an amount typed as text with thousands separators. */
const asText = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * A receivables ledger with what real ones hold: partial payments (with and
 * without a paid date), credit notes (negative amounts, some applied),
 * documents after the as-of date, blank due dates (customers with and without
 * terms), unknown customers, a document listed twice, dates and amounts as
 * text, date cells with a time of day, payments after the as-of date, paid
 * dates on both edges of the 365-day window, and a document on every bucket
 * edge. Every cell is readable: bad cells are the bad-input tests' business.
 */
export function generateLedger(seed: number, shape: LedgerShape, customerCount = 40, rows = 1500): GeneratedLedger {
  const rng = new Rng(seed);
  const asOf = 46200 + rng.int(0, 300);
  const customers = Array.from({ length: customerCount }, (_, i) => `K${String(i).padStart(3, '0')}`);
  const termsDays = customers.map(() => (rng.chance(0.5) ? rng.pick([0, 15, 30, 45, 75]) : null));
  const creditMonths = rng.pick([1, 1.5, 2]);
  const key: CellValue[] = [];
  const documentNumber: CellValue[] = [];
  const date: CellValue[] = [];
  const dueDate: CellValue[] = [];
  const amount: CellValue[] = [];
  const openAmount: CellValue[] = [];
  const paidDate: CellValue[] = [];
  const paidAmount: CellValue[] = [];
  const push = (row: { key: CellValue; doc: number; due: number | null; amount: number; paid?: number; paidAmount?: number; open?: number | null }) => {
    key.push(row.key);
    documentNumber.push(rng.chance(0.2) ? 10000 + documentNumber.length : `INV-${documentNumber.length}`);
    date.push(rng.chance(0.05) ? iso(row.doc) : rng.chance(0.05) ? row.doc + 0.6 : row.doc);
    dueDate.push(row.due === null ? null : rng.chance(0.05) ? iso(row.due) : row.due);
    amount.push(rng.chance(0.04) ? asText(row.amount) : row.amount);
    paidDate.push(row.paid === undefined ? null : rng.chance(0.05) ? iso(row.paid) : row.paid);
    paidAmount.push(row.paidAmount === undefined ? null : row.paidAmount);
    openAmount.push(row.open === undefined ? null : row.open);
  };
  const someKey = (c: number) => (rng.chance(0.1) ? customers[c]!.toLowerCase() : rng.chance(0.05) ? ` ${customers[c]} ` : customers[c]!);
  // What is open on the as-of date, as an ERP's balance column would say (some left blank: the paid columns then decide).
  const openCell = (amt: number, paid: number | undefined, paidAmt: number | undefined) => {
    if (rng.chance(0.2)) return null;
    if (paid !== undefined && paid > asOf) return amt;
    if (paidAmt !== undefined) return cents(amt - paidAmt);
    return paid !== undefined ? 0 : amt;
  };

  // Every bucket edge, unpaid, for a customer each.
  for (const days of EDGE_DAYS) {
    const c = rng.int(0, customerCount - 1);
    const amt = cents(rng.range(100, 5000));
    push({ key: customers[c]!, doc: asOf - days - 30, due: asOf - days, amount: amt, open: shape === 'paid' ? undefined : amt });
  }
  // Paid on the edges of the 365-day window, and on the as-of date.
  for (const back of [0, 364, 365]) {
    const c = rng.int(0, customerCount - 1);
    const paid = asOf - back;
    push({ key: customers[c]!, doc: paid - 40, due: paid - 10, amount: 1000, paid, open: shape === 'paid' ? undefined : 0 });
  }
  for (let r = 0; r < rows; r++) {
    const unknown = rng.chance(0.04);
    const c = rng.int(0, customerCount - 1);
    const doc = rng.chance(0.03) ? asOf + rng.int(1, 20) : asOf - rng.int(0, 500);
    const due = rng.chance(0.1) ? null : doc + rng.pick([0, 15, 30, 45, 60, 90]);
    const dueDay = due ?? doc + 30;
    const credit = rng.chance(0.1);
    const amt = cents((credit ? -1 : 1) * rng.range(1, 50000));
    let paid: number | undefined;
    let paidAmt: number | undefined;
    const roll = rng.next();
    // Every fourth customer pays on time: its statuses are OK or near the limit, not on hold.
    if (c % 4 === 0 && !unknown) paid = dueDay - rng.int(0, 10) <= asOf ? dueDay - rng.int(0, 10) : undefined;
    else if (roll < 0.45) paid = dueDay + rng.int(-30, 90);
    else if (roll < 0.55) {
      paid = dueDay + rng.int(-30, 90);
      paidAmt = cents(amt * rng.pick([0.25, 0.5, 1]));
    } else if (roll < 0.6) paidAmt = cents(amt * 0.4); // a partial payment without a date
    const open = shape === 'paid' ? undefined : openCell(amt, paid, paidAmt);
    push({ key: unknown ? `Z${c}` : someKey(c), doc, due, amount: amt, ...(paid !== undefined ? { paid } : {}), ...(paidAmt !== undefined ? { paidAmount: paidAmt } : {}), ...(open !== undefined ? { open } : {}) });
  }
  // A document listed twice for its customer (the later row does not count).
  const again = rng.int(EDGE_DAYS.length, key.length - 1);
  key.push(key[again]!);
  documentNumber.push(documentNumber[again]!);
  date.push(date[again]!);
  dueDate.push(dueDate[again]!);
  amount.push(amount[again]!);
  paidDate.push(paidDate[again]!);
  paidAmount.push(paidAmount[again]!);
  openAmount.push(openAmount[again]!);

  const approvedLimit = new Float64Array(customerCount);
  const recommendedLimit = new Float64Array(customerCount);
  const openOrders = new Float64Array(customerCount);
  const recentSales = new Float64Array(customerCount);
  for (let c = 0; c < customerCount; c++) {
    approvedLimit[c] = rng.chance(0.3) ? NaN : rng.pick([0, 50000, 100000, 200000, 400000, 1000000, 3000000]);
    recommendedLimit[c] = rng.chance(0.2) ? NaN : rng.pick([0, 100000, 300000]);
    openOrders[c] = rng.chance(0.4) ? NaN : cents(rng.range(0, 80000));
    recentSales[c] = rng.chance(0.15) ? rng.pick([0, -500]) : cents(rng.range(1000, 300000));
  }
  const columns: GeneratedLedger['columns'] = { key, documentNumber, date, dueDate, amount };
  if (shape !== 'paid') columns.openAmount = openAmount;
  // The open-amount ledger has no paid amounts: its balances say what is left.
  columns.paidDate = paidDate;
  if (shape !== 'open') columns.paidAmount = paidAmount;
  return { asOf, customers, termsDays, creditMonths, columns, approvedLimit, recommendedLimit, openOrders, recentSales };
}
