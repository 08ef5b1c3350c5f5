import { round } from '../credit/excel-math';
import type { ControlRules } from './control-rules';
import type { Ledger } from './ledger';

/** Payment behaviour looks at the documents paid in this many days up to the as-of date (the as-of day included). */
export const PAID_WINDOW_DAYS = 365;
/** DSO divides by the net sales of this many days up to the as-of date. */
export const DSO_DAYS = 90;

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
}

/** Money as written: rounded to 6 decimals. */
export function money(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Sums the ledger per customer: open receivables, overdue, aging buckets,
 * oldest days past due and payment behaviour, in one pass over the
 * documents; then DSO. A blank due date is the document date plus the
 * customer's terms, else plus the default terms.
 */
export function aggregateLedger(input: AggregateInputs): ControlAggregates {
  const { ledger, customers: n, asOf, termsDays, defaultTermsDays } = input;
  const [e1, e2, e3, e4] = input.bucketEdges;
  const documents = new Int32Array(n);
  const open = new Float64Array(n);
  const overdue = new Float64Array(n);
  const notDue = new Float64Array(n);
  const b1 = new Float64Array(n);
  const b2 = new Float64Array(n);
  const b3 = new Float64Array(n);
  const b4 = new Float64Array(n);
  const b5 = new Float64Array(n);
  const oldest = new Float64Array(n).fill(-Infinity);
  const paidDocuments = new Int32Array(n);
  const onTime = new Int32Array(n);
  const lateWeighted = new Float64Array(n);
  const weights = new Float64Array(n);
  const byCount = ledger.weightedBy === 'count';
  const windowStart = asOf - PAID_WINDOW_DAYS + 1;
  const { customer, documentDate, dueDate, open: openOf, amount, paidDate } = ledger;

  for (let d = 0; d < ledger.count; d++) {
    const c = customer[d]!;
    let due = dueDate[d]!;
    if (Number.isNaN(due)) {
      const terms = termsDays[c]!;
      due = documentDate[d]! + (Number.isNaN(terms) ? defaultTermsDays : terms);
    }
    const value = openOf[d]!;
    const late = asOf - due;
    documents[c]++;
    open[c] += value;
    if (late <= 0) notDue[c] += value;
    else {
      overdue[c] += value;
      if (late <= e1) b1[c] += value;
      else if (late <= e2) b2[c] += value;
      else if (late <= e3) b3[c] += value;
      else if (late <= e4) b4[c] += value;
      else b5[c] += value;
    }
    if (value > 0 && late > oldest[c]!) oldest[c] = late;

    const paid = paidDate[d]!;
    if (paid >= windowStart) {
      const w = byCount ? 1 : amount[d]!;
      // Credit notes and documents without an amount tell nothing of how the customer pays.
      if (w > 0) {
        paidDocuments[c]++;
        const daysLate = paid - due;
        if (daysLate <= 0) onTime[c]++;
        else lateWeighted[c] += w * daysLate;
        weights[c] += w;
      }
    }
  }

  const avgDaysLate = new Float64Array(n);
  const onTimeShare = new Float64Array(n);
  const oldestDaysPastDue = new Float64Array(n);
  const dso = new Float64Array(n);
  const sales = input.recentSales;
  for (let c = 0; c < n; c++) {
    open[c] = money(open[c]!);
    overdue[c] = money(overdue[c]!);
    notDue[c] = money(notDue[c]!);
    b1[c] = money(b1[c]!);
    b2[c] = money(b2[c]!);
    b3[c] = money(b3[c]!);
    b4[c] = money(b4[c]!);
    b5[c] = money(b5[c]!);
    const o = oldest[c]!;
    oldestDaysPastDue[c] = o === -Infinity ? NaN : Math.max(0, o);
    const paid = paidDocuments[c]!;
    avgDaysLate[c] = paid === 0 ? NaN : Math.round((lateWeighted[c]! / weights[c]!) * 100) / 100;
    onTimeShare[c] = paid === 0 ? NaN : onTime[c]! / paid;
    const s = sales ? sales[c]! : NaN;
    dso[c] = s > 0 ? round((open[c]! / s) * DSO_DAYS, 1) : NaN;
  }
  return {
    customers: n, documents, openReceivables: open, overdue, buckets: [notDue, b1, b2, b3, b4, b5], oldestDaysPastDue, paidDocuments, avgDaysLate, onTimeShare, dso,
  };
}
