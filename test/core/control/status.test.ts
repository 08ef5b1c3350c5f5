import { isFormulaWrite, type CellWrite } from '../../../src/core/cells/cell';
import { columnIndex, columnLetter } from '../../../src/core/cells/address';
import { normalizeKey } from '../../../src/core/cells/normalize';
import type { Language } from '../../../src/core/columns/layout';
import type { ControlAggregates } from '../../../src/core/control/aggregates';
import { CONTROL_COL, CONTROL_COLUMNS } from '../../../src/core/control/control-columns';
import { CONTROL_NAMES, defaultControlRules, type ControlRules } from '../../../src/core/control/control-rules';
import { ControlRowWriter } from '../../../src/core/control/control-row';
import { runControlCore } from '../../../src/core/control/control-step';
import { customerIndex } from '../../../src/core/control/ledger';
import { decideStatuses, statusOf } from '../../../src/core/control/status';
import { label } from '../../../src/core/i18n/labels';
import { evaluate, type Value } from './formula-eval';
import { generateLedger } from './generate-ledger';

/** The customer sheet of these tests: A key, B approved limit, C open orders, D recommended limit, the control columns from E on. */
const OWN = CONTROL_COLUMNS.map((_, i) => 4 + i);
const SOURCE = { approvedLimit: 1, openOrders: 2, recommendedLimit: 3 };

/** One customer's aggregates: open receivables and the six buckets (not yet due first). */
function aggregates(customers: { open?: number; buckets?: number[] }[]): Pick<ControlAggregates, 'customers' | 'openReceivables' | 'buckets'> {
  const n = customers.length;
  const buckets = [0, 1, 2, 3, 4, 5].map((k) => Float64Array.from(customers, (c) => c.buckets?.[k] ?? 0)) as unknown as ControlAggregates['buckets'];
  return { customers: n, openReceivables: Float64Array.from(customers, (c) => c.open ?? (c.buckets ?? []).reduce((a, b) => a + b, 0)), buckets };
}

function decide(customers: { open?: number; buckets?: number[]; approved?: number; recommended?: number; orders?: number }[], rules: ControlRules = defaultControlRules()) {
  return decideStatuses({
    aggregates: aggregates(customers),
    approvedLimit: Float64Array.from(customers, (c) => c.approved ?? NaN),
    recommendedLimit: Float64Array.from(customers, (c) => c.recommended ?? NaN),
    openOrders: Float64Array.from(customers, (c) => c.orders ?? NaN),
    rules,
  });
}
const statuses = (d: { code: Uint8Array }) => Array.from(d.code, (code) => statusOf(code));

