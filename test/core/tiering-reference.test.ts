// The tiering core (sumNetSales, matchCustomers, tierCustomers,
// tierColumnValues, deriveCustomerSheet) against a plain row-by-row model of
// the same rules: one Map update a row, the unoptimised key normalisation, and
// ranks counted pairwise. Amounts are whole numbers or halves, so every sum and
// share is exact and the two must agree to the bit.
import fc from 'fast-check';
import { FORMULA_WITHOUT_VALUE, isErrorValue, toCellWrite, type CellValue } from '../../src/core/cells/cell';
import { cellAddress } from '../../src/core/cells/address';
import { readNumber, readSaleDate } from '../../src/core/cells/normalize';
import { deriveCustomerSheet } from '../../src/core/tiers/derived-customers';
import { matchCustomers, type CustomerColumns } from '../../src/core/tiers/match-customers';
import { MAX_AMOUNT, sumNetSales, type Period, type SalesColumns } from '../../src/core/tiers/net-sales';
import { DEFAULT_THRESHOLDS, type Tier, type TierMode, type TierOptions } from '../../src/core/tiers/tier-options';
import { tierColumnValues, tierCustomers } from '../../src/core/tiers/tier-step';

const LATEST = 46000;

/** The key rule as documented on normalizeKey, without its fast path. */
function modelKey(v: CellValue): string | null {
  if (v === null || typeof v === 'boolean' || isErrorValue(v)) return null;
  const key = String(v).normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return key === '' ? null : key;
}

const trimmedBlank = (v: CellValue) => v === null || (typeof v === 'string' && v.trim() === '');

/** A row is blank when every cell read is: null, or text of spaces whose first character is a control character or an ASCII space. */
function modelBlankCell(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && (v.length === 0 || v.charCodeAt(0) <= 32) && v.trim() === '');
}

type Part = { ok: true; value: number } | { ok: false; col: number; code: string };

function modelPart(v: CellValue, col: number): Part {
  const r = readNumber(v);
  if (r.ok) return Math.abs(r.value) <= MAX_AMOUNT ? r : { ok: false, col, code: 'amountOverflow' };
  return { ok: false, col, code: r.formula ? 'formulaWithoutValue' : r.tooLarge ? 'amountOverflow' : trimmedBlank(v) ? 'blankAmount' : 'badNumber' };
}

function modelAmount(cols: SalesColumns, i: number): Part {
  if (cols.amount) return modelPart(cols.amount.values[i] ?? null, cols.amount.col);
  const q = modelPart(cols.quantity!.values[i] ?? null, cols.quantity!.col);
  if (!q.ok) return q;
  const p = modelPart(cols.unitPrice!.values[i] ?? null, cols.unitPrice!.col);
  if (!p.ok) return p;
  const value = q.value * p.value;
  return Math.abs(value) <= MAX_AMOUNT ? { ok: true, value } : { ok: false, col: cols.unitPrice!.col, code: 'amountOverflow' };
}

