import { FORMULA_WITHOUT_VALUE, type CellValue } from '../../src/core/cells/cell';
import { dateToSerial, latestPlausibleDate, normalizeKey, readNumber, readSaleDate } from '../../src/core/cells/normalize';
import { recognize } from '../../src/core/columns/recognize';
import { monthlyAverages, undatedSales } from '../../src/core/credit/monthly-average';
import { ratioOverflows, ratioValues } from '../../src/core/credit/ratios';
import { defaultScorecard } from '../../src/core/credit/scorecard-config';
import { parseScorecard } from '../../src/core/credit/scorecard-read';
import { scorecardSheetOps } from '../../src/core/credit/scorecard-sheet';
import { ScorecardRules } from '../../src/core/credit/scoring';
import { PROBLEM_LABELS } from '../../src/core/i18n/problem-labels';
import { problemText } from '../../src/core/i18n/problem-text';
import { checkWritePlan } from '../../src/core/plan/check-plan';
import type { ValuesOp, WriteOp } from '../../src/core/plan/write-ops';
import { InputError, type ProblemCode } from '../../src/core/problems';
import { assignTiers, roundNetSales } from '../../src/core/tiers/assign-tiers';
import { matchCustomers } from '../../src/core/tiers/match-customers';
import { MAX_AMOUNT, sumNetSales, type SalesColumns } from '../../src/core/tiers/net-sales';
import { isSummaryLabel, trailingSummaryRows } from '../../src/core/tiers/summary-rows';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import type { SheetInfo } from '../../src/core/workbook-shape';
import { englishWords } from '../taskpane/pane-text';
import { reasonOf } from '../support/reason-of';

/** The run's date in these tests: 2026-06-15, so sales may be dated up to 2027-06-15. */
const TODAY = new Date(2026, 5, 15);
const LATEST = latestPlausibleDate(TODAY);
const D = (y: number, m: number, d: number) => dateToSerial(y, m, d);

function sales(rows: [CellValue, CellValue, CellValue][]): SalesColumns {
  return {
    sheet: 'Sales',
    firstRow: 1,
    date: { col: 0, values: rows.map((r) => r[0]) },
    key: { col: 1, values: rows.map((r) => r[1]) },
    amount: { col: 2, values: rows.map((r) => r[2]) },
  };
}
const where = (problems: { cell: string; code?: ProblemCode }[]) => problems.map((p) => [p.cell, p.code]);

