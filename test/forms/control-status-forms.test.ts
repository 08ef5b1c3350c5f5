import type { Language } from '../../src/core/columns/layout';
import { authorizationForm } from '../../src/core/forms/authorization-form';
import { amountText } from '../../src/core/forms/form-blocks';
import type { FormContext, FormControl, FormCustomer } from '../../src/core/forms/form-data';
import { formHeight, PAGE_BODY_PT } from '../../src/core/forms/form-fit';
import type { FormPiece } from '../../src/core/forms/form-piece';
import { surveyForm } from '../../src/core/forms/survey-form';
import { label, labelWith, type LabelId } from '../../src/core/i18n/labels';
import { cardPrinted, fourLevels, fullProfile, longName, longReasons, values } from './fullest';
import { okFigures, ratedCustomer } from './form-fixtures';

const LANGS: readonly Language[] = ['en', 'zh-Hant', 'zh-Hans'];
const customer: FormCustomer = ratedCustomer({
  key: 'k001', id: 'K001', name: 'Kappa Ltd', source: "'Customers'!A2", netSales: 3_000_000, avgMonthlySales: 250_000, recommendedLimit: 1_000_000,
});
/** K001 of the tester's workbook: 200,000 more than 60 days past due, and over its approved limit. */
const held: FormControl = okFigures({
  openReceivables: 1_250_000, overdue: 320_000, oldestDaysPastDue: 76, avgDaysLate: 9, onTimeShare: 0.5,
  limitUsed: 1_000_000, exposure: 1_250_000, available: -250_000, overLimit: true,
  status: 'overdueHold', others: ['overLimit'], utilisation: 1.25, dso: 38.5, hold: { amount: 200_000, pastDays: 60, days: 60, minimum: 1_000 },
});
const ok: FormControl = { ...held, overdue: 0, oldestDaysPastDue: 0, exposure: 500_000, available: 500_000, openReceivables: 500_000, overLimit: false, status: 'ok', others: [], utilisation: 0.5, hold: { ...held.hold, amount: 0 } };
/** A customer whose only document is a credit note of 5,000, past due. */
const creditOnly: FormControl = { ...ok, openReceivables: -5_000, overdue: -5_000, exposure: -5_000, available: 1_005_000, utilisation: -0.005, dso: -1.9 };
const ctxFor = (lang: Language): FormContext => ({
  lang, asOf: '1 Dec 2026 09:00', levels: [{ name: 'L1', max: 2_000_000 }, { name: 'L2', max: null }], creditMonths: 1, noCreditGrades: ['C'],
  ratioMaxPoints: { quickRatio: 10, debtRatio: 10, assetTurnover: 10, netMargin: 10 }, controlAsOf: '2026-10-31',
});
const strings = (piece: FormPiece) => [...piece.cells.values()].map((c) => c.value).filter((v): v is string => typeof v === 'string');
function besides(piece: FormPiece, text: string): unknown {
  const cell = [...piece.cells.values()].find((c) => c.value === text);
  if (!cell) throw new Error(`no label "${text}" on the form`);
  return piece.cells.get(`${cell.row}:${cell.col + 1}`)?.value;
}
const forms = (c: FormCustomer, lang: Language) => [surveyForm(c, ctxFor(lang)), authorizationForm(c, { amount: 1_000_000, termsDays: 30 }, ctxFor(lang))];

// What the reader sees, word for word: the figures are the customer's, the rule the scorecard's.
const HELD: Record<Language, { status: string; hold: string; over: string }> = {
  en: {
    status: 'Overdue hold; also Over limit',
    hold: 'Overdue hold: 200,000 more than 60 days past due (rule: above 1,000).',
    over: 'Over limit: exposure 1,250,000 against a limit of 1,000,000, 250,000 above it.',
  },
  'zh-Hant': {
    status: '逾期停止出貨；另有：超過額度',
    hold: '逾期停止出貨：逾期超過 60 天 200,000 元 (規則：超過 1,000 元)。',
    over: '超過額度：信用暴露 1,250,000 元，目前額度 1,000,000 元，超出 250,000 元。',
  },
  'zh-Hans': {
    status: '逾期停止发货；另有：超过额度',
    hold: '逾期停止发货：逾期超过 60 天 200,000 元 (规则：超过 1,000 元)。',
    over: '超过额度：信用占用 1,250,000 元，当前额度 1,000,000 元，超出 250,000 元。',
  },
};

