/**
 * A rating cell holding something that is not a rating (problem badRating)
 * counts as missing; the survey form shows, on that factor's line, what was
 * written and that it was not read, so the signer does not take it for blank.
 */
import { FACTORS } from '../../src/core/columns/roles';
import type { Language } from '../../src/core/columns/layout';
import { MISSING_FILL } from '../../src/core/forms/form-blocks';
import type { FormContext, FormCustomer, FormUserFactor } from '../../src/core/forms/form-data';
import { formHeight, PAGE_BODY_PT } from '../../src/core/forms/form-fit';
import type { FormPiece } from '../../src/core/forms/form-piece';
import { surveyForm } from '../../src/core/forms/survey-form';
import { label, type LabelId } from '../../src/core/i18n/labels';
import type { StepsRequest } from '../../src/app/run-steps';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { makeWorkbook, runThroughFile } from '../support/workbooks';
import { fullProfile, longName, longReasons } from './fullest';
import { okFigures, ratedCustomer } from './form-fixtures';

const LANGS: readonly Language[] = ['en', 'zh-Hant', 'zh-Hans'];
const ctxFor = (lang: Language): FormContext => ({
  lang, asOf: '1 Dec 2026 09:00', levels: [], creditMonths: 1, noCreditGrades: ['C'],
  ratioMaxPoints: { quickRatio: 10, debtRatio: 10, assetTurnover: 10, netMargin: 10 },
});
const NOT_READ: Record<Language, (written: string) => string> = {
  en: (w) => `Written "${w}": not a rating, counted as missing`,
  'zh-Hant': (w) => `填寫 「${w}」：不是評等，視為缺漏`,
  'zh-Hans': (w) => `填写 “${w}”：不是评级，视为缺失`,
};

/** Row of the cell holding `text`, and what the five rating boxes of that row hold. */
function lineOf(piece: FormPiece, text: string): { row: number; boxes: unknown[] } {
  const row = [...piece.cells.values()].find((c) => c.value === text)!.row;
  return { row, boxes: [3, 4, 5, 6, 7].map((col) => piece.cells.get(`${row}:${col}`)?.value ?? null) };
}

describe.each(LANGS)('the survey form and an unreadable rating (%s)', (lang) => {
  const ctx = ctxFor(lang);
  const bank = label('factor.bankCredit' as LabelId, lang);

  test('the factor\'s line says what was written and that it was not read, highlighted to fill; the other lines are ticked', () => {
    const c = ratedCustomer({
      ratings: { ...ratedCustomer().ratings, bankCredit: null },
      missing: ['rating:bankCredit'], unreadRatings: [{ code: 'rating:bankCredit', written: 'very good' }],
    });
    const piece = surveyForm(c, ctx);
    const line = lineOf(piece, bank);
    expect(line.boxes).toEqual([NOT_READ[lang]('very good'), null, null, null, null]);
    expect(piece.merges).toContainEqual(expect.objectContaining({ row: line.row, col: 3, cols: 5 }));
    expect(piece.styles.filter((s) => s.style.fill === MISSING_FILL).map((s) => [s.row, s.col, s.cols])).toEqual([[line.row, 3, 5]]);
    expect(lineOf(piece, label('factor.industryOutlook' as LabelId, lang)).boxes).toEqual([null, '✓', null, null, null]);
  });

  test('a missing rating left blank keeps its five empty boxes', () => {
    const piece = surveyForm(ratedCustomer({ ratings: { ...ratedCustomer().ratings, bankCredit: null }, missing: ['rating:bankCredit'] }), ctx);
    expect(lineOf(piece, bank).boxes).toEqual([null, null, null, null, null]);
  });

  test('a factor of the user\'s own, by its code', () => {
    const own: FormUserFactor[] = [{ name: 'Years with us', weight: 5, rating: null }];
    const piece = surveyForm(ratedCustomer({ userFactors: own, missing: ['rating:Years with us'], unreadRatings: [{ code: 'rating:Years with us', written: '7' }] }), ctx);
    expect(lineOf(piece, 'Years with us').boxes[0]).toBe(NOT_READ[lang]('7'));
  });

  test('the fullest form, every one of twenty ratings unreadable, still fits one page', () => {
    const own = Array.from({ length: 9 }, (_, k): FormUserFactor => ({ name: lang === 'en' ? `Own factor ${k + 1} of the scorecard, long` : `自訂評分項目第${k + 1}項付款紀錄`, weight: 2, rating: null }));
    const codes = [...FACTORS.map((f) => `rating:${f}`), ...own.map((u) => `rating:${u.name}`)];
    const written = lang === 'en' ? 'rather good, we think' : '尚可，待確認';
    const fullest: FormCustomer = {
      ...ratedCustomer(), name: longName(lang), profile: fullProfile(lang), userFactors: own, grade: 'notRated', score: 0, recommendedLimit: null,
      ratios: { quickRatio: null, debtRatio: null, assetTurnover: null, netMargin: null },
      ratings: Object.fromEntries(FACTORS.map((f) => [f, null])) as FormCustomer['ratings'],
      missing: ['quickRatio', 'debtRatio', 'assetTurnover', 'netMargin', ...codes],
      unreadRatings: codes.map((code) => ({ code: code as `rating:${string}`, written })),
      reasons: longReasons(lang),
      control: { ...okFigures(), status: 'overdueHold', others: ['overLimit'], overLimit: true, onRecommended: true, hold: { amount: 200_000, pastDays: 60, days: 45, minimum: 1_000 } },
    };
    const piece = surveyForm(fullest, { ...ctx, company: 'Credit Desk Ltd', controlAsOf: '2026-10-31' });
    expect(formHeight(piece)).toBeLessThanOrEqual(PAGE_BODY_PT);
    expect([...piece.cells.values()].filter((c) => c.value === NOT_READ[lang](written))).toHaveLength(codes.length);
  });
});

describe('through a run on an .xlsx', () => {
  test('the written text reaches the survey from the customer sheet\'s rating cell', async () => {
    const book = makeWorkbook([
      { name: 'Customers', rows: [['Customer ID', 'Customer name', 'Bank credit', 'Sales ability'], ['C1', 'Alpha', 'so-so', 4]] },
      { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 900_000]] },
    ]);
    const request: StepsRequest = {
      steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(),
      forms: { selection: { kind: 'all' }, batch: false, kinds: ['survey'], now: new Date(2026, 10, 22, 9, 30) },
    };
    const { summary, wb } = await runThroughFile(book, request);
    expect(summary.problems.map((p) => [p.cell, p.code])).toContainEqual(['C2', 'badRating']);
    const ws = wb.getWorksheet(summary.forms!.sheets[0]!.name)!;
    // Rows holding the text (the five boxes are one merged cell: ExcelJS reads its value in each of them).
    const rows = new Set<number>();
    ws.eachRow((row, n) => row.eachCell((c) => { if (typeof c.value === 'string' && c.value.startsWith('Written ')) rows.add(n); }));
    expect(rows.size).toBe(1);
    expect(ws.getCell(`D${[...rows][0]}`).value).toBe(NOT_READ.en('so-so'));
  });
});