describe('dates: one rule for a usable sales date (1900-01-01 to a year after the run)', () => {
  test('the latest plausible date is one year after the run date', () => {
    expect(LATEST).toBe(D(2027, 6, 15));
    expect(readSaleDate(LATEST, LATEST)).toEqual({ ok: true, serial: LATEST });
    expect(readSaleDate(LATEST + 1, LATEST)).toEqual({ ok: false, code: 'implausibleDate', value: '2027-06-16' });
  });

  test('a yyyymmdd number, a mistyped year, a zero, a negative or a pre-1900 text date are implausible, shown as the user knows them', () => {
    expect(readSaleDate(20240115, LATEST)).toEqual({ ok: false, code: 'implausibleDate', value: '20240115' });
    expect(readSaleDate(D(2204, 1, 15), LATEST)).toEqual({ ok: false, code: 'implausibleDate', value: '2204-01-15' });
    expect(readSaleDate('2204-01-15', LATEST)).toEqual({ ok: false, code: 'implausibleDate', value: '"2204-01-15"' });
    expect(readSaleDate(0, LATEST)).toMatchObject({ ok: false, code: 'implausibleDate' });
    expect(readSaleDate(-3, LATEST)).toMatchObject({ ok: false, code: 'implausibleDate' });
    expect(readSaleDate('1899-12-31', LATEST)).toMatchObject({ ok: false, code: 'implausibleDate' });
  });

  test('usable dates: serials and ISO-like text in the window; unreadable text and formulas without a value are told apart', () => {
    expect(readSaleDate(D(2025, 3, 1) + 0.75, LATEST)).toEqual({ ok: true, serial: D(2025, 3, 1) });
    expect(readSaleDate('1900-01-01', LATEST)).toEqual({ ok: true, serial: D(1900, 1, 1) });
    expect(readSaleDate('2025年3月1日', LATEST)).toEqual({ ok: true, serial: D(2025, 3, 1) });
    expect(readSaleDate('soon', LATEST)).toEqual({ ok: false, code: 'badDate', value: '"soon"' });
    expect(readSaleDate(FORMULA_WITHOUT_VALUE, LATEST)).toMatchObject({ ok: false, code: 'formulaWithoutValue' });
  });

  test('repro: a sale dated 20240115 no longer moves the 12-month window ahead; it counts in net sales, out of the average, reported once', () => {
    const cols = sales([[D(2026, 1, 10), 'A', 1200], [D(2026, 2, 10), 'B', 2400], [20240115, 'C', 600], [D(2204, 1, 15), 'A', 120]]);
    const net = sumNetSales(cols, undefined, LATEST);
    expect(net.lastDate).toBe(D(2026, 2, 10));
    expect(Object.fromEntries(net.byKey)).toEqual({ a: 1320, b: 2400, c: 600 });
    expect(net.problems).toEqual([]); // no date window in the tiers without a period
    const averages = monthlyAverages(net)!;
    expect(Object.fromEntries(averages.byKey)).toEqual({ a: 100, b: 200 });
    const problems = undatedSales(cols, net);
    expect(where(problems)).toEqual([['A4', 'implausibleDate'], ['A5', 'implausibleDate']]);
    expect(reasonOf(problems[0]!)).toBe('date 20240115 is implausible (before 1900-01-01 or after 2027-06-15): left out of the 12-month average (its amount counts in net sales)');
    expect(problemText(problems[1]!, 'zh-Hant')).toBe('日期 2204-01-15 不合理 (早於 1900-01-01 或晚於 2027-06-15)：不計入近12月月均 (金額仍計入銷售淨額)');
  });

  test('with a period, an implausible date cannot be placed in it: the row is left out and reported, like an unreadable one', () => {
    const cols = sales([[D(2026, 1, 10), 'A', 1200], [20240115, 'C', 600], ['soon', 'B', 5]]);
    const net = sumNetSales(cols, { from: D(2026, 1, 1) }, LATEST);
    expect(Object.fromEntries(net.byKey)).toEqual({ a: 1200 });
    expect(where(net.problems)).toEqual([['A3', 'implausibleDate'], ['A4', 'badDate']]);
    expect(reasonOf(net.problems[0]!)).toMatch(/: the row cannot be placed in the period$/);
    expect(net.rowsSkipped).toBe(2);
    expect(undatedSales(cols, net)).toEqual([]);
  });

  test('the default latest date is a year after the real today', () => {
    const inAYear = new Date();
    inAYear.setFullYear(inAYear.getFullYear() + 1, inAYear.getMonth(), inAYear.getDate() + 2);
    const net = sumNetSales(sales([[D(inAYear.getFullYear(), inAYear.getMonth() + 1, inAYear.getDate()), 'A', 1]]));
    expect(net.undated.map((u) => u.code)).toEqual(['implausibleDate']);
  });
});

describe('amounts: no sum, share or average can overflow', () => {
  test('an amount beyond ±1e100, a quantity × price beyond it, or digits that overflow are reported by cell and left out', () => {
    const cols: SalesColumns = {
      sheet: 'Sales', firstRow: 1,
      key: { col: 0, values: ['A', 'A', 'B', 'B', 'C', 'D'] },
      quantity: { col: 1, values: [2, 1e60, 3, 1, '9'.repeat(400), -MAX_AMOUNT] },
      unitPrice: { col: 2, values: [5, 1e60, 1e308, 7, 1, 1] },
    };
    const net = sumNetSales(cols, undefined, LATEST);
    expect(Object.fromEntries(net.byKey)).toEqual({ a: 10, b: 7, d: -MAX_AMOUNT });
    expect(net.problems.map((p) => [p.cell, p.code, p.args?.what])).toEqual([
      ['C3', 'amountOverflow', 'lineAmount'], ['C4', 'amountOverflow', 'unitPrice'], ['B6', 'amountOverflow', 'quantity'],
    ]);
    expect(reasonOf(net.problems[0]!)).toBe('quantity × unit price 1e+60 × 1e+60 is too large to add up (beyond ±1e100): the row is left out of the totals');
    expect(net.rowsSkipped).toBe(3);
  });

  test('the repro amounts of 1e308: every tier figure stays finite', () => {
    const net = sumNetSales(sales([[D(2026, 1, 1), 'A', 1e308], [D(2026, 1, 2), 'A', 1e308], [D(2026, 1, 3), 'B', 50], [D(2026, 1, 4), 'C', 9e99], [D(2026, 1, 5), 'C', 9e99]]), undefined, LATEST);
    expect(where(net.problems)).toEqual([['C2', 'amountOverflow'], ['C3', 'amountOverflow']]);
    const tiers = assignTiers([...net.byKey.values()], defaultTierOptions());
    for (const t of tiers) for (const v of [t.netSales, t.share, t.cumulativeShare]) expect(v === null || Number.isFinite(v)).toBe(true);
    expect(roundNetSales(1e305)).toBe(1e305);
  });

  test('text numbers too large for a number are refused as such, a formula without a value as that', () => {
    expect(readNumber('1' + '0'.repeat(400))).toMatchObject({ ok: false, tooLarge: true });
    expect(readNumber(FORMULA_WITHOUT_VALUE)).toMatchObject({ ok: false, formula: true });
    expect(readNumber('#N/A')).toEqual({ ok: false });
  });
});