describe.each(LANGS)('the credit status on both forms (%s)', (lang) => {
  const L = (id: LabelId) => label(id, lang);

  test('a held customer over its limit: the status as its column shows it, and a warning for each condition with its figures', () => {
    for (const piece of forms({ ...customer, control: held }, lang)) {
      expect(besides(piece, L('col.control.status'))).toBe(HELD[lang].status);
      expect(strings(piece)).toContain(HELD[lang].hold);
      expect(strings(piece)).toContain(HELD[lang].over);
    }
  });

  test('a customer on its recommended limit says so in its status, as the column does', () => {
    for (const piece of forms({ ...customer, control: { ...ok, onRecommended: true } }, lang)) {
      expect(besides(piece, L('col.control.status'))).toBe({ en: 'OK (recommended limit)', 'zh-Hant': '正常 (依建議額度)', 'zh-Hans': '正常 (依建议额度)' }[lang]);
    }
  });

  test('every status is worded by its label, and only a hold or over the limit gets a warning', () => {
    for (const status of ['ok', 'nearLimit', 'noCredit', 'notRated'] as const) {
      for (const piece of forms({ ...customer, control: { ...ok, status } }, lang)) {
        expect(besides(piece, L('col.control.status'))).toBe(L(`control.status.${status}`));
        expect(strings(piece).some((t) => t.startsWith(`${L('control.status.overdueHold')}${lang === 'en' ? ':' : '：'}`))).toBe(false);
      }
    }
  });

  test('hold days between bucket edges: the amount is stated from the edge the hold counts from, beside the rule\'s days', () => {
    const piece = surveyForm({ ...customer, control: { ...held, hold: { ...held.hold, days: 45 } } }, ctxFor(lang));
    const hold = strings(piece).find((t) => t.startsWith(L('control.status.overdueHold')) && t !== HELD[lang].status)!;
    expect(hold).toBe({
      en: 'Overdue hold: 200,000 more than 60 days past due (rule: above 1,000 over 45 days, counted by whole aging buckets).',
      'zh-Hant': '逾期停止出貨：逾期超過 60 天 200,000 元 (規則：逾期超過 45 天之金額超過 1,000 元，按整個帳齡區間計)。',
      'zh-Hans': '逾期停止发货：逾期超过 60 天 200,000 元 (规则：逾期超过 45 天的金额超过 1,000 元，按整个账龄区间计)。',
    }[lang]);
  });

  test('a net credit balance: outstanding in words, overdue none, DSO and utilisation n/a for a net credit balance', () => {
    const [survey, application] = forms({ ...customer, control: creditOnly }, lang);
    const balance = { en: 'credit balance 5,000', 'zh-Hant': '貸方餘額 5,000 元', 'zh-Hans': '贷方余额 5,000 元' }[lang];
    const na = { en: 'n/a (net credit balance)', 'zh-Hant': '不適用 (淨貸方餘額)', 'zh-Hans': '不适用 (净贷方余额)' }[lang];
    expect(besides(survey!, L('form.outstanding'))).toBe(balance);
    expect(besides(survey!, L('form.overdue'))).toBe(L('form.none'));
    expect(besides(survey!, L('form.payment'))).toContain({ en: 'days sales outstanding n/a (net credit balance)', 'zh-Hant': '應收帳款周轉天數不適用 (淨貸方餘額)', 'zh-Hans': '应收账款周转天数不适用 (净贷方余额)' }[lang]);
    expect(besides(application!, L('form.outstanding'))).toBe(balance);
    expect(besides(application!, L('col.control.utilisation'))).toBe(na);
    // The balance is stated once on the survey: beside the outstanding, not again beside the overdue.
    expect(strings(survey!).filter((t) => t.includes(balance))).toHaveLength(1);
  });

  test('credit notes past due above the overdue invoices: the overdue is none, with their credit balance', () => {
    const piece = surveyForm({ ...customer, control: { ...ok, overdue: -10_675 } }, ctxFor(lang));
    expect(besides(piece, L('form.overdue'))).toBe({ en: 'none (credit balance 10,675)', 'zh-Hant': '無 (貸方餘額 10,675 元)', 'zh-Hans': '无 (贷方余额 10,675 元)' }[lang]);
    expect(besides(piece, L('form.outstanding'))).toBe(500_000);
  });

  test('positive figures stay numbers: overdue, outstanding and utilisation; a limit of 0 and no limit (not rated) are n/a, each with why', () => {
    const [survey, application] = forms({ ...customer, control: held }, lang);
    expect(besides(survey!, L('form.overdue'))).toBe(320_000);
    expect(besides(application!, L('col.control.utilisation'))).toBe(1.25);
    expect(besides(surveyForm({ ...customer, control: { ...ok, dso: null } }, ctxFor(lang)), L('form.payment')))
      .toContain({ en: 'days sales outstanding n/a (no net sales in the 90 days)', 'zh-Hant': '應收帳款周轉天數不適用 (近90天無銷售淨額)', 'zh-Hans': '应收账款周转天数不适用 (近90天无销售净额)' }[lang]);
    const utilisation = (control: FormControl) => besides(authorizationForm({ ...customer, control }, { amount: 0, termsDays: 30 }, ctxFor(lang)), L('col.control.utilisation'));
    expect(utilisation({ ...ok, limitUsed: 0, available: -500_000, utilisation: null, status: 'noCredit' })).toBe({ en: 'n/a (limit 0)', 'zh-Hant': '不適用 (額度為 0)', 'zh-Hans': '不适用 (额度为 0)' }[lang]);
    expect(utilisation({ ...ok, limitUsed: null, available: null, utilisation: null, status: 'notRated' }))
      .toBe({ en: 'n/a (not rated: no limit)', 'zh-Hant': '不適用 (未評等，無額度)', 'zh-Hans': '不适用 (未评级，无额度)' }[lang]);
  });

  test('the fullest application still fits its page: four levels to sign, a hold, over the limit, above the recommendation', () => {
    const levels = [{ name: 'L1', max: 100_000 }, { name: 'L2', max: 500_000 }, { name: 'L3', max: 2_000_000 }, { name: 'L4', max: null }];
    const reasons = lang === 'en' ? 'Debt ratio −10; Industry outlook −4.8; Bank credit −4.8; Scale and nature of the business −4.8; Sales ability −3.2' : '資產負債率 −10；行業景氣 −4.8；銀行往來信用 −4.8；企業規模及企業性質 −4.8；銷售能力 −3.2；經營技術 −3.2；員工抱怨 −3.2';
    const piece = authorizationForm({ ...customer, grade: 'B', reasons, control: { ...held, onRecommended: true } }, { amount: 3_000_000, termsDays: 30 }, { ...ctxFor(lang), levels });
    expect(formHeight(piece)).toBeLessThanOrEqual(PAGE_BODY_PT);
    expect(strings(piece)).toEqual(expect.arrayContaining([HELD[lang].hold, HELD[lang].over, 'L1', 'L2', 'L3', 'L4']));
  });

  test('the fullest application with a filled card, grade C, hold days between bucket edges and the four built-in levels fits its page with every label and figure', () => {
    const profile = fullProfile(lang);
    const c: FormCustomer = { ...customer, name: longName(lang), profile, grade: 'C', score: 0, recommendedLimit: 0, reasons: longReasons(lang), control: { ...held, onRecommended: true, hold: { ...held.hold, days: 45 } } };
    const piece = authorizationForm(c, { amount: 3_000_000, termsDays: 30 }, { ...ctxFor(lang), company: 'Credit Desk Ltd', levels: fourLevels(lang) });
    expect(formHeight(piece)).toBeLessThanOrEqual(PAGE_BODY_PT);
    const card = cardPrinted(profile, false);
    const labels: LabelId[] = [
      ...card.labels, 'form.applicantName', 'form.department', 'form.applicationDate', 'form.netSales', 'form.avgMonthly', 'form.tier', 'form.outstanding',
      'form.score', 'form.grade', 'form.reasons', 'form.requested', 'form.recommended', 'form.terms', 'form.method', 'form.currentLimit', 'form.aboveCurrent',
      'form.exposure', 'form.available', 'col.control.status', 'col.control.utilisation', 'form.guarantee', 'form.level', 'form.overLimit', 'form.badDebt',
      'form.approvedAmount', 'form.effectiveDate', 'form.nextReview',
    ];
    for (const id of labels) expect(strings(piece)).toContain(L(id));
    // The hold between bucket edges (its longer wording), over the limit by how much, grade C, above the recommendation; the four levels to sign.
    expect(strings(piece).filter((t) => t.startsWith(L('control.status.overdueHold')) && t.includes('45'))).toHaveLength(1);
    expect(strings(piece)).toEqual(expect.arrayContaining([
      HELD[lang].over, labelWith('form.warnNoCreditGrade', lang, { grade: 'C' }), ...fourLevels(lang).map((l) => l.name),
      labelWith('form.warnAbove', lang, { over: amountText(3_000_000, lang), limit: amountText(0, lang) }),
    ]));
    expect(values(piece)).toEqual(expect.arrayContaining([longName(lang), ...card.values, 3_000_000, 2_000_000, 1_000_000, 1_250_000, -250_000, 1.25, longReasons(lang), 'C']));
  });

  test('without the control step neither form prints a status', () => {
    for (const piece of forms(customer, lang)) expect(strings(piece)).not.toContain(L('col.control.status'));
  });
});
