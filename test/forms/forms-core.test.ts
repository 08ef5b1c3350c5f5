import { approvalRoute } from '../../src/core/forms/approval-route';
import { authorizationForm } from '../../src/core/forms/authorization-form';
import type { FormContext, FormCustomer } from '../../src/core/forms/form-data';
import { parseSelection, resolveGrade } from '../../src/core/forms/selection';
import { cleanSheetName, uniqueSheetName } from '../../src/core/plan/sheet-name';
import { surveyForm } from '../../src/core/forms/survey-form';
import { FACTORS } from '../../src/core/columns/roles';
import { label } from '../../src/core/i18n/labels';
import { languageForLocale } from '../../src/core/i18n/display-language';

const LEVELS = [
  { name: '客戶經理', max: 100_000 },
  { name: '直銷部經理', max: 500_000 },
  { name: '地區公司經理', max: 2_000_000 },
  { name: '總公司', max: null },
];

describe('sheet names follow Excel rules', () => {
  test('forbidden characters are replaced, apostrophes trimmed, at most 31 characters', () => {
    expect(cleanSheetName("'調查表-A/B:C*D?[E]\\F'")).toBe('調查表-A B C D E F');
    expect([...cleanSheetName('授信申請-台北宏達電子股份有限公司'.repeat(3))].length).toBe(31);
    expect(cleanSheetName('History')).not.toBe('History');
    expect(cleanSheetName("Survey-O'Neil Ltd")).toBe('Survey-O’Neil Ltd');
  });

  test('a name already taken (in any case) gets a suffix, still within 31 characters', () => {
    const taken = new Set(['survey-acme', 'x'.repeat(31)]);
    expect(uniqueSheetName('Survey-ACME', taken)).toBe('Survey-ACME (2)');
    expect(uniqueSheetName('Survey-ACME', taken)).toBe('Survey-ACME (3)');
    const long = uniqueSheetName('x'.repeat(40), taken);
    expect(long).toBe(`${'x'.repeat(27)} (2)`);
    expect(long.length).toBe(31);
  });
});

describe('the approval route for a requested amount (boundaries of every level)', () => {
  test.each([
    [0, 1], [99_999, 1], [100_000, 1], [100_001, 2], [499_999, 2], [500_000, 2], [500_001, 3],
    [1_999_999, 3], [2_000_000, 3], [2_000_001, 4], [50_000_000, 4],
  ])('%p needs %p level(s), in order', (amount, count) => {
    expect(approvalRoute(LEVELS, amount).map((l) => l.name)).toEqual(LEVELS.slice(0, count).map((l) => l.name));
  });
});

const customer: FormCustomer = {
  key: 'c1', id: 'C1', name: '=HYPERLINK("http://x","y")', source: '客戶資料!5', profile: { address: '+1-2', phone: '02-1234' },
  netSales: 1_000_000, avgMonthlySales: 80_000, tier: 'A',
  ratios: { quickRatio: 1.2, debtRatio: null, assetTurnover: 3.5, netMargin: 0.12 },
  ratioPoints: { quickRatio: 10, debtRatio: 0, assetTurnover: 7, netMargin: 7 },
  ratings: Object.fromEntries(FACTORS.map((f, i) => [f, i % 2 === 0 ? 4 : null])) as FormCustomer['ratings'],
  score: 61.2, grade: 'B', reasons: '資產負債率 −10', recommendedLimit: 40_000, missing: [],
};
const ctx: FormContext = {
  lang: 'zh-Hant', asOf: '2026-11-22 10:00', levels: LEVELS, creditMonths: 1, noCreditGrades: ['C'],
  ratioMaxPoints: { quickRatio: 10, debtRatio: 10, assetTurnover: 10, netMargin: 10 },
};
const texts = (piece: ReturnType<typeof surveyForm>) => [...piece.cells.values()].map((c) => c.value);

describe('form contents', () => {
  test('the authorization form has a signature box for exactly the levels the requested amount needs', () => {
    for (const [amount, count] of [[100_000, 1], [100_001, 2], [2_000_001, 4]] as const) {
      const values = texts(authorizationForm(customer, { amount, termsDays: 30 }, ctx));
      expect(LEVELS.filter((l) => values.includes(l.name)).length).toBe(count);
    }
  });

  test('the survey form ticks the given rating of each factor and leaves unrated ones blank', () => {
    const piece = surveyForm(customer, ctx);
    expect(texts(piece).filter((v) => v === '✓').length).toBe(FACTORS.filter((_, i) => i % 2 === 0).length);
  });

  test('both forms print the title, the as-of time and the source row, from the dictionary in every language', () => {
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      const s = texts(surveyForm(customer, { ...ctx, lang }));
      const a = texts(authorizationForm(customer, { amount: 1, termsDays: 30 }, { ...ctx, lang }));
      expect(s).toContain(label('form.survey', lang));
      expect(a).toContain(label('form.authorization', lang));
      expect(s.some((v) => typeof v === 'string' && v.includes('2026-11-22 10:00') && v.includes('客戶資料!5'))).toBe(true);
      expect(a).toContain(label('form.overLimit', lang));
    }
  });

  test('text from the customer row is carried as plain text, never turned into a formula', () => {
    const values = texts(surveyForm(customer, ctx));
    expect(values).toContain('=HYPERLINK("http://x","y")');
    expect(values).toContain('+1-2');
    expect(values.every((v) => typeof v !== 'object' || v === null)).toBe(true);
  });
});

