import { authorizationForm } from '../../src/core/forms/authorization-form';
import type { FormContext, FormCustomer } from '../../src/core/forms/form-data';
import { formDate, MISSING_FILL } from '../../src/core/forms/form-blocks';
import { levelName } from '../../src/core/forms/form-language';
import { explanationWords } from '../../src/core/credit/reason-text';
import { surveyForm } from '../../src/core/forms/survey-form';
import { label, labelWith } from '../../src/core/i18n/labels';
import { RATIOS } from '../../src/core/credit/scorecard-config';
import { FACTORS } from '../../src/core/columns/roles';

const LEVELS = [
  { name: '客戶經理', max: 100000 }, { name: '直銷部經理', max: 500000 }, { name: '地區公司經理', max: 2000000 }, { name: '總公司', max: null },
];
const customer: FormCustomer = {
  key: 'c1', id: 'C1', name: 'ACME', source: "'客戶資料'!A5", profile: {}, netSales: 1, avgMonthlySales: 1, tier: 'A',
  ratios: Object.fromEntries(RATIOS.map((r) => [r, null])) as FormCustomer['ratios'],
  ratioPoints: Object.fromEntries(RATIOS.map((r) => [r, 0])) as FormCustomer['ratioPoints'],
  ratings: Object.fromEntries(FACTORS.map((f) => [f, null])) as FormCustomer['ratings'],
  score: 40, grade: 'C', reasons: null, recommendedLimit: 0, missing: [],
};
const ctx = (lang: FormContext['lang']): FormContext => ({
  lang, asOf: formDate(new Date(2026, 11, 1, 9, 0), lang), creditMonths: 1, company: '', noCreditGrades: ['C'],
  levels: LEVELS.map((l) => ({ ...l, name: levelName(l.name, lang) })),
  ratioMaxPoints: Object.fromEntries(RATIOS.map((r) => [r, 10])) as FormContext['ratioMaxPoints'],
});
const texts = (piece: ReturnType<typeof surveyForm>) => [...piece.cells.values()].map((c) => c.value).filter((v): v is string => typeof v === 'string');

describe.each(['en', 'zh-Hant', 'zh-Hans'] as const)('forms in %s', (lang) => {
  test('dates in the form\'s language', () => {
    expect(formDate(new Date(2026, 11, 1, 9, 0), lang)).toBe(lang === 'en' ? '1 Dec 2026 09:00' : '2026年12月1日 09:00');
  });

  test('a customer not rated: the application warns and shows no recommendation; its survey marks every missing field to fill', () => {
    const notRated: FormCustomer = { ...customer, grade: 'notRated', recommendedLimit: null, missing: ['quickRatio', 'debtRatio', 'rating:bankCredit'] };
    const application = texts(authorizationForm(notRated, { amount: 0, termsDays: 30 }, ctx(lang)));
    expect(application).toContain(label('form.warnNotRated', lang));
    expect(application.filter((t) => t === label('value.notRated', lang))).toHaveLength(2); // the grade and the recommendation
    expect(application.join('\n')).not.toContain(lang === 'en' ? 'above the recommended limit' : '超出建議額度');
    const survey = surveyForm(notRated, ctx(lang));
    expect(texts(survey).filter((t) => t === label('form.toFill', lang))).toHaveLength(2);
    expect(texts(survey)).toContain(label('form.missingNote', lang));
    // The missing ratios' value cells and the bank-credit rating row are highlighted; nothing else is.
    expect(survey.styles.filter((x) => x.style.fill === MISSING_FILL)).toHaveLength(3);
    // A customer with every input has no highlighted field and no note.
    expect(surveyForm({ ...customer, missing: [] }, ctx(lang)).styles.some((x) => x.style.fill === MISSING_FILL)).toBe(false);
  });

  test('a grade-C customer asking for 750,000 with a limit of 0: both warnings, and the route covers the amount', () => {
    const all = texts(authorizationForm(customer, { amount: 750000, termsDays: 30 }, ctx(lang))).join('\n');
    expect(all).toContain(label('form.warnNoCreditGrade', lang).replace('{grade}', 'C'));
    expect(all).toContain(lang === 'en' ? '750,000 above the recommended limit of 0' : '750,000 元');
    for (const id of ['level.accountManager', 'level.salesManager', 'level.regionalManager'] as const) expect(all).toContain(label(id, lang));
    expect(all).not.toContain(label('level.headOffice', lang));
  });

  test('a zero request says so once, its approval section says none, and it has no signature row', () => {
    const all = texts(authorizationForm({ ...customer, grade: 'A' }, { amount: 0, termsDays: 30 }, ctx(lang)));
    expect(all.filter((t) => t === label('form.warnZero', lang))).toHaveLength(1);
    expect(all).toContain(label('form.routeNone', lang));
    expect(all).not.toContain(label('form.signature', lang));
    expect(all).not.toContain(label('level.accountManager', lang));
  });

  test('built-in level names and reasons in the form\'s language; a typed level name stays as typed', () => {
    expect(levelName('Head office', lang)).toBe(label('level.headOffice', lang));
    expect(levelName('業務副總', lang)).toBe('業務副總');
    const reasons = explanationWords({ notRated: null, limit: { code: 'noRecentSales' }, lost: [{ item: 0, points: 3 }, { item: 6, points: 2.4 }] }, lang, '2025-11');
    expect(reasons).toBe([labelWith('reason.noRecentSales', lang, { window: '2025-11' }), `${label('col.quickRatio', lang)} −3`, `${label('factor.salesAbility', lang)} −2.4`].join(lang === 'en' ? '; ' : '；'));
  });

  test('every cell is styled at 10 pt or more, and a blank company prints a prompt', () => {
    const piece = surveyForm(customer, ctx(lang));
    expect(Math.min(...piece.styles.filter((s) => s.style.fontSize !== undefined).map((s) => s.style.fontSize!))).toBeGreaterThanOrEqual(10);
    expect(texts(piece)).toContain(label('form.companyMissing', lang));
  });
});
