import fc from 'fast-check';
import type { CellValue } from '../../src/core/cells/cell';
import { closingOnly, ratioFormulas, ratioValues, type FigureValues } from '../../src/core/credit/ratios';
import { defaultScorecard, type Ratio } from '../../src/core/credit/scorecard-config';
import { ScorecardRules } from '../../src/core/credit/scoring';
import { FACTORS } from '../../src/core/columns/roles';
import { twelveMonthStart } from '../../src/core/credit/monthly-average';
import { dateToSerial } from '../../src/core/cells/normalize';

const config = defaultScorecard(['L1', 'L2', 'L3', 'L4']);
const rules = new ScorecardRules(config);
const ratios = (values: FigureValues) => ratioValues(values);
/** The formulas for a sheet with these figure columns, named X1, X2, ... in the order given. */
const formulas = (values: FigureValues) => ratioFormulas(Object.fromEntries(Object.keys(values).map((k, i) => [k, `X${i + 1}`])), 'n/a');
const noRatings = FACTORS.map(() => null);
/** The points one ratio value scores (the other ratios not available, no ratings). */
const ratioPoints = (ratio: Ratio, value: number | null) =>
  rules.score({ quickRatio: null, debtRatio: null, assetTurnover: null, netMargin: null, [ratio]: value }, noRatings).ratioPoints[ratio];

describe('credit ratios (domain brief §4)', () => {
  test('quick ratio from quick assets, or current assets minus inventories', () => {
    expect(ratios({ quickAssets: 80, currentLiabilities: 100 }).quickRatio).toBe(0.8);
    expect(ratios({ currentAssets: 150, inventories: 50, currentLiabilities: 100 }).quickRatio).toBe(1);
    expect(ratios({ quickAssets: null, currentAssets: 150, inventories: 50, currentLiabilities: 100 }).quickRatio).toBe(1);
  });

  test('a zero, negative or missing denominator makes the ratio not available, never 0 or an error', () => {
    expect(ratios({ quickAssets: 80, currentLiabilities: 0 }).quickRatio).toBeNull();
    expect(ratios({ totalLiabilities: 5, totalAssets: -1 }).debtRatio).toBeNull();
    expect(ratios({ netProfit: 5, salesRevenue: null }).netMargin).toBeNull();
    expect(ratios({ netProfit: 5, salesRevenue: '1,000' }).netMargin).toBeNull();
    expect(ratios({ currentAssets: 150, currentLiabilities: 100 }).quickRatio).toBeNull();
    expect(formulas({ currentAssets: 150, currentLiabilities: 100 }).quickRatio).toBeNull();
  });

  test('the formulas guard every division and name the input cells', () => {
    expect(ratios({ netProfit: 15, salesRevenue: 100 }).netMargin).toBe(0.15);
    expect(formulas({ netProfit: 15, salesRevenue: 100 }).netMargin).toBe('IFERROR(X1/ISNUMBER(X1)/MAX(0,X2),"n/a")');
  });

  test('a quotient that overflows (a huge figure over a tiny one) is not available, as IFERROR makes it in the sheet', () => {
    expect(ratios({ totalLiabilities: 1e8, totalAssets: 5e-324 }).debtRatio).toBeNull();
  });

  test('turnover uses average total assets, or closing assets alone (flagged)', () => {
    expect(ratios({ salesRevenue: 400, openingTotalAssets: 80, closingTotalAssets: 120 }).assetTurnover).toBe(4);
    expect(closingOnly({ salesRevenue: 400, openingTotalAssets: 80, closingTotalAssets: 120 })).toBe(false);
    const closing = { salesRevenue: 400, openingTotalAssets: null, closingTotalAssets: 100 };
    expect(ratios(closing).assetTurnover).toBe(4);
    expect(closingOnly(closing)).toBe(true);
  });

  test('debt ratio over 100% (negative equity) scores 0', () => {
    const r = ratios({ totalLiabilities: 120, totalAssets: 100 });
    expect(r.debtRatio).toBe(1.2);
    expect(ratioPoints('debtRatio', 1.2)).toBe(0);
  });
});