test('customer choices parse, and a wrong one says what is accepted', () => {
  expect(parseSelection('tier:a')).toEqual({ kind: 'tier', tier: 'A' });
  expect(parseSelection('grade:AA')).toEqual({ kind: 'grade', grade: 'AA' });
  expect(parseSelection('keys:C1, C2')).toEqual({ kind: 'keys', keys: ['C1', 'C2'] });
  expect(() => parseSelection('tier:Z')).toThrow('Choose all customers, those needing a survey, a tier, a credit grade or customer IDs or names, not “tier:Z”.');
  expect(() => parseSelection('grade: ')).toThrow('not “grade: ”.');
});

test('a grade is chosen by the scorecard\'s name for it, ignoring case; a grade the scorecard lacks is refused with its grades', () => {
  const grades = ['Prime', 'Good', 'Watch'];
  expect(resolveGrade(parseSelection('grade:good'), grades)).toEqual({ kind: 'grade', grade: 'Good' });
  expect(resolveGrade({ kind: 'tier', tier: 'A' }, grades)).toEqual({ kind: 'tier', tier: 'A' });
  expect(() => resolveGrade(parseSelection('grade:AAA'), grades)).toThrow(expect.objectContaining({ code: 'unknownGrade', args: { grade: 'AAA', grades: 'Prime, Good, Watch' } }));
  // The key of those not rated is no grade.
  expect(() => resolveGrade(parseSelection('grade:notRated'), grades)).toThrow('The scorecard has no grade “notRated”: its grades are Prime, Good, Watch.');
});

test('the forms language follows the Office display language (Traditional for zh-TW and zh-HK)', () => {
  expect(['zh-TW', 'zh-HK', 'zh-Hant-TW', 'zh-CN', 'zh-SG', 'en-US', 'fr-FR', ''].map(languageForLocale))
    .toEqual(['zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hans', 'zh-Hans', 'en', 'en', 'en']);
  // A script subtag wins over the region; a region alone decides without one.
  expect(['zh-Hans-TW', 'zh-Hans-HK', 'zh-Hant-CN', 'zh-hant', 'zh-MO', 'zh-TWX'].map(languageForLocale))
    .toEqual(['zh-Hans', 'zh-Hans', 'zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hans']);
});

test('problem reasons read in every language, with the cell value filled in', async () => {
  const { problemText } = await import('../../src/core/i18n/problem-text');
  const p = { sheet: 'S', cell: 'H4', reason: '', code: 'badNumber' as const, args: { what: 'amount', value: '"abc"' } };
  expect(problemText(p, 'en')).toBe('amount is not a number: "abc"');
  expect(problemText(p, 'zh-Hant')).toBe('金額不是數字：「abc」');
  expect(problemText(p, 'zh-Hans')).toBe('金额不是数字：“abc”');
});

test('a batch of more than a thousand forms goes on to "… (2)", "… (3)": never more page breaks than Excel keeps on a sheet', async () => {
  const { planFormSheets, FORMS_PER_BATCH_SHEET } = await import('../../src/core/forms/form-sheets');
  const customers = Array.from({ length: 2 * FORMS_PER_BATCH_SHEET + 1 }, (_, i) => ({ ...customer, key: `c${i}`, id: `C${i}` }));
  const requests = new Map(customers.map((c) => [c.key, { amount: 1, termsDays: 30 }]));
  const { ops, sheets } = planFormSheets({
    customers, requests, ctx, company: 'ACME', batch: true, taken: new Set(), kinds: ['survey'], firstMarker: 1,
  });
  expect(sheets.map((s) => s.customers.length)).toEqual([1000, 1000, 1]);
  expect(sheets.map((s) => s.name)).toEqual([sheets[0]!.name, `${sheets[0]!.name} (2)`, `${sheets[0]!.name} (3)`]);
  expect(sheets.flatMap((s) => s.customers)).toEqual(customers.map((c) => c.id));
  const breaks = ops.flatMap((op) => (op.op === 'pageSetup' ? [op.pageBreaksBefore.length] : []));
  expect(breaks).toEqual([999, 999, 0]);
});
