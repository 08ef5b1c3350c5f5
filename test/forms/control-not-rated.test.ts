/** The application of a customer not rated and without an approved limit: no limit, so it says not rated where the limit is, never 0, and n/a with why above it. */
import type { Language } from '../../src/core/columns/layout';
import { FACTORS } from '../../src/core/columns/roles';
import { authorizationForm } from '../../src/core/forms/authorization-form';
import type { FormContext, FormControl, FormCustomer } from '../../src/core/forms/form-data';
import type { FormPiece } from '../../src/core/forms/form-piece';
import { label } from '../../src/core/i18n/labels';

const customer: FormCustomer = {
  key: 'c8', id: 'C0008', name: 'Gamma', source: "'Customers'!A11", profile: {}, netSales: 200_000, avgMonthlySales: null, tier: 'C',
  ratios: { quickRatio: null, debtRatio: null, assetTurnover: null, netMargin: null },
  ratioPoints: { quickRatio: 0, debtRatio: 0, assetTurnover: 0, netMargin: 0 },
  ratings: Object.fromEntries(FACTORS.map((f) => [f, null])) as FormCustomer['ratings'],
  score: 0, grade: 'notRated', reasons: null, recommendedLimit: null, missing: [],
};
// What controlFigures gives for such a customer: no limit, nothing available, not over a limit; 30,000 open.
const control: FormControl = {
  openReceivables: 30_000, overdue: 0, oldestDaysPastDue: 0, avgDaysLate: null, onTimeShare: null,
  limitUsed: null, onRecommended: false, exposure: 30_000, available: null, overLimit: false,
  status: 'notRated', others: [], utilisation: null, dso: null, hold: { amount: 0, pastDays: 60, days: 60, minimum: 1_000 },
};
const ctxFor = (lang: Language): FormContext => ({
  lang, asOf: '1 Dec 2026 09:00', levels: [{ name: 'L1', max: null }], creditMonths: 1, noCreditGrades: ['C'],
  ratioMaxPoints: { quickRatio: 10, debtRatio: 10, assetTurnover: 10, netMargin: 10 },
});

function besides(piece: FormPiece, text: string): unknown {
  const cell = [...piece.cells.values()].find((c) => c.value === text);
  if (!cell) throw new Error(`no label "${text}" on the form`);
  return piece.cells.get(`${cell.row}:${cell.col + 1}`)?.value ?? null;
}

describe.each(['en', 'zh-Hant', 'zh-Hans'] as Language[])('the authorization form of a customer without a limit (%s)', (lang) => {
  test('the current limit says not rated, above it is n/a as all of the request is new credit, the available credit is n/a', () => {
    const piece = authorizationForm({ ...customer, control }, { amount: 100_000, termsDays: 30 }, ctxFor(lang));
    expect(besides(piece, label('form.currentLimit', lang))).toBe(label('value.notRated', lang));
    expect(besides(piece, label('form.aboveCurrent', lang))).toBe({
      en: 'n/a (no current limit: all of the request is new credit)', 'zh-Hant': '不適用 (無目前額度：申請額度全數為新增授信)', 'zh-Hans': '不适用 (无当前额度：申请额度全数为新增授信)',
    }[lang]);
    expect(besides(piece, label('form.available', lang))).toBe(label('value.na', lang));
    expect(besides(piece, label('form.exposure', lang))).toBe(30_000);
  });
});