describe('the credit status: most severe condition first, the others listed', () => {
  test('several at once: no credit, overdue hold and over limit', () => {
    const d = decide([{ buckets: [0, 0, 0, 5000, 0, 0], approved: 0 }]);
    expect(statuses(d)).toEqual([{ status: 'noCredit', others: ['overdueHold', 'overLimit'] }]);
  });

  test('overdue hold over over limit; over limit is not also near limit', () => {
    const d = decide([
      { buckets: [100000, 0, 0, 2000, 0, 0], approved: 50000 },
      { buckets: [60000, 0, 0, 0, 0, 0], approved: 50000 },
      { buckets: [46000, 0, 0, 0, 0, 0], approved: 50000 },
      { buckets: [10000, 0, 0, 0, 0, 0], approved: 50000 },
    ]);
    expect(statuses(d)).toEqual([
      { status: 'overdueHold', others: ['overLimit'] },
      { status: 'overLimit', others: [] },
      { status: 'nearLimit', others: [] },
      { status: 'ok', others: [] },
    ]);
    expect([...d.utilisation]).toEqual([2.04, 1.2, 0.92, 0.2]);
    expect([...d.available]).toEqual([-52000, -10000, 4000, 40000]);
  });

  test('over limit is above limit × (1 + tolerance %) + tolerance amount; exactly at it is near limit', () => {
    const rules = { ...defaultControlRules(), tolerancePct: 0.1, toleranceAmount: 500 };
    const d = decide([{ open: 110500, approved: 100000 }, { open: 110500.01, approved: 100000 }, { open: 89999, approved: 100000 }], rules);
    expect(statuses(d).map((s) => s.status)).toEqual(['nearLimit', 'overLimit', 'ok']);
  });

  test('the hold counts what is more than the hold days past due, in whole buckets, above the minimum', () => {
    // Buckets: not yet due, 1–30, 31–60, 61–90, 91–180, over 180.
    const cases = [
      { buckets: [0, 0, 1000, 1000, 0, 0], approved: 1e6 }, // 1,000 more than 60 days: not above the minimum
      { buckets: [0, 0, 0, 600, 400.01, 0], approved: 1e6 }, // 1,000.01: hold
      { buckets: [0, 9e5, 1001, 0, 0, 0], approved: 1e7 }, // only 31–60 days: no hold
    ];
    expect(statuses(decide(cases)).map((s) => s.status)).toEqual(['ok', 'overdueHold', 'ok']);
    expect([...decide(cases).holdAmount]).toEqual([1000, 1000.01, 0]);
    // Hold days 45 count from the bucket that starts after 60 (the buckets are whole); 30 count 31–60 too.
    expect([...decide(cases, { ...defaultControlRules(), holdDays: 45 }).holdAmount]).toEqual([1000, 1000.01, 0]);
    expect(statuses(decide(cases, { ...defaultControlRules(), holdDays: 30 })).map((s) => s.status)).toEqual(['overdueHold', 'overdueHold', 'overdueHold']);
  });

  test('the limit: the approved one when it is a number, else the recommended one, else none (not rated)', () => {
    const d = decide([{ open: 10, approved: 500, recommended: 900 }, { open: 10, recommended: 900 }, { open: 10 }, { open: 0, approved: -5 }]);
    expect([...d.limitUsed]).toEqual([500, 900, NaN, -5]);
    expect([...d.onRecommended]).toEqual([0, 1, 0, 0]);
    expect(statuses(d)).toEqual([{ status: 'ok', others: [] }, { status: 'ok', others: [] }, { status: 'notRated', others: [] }, { status: 'noCredit', others: ['overLimit'] }]);
    expect([...d.utilisation]).toEqual([0.02, 10 / 900, NaN, NaN]);
    expect([...d.available]).toEqual([490, 890, NaN, -5]);
  });

  test('not rated and nothing approved: no limit, so neither no credit nor over or near a limit, whatever the exposure', () => {
    const d = decide([{ open: 5e6 }, { open: 0 }, { open: -300 }, { open: 100, orders: 9e5 }]);
    expect(statuses(d)).toEqual([0, 1, 2, 3].map(() => ({ status: 'notRated', others: [] })));
    expect([...d.limitUsed, ...d.available, ...d.utilisation].every(Number.isNaN)).toBe(true);
    expect([...d.exposure]).toEqual([5e6, 0, -300, 900100]);
  });

  test('not rated with old overdue debt: the hold is the status (it stops shipping), not rated is listed beside it', () => {
    const d = decide([{ buckets: [0, 0, 0, 0, 8000, 0] }, { buckets: [0, 0, 0, 1000, 0, 0] }]);
    expect(statuses(d)).toEqual([{ status: 'overdueHold', others: ['notRated'] }, { status: 'notRated', others: [] }]);
    expect([...d.onRecommended]).toEqual([0, 0]);
  });

  test('not rated but with an approved limit: the approved limit is the limit, decided as any other', () => {
    const d = decide([{ open: 2000, approved: 1000 }, { open: 950, approved: 1000 }, { open: 10, approved: 0 }, { open: 10, approved: 1000 }]);
    expect([...d.limitUsed]).toEqual([1000, 1000, 0, 1000]);
    expect([...d.onRecommended]).toEqual([0, 0, 0, 0]);
    expect(statuses(d).map((s) => s.status)).toEqual(['overLimit', 'nearLimit', 'noCredit', 'ok']);
  });

  test('a recommended limit of 0 is a limit: no credit (cash or collateral), on the recommended limit', () => {
    const d = decide([{ open: 10, recommended: 0 }, { open: 0, recommended: 0 }]);
    expect(statuses(d)).toEqual([{ status: 'noCredit', others: ['overLimit'] }, { status: 'noCredit', others: [] }]);
    expect([...d.limitUsed]).toEqual([0, 0]);
    expect([...d.onRecommended]).toEqual([1, 1]);
    expect([...d.available]).toEqual([-10, 0]);
  });

  test('open orders count in the exposure when the scorecard says so and the cell holds a number', () => {
    const customers = [{ open: 1000, orders: 500, approved: 1e6 }, { open: 1000, approved: 1e6 }];
    expect([...decide(customers).exposure]).toEqual([1500, 1000]);
    expect([...decide(customers, { ...defaultControlRules(), countOrders: false }).exposure]).toEqual([1000, 1000]);
  });
});

