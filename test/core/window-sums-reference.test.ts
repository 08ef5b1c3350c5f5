// The date windows (windowSums, monthlyAverages, salesInWindow) read the tier
// pass's sales lines instead of the sales cells: checked against the way they
// were worked out before, a second sumNetSales pass with the window as its
// period. Amounts have fractions, so a row added twice, left out or added out
// of sheet order shows in the bits of the sums.
import fc from 'fast-check';
import { FORMULA_WITHOUT_VALUE, type CellValue } from '../../src/core/cells/cell';
import { cellAddress } from '../../src/core/cells/address';
import { readSaleDate } from '../../src/core/cells/normalize';
import { salesInWindow } from '../../src/core/control/sales-window';
import { customerIndex } from '../../src/core/control/ledger';
import { DSO_DAYS } from '../../src/core/control/aggregates';
import { monthlyAverages, twelveMonthStart } from '../../src/core/credit/monthly-average';
import { sumNetSales, type NetSales, type SalesColumns } from '../../src/core/tiers/net-sales';
import { windowSums } from '../../src/core/tiers/window-sums';

const LATEST = 46000;

const KEYS: CellValue[] = ['K1', 'k1 ', ' K1', 'Ｋ1', 'K2', 'k 2', 'K\t2', 'K3', 1, '1', 1.5, '', '  ', null, true, '#N/A', FORMULA_WITHOUT_VALUE, '__proto__', 'constructor'];
const AMOUNTS = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(0.1, 0.2, 0.3, 1e15 + 0.5, -0, 1e100, -1e100) },
  fc.constantFrom<CellValue>('1,234.57', '(12.10)', 'NT$ 500', 'abc', '', null, '#N/A', FORMULA_WITHOUT_VALUE, 1e101, true, NaN, Infinity),
);
const FACTORS = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -50, max: 50, noNaN: true }) },
  fc.constantFrom<CellValue>('2.5', 'x', null, 1e60, -1e60, 1e101, FORMULA_WITHOUT_VALUE),
);
const SERIAL = fc.integer({ min: 45200, max: 46100 });
const DATES = fc.oneof(
  { weight: 8, arbitrary: SERIAL },
  { weight: 2, arbitrary: fc.double({ min: 45200, max: 46100, noNaN: true }) },
  fc.constantFrom<CellValue>(LATEST, LATEST + 0.5, LATEST + 1, 1, 0.5, '2025-01-15', '2024/02/30', '2204-01-01', 'soon', '', null, 20240115, 0, FORMULA_WITHOUT_VALUE, true, '#VALUE!'),
);

