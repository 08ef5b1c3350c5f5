/**
 * The receivables ledger 應收帳款: an invoice per sales order (a credit note per
 * return) of the last 400 days for about two thirds of the trading customers,
 * paid as the customer's 付款情形 says, as of SAMPLE_AS_OF; and the approved
 * limits 核准額度 some customers have, a few of them below what is open.
 */
import { Rng, round2 } from './prng';
import { SAMPLE_AS_OF } from './layout';
import type { Customer, Invoice, SalesLine } from './types';

const DAY_MS = 86_400_000;
/** Invoices dated in the WINDOW_DAYS up to the as-of date (the export: open items and a year of paid ones). */
const WINDOW_DAYS = 400;
const SHARE_WITH_LEDGER = 0.65;
const SHARE_WITH_APPROVED_LIMIT = 0.55;
/** Customers with an approved limit below their open receivables (over the limit). */
const OVER_LIMIT_CUSTOMERS = 6;
const PARTIAL_RATE = 0.15;
/** An open credit note stays unapplied this long. */
const OPEN_CREDIT_DAYS = 60;

const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * DAY_MS);
const daysBetween = (a: Date, b: Date): number => Math.round((b.getTime() - a.getTime()) / DAY_MS);

interface Order {
  no: string;
  date: Date;
  amount: number;
}

/** Sales orders and returns per customer, from the ledger as generated (before the bad rows). */
function ordersByCustomer(lines: readonly SalesLine[], from: Date): Map<string, Order[]> {
  const byNo = new Map<string, { customer: string; order: Order }>();
  for (const l of lines) {
    if (typeof l.customerId !== 'string' || typeof l.amount !== 'number' || l.date <= from || l.date > SAMPLE_AS_OF) continue;
    const hit = byNo.get(l.orderNo);
    if (hit) hit.order.amount = round2(hit.order.amount + l.amount);
    else byNo.set(l.orderNo, { customer: l.customerId, order: { no: l.orderNo, date: l.date, amount: l.amount } });
  }
  const out = new Map<string, Order[]>();
  for (const { customer, order } of byNo.values()) {
    if (!out.has(customer)) out.set(customer, []);
    out.get(customer)!.push(order);
  }
  return out;
}

/** Days after the due date the customer pays (negative: early); null: not paid yet, however long. */
function delay(rng: Rng, payment: string | null): number | null {
  if (payment === '正常') return rng.int(-10, 4);
  if (payment === '經常延遲') return rng.chance(0.15) ? null : rng.int(10, 120);
  if (rng.chance(0.02)) return null; // 偶有延遲, or no record: now and then an invoice is left unpaid
  return rng.chance(0.6) ? rng.int(-6, 0) : rng.int(3, 45);
}

export interface SampleReceivables {
  invoices: Invoice[];
  /** 核准額度 per customer ID, for those that have one. */
  approvedLimits: Map<string, number>;
}

export function makeReceivables(rng: Rng, customers: readonly Customer[], lines: readonly SalesLine[]): SampleReceivables {
  const orders = ordersByCustomer(lines, addDays(SAMPLE_AS_OF, -WINDOW_DAYS));
  const invoices: Invoice[] = [];
  const open = new Map<string, number>();
  let partials = 0;
  let openCredits = 0;
  for (const c of customers) {
    const own = orders.get(c.id);
    if (!own || !rng.chance(SHARE_WITH_LEDGER)) continue;
    const terms = rng.pick([30, 30, 30, 45, 60]);
    own.sort((a, b) => a.date.getTime() - b.date.getTime() || (a.no < b.no ? -1 : 1));
    for (const o of own) {
      const credit = o.amount < 0;
      const invoice: Invoice = {
        customerId: c.id, customerName: c.name, number: o.no.replace(/^SO/, 'INV').replace(/^RT/, 'CN'),
        date: o.date, dueDate: addDays(o.date, credit ? 0 : terms), amount: o.amount, paidAmount: null, paidDate: null,
      };
      if (credit) {
        // A credit note is applied within a couple of months; a recent one is still open (it nets the customer's balance).
        if (daysBetween(o.date, SAMPLE_AS_OF) > OPEN_CREDIT_DAYS) invoice.paidDate = addDays(o.date, rng.int(3, 20));
      } else {
        const late = delay(rng, c.payment);
        const paid = late === null ? null : addDays(invoice.dueDate, late);
        if (paid !== null && paid <= SAMPLE_AS_OF) invoice.paidDate = paid;
        else {
          const overdue = daysBetween(invoice.dueDate, SAMPLE_AS_OF);
          if (overdue > 0 && rng.chance(PARTIAL_RATE)) {
            // Part paid some days after the due date, the rest open.
            invoice.paidAmount = Math.max(1, Math.round((o.amount * rng.range(0.3, 0.7)) / 100) * 100);
            invoice.paidDate = addDays(invoice.dueDate, rng.int(0, Math.min(overdue, 30)));
            partials++;
          }
        }
      }
      if (credit && invoice.paidDate === null) openCredits++;
      const balance = invoice.paidDate === null ? o.amount : invoice.paidAmount === null ? 0 : o.amount - invoice.paidAmount;
      open.set(c.id, round2((open.get(c.id) ?? 0) + balance));
      invoices.push(invoice);
    }
  }
  if (partials === 0 || openCredits === 0) throw new Error('sample receivables: the seed gave no partial payment or no open credit note');

  // Approved limits: above what is open for most, below it for a few (over the limit).
  const approvedLimits = new Map<string, number>();
  const withLedger = [...open.keys()];
  const over = new Set(rng.shuffle(withLedger.filter((id) => open.get(id)! > 100_000)).slice(0, OVER_LIMIT_CUSTOMERS));
  for (const id of withLedger) {
    const balance = Math.max(0, open.get(id)!);
    if (over.has(id)) approvedLimits.set(id, Math.floor((balance * rng.range(0.5, 0.85)) / 10_000) * 10_000);
    else if (rng.chance(SHARE_WITH_APPROVED_LIMIT)) approvedLimits.set(id, Math.max(50_000, Math.ceil((balance * rng.range(1.2, 3)) / 10_000) * 10_000));
  }
  return { invoices, approvedLimits };
}