describe('the formulas compute what the core says, on every customer of a generated ledger', () => {
  const g = generateLedger(5, 'both', 60, 2000);
  const customers = customerIndex(g.customers.map((k) => normalizeKey(k)!));
  const rawApproved = Array.from(g.approvedLimit, (v, c) => (Number.isNaN(v) ? (c % 2 ? 'pending' : null) : v));
  const rawOrders = Array.from(g.openOrders, (v, c) => (Number.isNaN(v) ? (c % 3 ? null : 'tbc') : v));
  const rawRecommended = Array.from(g.recommendedLimit, (v) => (Number.isNaN(v) ? 'Not rated' : v));
  const names = (rules: ControlRules): Record<string, Value> => ({
    [CONTROL_NAMES.nearLimit]: rules.nearLimit, [CONTROL_NAMES.tolerancePct]: rules.tolerancePct, [CONTROL_NAMES.toleranceAmount]: rules.toleranceAmount,
    [CONTROL_NAMES.holdDays]: rules.holdDays, [CONTROL_NAMES.holdMinimum]: rules.holdMinimum, [CONTROL_NAMES.countOrders]: rules.countOrders ? 1 : 0,
  });

  const RULES: [string, ControlRules][] = [
    ['default', defaultControlRules()],
    ['tolerant, orders not counted, hold after 90 days', { ...defaultControlRules(), tolerancePct: 0.15, toleranceAmount: 150000, countOrders: false, holdDays: 90, holdMinimum: 5000 }],
  ];
  const LANGUAGES: Language[] = ['en', 'zh-Hant', 'zh-Hans'];

  test.each(RULES.flatMap(([name, rules]) => LANGUAGES.map((lang) => [name, lang, rules] as const)))('%s rules, %s', (_name, lang, rules) => {
    const result = runControlCore({
      receivables: {
        sheet: 'AR', firstRow: 1, key: { col: 0, values: g.columns.key }, documentNumber: { col: 1, values: g.columns.documentNumber },
        date: { col: 2, values: g.columns.date }, dueDate: { col: 3, values: g.columns.dueDate }, amount: { col: 4, values: g.columns.amount },
        openAmount: { col: 5, values: g.columns.openAmount! }, paidDate: { col: 6, values: g.columns.paidDate! }, paidAmount: { col: 7, values: g.columns.paidAmount! },
      },
      customers, customerSheet: 'Customers', approvedLimit: g.approvedLimit, openOrders: g.openOrders,
      termsDays: Float64Array.from(g.termsDays, (t) => (t === null ? NaN : t)), recommendedLimit: g.recommendedLimit, recentSales: g.recentSales,
      rules, creditMonths: g.creditMonths, asOf: g.asOf, latestDate: g.asOf + 366,
    });
    const writer = new ControlRowWriter(OWN, SOURCE, rules, lang);
    const seen = new Set<string>();
    let formulas = 0;
    g.customers.forEach((_, c) => {
      const row = c + 1;
      const cells = writer.row(c, row, result.aggregates, result.decisions);
      const memo = new Map<number, Value>();
      const valueAt = (col: number): Value => {
        if (col === 0) return g.customers[c]!;
        if (col === SOURCE.approvedLimit) return rawApproved[c]!;
        if (col === SOURCE.openOrders) return rawOrders[c]!;
        if (col === SOURCE.recommendedLimit) return rawRecommended[c]!;
        const cell: CellWrite = cells[col - OWN[0]!]!;
        if (!isFormulaWrite(cell)) return cell;
        if (!memo.has(col)) memo.set(col, evaluate(cell.formula, lookup));
        return memo.get(col)!;
      };
      const lookup = (ref: string): Value => {
        const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
        if (!m) {
          if (!(ref in names(rules))) throw new Error(`unknown name ${ref}`);
          return names(rules)[ref]!;
        }
        if (Number(m[2]) !== row + 1) throw new Error(`${ref} is not on the formula's row ${row + 1}`);
        return valueAt(columnIndex(m[1]!));
      };
      cells.forEach((cell, i) => {
        if (!isFormulaWrite(cell)) return;
        formulas++;
        expect({ c, column: CONTROL_COLUMNS[i]!.marker, value: valueAt(OWN[i]!) }).toEqual({ c, column: CONTROL_COLUMNS[i]!.marker, value: cell.value });
        seen.add(`${i}:${cell.value}`);
      });
    });
    expect(formulas).toBe(g.customers.length * 8);
    // Both sides of every status were exercised: several statuses and several "also" texts.
    const statusTexts = [...seen].filter((s) => s.startsWith(`${CONTROL_COL.status}:`));
    expect(statusTexts.length).toBeGreaterThanOrEqual(4);
    // Not-rated customers among them, with n/a for their limit.
    expect(seen.has(`${CONTROL_COL.status}:${label('control.status.notRated', lang)}`)).toBe(true);
    expect(seen.has(`${CONTROL_COL.limitUsed}:${label('value.na', lang)}`)).toBe(true);
    expect([...seen].filter((s) => s.startsWith(`${CONTROL_COL.statusAlso}:`)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the formulas as Excel gets them', () => {
  const ALLOWED = new Set(['IF', 'ISNUMBER', 'AND', 'MID', 'MOD']);
  const functions = (f: string) => [...f.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!);
  /** A formula in R1C1 terms: each A1 reference as its offset from the formula's cell. */
  const r1c1 = (f: string, row: number, col: number) =>
    f.replace(/"(?:[^"]|"")*"|\b([A-Z]{1,3})(\d+)\b/g, (all, letters: string | undefined, digits: string | undefined) =>
      (letters ? `R[${Number(digits) - 1 - row}]C[${columnIndex(letters) - col}]` : all));

  test.each(['en', 'zh-Hant', 'zh-Hans'] as Language[])('%s: under 400 characters on the last row, one formula per column in R1C1 terms, functions Excel 2016 and LibreOffice share', (lang) => {
    for (const source of [SOURCE, { ...SOURCE, approvedLimit: null, openOrders: null }]) {
      const writer = new ControlRowWriter(OWN, source, defaultControlRules(), lang);
      expect(writer.longestFormula(7).length).toBeLessThan(400);
      const d = decide([{ open: 1 }]);
      const agg = { ...aggregates([{ open: 1 }]), documents: new Int32Array(1), overdue: new Float64Array(1), oldestDaysPastDue: new Float64Array(1), paidDocuments: new Int32Array(1), avgDaysLate: new Float64Array(1), onTimeShare: new Float64Array(1), dso: new Float64Array(1), longOverdueTotal: 0 };
      const at = (row: number) => writer.row(0, row, agg, d);
      const early = at(4);
      const late = at(1048575);
      early.forEach((cell, i) => {
        if (!isFormulaWrite(cell)) return;
        const other = late[i]!;
        if (!isFormulaWrite(other)) throw new Error('a formula column must hold formulas on every row');
        expect(r1c1(cell.formula, 4, OWN[i]!)).toBe(r1c1(other.formula, 1048575, OWN[i]!));
        expect(other.formula.length).toBeLessThan(400);
        for (const name of functions(cell.formula)) expect({ name, allowed: ALLOWED.has(name) }).toEqual({ name, allowed: true });
        for (const name of cell.formula.replace(/"(?:[^"]|"")*"/g, '').match(/CreditDesk_\w+/g) ?? []) {
          expect(Object.values(CONTROL_NAMES)).toContain(name);
        }
      });
    }
  });

  test('the cells of a customer row: values where the figures are, formulas with their values where the decisions are', () => {
    const writer = new ControlRowWriter(OWN, SOURCE, defaultControlRules(), 'en');
    const d = decide([{ buckets: [100000, 0, 0, 2000, 0, 0], recommended: 50000 }]);
    const agg = {
      ...aggregates([{ buckets: [100000, 0, 0, 2000, 0, 0] }]), documents: Int32Array.of(3), overdue: Float64Array.of(2000), oldestDaysPastDue: Float64Array.of(75),
      paidDocuments: Int32Array.of(0), avgDaysLate: Float64Array.of(NaN), onTimeShare: Float64Array.of(NaN), dso: Float64Array.of(NaN), longOverdueTotal: 0,
    };
    const cells = writer.row(0, 4, agg, d);
    const letter = (i: number) => columnLetter(OWN[i]!);
    // A formula cell as written: its text (made for its row) and its value.
    const written = (cell: CellWrite | undefined) => (cell !== undefined && isFormulaWrite(cell) ? { formula: cell.formula, value: cell.value } : cell);
    const code = `${letter(CONTROL_COL.statusCode)}5`;
    const limit = `${letter(CONTROL_COL.limitUsed)}5`;
    expect(cells.slice(0, CONTROL_COL.limitUsed)).toEqual([102000, 2000, 100000, 0, 0, 2000, 0, 0, 75, null, null, null,
      'no documents paid in the 365 days; no net sales in the 90 days: no days sales outstanding']);
    expect(written(cells[CONTROL_COL.status])).toEqual({
      formula: `=IF(${code}>=16,"No credit (cash or collateral)",IF(${code}>=8,"Overdue hold",IF(${code}>=4,"Not rated: survey needed",IF(${code}>=2,"Over limit",IF(${code}=1,"Near limit","OK")))))`
        + `&IF(ISNUMBER(B5),"",IF(ISNUMBER(${limit}),"${' (recommended limit)'}",""))`,
      value: 'Overdue hold (recommended limit)',
    });
    expect(written(cells[CONTROL_COL.statusAlso])).toEqual({ formula: expect.stringMatching(/^=MID\(/), value: 'Over limit' });
    expect(written(cells[CONTROL_COL.limitUsed])).toEqual({ formula: '=IF(ISNUMBER(B5),B5,IF(ISNUMBER(D5),D5,"n/a"))', value: 50000 });
    expect(written(cells[CONTROL_COL.available])).toEqual({ formula: `=IF(ISNUMBER(${limit}),${limit}-${letter(CONTROL_COL.exposure)}5,"n/a")`, value: -52000 });
    expect(written(cells[CONTROL_COL.statusCode])).toEqual({
      formula: `=(${letter(CONTROL_COL.holdAmount)}5>CreditDesk_ControlHoldMinimum)*8+IF(ISNUMBER(${limit}),(${limit}<=0)*16+IF(${letter(CONTROL_COL.exposure)}5>${limit}*(1+CreditDesk_ControlTolerancePct)+CreditDesk_ControlToleranceAmount,2,(${limit}>0)*(${letter(CONTROL_COL.exposure)}5>=CreditDesk_ControlNearLimit*${limit})),4)`,
      value: 10,
    });
    expect(written(cells[CONTROL_COL.exposure])).toEqual({ formula: `=E5+IF(AND(CreditDesk_ControlCountOrders=1,ISNUMBER(C5)),C5,0)`, value: 102000 });
    expect(written(cells[CONTROL_COL.holdAmount])).toEqual({
      formula: '=(0>=CreditDesk_ControlHoldDays)*H5+(30>=CreditDesk_ControlHoldDays)*I5+(60>=CreditDesk_ControlHoldDays)*J5+(90>=CreditDesk_ControlHoldDays)*K5+(180>=CreditDesk_ControlHoldDays)*L5',
      value: 2000,
    });
    expect(written(cells[CONTROL_COL.utilisation])).toEqual({ formula: `=IF(ISNUMBER(${limit}),IF(${limit}>0,${letter(CONTROL_COL.exposure)}5/${limit},"n/a"),"n/a")`, value: 2.04 });

    // The same customer not rated: no limit, so n/a where a limit is needed, and no "(recommended limit)".
    const notRated = writer.row(0, 4, agg, decide([{ buckets: [100000, 0, 0, 2000, 0, 0] }]));
    const values = (cols: number[]) => cols.map((k) => written(notRated[k]) as { value: unknown }).map((w) => w.value);
    expect(values([CONTROL_COL.limitUsed, CONTROL_COL.available, CONTROL_COL.utilisation, CONTROL_COL.status, CONTROL_COL.statusAlso, CONTROL_COL.statusCode]))
      .toEqual(['n/a', 'n/a', 'n/a', 'Overdue hold', 'Not rated: survey needed', 12]);
  });

  test('the status texts in each language', () => {
    const code = decide([{ buckets: [0, 0, 0, 5000, 0, 0], approved: 0 }]).code[0]!;
    expect(new ControlRowWriter(OWN, SOURCE, defaultControlRules(), 'zh-Hant').statusCell(code, true)).toEqual({ status: '不授信 (現金或擔保) (依建議額度)', also: '逾期停止出貨、超過額度' });
    expect(new ControlRowWriter(OWN, SOURCE, defaultControlRules(), 'zh-Hans').statusCell(code, false)).toEqual({ status: '不授信 (现金或担保)', also: '逾期停止发货、超过额度' });
    expect(new ControlRowWriter(OWN, SOURCE, defaultControlRules(), 'en').statusCell(0, false)).toEqual({ status: 'OK', also: '' });
    const held = decide([{ buckets: [0, 0, 0, 5000, 0, 0] }]).code[0]!;
    expect(new ControlRowWriter(OWN, SOURCE, defaultControlRules(), 'zh-Hant').statusCell(held, false)).toEqual({ status: '逾期停止出貨', also: '未評等：需辦理信用調查' });
    expect(new ControlRowWriter(OWN, SOURCE, defaultControlRules(), 'zh-Hans').statusCell(held, false)).toEqual({ status: '逾期停止发货', also: '未评级：需办理信用调查' });
    expect(new ControlRowWriter(OWN, SOURCE, defaultControlRules(), 'en').statusCell(decide([{ open: 1 }]).code[0]!, false)).toEqual({ status: 'Not rated: survey needed', also: '' });
  });
});
