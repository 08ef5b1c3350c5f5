import { normalizeKey } from '../../../src/core/cells/normalize';
import { defaultControlRules, type ControlRules } from '../../../src/core/control/control-rules';
import { runControlCore } from '../../../src/core/control/control-step';
import { customerIndex } from '../../../src/core/control/ledger';
import type { ReceivablesColumns } from '../../../src/core/control/receivables-columns';
import { statusOf } from '../../../src/core/control/status';
import { EDGE_DAYS, generateLedger, type GeneratedLedger, type LedgerShape } from './generate-ledger';
import { reference, type ReferenceRules } from './reference';

function receivables(g: GeneratedLedger): ReceivablesColumns {
  const c = g.columns;
  const at = (col: number, values: GeneratedLedger['columns']['key']) => ({ col, values });
  return {
    sheet: 'AR', firstRow: 1,
    key: at(0, c.key), documentNumber: at(1, c.documentNumber), date: at(2, c.date), dueDate: at(3, c.dueDate), amount: at(4, c.amount),
    ...(c.openAmount ? { openAmount: at(5, c.openAmount) } : {}),
    ...(c.paidDate ? { paidDate: at(6, c.paidDate) } : {}),
    ...(c.paidAmount ? { paidAmount: at(7, c.paidAmount) } : {}),
  };
}

function run(g: GeneratedLedger, rules: ControlRules) {
  return runControlCore({
    receivables: receivables(g),
    customers: customerIndex(g.customers.map((k) => normalizeKey(k)!)),
    customerSheet: 'Customers',
    approvedLimit: g.approvedLimit,
    openOrders: g.openOrders,
    termsDays: Float64Array.from(g.termsDays, (t) => (t === null ? NaN : t)),
    recommendedLimit: g.recommendedLimit,
    recentSales: g.recentSales,
    rules,
    creditMonths: g.creditMonths,
    asOf: g.asOf,
    latestDate: g.asOf + 366,
  });
}

const asReference = (r: ControlRules): ReferenceRules => ({
  edges: [...r.bucketEdges], nearLimit: r.nearLimit, tolerancePct: r.tolerancePct, toleranceAmount: r.toleranceAmount,
  holdDays: r.holdDays, holdMinimum: r.holdMinimum, countOrders: r.countOrders,
});
const blank = (x: number) => (Number.isNaN(x) ? null : x);

const RULES: [string, ControlRules][] = [
  ['the default rules', defaultControlRules()],
  ['a tolerance of 10% and 5,000, open orders not counted', { ...defaultControlRules(), tolerancePct: 0.1, toleranceAmount: 5000, countOrders: false }],
  ['hold days 45 (between edges) and minimum 0, near limit at 50%', { ...defaultControlRules(), holdDays: 45, holdMinimum: 0, nearLimit: 0.5 }],
  ['other edges (15, 45, 75, 120), hold days 0', { ...defaultControlRules(), bucketEdges: [15, 45, 75, 120], holdDays: 0 }],
];
const SHAPES: LedgerShape[] = ['paid', 'open', 'both'];