describe('statement figures that overflow', () => {
  test('average total assets overflowing makes turnover not available, and names the largest figure', () => {
    const figures = { salesRevenue: 400, openingTotalAssets: 1e308, closingTotalAssets: 1e308 };
    const ratios = ratioValues(figures);
    expect(ratios.assetTurnover).toBeNull();
    expect(ratioOverflows(figures, ratios)).toEqual([{ result: 'assetTurnover', role: 'openingTotalAssets' }]);
  });

  test('a zero or negative denominator is not an overflow', () => {
    const figures = { totalLiabilities: 5, totalAssets: 0, salesRevenue: 0, netProfit: 1, currentLiabilities: -1, quickAssets: 2 };
    expect(ratioOverflows(figures, ratioValues(figures))).toEqual([]);
  });

  test('a net worth that overflows caps the limit at 0 (and the cap says so)', () => {
    const rules = new ScorecardRules(defaultScorecard(['L1', 'L2', 'L3', 'L4']));
    expect(rules.cap(1e308, -1e308)).toBeNull();
    expect(rules.limit(1e6, 'AAA', 1e308, -1e308)).toEqual({ limit: 0, reason: { code: 'capOverflow' } });
    expect(rules.limit(1e6, 'AAA', 1e8, 0)).toEqual({ limit: 1500000, reason: null });
  });
});

describe('keys that are error values are never customers', () => {
  test('in the sales ledger: left out and reported, a formula without a value with its own words', () => {
    const net = sumNetSales(sales([[D(2026, 1, 1), FORMULA_WITHOUT_VALUE, 5], [D(2026, 1, 1), '#N/A', 5], [D(2026, 1, 1), 'A', 5]]), undefined, LATEST);
    expect([...net.byKey.keys()]).toEqual(['a']);
    expect(where(net.problems)).toEqual([['B2', 'formulaWithoutValue'], ['B3', 'errorKey']]);
    expect(reasonOf(net.problems[0]!)).toBe('customer key is a formula without a calculated value: open and save the file in Excel; the row is left out of the totals');
    expect(normalizeKey('#REF!')).toBeNull();
  });

  test('on the customer sheet: the row gets no results and is reported', () => {
    const net = sumNetSales(sales([[D(2026, 1, 1), 'A', 5]]), undefined, LATEST);
    const match = matchCustomers({ sheet: 'C', firstRow: 1, key: { col: 0, values: ['A', FORMULA_WITHOUT_VALUE, '#VALUE!'] } }, net, 'Sales', 1);
    expect(match.keys).toEqual(['a']);
    expect(match.rowKeys).toEqual(['a', null, null]);
    expect(where(match.problems)).toEqual([['A3', 'formulaWithoutValue'], ['A4', 'errorKey']]);
    expect(problemText(match.problems[0]!, 'zh-Hans')).toBe('客户编号是尚未计算出结果的公式：请在 Excel 中打开并保存文件；此行不写入结果');
  });
});

describe('summary rows at the bottom of a list', () => {
  test('the labels, whatever their case, width or trailing colon', () => {
    for (const label of ['Total', 'TOTALS', 'Grand total', 'Sub-total', '合計', '總計', '总计', '小計', '小计', '合计', 'Total:', '合計：']) expect([label, isSummaryLabel(label)]).toEqual([label, true]);
    for (const label of ['Total Energies', 'C-Total', 42, null]) expect([label, isSummaryLabel(label)]).toEqual([label, false]);
  });

  test('the list ends on the row above the first summary row; blank rows below do not matter; a label in another column counts when the key is blank', () => {
    const key = { col: 0, values: ['K1', 'K2', null, null, 'Grand total', null, null] as CellValue[] };
    const name = { col: 1, values: ['A', 'B', null, '小計', null, null, null] as CellValue[] };
    const found = trailingSummaryRows('S', 1, key, [name]);
    expect(found.keep).toBe(3);
    expect(where(found.problems)).toEqual([['B5', 'summaryRow'], ['A6', 'summaryRow']]);
    expect(reasonOf(found.problems[1]!)).toBe('summary row "Grand total": the list ends on the row above, so this row is not read');
  });

  test('a summary label above the last data row does not end the list: nothing is cut (summaryRows reports it as a row within)', () => {
    const found = trailingSummaryRows('S', 1, { col: 0, values: ['Total', 'K2'] }, []);
    expect(found).toEqual({ keep: 2, problems: [] });
  });
});