const scenario = fc.record({
  rows: fc.array(fc.record({ key: fc.constantFrom(...KEYS), amount: AMOUNTS, quantity: FACTORS, price: FACTORS, date: DATES }), { maxLength: 80 }),
  byQuantity: fc.boolean(),
  withDate: fc.boolean(),
  period: fc.option(fc.record({ from: fc.option(SERIAL, { nil: undefined }), to: fc.option(SERIAL, { nil: undefined }) }), { nil: undefined }),
  window: fc.tuple(SERIAL, SERIAL),
  asOf: SERIAL,
  customerKeys: fc.uniqueArray(fc.constantFrom('k1', 'k2', 'k 2', 'k3', '1', '1.5', '__proto__', 'k9'), { maxLength: 8 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function salesOf(s: Scenario): SalesColumns {
  const col = (c: number, values: CellValue[]) => ({ col: c, values });
  return {
    sheet: 'Sales',
    firstRow: 1,
    key: col(1, s.rows.map((r) => r.key)),
    ...(s.byQuantity ? { quantity: col(2, s.rows.map((r) => r.quantity)), unitPrice: col(3, s.rows.map((r) => r.price)) } : { amount: col(2, s.rows.map((r) => r.amount)) }),
    ...(s.withDate ? { date: col(0, s.rows.map((r) => r.date)) } : {}),
  };
}

/** The bits of each number: equal only when bit-identical (+0 and -0 told apart). */
const bits = (values: ArrayLike<number>) => Array.from(new BigUint64Array(Float64Array.from(values).buffer));

/** A window's sums by key, in the order of each customer's first line in it. */
function byKeyOf(net: NetSales, from: number, to: number): [string, number][] {
  const w = windowSums(net, from, to);
  return w.counted.map((c) => [net.customers.keys[c]!, w.sums[c]!]);
}

/** monthlyAverages as it was: a second pass over the sales, the 12 months as its period. */
function oldAverages(sales: SalesColumns, net: NetSales): [string, number][] | null {
  if (net.lastDate === null) return null;
  const window = sumNetSales(sales, { from: twelveMonthStart(net.lastDate), to: net.lastDate }, net.latestDate);
  return [...window.byKey].map(([key, sum]) => [key, Math.round((sum / 12) * 100) / 100]);
}

/** salesInWindow as it was: a second pass over the sales, DSO's days as its period. */
function oldSalesInWindow(sales: SalesColumns, keys: string[], asOf: number, latestDate: number): number[] | null {
  if (!sales.date) return null;
  const window = sumNetSales(sales, { from: asOf - DSO_DAYS + 1, to: asOf }, latestDate);
  return keys.map((k) => window.byKey.get(k) ?? 0);
}

describe('date windows from the tier pass agree with a second pass over the sales', () => {
  test('windowSums, monthlyAverages and salesInWindow: same customers, same order, same bits, whatever the tier period', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const sales = salesOf(s);
        const net = sumNetSales(sales, s.period, LATEST);
        const [from, to] = s.window;

        if (sales.date) {
          const mine = byKeyOf(net, from, to);
          const old = [...sumNetSales(sales, { from, to }, LATEST).byKey];
          expect(mine.map(([k]) => k)).toEqual(old.map(([k]) => k));
          expect(bits(mine.map(([, v]) => v))).toEqual(bits(old.map(([, v]) => v)));
        } else expect(() => windowSums(net, from, to)).toThrow('no date column');

        const averages = monthlyAverages(net);
        const oldAvg = oldAverages(sales, net);
        if (oldAvg === null) expect(averages).toBeNull();
        else {
          expect([...averages!.byKey.keys()]).toEqual(oldAvg.map(([k]) => k));
          expect(bits([...averages!.byKey.values()])).toEqual(bits(oldAvg.map(([, v]) => v)));
        }

        const recent = salesInWindow(net, customerIndex(s.customerKeys), s.asOf);
        const oldRecent = oldSalesInWindow(sales, s.customerKeys, s.asOf, LATEST);
        if (oldRecent === null) expect(recent).toBeNull();
        else expect(bits(recent!)).toEqual(bits(oldRecent));
      }),
      { numRuns: 500 },
    );
  });

  test('the sales lines are the rows a pass without a period counts, with their dates, whatever the tier period; rows outside it are not reported', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const sales = salesOf(s);
        const net = sumNetSales(sales, s.period, LATEST);
        const all = sumNetSales(sales, undefined, LATEST);
        const keyOf = (n: NetSales, c: number) => (c < 0 ? null : n.customers.keys[c]);
        expect([...net.lines.customer].map((c) => keyOf(net, c))).toEqual([...all.rowCustomers].map((c) => keyOf(all, c)));
        const serials = s.rows.map((r) => readSaleDate(r.date, LATEST)).map((d) => (d.ok ? d.serial : NaN));
        if (sales.date) {
          const used = [...net.lines.customer].map((c, i) => (c < 0 ? null : serials[i]));
          expect([...net.lines.date!].map((d, i) => (used[i] === null ? null : d))).toEqual(used);
        } else expect(net.lines.date).toBeNull();
        // A row dated outside the period has no cell reported.
        const outside = (d: number) => s.period !== undefined && sales.date !== undefined && (d < (s.period.from ?? -Infinity) || d > (s.period.to ?? Infinity));
        const quiet = new Set(serials.flatMap((d, i) => (outside(d) ? [0, 1, 2, 3].map((col) => cellAddress(1 + i, col)) : [])));
        expect(net.problems.filter((p) => quiet.has(p.cell))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