function modelNet(cols: SalesColumns, period: Period | undefined) {
  const byKey = new Map<string, number>();
  const firstSeen = new Map<string, { key: CellValue; label: CellValue }>();
  const problems: string[] = [];
  const rowKeys: (string | null)[] = cols.key.values.map(() => null);
  const undated: { index: number; code: string }[] = [];
  const read = [cols.key, cols.amount, cols.quantity, cols.unitPrice, cols.date].filter((c) => c !== undefined);
  const filter = period !== undefined && (period.from !== undefined || period.to !== undefined);
  let rowsRead = 0;
  let rowsSkipped = 0;
  let rowsOutsidePeriod = 0;
  const dates: number[] = [];
  const at = (i: number, col: number, code: string) => {
    problems.push(`${cols.sheet}!${cellAddress(cols.firstRow + i, col)} ${code}`);
    rowsSkipped++;
  };
  cols.key.values.forEach((raw, i) => {
    if (read.every((c) => modelBlankCell(c!.values[i] ?? null))) return;
    const key = modelKey(raw);
    const amount = key === null ? null : modelAmount(cols, i);
    // A usable sales line, in the period or not: its customer is on a list made from the sales rows, first seen here.
    if (key !== null && amount!.ok && !firstSeen.has(key)) {
      const label = cols.label?.values[i] ?? null;
      firstSeen.set(key, { key: raw, label: label === FORMULA_WITHOUT_VALUE ? null : label });
    }
    let serial: number | null = null;
    let unusable: string | null = null;
    if (cols.date) {
      const d = readSaleDate(cols.date.values[i] ?? null, LATEST);
      if (d.ok) serial = d.serial;
      else if (filter) {
        rowsRead++;
        // A blank date cell has its own wording.
        at(i, cols.date.col, d.code === 'badDate' && modelBlankCell(cols.date.values[i] ?? null) ? 'blankDate' : d.code);
        return;
      } else unusable = d.code;
    }
    if (filter && serial !== null && ((period.from !== undefined && serial < period.from) || (period.to !== undefined && serial > period.to))) {
      rowsOutsidePeriod++;
      return;
    }
    rowsRead++;
    if (key === null) {
      at(i, cols.key.col, raw === FORMULA_WITHOUT_VALUE ? 'formulaWithoutValue' : isErrorValue(raw) ? 'errorKey' : 'blankKey');
      return;
    }
    const line = amount!;
    if (!line.ok) {
      at(i, line.col, line.code);
      return;
    }
    byKey.set(key, (byKey.get(key) ?? 0) + line.value);
    rowKeys[i] = key;
    if (serial !== null) dates.push(serial);
    if (unusable !== null) undated.push({ index: i, code: unusable });
  });
  const firstDate = dates.length > 0 ? Math.min(...dates) : null;
  const lastDate = dates.length > 0 ? Math.max(...dates) : null;
  return { byKey, firstSeen, problems, rowKeys, undated, rowsRead, rowsSkipped, rowsOutsidePeriod, firstDate, lastDate };
}

function modelMatch(customers: CustomerColumns, net: ReturnType<typeof modelNet>, salesSheet: string, salesKeyCol: number) {
  const firstRow = new Map<string, number>();
  const problems: string[] = [];
  const duplicateKeys = new Set<string>();
  const rowKeys = customers.key.values.map((raw, i) => {
    const key = modelKey(raw);
    const cell = `${customers.sheet}!${cellAddress(customers.firstRow + i, customers.key.col)}`;
    if (key === null) {
      if (raw === FORMULA_WITHOUT_VALUE) problems.push(`${cell} formulaWithoutValue`);
      else if (isErrorValue(raw)) problems.push(`${cell} errorKey`);
      else if (customers.other && !trimmedBlank(customers.other.values[i] ?? null)) problems.push(`${cell} blankKeyRow`);
      return null;
    }
    if (firstRow.has(key)) {
      duplicateKeys.add(String(raw).trim());
      problems.push(`${cell} duplicateKey`);
      return null;
    }
    firstRow.set(key, customers.firstRow + i);
    return key;
  });
  const unknown = { rows: 0, amount: 0, keys: [] as string[] };
  for (const [key, amount] of net.byKey) {
    if (firstRow.has(key)) continue;
    unknown.amount += amount;
    unknown.keys.push(String(net.firstSeen.get(key)!.key).trim());
  }
  net.rowKeys.forEach((key, i) => {
    if (key === null || firstRow.has(key)) return;
    unknown.rows++;
    problems.push(`${salesSheet}!${cellAddress(1 + i, salesKeyCol)} unknownCustomer`);
  });
  return { rowKeys, keys: [...firstRow.keys()], duplicateKeys: [...duplicateKeys], unknown, problems };
}

