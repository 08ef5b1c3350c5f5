import { FACTORS } from '../../src/core/columns/roles';
import type { Language } from '../../src/core/columns/layout';
import { MISSING_FILL } from '../../src/core/forms/form-blocks';
import type { FormContext, FormControl, FormCustomer, FormUserFactor } from '../../src/core/forms/form-data';
import { formHeight, PAGE_BODY_PT } from '../../src/core/forms/form-fit';
import type { FormPiece } from '../../src/core/forms/form-piece';
import { surveyForm } from '../../src/core/forms/survey-form';
import { label, type LabelId } from '../../src/core/i18n/labels';
import { cardPrinted, fullProfile, longName, longReasons, values } from './fullest';
import { okFigures, ratedCustomer } from './form-fixtures';

const LANGS: readonly Language[] = ['en', 'zh-Hant', 'zh-Hans'];
const customer: FormCustomer = ratedCustomer({}, 3);
const figures: FormControl = okFigures();
const ctxFor = (lang: Language): FormContext => ({
  lang, asOf: '1 Dec 2026 09:00', levels: [], creditMonths: 1, noCreditGrades: ['C'],
  ratioMaxPoints: { quickRatio: 10, debtRatio: 10, assetTurnover: 10, netMargin: 10 },
  periods: { sales: { from: '2024-11-01', to: '2026-10-31' }, limitWindow: { from: '2025-11', to: '2026-10' } },
});

/** The factor table's rows, below the management band: each name and the rating ticked (null: none). */
function factorTable(piece: FormPiece, lang: Language): { name: unknown; ticked: number | null }[] {
  const at = (row: number, col: number) => piece.cells.get(`${row}:${col}`)?.value;
  const band = [...piece.cells.values()].find((c) => c.value === label('form.management', lang))!.row;
  const result = [...piece.cells.values()].find((c) => c.value === label('form.result', lang))!.row;
  return Array.from({ length: result - band - 1 }, (_, i) => {
    const row = band + 1 + i;
    const ticks = [5, 4, 3, 2, 1].filter((v) => at(row, 3 + (5 - v)) === '✓');
    return { name: at(row, 0), ticked: ticks.length === 1 ? ticks[0]! : ticks.length === 0 ? null : NaN };
  });
}
const builtIn = (lang: Language) => FACTORS.map((f) => ({ name: label(`factor.${f}` as LabelId, lang), ticked: 3 }));
const HEADS = ['form.indicator', 'form.formula', 'form.benchmark', 'form.value', 'form.assessmentCol'] as const;
const strings = (piece: FormPiece) => [...piece.cells.values()].map((c) => c.value).filter((v): v is string => typeof v === 'string');

