import type { CellValue } from '../../../src/core/cells/cell';
import { dateToSerial } from '../../../src/core/cells/normalize';
import { CONTROL_COL, CONTROL_COLUMNS } from '../../../src/core/control/control-columns';
import { ownedHeader } from '../../../src/core/plan/owned-columns';
import { bucketDays, controlRuleIssues, defaultControlRules, lowerEdges } from '../../../src/core/control/control-rules';
import { LISTED_CUSTOMERS, runControlCore } from '../../../src/core/control/control-step';
import { customerIndex } from '../../../src/core/control/ledger';
import { salesInWindow } from '../../../src/core/control/sales-window';
import { sumNetSales } from '../../../src/core/tiers/net-sales';
import { CONTROL_LABELS } from '../../../src/core/i18n/control-labels';
import { englishWords } from '../../taskpane/pane-text';

const D = (y: number, m: number, d: number) => dateToSerial(y, m, d);

describe('the control rules', () => {
  test('defaults: edges 30/60/90/180, near limit 90%, no tolerance, hold after 60 days above 1,000, open orders counted', () => {
    expect(defaultControlRules()).toEqual({ bucketEdges: [30, 60, 90, 180], nearLimit: 0.9, tolerancePct: 0, toleranceAmount: 0, holdDays: 60, holdMinimum: 1000, countOrders: true });
    expect(controlRuleIssues(defaultControlRules())).toEqual([]);
    expect(bucketDays(defaultControlRules().bucketEdges)).toEqual(['1–30', '31–60', '61–90', '91–180', '>180']);
    expect(lowerEdges([15, 45, 75, 120])).toEqual([0, 15, 45, 75, 120]);
  });

  test('values the step cannot work with, each named', () => {
    const issues = controlRuleIssues({
      bucketEdges: [30, 30, 20.5, NaN], nearLimit: 1.2, tolerancePct: -0.1, toleranceAmount: 0, holdDays: 10.5, holdMinimum: -1, countOrders: false,
    });
    expect(issues).toEqual([
      { rule: 'bucketEdges', index: 1, kind: 'notAscending', bound: 30 },
      { rule: 'bucketEdges', index: 2, kind: 'notWhole' },
      { rule: 'bucketEdges', index: 3, kind: 'notNumber' },
      { rule: 'nearLimit', kind: 'above', bound: 1 },
      { rule: 'tolerancePct', kind: 'below', bound: 0 },
      { rule: 'holdMinimum', kind: 'below', bound: 0 },
      { rule: 'holdDays', kind: 'notWhole' },
    ]);
    expect(controlRuleIssues({ ...defaultControlRules(), bucketEdges: [0, 60, 90, 180], nearLimit: 0 })).toEqual([
      { rule: 'bucketEdges', index: 0, kind: 'below', bound: 1 },
      { rule: 'nearLimit', kind: 'below', bound: 0 },
    ]);
  });
});

describe('net sales of the 90 days up to the as-of date, for DSO', () => {
  test('from the 90th day back to the as-of day, both included; none without a date column', () => {
    const asOf = D(2026, 6, 30);
    const rows: [CellValue, CellValue, CellValue][] = [
      [asOf - 89, 'K1', 100], [asOf - 90, 'K1', 1000], [asOf, 'K1', 10], [asOf + 1, 'K1', 5000], [asOf - 10, 'K2', -40], [asOf - 10, 'X', 7],
    ];
    const sales = { sheet: 'S', firstRow: 1, date: { col: 0, values: rows.map((r) => r[0]) }, key: { col: 1, values: rows.map((r) => r[1]) }, amount: { col: 2, values: rows.map((r) => r[2]) } };
    expect([...salesInWindow(sumNetSales(sales, undefined, asOf + 366), customerIndex(['k1', 'k2', 'k3']), asOf)!]).toEqual([110, -40, 0]);
    expect(salesInWindow(sumNetSales({ ...sales, date: undefined }, undefined, asOf + 366), customerIndex(['k1']), asOf)).toBeNull();
  });
});

