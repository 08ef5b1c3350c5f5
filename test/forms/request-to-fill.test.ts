import type { Language } from '../../src/core/columns/layout';
import { authorizationForm } from '../../src/core/forms/authorization-form';
import type { FormContext, FormCustomer } from '../../src/core/forms/form-data';
import { formHeight, PAGE_BODY_PT } from '../../src/core/forms/form-fit';
import type { FormPiece } from '../../src/core/forms/form-piece';
import { surveyForm } from '../../src/core/forms/survey-form';
import { label, labelWith } from '../../src/core/i18n/labels';
import { okFigures, ratedCustomer } from './form-fixtures';
import { fourLevels, fullProfile, longName, longReasons } from './fullest';

const LANGS: readonly Language[] = ['en', 'zh-Hant', 'zh-Hans'];
const ctxFor = (lang: Language): FormContext => ({
  lang, asOf: '1 Dec 2026 09:00', levels: fourLevels(lang), creditMonths: 1, noCreditGrades: ['C'], company: 'Credit Desk Ltd',
  ratioMaxPoints: { quickRatio: 10, debtRatio: 10, assetTurnover: 10, netMargin: 10 },
  periods: { sales: { from: '2024-11-01', to: '2026-10-31' }, limitWindow: { from: '2025-11', to: '2026-10' } },
  controlAsOf: '2026-10-31',
});
const strings = (piece: FormPiece) => [...piece.cells.values()].map((c) => c.value).filter((v): v is string => typeof v === 'string');
/** The cell right of a label: what the form prints for it (null: a blank box). */
function besides(piece: FormPiece, text: string): unknown {
  const cell = [...piece.cells.values()].find((c) => c.value === text);
  if (!cell) throw new Error(`no label "${text}" on the form`);
  return piece.cells.get(`${cell.row}:${cell.col + 1}`)?.value;
}
/** The levels with a box to sign in: one row each under the level heading. */
const levelsToSign = (piece: FormPiece, lang: Language) => fourLevels(lang).map((l) => l.name).filter((name) => strings(piece).includes(name));

// Customer C0008 of the demo: not rated, no recommendation, 661,080 owed with no limit.
const notRated: FormCustomer = ratedCustomer({ grade: 'notRated', score: 27.8, recommendedLimit: null, control: okFigures({ limitUsed: null, exposure: 661_080, openReceivables: 661_080, available: null, utilisation: null, status: 'notRated' }) });
const toFill = { amount: null, termsDays: 30 };

const EXPECTED = {
  en: {
    route: 'The route depends on the amount requested: sign at each level up to the first whose maximum covers it. The current exposure of 661,080 needs every level up to Regional company manager whatever is requested.',
    routeOwingNothing: 'The route depends on the amount requested: sign at each level up to the first whose maximum covers it.',
    rule: 'Approval levels: Account manager up to 100,000; Direct-sales department manager up to 500,000; Regional company manager up to 2,000,000; Head office above 2,000,000.',
    zeroOwing: 'A limit of 0 is requested, but the customer owes 661,080: the approval covers the current exposure.',
    score: '— (inputs missing)',
  },
  'zh-Hant': {
    route: '審批層級依申請額度而定：由第一層起逐層簽核，至上限涵蓋申請額度的層級為止。目前信用暴露 661,080 元，無論申請多少，至少須簽核至地區公司經理。',
    routeOwingNothing: '審批層級依申請額度而定：由第一層起逐層簽核，至上限涵蓋申請額度的層級為止。',
    rule: '審批層級：客戶經理 100,000 元以下；直銷部經理 500,000 元以下；地區公司經理 2,000,000 元以下；總公司 超過 2,000,000 元。',
    zeroOwing: '申請額度為 0，但客戶目前信用暴露 661,080 元：仍須依目前信用暴露審批簽核。',
    score: '— (資料不足)',
  },
  'zh-Hans': {
    route: '审批层级依申请额度而定：由第一层起逐层签字，至上限涵盖申请额度的层级为止。当前信用占用 661,080 元，无论申请多少，至少须签字至地区公司经理。',
    routeOwingNothing: '审批层级依申请额度而定：由第一层起逐层签字，至上限涵盖申请额度的层级为止。',
    rule: '审批层级：客户经理 100,000 元以下；直销部经理 500,000 元以下；地区公司经理 2,000,000 元以下；总公司 超过 2,000,000 元。',
    zeroOwing: '申请额度为 0，但客户当前信用占用 661,080 元：仍须依当前信用占用审批签字。',
    score: '— (数据不足)',
  },
} as const;

