import * as excelMath from '../credit/excel-math';
import type { ControlRules } from './control-rules';
import type { Ledger } from './ledger';

/** Payment behaviour looks at the documents paid in this many days up to the as-of date (the as-of day included). */
export const PAID_WINDOW_DAYS = 365;
/** DSO divides by the net sales of this many days up to the as-of date. */
export const DSO_DAYS = 90;
/** The pane's card of old debt: what is more than this many days past due, all customers together. */
export const LONG_OVERDUE_DAYS = 90;

export interface AggregateInputs {
  ledger: Ledger;
  /** Number of customers (indexes 0 … customers − 1). */
  customers: number;
  asOf: number;
  bucketEdges: ControlRules['bucketEdges'];
  /** Credit terms in days per customer (NaN: none, the default applies). */
  termsDays: Float64Array;
  /** Days a blank due date lies after the document date without terms: the scorecard's credit months × 30, fractions dropped. */
  defaultTermsDays: number;
  /** Net sales per customer in the DSO_DAYS up to the as-of date (salesInWindow); null: DSO is not worked out. */
  recentSales: Float64Array | null;
}

/**
 * Per customer (index i), the figures the step writes as values. Money is
 * rounded to 6 decimals (as net sales are), so float noise never shows;
 * NaN is a blank cell.
 */
export interface ControlAggregates {
  customers: number;
  /** Documents counted per customer. */
  documents: Int32Array;
  openReceivables: Float64Array;
  /** Open amounts more than 0 days past due. */
  overdue: Float64Array;
  /** Not yet due (0 or fewer days past due), then the five overdue buckets of the edges. */
  buckets: [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  /** Most days past due among documents with a positive open amount (0 when none is overdue); NaN when there is none. */
  oldestDaysPastDue: Float64Array;
  /** Documents paid in the window. */
  paidDocuments: Int32Array;
  /** Weighted average of max(0, paid − due) over them, 2 decimals; NaN without paid history. */
  avgDaysLate: Float64Array;
  /** Share of them paid on or before the due date; NaN without paid history. */
  onTimeShare: Float64Array;
  /** Open receivables ÷ recent net sales × DSO_DAYS, 1 decimal; NaN when those sales are not positive. */
  dso: Float64Array;
  /** All customers together: open amounts more than LONG_OVERDUE_DAYS past due (rounded like the rest). */
  longOverdueTotal: number;
}

// Offsets of one customer's running sums in the accumulator (STRIDE numbers a customer).
const [DOCUMENTS, OPEN, NOT_DUE, B1, OVERDUE, OLDEST, PAID, ON_TIME, LATE_WEIGHTED, WEIGHTS] = [0, 1, 2, 3, 8, 9, 10, 11, 12, 13];
const STRIDE = 16;
// Bound once (see credit/scoring.ts): under tsx each use of an imported name is a getter call.
const { round } = excelMath;

/** Money as written: rounded to 6 decimals. */
export function money(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Sums the ledger per customer: open receivables, overdue, aging buckets,
 * oldest days past due and payment behaviour, in one pass over the
 * documents (in ledger order: see Ledger); then DSO. A blank due date is the document date plus the
 * customer's terms, else plus the default terms.
 */
export function aggregateLedger(input: AggregateInputs): ControlAggregates {
  const { ledger, customers: n, asOf, termsDays, defaultTermsDays } = input;
  const [e1, e2, e3, e4] = input.bucketEdges;
  // One customer's running sums side by side (a document's customer is anywhere in the sheet: one cache line, not ten).
  const acc = new Float64Array(n * STRIDE);
  for (let c = 0; c < n; c++) acc[c * STRIDE + OLDEST] = -Infinity;
  const byCount = ledger.weightedBy === 'count';
  const windowStart = asOf - PAID_WINDOW_DAYS + 1;
  const { customer, documentDate, dueDate, open: openOf, amount, paidDate } = ledger;
  const count = ledger.count;

  // The ledger comes block by block of customers (ledger.ts): a block's running sums stay in the cache while its documents
  // are summed. Each customer's documents are in sheet order, so every sum adds its numbers in sheet order.
  let longOverdue = 0;
  for (let d = 0; d < count; d++) {
    const c = customer[d]!;
    const at = c * STRIDE;
    let due = dueDate[d]!;
    if (Number.isNaN(due)) {
      const terms = termsDays[c]!;
      due = documentDate[d]! + (Number.isNaN(terms) ? defaultTermsDays : terms);
    }
    const value = openOf[d]!;
    const late = asOf - due;
    if (late > LONG_OVERDUE_DAYS) longOverdue += value;
    acc[at + DOCUMENTS]++;
    acc[at + OPEN] += value;
    if (late <= 0) acc[at + NOT_DUE] += value;
    else {
      acc[at + OVERDUE] += value;
      const bucket = late <= e1 ? B1 : late <= e2 ? B1 + 1 : late <= e3 ? B1 + 2 : late <= e4 ? B1 + 3 : B1 + 4;
      acc[at + bucket] += value;
    }
    if (value > 0 && late > acc[at + OLDEST]!) acc[at + OLDEST] = late;

    const paid = paidDate[d]!;
    if (paid >= windowStart) {
      const w = byCount ? 1 : amount[d]!;
      // Credit notes and documents without an amount tell nothing of how the customer pays.
      if (w > 0) {
        acc[at + PAID]++;
        const daysLate = paid - due;
        if (daysLate <= 0) acc[at + ON_TIME]++;
        else acc[at + LATE_WEIGHTED] += w * daysLate;
        acc[at + WEIGHTS] += w;
      }
    }
  }

  const documents = new Int32Array(n);
  const open = new Float64Array(n);
  const overdue = new Float64Array(n);
  const buckets = [0, 1, 2, 3, 4, 5].map(() => new Float64Array(n)) as ControlAggregates['buckets'];
  const paidDocuments = new Int32Array(n);
  const avgDaysLate = new Float64Array(n);
  const onTimeShare = new Float64Array(n);
  const oldestDaysPastDue = new Float64Array(n);
  const dso = new Float64Array(n);
  const sales = input.recentSales;
  for (let c = 0; c < n; c++) {
    const at = c * STRIDE;
    documents[c] = acc[at + DOCUMENTS]!;
    const o = money(acc[at + OPEN]!);
    open[c] = o;
    overdue[c] = money(acc[at + OVERDUE]!);
    buckets[0][c] = money(acc[at + NOT_DUE]!);
    for (let k = 1; k < 6; k++) buckets[k]![c] = money(acc[at + B1 + k - 1]!);
    const oldest = acc[at + OLDEST]!;
    oldestDaysPastDue[c] = oldest === -Infinity ? NaN : Math.max(0, oldest);
    const paid = acc[at + PAID]!;
    paidDocuments[c] = paid;
    avgDaysLate[c] = paid === 0 ? NaN : Math.round((acc[at + LATE_WEIGHTED]! / acc[at + WEIGHTS]!) * 100) / 100;
    onTimeShare[c] = paid === 0 ? NaN : acc[at + ON_TIME]! / paid;
    const s = sales ? sales[c]! : NaN;
    dso[c] = s > 0 ? round((o / s) * DSO_DAYS, 1) : NaN;
  }
  return {
    customers: n, documents, openReceivables: open, overdue, buckets, oldestDaysPastDue, paidDocuments, avgDaysLate, onTimeShare, dso,
    longOverdueTotal: money(longOverdue),
  };
}
