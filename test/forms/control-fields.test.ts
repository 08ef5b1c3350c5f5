import type { Language } from '../../src/core/columns/layout';
import { FACTORS } from '../../src/core/columns/roles';
import { authorizationForm, requestWarnings } from '../../src/core/forms/authorization-form';
import { amountFormat, amountText } from '../../src/core/forms/form-blocks';
import type { FormContext, FormControl, FormCustomer } from '../../src/core/forms/form-data';
import { formHeight, PAGE_BODY_PT } from '../../src/core/forms/form-fit';
import type { FormPiece } from '../../src/core/forms/form-piece';
import { surveyForm } from '../../src/core/forms/survey-form';
import { label, labelWith, type LabelId } from '../../src/core/i18n/labels';
import { okFigures, ratedCustomer } from './form-fixtures';

const LANGS: readonly Language[] = ['en', 'zh-Hant', 'zh-Hans'];
const LEVELS = [
  { name: 'L1', max: 100_000 },
  { name: 'L2', max: 500_000 },
  { name: 'L3', max: 2_000_000 },
  { name: 'L4', max: null },
];

const customer: FormCustomer = ratedCustomer({ profile: { paymentRecord: 'profile says prompt', outstanding: 12_345 } });
const figures: FormControl = okFigures();
const ctxFor = (lang: Language): FormContext => ({
  lang, asOf: '1 Dec 2026 09:00', levels: LEVELS, creditMonths: 1, noCreditGrades: ['C'],
  ratioMaxPoints: { quickRatio: 10, debtRatio: 10, assetTurnover: 10, netMargin: 10 },
  periods: { sales: { from: '2024-11-01', to: '2026-10-31' }, limitWindow: { from: '2025-11', to: '2026-10' } },
  controlAsOf: '2026-10-31',
});

/** The value a form prints beside a label (the cell right of it), with its number format. */
function besides(piece: FormPiece, text: string): { value: unknown; format: string | undefined } {
  const cell = [...piece.cells.values()].find((c) => c.value === text);
  if (!cell) throw new Error(`no label "${text}" on the form`);
  const value = piece.cells.get(`${cell.row}:${cell.col + 1}`)?.value;
  const format = piece.formats.find((f) => f.row === cell.row && f.col === cell.col + 1)?.format;
  return { value, format };
}
const strings = (piece: FormPiece) => [...piece.cells.values()].map((c) => c.value).filter((v): v is string => typeof v === 'string');
const L = (id: LabelId, lang: Language) => label(id, lang);

