import { computeRatios, type Figures } from '../../src/core/credit/ratios';
import { defaultScorecard } from '../../src/core/credit/scorecard-config';
import { approvalLevel, grade, ratioPoints, readRating, recommendedLimit, score } from '../../src/core/credit/scoring';
import { FACTORS } from '../../src/core/columns/roles';
import { twelveMonthStart } from '../../src/core/credit/monthly-average';
import { dateToSerial } from '../../src/core/cells/normalize';

const config = defaultScorecard(['L1', 'L2', 'L3', 'L4']);
const fig = (values: Record<string, unknown>): Figures =>
  Object.fromEntries(Object.entries(values).map(([k, v], i) => [k, { value: v, ref: `X${i + 1}` }])) as Figures;
const ratios = (values: Record<string, unknown>) => computeRatios(fig(values), 'n/a').ratios;

describe('credit ratios (domain brief §4)', () => {
  test('quick ratio from quick assets, or current assets minus inventories', () => {
    expect(ratios({ quickAssets: 80, currentLiabilities: 100 }).quickRatio.value).toBe(0.8);
    expect(ratios({ currentAssets: 150, inventories: 50, currentLiabilities: 100 }).quickRatio.value).toBe(1);
    expect(ratios({ quickAssets: null, currentAssets: 150, inventories: 50, currentLiabilities: 100 }).quickRatio.value).toBe(1);
  });

  test('a zero, negative or missing denominator makes the ratio not available, never 0 or an error', () => {
    expect(ratios({ quickAssets: 80, currentLiabilities: 0 }).quickRatio.value).toBeNull();
    expect(ratios({ totalLiabilities: 5, totalAssets: -1 }).debtRatio.value).toBeNull();
    expect(ratios({ netProfit: 5, salesRevenue: null }).netMargin.value).toBeNull();
    expect(ratios({ netProfit: 5, salesRevenue: '1,000' }).netMargin.value).toBeNull();
    expect(ratios({ currentAssets: 150, currentLiabilities: 100 }).quickRatio).toEqual({ value: null, formula: null });
  });

  test('the formulas guard every division and name the input cells', () => {
    const r = ratios({ netProfit: 15, salesRevenue: 100 });
    expect(r.netMargin).toEqual({ value: 0.15, formula: 'IF(AND(ISNUMBER(X1),ISNUMBER(X2)),IF(X2>0,IFERROR(X1/X2,"n/a"),"n/a"),"n/a")' });
  });

  test('a quotient that overflows (a huge figure over a tiny one) is not available, as IFERROR makes it in the sheet', () => {
    expect(ratios({ totalLiabilities: 1e8, totalAssets: 5e-324 }).debtRatio.value).toBeNull();
  });

  test('turnover uses average total assets, or closing assets alone (flagged)', () => {
    expect(ratios({ salesRevenue: 400, openingTotalAssets: 80, closingTotalAssets: 120 }).assetTurnover.value).toBe(4);
    const closingOnly = computeRatios(fig({ salesRevenue: 400, openingTotalAssets: null, closingTotalAssets: 100 }), 'n/a');
    expect(closingOnly.ratios.assetTurnover.value).toBe(4);
    expect(closingOnly.closingOnly).toBe(true);
  });

  test('debt ratio over 100% (negative equity) scores 0', () => {
    const r = ratios({ totalLiabilities: 120, totalAssets: 100 });
    expect(r.debtRatio.value).toBe(1.2);
    expect(ratioPoints(config, 'debtRatio', 1.2)).toBe(0);
  });
});

describe('scorecard bands, ratings and grades (§5)', () => {
  test.each([
    ['quickRatio', 1.0, 10], ['quickRatio', 0.99, 7], ['quickRatio', 0.8, 7], ['quickRatio', 0.5, 4], ['quickRatio', 0.49, 0],
    ['debtRatio', 0.5, 10], ['debtRatio', 0.51, 7], ['debtRatio', 0.7, 4], ['debtRatio', 0.71, 0],
    ['assetTurnover', 4, 10], ['assetTurnover', 2.99, 4], ['netMargin', 0.15, 10], ['netMargin', 0.0499, 0],
  ] as const)('%s %p scores %p', (ratio, value, points) => {
    expect(ratioPoints(config, ratio, value)).toBe(points);
  });

  test('a ratio that is not available scores 0', () => {
    expect(ratioPoints(config, 'quickRatio', null)).toBe(0);
  });

  test('ratings are 1–5 or the words 優/良/中/差/劣 (and Simplified, English); others are missing', () => {
    expect([5, '優', '优', ' good ', 'POOR', '劣'].map((v) => readRating(config, v))).toEqual([5, 5, 5, 4, 2, 1]);
    expect([0, 6, 2.5, '好', '5', null, '優　'].map((v) => readRating(config, v))).toEqual([null, null, null, null, null, null, null]);
  });

  test('full marks are 100 and grade AAA; thresholds 90/80/70/60', () => {
    const all5 = Object.fromEntries(FACTORS.map((f) => [f, 5])) as never;
    const best = score(config, { quickRatio: 2, debtRatio: 0.1, assetTurnover: 5, netMargin: 0.3 }, all5);
    expect(best.score).toBe(100);
    expect([90, 89.9999, 80, 70, 60, 59.99].map((s) => grade(config, s))).toEqual(['AAA', 'AA', 'AA', 'A', 'B', 'C']);
  });

  test('an unrated factor scores 0; points are rating / 5 × weight', () => {
    const ratings = Object.fromEntries(FACTORS.map((f) => [f, null])) as never;
    const s = score(config, { quickRatio: null, debtRatio: null, assetTurnover: null, netMargin: null }, { ...(ratings as object), principal: 3 } as never);
    expect(s.score).toBe(4.8);
  });
});

describe('recommended limit and approval level (§6)', () => {
  test('average monthly sales × months × grade factor, rounded down to 10,000', () => {
    expect(recommendedLimit(config, 123_456, 'AA', null)).toBe(140_000); // 148,147.2 -> 140,000
    expect(recommendedLimit(config, 123_456, 'C', null)).toBe(0);
  });

  test('capped at 10% of net worth, and never negative with negative equity', () => {
    expect(recommendedLimit(config, 1_000_000, 'A', { assets: 5_000_000, liabilities: 2_000_000 })).toBe(300_000);
    expect(recommendedLimit(config, 1_000_000, 'A', { assets: 1_000_000, liabilities: 2_000_000 })).toBe(0);
    expect(recommendedLimit(config, 1_000_000, 'A', { assets: null, liabilities: 2_000_000 })).toBe(1_000_000);
  });

  test.each([
    [0, 'none'], [99_999, 'L1'], [100_000, 'L1'], [100_001, 'L2'], [500_000, 'L2'], [500_001, 'L3'],
    [2_000_000, 'L3'], [2_000_001, 'L4'], [90_000_000, 'L4'],
  ])('a limit of %p needs %p', (limit, level) => {
    expect(approvalLevel(config, limit, 'none')).toBe(level);
  });
});

test('the 12-month window starts on the first day of the month 11 months before the last sale', () => {
  expect(twelveMonthStart(dateToSerial(2026, 10, 31))).toBe(dateToSerial(2025, 11, 1));
  expect(twelveMonthStart(dateToSerial(2026, 1, 15))).toBe(dateToSerial(2025, 2, 1));
});