/** Tier columns by the brief's rule, counted pairwise: rank = 1 + customers with strictly greater net sales. */
function modelTierColumns(rowKeys: (string | null)[], keys: string[], byKey: Map<string, number>, options: TierOptions) {
  const sales = keys.map((k) => byKey.get(k) ?? 0);
  const positive = sales.filter((v) => v > 0);
  const total = positive.reduce((s, v) => s + v, 0);
  const result = new Map<string, [number, number | null, number | null, number | null, Tier]>();
  keys.forEach((key, i) => {
    const v = sales[i]!;
    if (!(v > 0)) return result.set(key, [v, null, null, null, 'D']);
    const greater = positive.filter((w) => w > v);
    const sumGreater = greater.reduce((s, w) => s + w, 0);
    const equal = positive.filter((w) => w === v).length;
    const before = options.mode === 'sales' ? sumGreater / total : greater.length / positive.length;
    const tier: Tier = before < options.thresholds[0] ? 'A' : before < options.thresholds[1] ? 'B' : 'C';
    return result.set(key, [v, v / total, (sumGreater + v * equal) / total, greater.length + 1, tier]);
  });
  const columns: (number | string | null)[][] = [[], [], [], [], []];
  for (const key of rowKeys) {
    const r = key === null ? undefined : result.get(key);
    for (let c = 0; c < 5; c++) columns[c]!.push(r ? r[c]! : null);
  }
  return columns;
}

const KEYS: CellValue[] = [
  'K1', 'k1 ', ' K1', 'Ｋ1', 'K2', 'k 2', 'k  2', 'K\t2', 'K3', 'c000007', 1, '1', 1.5, '', '  ', '\u3000', null, true, false, '#N/A', FORMULA_WITHOUT_VALUE,
  '__proto__', 'constructor', 'toString', 'hasOwnProperty',
];
const AMOUNTS = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -200, max: 1000 }) },
  fc.constantFrom<CellValue>('1,234.50', '(12)', 'NT$ 500', '１２', 'abc', '', '  ', null, '#N/A', FORMULA_WITHOUT_VALUE, 1e101, -1e101, true, NaN, -0, 0.5, '9'.repeat(400)),
);
const FACTORS = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: -3, max: 20 }) }, fc.constantFrom<CellValue>('2', 'x', null, 1e60, -1e60, 1e101, FORMULA_WITHOUT_VALUE));
const DATES = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 44000, max: 46100 }) },
  fc.constantFrom<CellValue>(LATEST, LATEST + 0.5, LATEST + 1, 1, 0.5, '2024-01-15', '2024/02/30', '2204-01-01', '1899-12-31', 'soon', '', null, 20240115, 0, -5, 45000.7, FORMULA_WITHOUT_VALUE, true, '#VALUE!'),
);
const LABELS = fc.constantFrom<CellValue>('Acme', 'Beta Ltd', null, '', FORMULA_WITHOUT_VALUE, 7);
const SERIAL = fc.integer({ min: 44000, max: 46100 });