describe.each(LANGS)('the survey form with credit-control figures (%s)', (lang) => {
  const ctx = ctxFor(lang);

  test('the payment record gives average days late, the on-time share and the oldest days past due, from the control figures', () => {
    const piece = surveyForm({ ...customer, control: figures }, ctx);
    const payment = besides(piece, L('form.payment', lang)).value as string;
    expect(payment).toContain(labelWith('form.payLate', lang, { days: '12.3' }));
    expect(payment).toContain(labelWith('form.payOnTime', lang, { share: '63%' }));
    expect(payment).toContain(labelWith('form.payOldest', lang, { days: '95' }));
    expect(payment).not.toContain('profile says prompt');
  });

  test('the payment record ends with the DSO in the full term of its column header', () => {
    const payment = besides(surveyForm({ ...customer, control: figures }, ctx), L('form.payment', lang)).value as string;
    expect(payment.endsWith({ en: 'days sales outstanding 45.2', 'zh-Hant': '應收帳款周轉天數 45.2 天', 'zh-Hans': '应收账款周转天数 45.2 天' }[lang])).toBe(true);
  });

  test('current outstanding is the open receivables, beside the overdue amount, and the periods note gives their as-of day', () => {
    const piece = surveyForm({ ...customer, control: figures }, ctx);
    expect(besides(piece, L('form.outstanding', lang))).toEqual({ value: 250_000, format: amountFormat(lang) });
    expect(besides(piece, L('form.overdue', lang)).value).toBe(40_000);
    const day = lang === 'en' ? '31 Oct 2026' : '2026年10月31日';
    expect(strings(piece).some((t) => t.includes(labelWith('form.periodsReceivables', lang, { date: day })))).toBe(true);
  });

  test('without paid history or anything past due it says so rather than printing zeros, and the DSO follows', () => {
    const piece = surveyForm({ ...customer, control: { ...figures, avgDaysLate: null, onTimeShare: null, oldestDaysPastDue: 0 } }, ctx);
    const sep = L('form.sep', lang);
    expect(besides(piece, L('form.payment', lang)).value).toBe(`${L('form.payNoHistory', lang)}${sep}${L('form.payNoneOverdue', lang)}${sep}${labelWith('form.payDso', lang, { days: '45.2' })}`);
  });

  test('without control figures it falls back to the profile columns, and no receivables date is printed', () => {
    const { controlAsOf: _none, ...plain } = ctx;
    const piece = surveyForm(customer, plain);
    expect(besides(piece, L('form.payment', lang)).value).toBe('profile says prompt');
    expect(besides(piece, L('form.outstanding', lang)).value).toBe(12_345);
    expect(strings(piece)).not.toContain(L('form.overdue', lang));
    expect(strings(piece).some((t) => t.includes(labelWith('form.periodsReceivables', lang, { date: '' }).trim().slice(0, 4)))).toBe(false);
  });
});