describe('scorecard bands, ratings and grades (§5)', () => {
  test.each([
    ['quickRatio', 1.0, 10], ['quickRatio', 0.99, 7], ['quickRatio', 0.8, 7], ['quickRatio', 0.5, 4], ['quickRatio', 0.49, 0],
    ['debtRatio', 0.5, 10], ['debtRatio', 0.51, 7], ['debtRatio', 0.7, 4], ['debtRatio', 0.71, 0],
    ['assetTurnover', 4, 10], ['assetTurnover', 2.99, 4], ['netMargin', 0.15, 10], ['netMargin', 0.0499, 0],
  ] as const)('%s %p scores %p', (ratio, value, points) => {
    expect(ratioPoints(ratio, value)).toBe(points);
  });

  test('a ratio that is not available scores 0', () => {
    expect(ratioPoints('quickRatio', null)).toBe(0);
  });

  test('ratings are 1–5 or the words 優/良/中/差/劣 (and Simplified, English); others are missing', () => {
    expect([5, '優', '优', ' good ', 'POOR', '劣', '  Fair   '].map((v) => rules.rating(v))).toEqual([5, 5, 5, 4, 2, 1, 3]);
    expect([0, 6, 2.5, '好', null, '優　', true, '4.0', '05'].map((v) => rules.rating(v))).toEqual([null, null, null, null, null, null, null, null, null]);
  });

  test('a rating typed as the text "4" counts as 4: the table holds the keys "1"–"5" as text, and TRIM makes a number its text', () => {
    expect(['4', ' 5 ', '1'].map((v) => rules.rating(v))).toEqual([4, 5, 1]);
  });

  test('a rating is the same however often its cell value was seen before, even once the rules remember no more values', () => {
    const seasoned = new ScorecardRules(config);
    // More distinct values than the rules remember, then values both seen and new.
    for (let i = 0; i < 5000; i++) seasoned.rating(`word ${i}`);
    const cell = fc.oneof(
      fc.integer({ min: -3, max: 40 }), fc.double(), fc.string({ maxLength: 4 }),
      fc.constantFrom<CellValue>(' good ', 'POOR', '優', '4', '05', 4.0, -0, null, true, 1e15, 'word 7', 'word 4999'),
    );
    fc.assert(fc.property(fc.array(cell, { maxLength: 30 }), (cells) => {
      for (const value of cells) expect([value, seasoned.rating(value)]).toEqual([value, new ScorecardRules(config).rating(value)]);
    }), { numRuns: 300, seed: 20261202 });
  });

  test('full marks are 100 and grade AAA; thresholds 90/80/70/60', () => {
    const best = rules.score({ quickRatio: 2, debtRatio: 0.1, assetTurnover: 5, netMargin: 0.3 }, FACTORS.map(() => 5));
    expect(best.score).toBe(100);
    expect([90, 89.9999, 80, 70, 60, 59.99].map((s) => rules.grade(s))).toEqual(['AAA', 'AA', 'AA', 'A', 'B', 'C']);
  });

  test('an unrated factor has no points (n/a) and adds nothing to the score; points are rating / 5 × weight', () => {
    const ratings = FACTORS.map((f) => (f === 'principal' ? 3 : null));
    const s = rules.score({ quickRatio: null, debtRatio: null, assetTurnover: null, netMargin: null }, ratings);
    expect(s.score).toBe(4.8);
    expect(s.factorPoints).toEqual(FACTORS.map((f) => (f === 'principal' ? 4.8 : null)));
  });

  test('not rated when more ratios or ratings are missing than the scorecard allows (1 and 3 by default)', () => {
    expect([[0, 0], [1, 3], [2, 0], [0, 4], [4, 11]].map(([r, f]) => rules.notRated(r!, f!))).toEqual([false, false, true, true, true]);
  });
});

describe('recommended limit and approval level (§6)', () => {
  test('average monthly sales × months × grade factor, rounded down to 10,000', () => {
    expect(rules.limit(123_456, 'AA', undefined, undefined)).toEqual({ limit: 140_000, reason: null }); // 148,147.2 -> 140,000
    expect(rules.limit(123_456, 'C', undefined, undefined)).toEqual({ limit: 0, reason: { code: 'gradeFactorZero', grade: 'C' } });
  });

  test('capped at 10% of net worth (and says so), and never negative with negative equity', () => {
    expect(rules.limit(1_000_000, 'A', 5_000_000, 2_000_000)).toEqual({ limit: 300_000, reason: { code: 'capped', share: 0.1, netWorth: 3_000_000 } });
    expect(rules.limit(1_000_000, 'A', 1_000_000, 2_000_000)).toEqual({ limit: 0, reason: { code: 'netWorthNotPositive', netWorth: -1_000_000 } });
    expect(rules.limit(1_000_000, 'A', null, 2_000_000)).toEqual({ limit: 1_000_000, reason: null });
  });

  test('every limit of 0 says why: no dated sales, no sales in the window, a zero factor, net worth, or below the rounding unit', () => {
    expect(rules.limit(null, 'AA', undefined, undefined).reason).toEqual({ code: 'noSalesHistory' });
    expect(rules.limit(0, 'AA', undefined, undefined).reason).toEqual({ code: 'noRecentSales' });
    expect(rules.limit(-500, 'AA', undefined, undefined).reason).toEqual({ code: 'noRecentSales' });
    expect(rules.limit(5_000, 'A', undefined, undefined)).toEqual({ limit: 0, reason: { code: 'belowRoundingUnit', base: 5_000, unit: 10_000 } });
    expect(rules.limit(1e6, 'A', 1e308, -1e308)).toEqual({ limit: 0, reason: { code: 'capOverflow' } });
    // A limit the cap does not cut has no reason, even with net-worth figures.
    expect(rules.limit(100_000, 'A', 1e9, 0)).toEqual({ limit: 100_000, reason: null });
  });

  test.each([
    [0, 'none'], [99_999, 'L1'], [100_000, 'L1'], [100_001, 'L2'], [500_000, 'L2'], [500_001, 'L3'],
    [2_000_000, 'L3'], [2_000_001, 'L4'], [90_000_000, 'L4'],
  ])('a limit of %p needs %p', (limit, level) => {
    expect(rules.level(limit, 'none')).toBe(level);
  });
});

test('the 12-month window starts on the first day of the month 11 months before the last sale', () => {
  expect(twelveMonthStart(dateToSerial(2026, 10, 31))).toBe(dateToSerial(2025, 11, 1));
  expect(twelveMonthStart(dateToSerial(2026, 1, 15))).toBe(dateToSerial(2025, 2, 1));
});
