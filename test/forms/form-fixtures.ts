/** A plain rated customer and its control figures, for the forms' tests to vary by overrides. */
import { FACTORS } from '../../src/core/columns/roles';
import type { FormControl, FormCustomer } from '../../src/core/forms/form-data';

/** Customer C1, grade A, every factor rated `rating`, nothing missing. */
export function ratedCustomer(over: Partial<FormCustomer> = {}, rating = 4): FormCustomer {
  return {
    key: 'c1', id: 'C1', name: 'Alpha Trading', source: "'Customers'!A5", profile: {},
    netSales: 1_000_000, avgMonthlySales: 80_000, tier: 'A',
    ratios: { quickRatio: 1.2, debtRatio: 0.5, assetTurnover: 3.5, netMargin: 0.12 },
    ratioPoints: { quickRatio: 10, debtRatio: 10, assetTurnover: 7, netMargin: 7 },
    ratings: Object.fromEntries(FACTORS.map((f) => [f, rating])) as FormCustomer['ratings'],
    score: 71, grade: 'A', reasons: null, recommendedLimit: 400_000, missing: [],
    ...over,
  };
}

/** Control figures of a customer within its limit, nothing on hold: 250,000 open of 300,000. */
export function okFigures(over: Partial<FormControl> = {}): FormControl {
  return {
    openReceivables: 250_000, overdue: 40_000, oldestDaysPastDue: 95, avgDaysLate: 12.34, onTimeShare: 0.625,
    limitUsed: 300_000, onRecommended: false, exposure: 250_000, available: 50_000, overLimit: false,
    status: 'ok', others: [], utilisation: 250_000 / 300_000, dso: 45.2, hold: { amount: 0, pastDays: 60, days: 60, minimum: 1_000 },
    ...over,
  };
}