function input(sheets: { name: string; rows: CellValue[][] }[], overrides = {}) {
  const infos: SheetInfo[] = sheets.map((s) => ({ name: s.name, rowCount: s.rows.length, columnCount: Math.max(...s.rows.map((r) => r.length)), tables: [] }));
  return { sheets: infos, probes: sheets.map((s) => s.rows), ownedColumns: new Map(), ownSheets: new Set<string>(), overrides };
}

describe('the customer sheet chosen as a user would', () => {
  const real = { name: 'Customers', rows: [['Customer ID', 'Customer name', 'Address', 'Total assets', 'Total liabilities', 'Bank credit']] };
  const copy = { name: 'Customers copy', rows: [['Customer ID', 'Customer name']] };
  const ledger = { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount']] };

  test('a partial copy beside the real list: the one with more recognised columns, and why', () => {
    const r = recognize(input([copy, real, ledger]));
    expect(r.customers?.sheet).toBe('Customers');
    expect(r.financials).toBeNull();
    expect(r.customerChoice).toEqual({ chosen: 'Customers', over: ['Customers copy'], code: 'moreColumns', args: { columns: 6, overColumns: [2] } });
  });

  test('two equal sheets: the user chooses (ambiguous, with both)', () => {
    let error: unknown;
    try {
      recognize(input([copy, { ...copy, name: 'Customers (2)' }, ledger]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'ambiguousSheet', candidates: ['Customers copy', 'Customers (2)'] });
  });

  test('a customer list beside statements keyed by customer stays a list and a financials sheet', () => {
    const statements = { name: 'Statements', rows: [['Customer ID', 'Total assets', 'Total liabilities']] };
    const r = recognize(input([copy, statements, ledger]));
    expect([r.customers?.sheet, r.financials?.sheet, r.customerChoice]).toEqual(['Customers copy', 'Statements', undefined]);
    // A sheet with a period column holds statements per period, even with every column of the list.
    const byPeriod = { name: 'Statements', rows: [['Customer ID', 'Customer name', 'Year', 'Total assets']] };
    const s = recognize(input([copy, byPeriod, ledger]));
    expect([s.customers?.sheet, s.financials?.sheet, s.customerChoice]).toEqual(['Customers copy', 'Statements', undefined]);
  });

  test('a sheet the user names is taken as it is', () => {
    const r = recognize(input([copy, real, ledger], { customerSheet: 'Customers copy' }));
    expect([r.customers?.sheet, r.customerChoice]).toEqual(['Customers copy', undefined]);
  });
});

describe('scorecard numbers within bounds, checked by cell', () => {
  const grid = () => {
    const ops = scorecardSheetOps('SC', defaultScorecard(['L1', 'L2', 'L3', 'L4']), 'en');
    const values = (ops.find((o) => o.op === 'values') as ValuesOp).values;
    return values.map((row) => row.map((v) => (typeof v === 'object' && v !== null ? v.value : v))) as CellValue[][];
  };
  const problemsWith = (cells: Record<string, CellValue>) => {
    const block = grid();
    for (const [address, v] of Object.entries(cells)) {
      const col = address.charCodeAt(0) - 65;
      block[Number(address.slice(1)) - 1]![col] = v;
    }
    return parseScorecard('SC', block);
  };

  test('the defaults are within every bound', () => {
    expect(problemsWith({}).problems).toEqual([]);
  });

  test('credit months 1e308 (which made the limit NaN), and every other out-of-bounds number, are refused at their cell', () => {
    const { config, problems } = problemsWith({
      // The best quick-ratio band (B15, C15), the first factor's weight, the first grade, credit months, cap, rounding.
      B121: 1e308, B122: 1.5, B123: 1e10, C111: 11, B54: 101, B15: 2e9, C15: 1000, B111: 2e9,
    });
    expect(config).toBeNull();
    expect(problems.map((p) => [p.cell, p.code]).sort()).toEqual([
      ['B15', 'scorecardAbove'], ['C15', 'scorecardAbove'], ['B54', 'scorecardAbove'],
      ['B111', 'scorecardAbove'], ['C111', 'scorecardAbove'], ['B121', 'scorecardAbove'], ['B122', 'scorecardAbove'], ['B123', 'scorecardAbove'],
    ].sort());
    expect(reasonOf(problems.find((p) => p.cell === 'B121')!)).toBe('credit months: must not be above 36, found 1e+308');
    expect(problemText(problems.find((p) => p.cell === 'B121')!, 'zh-Hant')).toBe('信用月數：不得高於 36，目前為 1e+308');
  });

  test('a rounding unit below a cent, or a negative threshold beyond -1e9, is refused', () => {
    // The debt ratio's best band (lower is better, listed worst first: its last used row, B25).
    const { problems } = problemsWith({ B123: 0.001, B25: -4e9 });
    expect(problems.map((p) => [p.cell, p.code])).toContainEqual(['B123', 'scorecardBelow']);
    expect(problems.map((p) => [p.cell, p.code])).toContainEqual(['B25', 'scorecardBelow']);
    expect(reasonOf(problems.find((p) => p.cell === 'B123')!)).toBe('rounding unit: must not be below 0.01, found 0.001');
  });

  test('the not-rated rule is read back from B137 and B138: whole numbers from 0 to 4 ratios and 0 to 11 ratings', () => {
    expect(problemsWith({ B137: 0, B138: 11 }).config!.notRated).toEqual({ maxMissingRatios: 0, maxMissingRatings: 11 });
    const { problems } = problemsWith({ B137: 1.5, B138: 12 });
    expect(problems.map((p) => [p.cell, p.code])).toEqual([['B137', 'scorecardWhole'], ['B138', 'scorecardAbove']]);
    expect(problemText(problems[0]!, 'zh-Hans')).toBe('可评级的最多缺失比率数：须为整数，当前为 1.5');
  });

});

describe('the last guards of a plan', () => {
  const values = (cell: ValuesOp['values'][number][number]): WriteOp[] => [{ op: 'values', sheet: 'S', row: 3, col: 1, values: [[1, cell]] }];

  test('a non-finite number, plain or as a formula’s cached value, is a bug: it throws', () => {
    expect(() => checkWritePlan(values(Infinity))).toThrow('Write plan bug: S!C4 would get the number Infinity.');
    expect(() => checkWritePlan(values({ formula: '=1', value: NaN }))).toThrow('Write plan bug: S!C4 would get the number NaN.');
    expect(() => checkWritePlan(values({ formula: '=1', value: 1 }))).not.toThrow();
  });

  test('a formula longer than 8,192 characters throws', () => {
    expect(() => checkWritePlan(values({ formula: `=${'1+'.repeat(4096)}`, value: 1 }))).toThrow("Write plan bug: the formula for S!C4 is 8193 characters long, over Excel's 8192.");
    expect(() => checkWritePlan(values({ formula: `=${'1+'.repeat(4095)}1`, value: 1 }))).not.toThrow();
  });

});

describe('the new reasons in every language', () => {
  const NEW: ProblemCode[] = ['implausibleDate', 'amountOverflow', 'figureOverflow', 'summaryRow', 'formulaWithoutValue', 'errorKey', 'scorecardAbove'];
  const effects = Object.keys(PROBLEM_LABELS).filter((id) => id.startsWith('problem.effect.')).map((id) => id.slice('problem.effect.'.length));
  const whats = Object.keys(PROBLEM_LABELS).filter((id) => id.startsWith('problem.what.')).map((id) => id.slice('problem.what.'.length));

  test.each(NEW)('%s renders filled in, with every effect and noun, Chinese without English words', (code) => {
    for (const effect of effects) {
      for (const what of whats) {
        const problem = { sheet: 'S', cell: 'B5', reason: '', code, args: { what, effect, value: '甲', latest: '2027-06-15', result: 'limit', item: 'creditMonths', max: '36', found: '40' } };
        for (const language of ['en', 'zh-Hant', 'zh-Hans'] as const) {
          const text = problemText(problem, language);
          expect({ code, language, text, left: text.match(/\{\w+\}/g) }).toEqual({ code, language, text, left: null });
          if (language !== 'en') expect({ code, language, words: englishWords(text) }).toEqual({ code, language, words: [] });
        }
      }
    }
  });

});