describe('the control figures equal an independent reference over generated ledgers', () => {
  const cases = SHAPES.flatMap((shape) => RULES.flatMap(([name, rules]) => [1, 2, 3].map((seed) => [shape, name, seed, rules] as const)));

  test.each(cases)('%s columns, %s, seed %d: every output of every customer', (shape, _name, seed, rules) => {
    const g = generateLedger(seed * 7919 + shape.length, shape);
    const core = run(g, rules);
    const ref = reference(g, asReference(rules));
    const { aggregates: a, decisions: d, ledger } = core;
    const got = g.customers.map((_, c) => ({
      documents: a.documents[c],
      open: a.openReceivables[c],
      overdue: a.overdue[c],
      buckets: a.buckets.map((b) => b[c]),
      oldest: blank(a.oldestDaysPastDue[c]!),
      paidDocuments: a.paidDocuments[c],
      avgDaysLate: blank(a.avgDaysLate[c]!),
      onTimeShare: blank(a.onTimeShare[c]!),
      dso: blank(a.dso[c]!),
      limitUsed: blank(d.limitUsed[c]!),
      exposure: d.exposure[c],
      available: blank(d.available[c]!),
      utilisation: blank(d.utilisation[c]!),
      hold: d.holdAmount[c],
      conditions: ((s) => (s.status === 'ok' ? [] : [s.status, ...s.others]))(statusOf(d.code[c]!)),
    }));
    expect(got).toEqual(ref.customers);
    expect({ counted: ledger.count, afterAsOf: ledger.documentsAfterAsOf, unknown: ledger.unknown.documents, unknownOpen: ledger.unknown.open })
      .toEqual({ counted: ref.counted, afterAsOf: ref.afterAsOf, unknown: ref.unknownDocuments, unknownOpen: ref.unknownOpen });
    // Readable cells only: the problems are the unknown customers, the document listed twice and prepayments (paid before the document date).
    const codes = new Set(core.problems.map((p) => p.code));
    expect([...codes].filter((code) => !['arUnknownCustomer', 'arDuplicateDocument', 'arPaidBeforeDocument'].includes(code!))).toEqual([]);
    expect(codes.has('arUnknownCustomer') && codes.has('arDuplicateDocument')).toBe(true);
  });

  test('the generated ledgers hold what the comparison is about', () => {
    const g = generateLedger(11, 'paid');
    const ref = reference(g, asReference(defaultControlRules()));
    const core = run(g, defaultControlRules());
    const col = g.columns;
    const rows = col.key.length;
    const count = (f: (r: number) => boolean) => Array.from({ length: rows }, (_, r) => r).filter(f).length;
    const num = (v: unknown) => (typeof v === 'number' ? v : Number(String(v).replace(/,/g, '')));
    expect(count((r) => col.paidAmount![r] !== null && num(col.paidAmount![r]) !== num(col.amount[r]))).toBeGreaterThan(50); // partial payments
    expect(count((r) => num(col.amount[r]) < 0)).toBeGreaterThan(50); // credit notes
    expect(ref.afterAsOf).toBeGreaterThan(10);
    expect(count((r) => col.dueDate[r] === null)).toBeGreaterThan(50);
    expect(g.termsDays.some((t) => t === null) && g.termsDays.some((t) => t !== null)).toBe(true);
    expect(ref.unknownDocuments).toBeGreaterThan(10);
    expect(count((r) => typeof col.date[r] === 'string')).toBeGreaterThan(10); // text dates
    expect(count((r) => typeof col.amount[r] === 'string')).toBeGreaterThan(10); // text amounts
    // Every bucket edge: a document due exactly that many days before the as-of date.
    const serial = (d: unknown) => (typeof d === 'number' ? d : typeof d === 'string' ? Date.parse(`${d}T00:00:00Z`) / 86400000 + 25569 : null);
    const pastDue = new Set(col.dueDate.map((d) => { const s = serial(d); return s === null ? null : g.asOf - s; }));
    for (const days of EDGE_DAYS) expect({ days, present: pastDue.has(days) }).toEqual({ days, present: true });
    // Negative open receivables (credit notes netting a customer below zero) and both sides of the status rules.
    expect(ref.customers.some((c) => c.buckets.some((b) => b < 0))).toBe(true);
    const statuses = new Set(ref.customers.map((c) => c.conditions[0] ?? 'ok'));
    expect(statuses.size).toBeGreaterThanOrEqual(3);
    expect(ref.customers.some((c) => c.conditions.length > 1)).toBe(true);
    // Customers without any limit (not rated, none approved), and such a customer on overdue hold.
    expect(ref.customers.some((c) => c.conditions.join() === 'notRated' && c.limitUsed === null)).toBe(true);
    expect(ref.customers.some((c) => c.conditions.join() === 'overdueHold,notRated')).toBe(true);
    expect(core.ledger.count).toBe(ref.counted);
  });
});