describe.each(LANGS)('an application whose amount is left to fill in (%s)', (lang) => {
  const ctx = ctxFor(lang);
  const L = (id: Parameters<typeof label>[0]) => label(id, lang);

  test('not rated and owing 661,080: the amount is a blank box, every level has a box under the rule, the exposure sets the least route, and nothing says no signature is needed', () => {
    const piece = authorizationForm(notRated, toFill, ctx);
    expect(besides(piece, L('form.requested'))).toBeNull();
    expect(strings(piece)).toEqual(expect.arrayContaining([EXPECTED[lang].route, EXPECTED[lang].rule, L('form.warnNotRated')]));
    expect(levelsToSign(piece, lang)).toEqual(fourLevels(lang).map((l) => l.name));
    expect(strings(piece)).not.toContain(L('form.warnZero'));
    expect(strings(piece)).not.toContain(L('form.routeNone'));
  });

  test('grade C with a recommended limit of 0 and no control figures: the route depends on the amount only, and the grade warning stays', () => {
    const piece = authorizationForm(ratedCustomer({ grade: 'C', recommendedLimit: 0 }), toFill, ctx);
    expect(besides(piece, L('form.requested'))).toBeNull();
    expect(strings(piece)).toEqual(expect.arrayContaining([EXPECTED[lang].routeOwingNothing, EXPECTED[lang].rule, labelWith('form.warnNoCreditGrade', lang, { grade: 'C' })]));
    expect(levelsToSign(piece, lang)).toHaveLength(4);
    expect(strings(piece)).not.toContain(L('form.warnZero'));
  });

  test('above the current limit is left blank with the amount; without a limit (not rated) it stays n/a with why', () => {
    const rated = authorizationForm(ratedCustomer({ recommendedLimit: 0, control: okFigures() }), toFill, ctx);
    expect(besides(rated, L('form.aboveCurrent'))).toBeNull();
    expect(besides(authorizationForm(notRated, toFill, ctx), L('form.aboveCurrent'))).toBe(labelWith('form.naBecause', lang, { reason: L('form.naNoCurrentLimit') }));
  });

  test('a limit of 0 asked for on purpose while owing 661,080: the form says the approval covers the exposure, and the route follows it', () => {
    const piece = authorizationForm(notRated, { amount: 0, termsDays: 30 }, ctx);
    expect(besides(piece, L('form.requested'))).toBe(0);
    expect(strings(piece)).toContain(EXPECTED[lang].zeroOwing);
    expect(strings(piece)).not.toContain(L('form.warnZero'));
    expect(levelsToSign(piece, lang)).toEqual(fourLevels(lang).slice(0, 3).map((l) => l.name));
  });

  test('a limit of 0 asked for on purpose while owing nothing: no signature is needed, as before', () => {
    const piece = authorizationForm(ratedCustomer({ recommendedLimit: 0 }), { amount: 0, termsDays: 30 }, ctx);
    expect(strings(piece)).toEqual(expect.arrayContaining([L('form.warnZero'), L('form.routeNone')]));
    expect(levelsToSign(piece, lang)).toEqual([]);
  });

  test('a customer not rated has no score on either form, only why; a rated one prints its score', () => {
    for (const piece of [authorizationForm(notRated, toFill, ctx), surveyForm(notRated, ctx)]) {
      expect(besides(piece, L('form.score'))).toBe(EXPECTED[lang].score);
      expect(besides(piece, L('form.grade'))).toBe(L('value.notRated'));
    }
    expect(besides(surveyForm(ratedCustomer(), ctx), L('form.score'))).toBe(71);
  });

  test('the fullest application to fill in fits its page: a filled card, a long name and reasons, a hold, every level with its rule', () => {
    const held = okFigures({ limitUsed: null, exposure: 1_250_000, openReceivables: 1_250_000, available: null, utilisation: null, status: 'overdueHold', others: ['overLimit'], overdue: 320_000, hold: { amount: 320_000, pastDays: 61, days: 45, minimum: 1_000 } });
    const c: FormCustomer = { ...notRated, name: longName(lang), profile: fullProfile(lang), reasons: longReasons(lang), control: held };
    const piece = authorizationForm(c, toFill, ctx);
    expect(formHeight(piece)).toBeLessThanOrEqual(PAGE_BODY_PT);
    expect(levelsToSign(piece, lang)).toHaveLength(4);
    expect(strings(piece)).toContain(EXPECTED[lang].rule);
  });
});
