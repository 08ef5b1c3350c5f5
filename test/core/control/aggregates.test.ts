import { aggregateLedger, LONG_OVERDUE_DAYS, money, PAID_WINDOW_DAYS } from '../../../src/core/control/aggregates';
import { defaultControlRules } from '../../../src/core/control/control-rules';
import type { Ledger } from '../../../src/core/control/ledger';
import { Rng } from '../../../scripts/sample/prng';

const AS_OF = 46200;

/** Documents over `customers` customers in sheet order, each customer's scattered through the sheet. */
function ledger(customers: number, count: number, rng: Rng): Ledger {
  const f = () => new Float64Array(count);
  const l = {
    count, customer: new Int32Array(count), row: Int32Array.from({ length: count }, (_, d) => d),
    documentDate: f(), dueDate: f(), open: f(), amount: f(), paidDate: f(),
    weightedBy: 'amount', documentsAfterAsOf: 0, unknown: { documents: 0, open: 0, keys: [] }, rowsRead: count, rowsSkipped: 0, problems: [],
  } satisfies Ledger;
  for (let d = 0; d < count; d++) {
    l.customer[d] = rng.int(0, customers - 1);
    const doc = AS_OF - rng.int(0, 500);
    l.documentDate[d] = doc;
    l.dueDate[d] = rng.chance(0.1) ? NaN : doc + rng.pick([0, 30, 60]);
    const amount = Math.round(rng.range(-2000, 50000) * 100) / 100;
    l.amount[d] = rng.chance(0.05) ? NaN : amount;
    l.paidDate[d] = rng.chance(0.6) ? doc + rng.int(0, 120) : NaN;
    // Amounts with many decimals, so that the sums are not all whole cents.
    l.open[d] = Number.isNaN(l.paidDate[d]!) ? amount / 3 : rng.chance(0.2) ? amount / 7 : 0;
  }
  return l;
}

/** The sums the plain way: every document in sheet order straight into its customer's totals. */
function plain(l: Ledger, customers: number, termsDays: Float64Array, defaultTerms: number) {
  const [e1, e2, e3, e4] = defaultControlRules().bucketEdges;
  const z = () => new Array<number>(customers).fill(0);
  const s = { documents: z(), open: z(), overdue: z(), buckets: [z(), z(), z(), z(), z(), z()], oldest: z().map(() => -Infinity), paid: z(), onTime: z(), late: z(), weights: z(), longOverdue: 0 };
  for (let d = 0; d < l.count; d++) {
    const c = l.customer[d]!;
    const terms = termsDays[c]!;
    const due = Number.isNaN(l.dueDate[d]!) ? l.documentDate[d]! + (Number.isNaN(terms) ? defaultTerms : terms) : l.dueDate[d]!;
    const value = l.open[d]!;
    const late = AS_OF - due;
    s.documents[c]++;
    s.open[c] += value;
    if (late <= 0) s.buckets[0]![c] += value;
    else {
      s.overdue[c] += value;
      s.buckets[late <= e1 ? 1 : late <= e2 ? 2 : late <= e3 ? 3 : late <= e4 ? 4 : 5]![c] += value;
      if (late > LONG_OVERDUE_DAYS) s.longOverdue += value;
    }
    if (value > 0 && late > s.oldest[c]!) s.oldest[c] = late;
    const paid = l.paidDate[d]!;
    const w = l.amount[d]!;
    if (paid >= AS_OF - PAID_WINDOW_DAYS + 1 && w > 0) {
      s.paid[c]++;
      if (paid - due <= 0) s.onTime[c]++;
      else s.late[c] += w * (paid - due);
      s.weights[c] += w;
    }
  }
  return {
    documents: s.documents, open: s.open.map(money), overdue: s.overdue.map(money), buckets: s.buckets.map((b) => b.map(money)),
    oldest: s.oldest.map((o) => (o === -Infinity ? null : Math.max(0, o))), paidDocuments: s.paid,
    avgDaysLate: s.paid.map((p, c) => (p === 0 ? null : Math.round((s.late[c]! / s.weights[c]!) * 100) / 100)),
    onTimeShare: s.paid.map((p, c) => (p === 0 ? null : s.onTime[c]! / p)), longOverdue: money(s.longOverdue),
  };
}

describe('the per-customer sums', () => {
  test.each([[30, 2000], [5000, 40000]])('%d customers, %d documents scattered through the sheet: each figure as a plain pass in sheet order gives it', (customers, count) => {
    const rng = new Rng(customers);
    const l = ledger(customers, count, rng);
    const termsDays = Float64Array.from({ length: customers }, () => (rng.chance(0.5) ? NaN : rng.pick([15, 45])));
    const a = aggregateLedger({ ledger: l, customers, asOf: AS_OF, bucketEdges: defaultControlRules().bucketEdges, termsDays, defaultTermsDays: 30, recentSales: null });
    const blank = (x: number) => (Number.isNaN(x) ? null : x);
    expect({
      documents: [...a.documents], open: [...a.openReceivables], overdue: [...a.overdue], buckets: a.buckets.map((b) => [...b]),
      oldest: Array.from(a.oldestDaysPastDue, blank), paidDocuments: [...a.paidDocuments], avgDaysLate: Array.from(a.avgDaysLate, blank),
      onTimeShare: Array.from(a.onTimeShare, blank), longOverdue: a.longOverdueTotal,
    }).toEqual(plain(l, customers, termsDays, 30));
  });
});