describe.each(LANGS)('the authorization form with credit-control figures (%s)', (lang) => {
  const ctx = ctxFor(lang);
  const levelsOf = (piece: FormPiece) => LEVELS.filter((l) => strings(piece).includes(l.name)).map((l) => l.name);

  test('it prints the current limit, what the request exceeds it by, the current exposure and the available credit', () => {
    const piece = authorizationForm({ ...customer, control: figures }, { amount: 450_000, termsDays: 30 }, ctx);
    expect(besides(piece, L('form.currentLimit', lang))).toEqual({ value: 300_000, format: amountFormat(lang) });
    expect(besides(piece, L('form.aboveCurrent', lang)).value).toBe(150_000);
    expect(besides(piece, L('form.exposure', lang)).value).toBe(250_000);
    expect(besides(piece, L('form.available', lang)).value).toBe(50_000);
    expect(besides(piece, L('form.outstanding', lang)).value).toBe(250_000);
  });

  test('a request within the current limit exceeds it by 0, and a recommended limit in use says so in its format', () => {
    const piece = authorizationForm({ ...customer, control: { ...figures, onRecommended: true } }, { amount: 200_000, termsDays: 30 }, ctx);
    expect(besides(piece, L('form.aboveCurrent', lang)).value).toBe(0);
    const format = besides(piece, L('form.currentLimit', lang)).format!;
    expect(format.startsWith(amountFormat(lang))).toBe(true);
    expect(format).toContain(L('form.recommendedSuffix', lang));
  });

  test('the route covers the requested limit, within which the current exposure counts, and says so in one sentence', () => {
    const piece = authorizationForm({ ...customer, control: figures }, { amount: 450_000, termsDays: 30 }, ctx);
    expect(levelsOf(piece)).toEqual(['L1', 'L2']);
    expect(strings(piece)).toContain(labelWith('form.routeRequested', lang, { total: amountText(450_000, lang) }));
  });

  test('where the current exposure is above the request, the route covers the exposure', () => {
    const piece = authorizationForm({ ...customer, control: { ...figures, exposure: 2_500_000, available: -2_200_000 } }, { amount: 450_000, termsDays: 30 }, ctx);
    expect(levelsOf(piece)).toEqual(['L1', 'L2', 'L3', 'L4']);
    expect(strings(piece)).toContain(labelWith('form.routeExposure', lang, { total: amountText(2_500_000, lang) }));
  });

  test('without control figures the route covers the requested limit', () => {
    const piece = authorizationForm(customer, { amount: 450_000, termsDays: 30 }, ctx);
    expect(levelsOf(piece)).toEqual(['L1', 'L2']);
    expect(strings(piece)).toContain(labelWith('form.routeLimit', lang, { total: amountText(450_000, lang) }));
    expect(strings(piece)).not.toContain(L('form.exposure', lang));
  });

  test('a customer over its current limit gets a printed warning with the exposure, the limit and the amount above it; one within it gets none', () => {
    const over: FormControl = { ...figures, exposure: 380_000, available: -80_000, overLimit: true, status: 'overLimit' };
    const warning = { en: 'Over limit: exposure 380,000 against a limit of 300,000, 80,000 above it.', 'zh-Hant': '超過額度：信用暴露 380,000 元，目前額度 300,000 元，超出 80,000 元。', 'zh-Hans': '超过额度：信用占用 380,000 元，当前额度 300,000 元，超出 80,000 元。' }[lang];
    expect(requestWarnings({ ...customer, control: over }, { amount: 300_000, termsDays: 30 }, ctx)).toContain(warning);
    expect(strings(authorizationForm({ ...customer, control: over }, { amount: 300_000, termsDays: 30 }, ctx))).toContain(warning);
    expect(requestWarnings({ ...customer, control: figures }, { amount: 300_000, termsDays: 30 }, ctx)).toEqual([]);
    // The status decides, tolerance and all: exposure above the limit but within the tolerance is no warning.
    expect(requestWarnings({ ...customer, control: { ...over, overLimit: false } }, { amount: 300_000, termsDays: 30 }, ctx)).toEqual([]);
  });

  test('a zero request needs no signature when the customer owes nothing; with exposure the route follows the exposure and the form says why', () => {
    expect(levelsOf(authorizationForm({ ...customer, control: { ...figures, exposure: 0 } }, { amount: 0, termsDays: 30 }, ctx))).toEqual([]);
    expect(levelsOf(authorizationForm(customer, { amount: 0, termsDays: 30 }, ctx))).toEqual([]);
    const owing = authorizationForm({ ...customer, control: { ...figures, exposure: 900_000 } }, { amount: 0, termsDays: 30 }, ctx);
    expect(levelsOf(owing)).toEqual(['L1', 'L2', 'L3']);
    expect(strings(owing)).toContain(labelWith('form.routeExposure', lang, { total: amountText(900_000, lang) }));
    expect(strings(owing)).toContain(labelWith('form.warnZeroExposure', lang, { exposure: amountText(900_000, lang) }));
    expect(strings(owing)).not.toContain(L('form.warnZero', lang));
  });

  test('the longest forms still fit the page: every level, every warning, long reasons, missing inputs', () => {
    const worst: FormCustomer = {
      ...customer, grade: 'notRated', recommendedLimit: null, score: 12,
      // As long as the sample's longest (a customer not rated, three factors named).
      reasons: 'Not rated: 4 of 4 ratios and 11 of 11 ratings missing (a grade allows 1 and 3); Scale and nature of the business −4.8; Industry outlook −4.8; Bank credit −4.8', missing: ['quickRatio', 'debtRatio', 'assetTurnover', 'netMargin', ...FACTORS.map((f) => `rating:${f}`)],
      control: { ...figures, exposure: 9_876_543.21, available: -9_576_543.21, overLimit: true, onRecommended: true },
    };
    const request = { amount: 12_345_678, termsDays: 60 };
    const pieces = [surveyForm(worst, ctx), authorizationForm(worst, request, ctx), authorizationForm({ ...worst, grade: 'C', recommendedLimit: 0 }, request, ctx)];
    expect(pieces.map((p) => formHeight(p) <= PAGE_BODY_PT)).toEqual([true, true, true]);
  });
});