describe('the summary of a run', () => {
  test('totals, customers per status, over-limit amount, the first 200 held or over-limit customers and how many in all', () => {
    const n = 250;
    const asOf = D(2026, 6, 30);
    // Customer i has one invoice of 1,000·(i+1) due 100 days ago (held), except every fifth, not yet due.
    const key = Array.from({ length: n }, (_, i) => `K${i}`);
    const due = key.map((_, i) => (i % 5 === 0 ? asOf + 10 : asOf - 100));
    const amount = key.map((_, i) => 1000 * (i + 1));
    const result = runControlCore({
      receivables: { sheet: 'AR', firstRow: 1, key: { col: 0, values: key }, date: { col: 1, values: due.map((d) => d - 30) }, dueDate: { col: 2, values: due }, amount: { col: 3, values: amount } },
      customers: customerIndex(key.map((k) => k.toLowerCase())), customerSheet: 'C',
      approvedLimit: new Float64Array(n).fill(100000), openOrders: null, termsDays: new Float64Array(n).fill(NaN), recommendedLimit: new Float64Array(n).fill(NaN),
      recentSales: null, rules: defaultControlRules(), creditMonths: 1, asOf, latestDate: asOf + 366,
    });
    const s = result.summary;
    expect(s.asOf).toBe('2026-06-30');
    expect(s.exposureTotal).toBe((1000 * n * (n + 1)) / 2);
    const notDue = amount.filter((_, i) => i % 5 === 0).reduce((a, b) => a + b, 0);
    expect(s.aging).toEqual([notDue, 0, 0, 0, s.exposureTotal - notDue, 0]);
    expect(s.overdueTotal).toBe(s.exposureTotal - notDue);
    expect(s.longOverdueTotal).toBe(s.overdueTotal);
    // Held: every customer but each fifth (200); of each fifth, those above 100,000 are over the limit, and those from 90,000 near it.
    const fifths = key.map((_, i) => i).filter((i) => i % 5 === 0);
    const over = fifths.filter((i) => 1000 * (i + 1) > 100000);
    const near = fifths.filter((i) => 1000 * (i + 1) >= 90000 && 1000 * (i + 1) <= 100000);
    expect(s.statuses).toEqual({ ok: fifths.length - over.length - near.length, nearLimit: near.length, overLimit: over.length, notRated: 0, overdueHold: 200, noCredit: 0 });
    expect(s.heldCount).toBe(200 + over.length);
    expect(s.heldCustomers.length).toBe(LISTED_CUSTOMERS);
    expect(s.heldCustomers.slice(0, 3)).toEqual([{ customer: 1, status: 'overdueHold' }, { customer: 2, status: 'overdueHold' }, { customer: 3, status: 'overdueHold' }]);
    const overAmount = key.reduce((sum, _, i) => sum + Math.max(0, 1000 * (i + 1) - 100000), 0);
    expect(s.overLimit).toEqual({ customers: key.filter((_, i) => 1000 * (i + 1) > 100000).length, amount: overAmount });
    expect([s.documents, s.documentsAfterAsOf, s.weightedBy]).toEqual([n, 0, 'amount']);
  });

  test('customers without a limit (not rated, none approved) are counted as not rated: never no credit, over the limit or listed, unless on hold', () => {
    const asOf = D(2026, 6, 30);
    // K0 and K1 not rated and nothing approved (K1 with 5,000 due 100 days ago), K2 recommended 0, K3 approved 1,000 and owing 2,000.
    const key = ['K0', 'K1', 'K2', 'K3'];
    const due = [asOf + 10, asOf - 100, asOf + 10, asOf + 10];
    const result = runControlCore({
      receivables: { sheet: 'AR', firstRow: 1, key: { col: 0, values: key }, date: { col: 1, values: due.map((d) => d - 30) }, dueDate: { col: 2, values: due }, amount: { col: 3, values: [500000, 5000, 10, 2000] } },
      customers: customerIndex(key.map((k) => k.toLowerCase())), customerSheet: 'C',
      approvedLimit: Float64Array.of(NaN, NaN, NaN, 1000), openOrders: null, termsDays: new Float64Array(4).fill(NaN), recommendedLimit: Float64Array.of(NaN, NaN, 0, NaN),
      recentSales: null, rules: defaultControlRules(), creditMonths: 1, asOf, latestDate: asOf + 366,
    });
    const s = result.summary;
    expect(s.statuses).toEqual({ ok: 0, nearLimit: 0, overLimit: 1, notRated: 1, overdueHold: 1, noCredit: 1 });
    expect(s.overLimit).toEqual({ customers: 2, amount: 10 + 1000 });
    expect(s.heldCustomers).toEqual([{ customer: 1, status: 'overdueHold' }, { customer: 2, status: 'noCredit' }, { customer: 3, status: 'overLimit' }]);
    expect(s.heldCount).toBe(3);
  });
});

/** Taiwan usage with a mainland counterpart, as test/core/chinese-wording.test.ts lists them. */
const TAIWAN_TERMS = ['评等', '资料', '点选', '资讯', '预设', '档案', '级距', '代号', '纪录', '业种', '签核', '舍去'];

describe('the control labels', () => {
  const entries = Object.entries(CONTROL_LABELS);
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  test('have every language with the same placeholders, Chinese without English words, mainland terms in Simplified, 客戶編號 in Traditional, Chinese quotes', () => {
    for (const [id, texts] of entries) {
      expect({ id, languages: Object.keys(texts).sort() }).toEqual({ id, languages: ['en', 'zh-Hans', 'zh-Hant'] });
      expect({ id, hant: placeholders(texts['zh-Hant']), hans: placeholders(texts['zh-Hans']) }).toEqual({ id, hant: placeholders(texts.en), hans: placeholders(texts.en) });
      const words = [texts['zh-Hant'], texts['zh-Hans']].flatMap((t) => englishWords(t.replace(/\{\w+\}/g, '')));
      expect({ id, words }).toEqual({ id, words: [] });
      expect({ id, taiwanese: TAIWAN_TERMS.filter((w) => texts['zh-Hans'].includes(w)), hant: texts['zh-Hant'].includes('代號') }).toEqual({ id, taiwanese: [], hant: false });
      expect({ id, quotes: /["“”]/.test(texts['zh-Hant']) || /["「」]/.test(texts['zh-Hans']) }).toEqual({ id, quotes: false });
    }
  });

  test('bucket headers state their days, and a header of other edges is still the same column', () => {
    const args = (edges: [number, number, number, number]) => Object.fromEntries(bucketDays(edges).map((d, k) => [`bucket${k + 1}`, d]));
    const headers = CONTROL_COLUMNS.slice(CONTROL_COL.buckets + 1, CONTROL_COL.buckets + 6).map((spec) => ownedHeader(spec, 'zh-Hant', args([30, 60, 90, 180])));
    expect(headers).toEqual(['逾期 1–30 天', '逾期 31–60 天', '逾期 61–90 天', '逾期 91–180 天', '逾期 >180 天']);
    expect(CONTROL_COLUMNS.slice(CONTROL_COL.buckets + 1, CONTROL_COL.buckets + 6).map((spec) => ownedHeader(spec, 'en', args([15, 45, 90, 365]))))
      .toEqual(['Past due 1–15 days', 'Past due 16–45 days', 'Past due 46–90 days', 'Past due 91–365 days', 'Past due >365 days']);
  });
});