describe.each(LANGS)('the survey form with factors of the user\'s own (%s)', (lang) => {
  const ctx = ctxFor(lang);

  test('lists them after the eleven, by the names typed on the scorecard, with the customer\'s ratings ticked and a missing one highlighted', () => {
    const own: FormUserFactor[] = [{ name: '付款情形', weight: 10, rating: 4 }, { name: 'Years with us', weight: 0, rating: null }];
    const piece = surveyForm({ ...customer, userFactors: own, missing: ['rating:Years with us'] }, ctx);
    expect(factorTable(piece, lang)).toEqual([...builtIn(lang), { name: '付款情形', ticked: 4 }, { name: 'Years with us', ticked: null }]);
    const highlighted = piece.styles.filter((s) => s.style.fill === MISSING_FILL);
    const yearsRow = [...piece.cells.values()].find((c) => c.value === 'Years with us')!.row;
    expect(highlighted.map((s) => [s.row, s.col, s.cols])).toEqual([[yearsRow, 3, 5]]);
    expect(strings(piece)).toContain(label('form.missingNote', lang));
  });

  test('with nine, each as long as a line holds, the longest survey still fits its page', () => {
    const name = (k: number) => (lang === 'en' ? `Own factor ${k} of the scorecard, long` : `自訂評分項目第${k}項付款紀錄`);
    const own = Array.from({ length: 9 }, (_, k): FormUserFactor => ({ name: name(k + 1), weight: 2, rating: k % 2 === 0 ? 5 : null }));
    const worst: FormCustomer = {
      ...customer, userFactors: own, control: figures, grade: 'B', score: 61.5,
      ratios: { ...customer.ratios, debtRatio: null }, missing: ['debtRatio', 'rating:bankCredit', ...own.filter((u) => u.rating === null).map((u) => `rating:${u.name}`)],
      reasons: lang === 'en' ? 'Debt ratio −10; Industry outlook −4.8; Bank credit −4.8' : '資產負債率 −10；行業景氣 −4.8；銀行往來信用 −4.8',
    };
    const piece = surveyForm(worst, ctx);
    expect(factorTable(piece, lang).slice(FACTORS.length)).toEqual(own.map((u) => ({ name: u.name, ticked: u.rating })));
    expect(formHeight(piece)).toBeLessThanOrEqual(PAGE_BODY_PT);
    // Every text still printed: the signatures and their dates, all five of the financial table's column heads.
    for (const id of ['form.surveyedBy', 'form.reviewedBy', ...HEADS] as const) expect(strings(piece)).toContain(label(id, lang));
    expect(strings(piece).filter((t) => t === label('form.dateInBox', lang))).toHaveLength(2);
  });

  const twoLines = lang === 'en'
    ? 'Not rated: 4 of 4 ratios and 20 of 20 ratings missing (a grade allows 1 and 3); Industry outlook −4.8'
    : '未評等：4 項比率中缺 4 項、20 項評等中缺 20 項 (評等最多容許缺 1 項與 3 項)；經營規模與性質 −4.8；行業景氣 −4.8；銀行往來信用 −4.8';
  test.each([['two', twoLines], ['three', longReasons(lang)]])(
    'the fullest form fits one page with every label and figure: nine factors, every input missing, a filled card, a hold between bucket edges and over the limit, reasons on %s lines',
    (_, reasons) => {
      const name = (k: number) => (lang === 'en' ? `Own factor ${k} of the scorecard, long` : `自訂評分項目第${k}項付款紀錄`);
      const own = Array.from({ length: 9 }, (_, k): FormUserFactor => ({ name: name(k + 1), weight: 2, rating: null }));
      const profile = fullProfile(lang);
      const fullest: FormCustomer = {
        ...customer, name: longName(lang), profile, userFactors: own, grade: 'notRated', score: 0, recommendedLimit: null,
        ratios: { quickRatio: null, debtRatio: null, assetTurnover: null, netMargin: null },
        ratings: Object.fromEntries(FACTORS.map((f) => [f, null])) as FormCustomer['ratings'],
        missing: ['quickRatio', 'debtRatio', 'assetTurnover', 'netMargin', ...FACTORS.map((f) => `rating:${f}`), ...own.map((u) => `rating:${u.name}`)],
        reasons,
        control: {
          ...figures, openReceivables: 1_250_000, overdue: 320_000, oldestDaysPastDue: 195, exposure: 1_250_000, limitUsed: 1_000_000, available: -250_000,
          overLimit: true, onRecommended: true, status: 'overdueHold', others: ['overLimit'], utilisation: 1.25, hold: { amount: 200_000, pastDays: 60, days: 45, minimum: 1_000 },
        },
      };
      const piece = surveyForm(fullest, { ...ctx, company: 'Credit Desk Ltd', controlAsOf: '2026-10-31' });
      expect(formHeight(piece)).toBeLessThanOrEqual(PAGE_BODY_PT);
      // Nothing left out to fit: the card, the status line and both warnings (the hold with the rule's 45 days), the five heads, every factor, the reasons, both signatures.
      const card = cardPrinted(profile, true);
      for (const id of [...card.labels, ...HEADS, 'form.outstanding', 'form.overdue', 'form.payment', 'form.score', 'form.grade', 'form.reasons', 'form.surveyedBy', 'form.reviewedBy'] as const) {
        expect(strings(piece)).toContain(label(id, lang));
      }
      expect(values(piece)).toEqual(expect.arrayContaining([longName(lang), ...card.values, 1_250_000, 320_000, reasons, label('value.notRated', lang)]));
      const status = strings(piece).filter((t) => t.startsWith(label('control.status.overdueHold', lang)) || t.startsWith(label('control.status.overLimit', lang)));
      expect(status).toHaveLength(3);
      expect(status.some((t) => t.includes(lang === 'en' ? 'over 45 days' : '45 天'))).toBe(true);
      expect(factorTable(piece, lang).map((r) => r.name)).toEqual([...FACTORS.map((f) => label(`factor.${f}` as LabelId, lang)), ...own.map((u) => u.name)]);
      expect(strings(piece).filter((t) => t === label('form.dateInBox', lang))).toHaveLength(2);
    },
  );

  test('a form that fits as it is keeps its full layout: two signature rows and the financial table\'s head row', () => {
    const piece = surveyForm({ ...customer, userFactors: [{ name: 'Payment record', weight: 5, rating: 2 }] }, ctx);
    expect(formHeight(piece)).toBeLessThanOrEqual(PAGE_BODY_PT);
    expect(strings(piece).filter((t) => t === label('form.date', lang))).toHaveLength(2);
    expect(strings(piece)).toContain(label('form.indicator', lang));
    expect(strings(piece)).not.toContain(label('form.dateInBox', lang));
  });

  test('without any it is the form of before: the eleven factors, nothing compacted, an empty list the same as none', () => {
    const plain = surveyForm(customer, ctx);
    expect(factorTable(plain, lang)).toEqual(builtIn(lang));
    expect(surveyForm({ ...customer, userFactors: [] }, ctx)).toEqual(plain);
    expect(strings(plain).filter((t) => t === label('form.date', lang))).toHaveLength(2);
    expect(strings(plain)).toContain(label('form.indicator', lang));
  });
});