const scenario = fc.record({
  rows: fc.array(fc.record({ key: fc.constantFrom(...KEYS), amount: AMOUNTS, quantity: FACTORS, price: FACTORS, date: DATES, label: LABELS }), { maxLength: 60 }),
  byQuantity: fc.boolean(),
  withDate: fc.boolean(),
  withLabel: fc.boolean(),
  period: fc.option(fc.record({ from: fc.option(SERIAL, { nil: undefined }), to: fc.option(SERIAL, { nil: undefined }) }), { nil: undefined }),
  customerKeys: fc.array(fc.constantFrom<CellValue>(...KEYS, 'K9', 'k9'), { maxLength: 12 }),
  others: fc.array(fc.constantFrom<CellValue>('note', null, '', ' '), { maxLength: 12 }),
  withOther: fc.boolean(),
  mode: fc.constantFrom<TierMode>('sales', 'headcount'),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function columnsOf(s: Scenario): { sales: SalesColumns; customers: CustomerColumns } {
  const col = (c: number, values: CellValue[]) => ({ col: c, values });
  const sales: SalesColumns = {
    sheet: 'Sales',
    firstRow: 1,
    key: col(1, s.rows.map((r) => r.key)),
    ...(s.withLabel ? { label: col(2, s.rows.map((r) => r.label)) } : {}),
    ...(s.byQuantity ? { quantity: col(3, s.rows.map((r) => r.quantity)), unitPrice: col(4, s.rows.map((r) => r.price)) } : { amount: col(3, s.rows.map((r) => r.amount)) }),
    ...(s.withDate ? { date: col(0, s.rows.map((r) => r.date)) } : {}),
  };
  const customers: CustomerColumns = {
    sheet: 'Customers',
    firstRow: 1,
    key: col(0, s.customerKeys),
    ...(s.withOther ? { other: col(1, s.customerKeys.map((_, i) => s.others[i] ?? null)) } : {}),
  };
  return { sales, customers };
}

const cellsOf = (problems: { sheet: string; cell: string; code?: string }[]) => problems.map((p) => `${p.sheet}!${p.cell} ${p.code}`);

describe('the tiering core agrees with a row-by-row model of its rules', () => {
  test('net sales, first-seen keys, reports (row-precise, in order), dates, matching, unknown customers and every tier figure', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { sales, customers } = columnsOf(s);
        const net = sumNetSales(sales, s.period, LATEST);
        const model = modelNet(sales, s.period);
        expect(cellsOf(net.problems)).toEqual(model.problems);
        expect([...net.byKey]).toEqual([...model.byKey]);
        expect(net.counted.map((c) => net.customers.keys[c])).toEqual([...model.byKey.keys()]);
        expect(net.counted.map((c) => net.firstSeen[c])).toEqual([...model.byKey.keys()].map((k) => model.firstSeen.get(k)));
        expect([...net.rowCustomers].map((c) => (c < 0 ? null : net.customers.keys[c]))).toEqual(model.rowKeys);
        expect({ read: net.rowsRead, skipped: net.rowsSkipped, outside: net.rowsOutsidePeriod, first: net.firstDate, last: net.lastDate }).toEqual({
          read: model.rowsRead, skipped: model.rowsSkipped, outside: model.rowsOutsidePeriod, first: model.firstDate, last: model.lastDate,
        });
        expect(net.undated.map((u) => ({ index: u.index, code: u.code }))).toEqual(model.undated);

        const match = matchCustomers(customers, net, 'Sales', 1);
        const modelMatched = modelMatch(customers, model, 'Sales', 1);
        expect({ ...match, problems: cellsOf(match.problems) }).toEqual(modelMatched);

        const options: TierOptions = { mode: s.mode, thresholds: [...DEFAULT_THRESHOLDS[s.mode]] };
        const outcome = tierCustomers(match.keys, net, options);
        expect(tierColumnValues(match.rowKeys, outcome.byKey)).toEqual(modelTierColumns(match.rowKeys, match.keys, model.byKey, options));

        const derived = deriveCustomerSheet(net, 'customerId', s.withLabel, 'en', [], []);
        // Every customer with a usable sales line, in the period or not.
        const sorted = [...model.firstSeen.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(derived.keys).toEqual(sorted);
        expect(derived.keyColumns[0]).toEqual(sorted.map((k) => toCellWrite(model.firstSeen.get(k)!.key)));
      }),
      { numRuns: 400 },
    );
  });

  test('one customer written two ways, each first met on a row left out, keeps the sales of both ways', () => {
    // "K1" and "k1 " are one customer; both are first seen on rows with a bad amount.
    const sales: SalesColumns = { sheet: 'Sales', firstRow: 1, key: { col: 0, values: ['K1', 'k1 ', 'K1', 'k1 '] }, amount: { col: 1, values: ['x', 'y', 10, 5] } };
    const net = sumNetSales(sales, undefined, LATEST);
    expect([...net.byKey]).toEqual([['k1', 15]]);
    expect(net.counted.map((c) => net.firstSeen[c]!.key)).toEqual(['K1']);
    expect(cellsOf(net.problems)).toEqual(['Sales!B2 badNumber', 'Sales!B3 badNumber']);
  });

  test('keys named like object properties are customers like any other', () => {
    const sales: SalesColumns = { sheet: 'Sales', firstRow: 1, key: { col: 0, values: ['__proto__', 'constructor', '__proto__'] }, amount: { col: 1, values: [1, 2, 3] } };
    expect([...sumNetSales(sales, undefined, LATEST).byKey]).toEqual([['__proto__', 4], ['constructor', 2]]);
  });
});
