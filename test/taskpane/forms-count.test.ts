import type { StepsSummary } from '../../src/app/run-steps';
import { CHOICES, SUMMARY } from './fixtures';
import { CONFIRM_ABOVE, formSheetCount, tieringBasis } from '../../src/taskpane/forms/sheet-count';
import { defaultChoices } from '../../src/taskpane/choices/default-choices';
import { ranText } from '../../src/taskpane/summary/run-text';
import type { RunState } from '../../src/taskpane/run/run-state';

const both = { ...CHOICES.forms, kinds: ['survey', 'authorization'] as ('survey' | 'authorization')[] };
const perCustomer = { ...both, batch: false };
const batch = { ...both, batch: true };

describe('the forms default', () => {
  it('is one batch sheet per form type', () => {
    expect(defaultChoices('en').forms).toEqual({ kinds: ['survey', 'authorization'], lang: 'en', batch: true });
  });
});

describe('formSheetCount', () => {
  it('counts one sheet per form and customer, or one per form type in batch', () => {
    expect(formSheetCount({ kind: 'rows', rows: [3, 4, 5, 5] }, perCustomer, null)).toEqual({ sheets: 6, customers: 3 });
    expect(formSheetCount({ kind: 'rows', rows: [3, 4, 5] }, { ...perCustomer, kinds: ['survey'] }, null)).toEqual({ sheets: 3, customers: 3 });
    expect(formSheetCount({ kind: 'rows', rows: [3, 4, 5] }, batch, null)).toEqual({ sheets: 2, customers: 3 });
    // Typed keys count once each, however they are written.
    expect(formSheetCount({ kind: 'keys', keys: ['K1', 'k1 ', 'Ｋ1', '甲公司'] }, perCustomer, null)).toEqual({ sheets: 4, customers: 2 });
  });

  it('counts a tier, a grade or every customer from a tiering run, and cannot without one', () => {
    expect(formSheetCount({ kind: 'tier', tier: 'C' }, perCustomer, SUMMARY)).toEqual({ sheets: 8, customers: 4 });
    expect(formSheetCount({ kind: 'grade', grade: 'A' }, perCustomer, SUMMARY)).toEqual({ sheets: 8, customers: 4 });
    expect(formSheetCount({ kind: 'all' }, perCustomer, SUMMARY)).toEqual({ sheets: 20, customers: 10 });
    expect(formSheetCount({ kind: 'tier', tier: 'A' }, perCustomer, null)).toBeNull();
    expect(formSheetCount({ kind: 'all' }, batch, null)).toBeNull();
    // A tiers-only run has no grades.
    const { credit: _credit, ...tiersOnly } = SUMMARY;
    expect(formSheetCount({ kind: 'grade', grade: 'A' }, perCustomer, tiersOnly)).toBeNull();
  });

  it('puts at most a thousand customers on a batch sheet, as the forms step does', () => {
    const many: StepsSummary = { ...SUMMARY, customers: 26_000 };
    expect(formSheetCount({ kind: 'all' }, batch, many)).toEqual({ sheets: 52, customers: 26_000 });
    expect(formSheetCount({ kind: 'all' }, { ...batch, kinds: ['survey'] }, { ...SUMMARY, customers: 1000 })).toEqual({ sheets: 1, customers: 1000 });
  });

  it('asks above fifty sheets: 25 customers with both forms go ahead, 26 are asked about', () => {
    expect(CONFIRM_ABOVE).toBe(50);
    const rows = (n: number) => ({ kind: 'rows' as const, rows: Array.from({ length: n }, (_, i) => i + 3) });
    expect(formSheetCount(rows(25), perCustomer, null)!.sheets > CONFIRM_ABOVE).toBe(false);
    expect(formSheetCount(rows(26), perCustomer, null)!.sheets > CONFIRM_ABOVE).toBe(true);
  });

  it('takes a summary as counting only for the tier settings and sheet choices it was made with', () => {
    expect(tieringBasis(CHOICES)).toBe(tieringBasis({ ...CHOICES, forms: { ...CHOICES.forms, batch: !CHOICES.forms.batch } }));
    expect(tieringBasis(CHOICES)).not.toBe(tieringBasis({ ...CHOICES, tier: { ...CHOICES.tier, thresholds: [70, 95] } }));
    expect(tieringBasis(CHOICES)).not.toBe(tieringBasis({ ...CHOICES, overrides: {} }));
  });
});

describe('ranText: the banner says what ran, on which sheet', () => {
  const done = (purpose: 'all' | 'tiers' | 'credit' | 'scorecard' | 'forms', extra: Partial<Extract<RunState, { kind: 'done' }>> = {}) =>
    ({ kind: 'done', purpose, summary: SUMMARY, cancelTooLate: false, ...extra }) as Extract<RunState, { kind: 'done' }>;

  it('names the steps and the customer sheet', () => {
    expect(ranText(done('tiers'), 'en')).toEqual(['Done: tiered the customers on “客戶”.']);
    expect(ranText(done('all'), 'en')).toEqual(['Done: tiered the customers on “客戶” and scored their credit.']);
    expect(ranText(done('credit'), 'zh-Hant')).toEqual(['完成：已為「客戶」的客戶分級並評定信用。']);
  });

  it('says whose forms were made, how many customers and sheets, and when tier A stood in for no selection', () => {
    const chosen = { selection: { kind: 'tier', tier: 'A' } as const, noRowsSelected: true };
    expect(ranText(done('forms', { chosen }), 'en')).toEqual([
      'Done: tiered the customers on “客戶” and scored their credit.',
      'Forms made for tier A (no customer rows were selected) · customers: 2 · new sheets: 2',
    ]);
    const rows = { selection: { kind: 'rows' as const, rows: [3, 4] }, noRowsSelected: false };
    expect(ranText(done('forms', { chosen: rows }), 'zh-Hans')[1]).toBe('已生成表单：选中的行 · 客户：2 · 新工作表：2');
  });

  it('says the scorecard was made or found, and that nothing was tiered or scored', () => {
    const summary = { ...SUMMARY, credit: undefined, forms: undefined };
    expect(ranText(done('scorecard', { summary: { ...summary, scorecard: { sheet: '信用評分表', created: true } } }), 'en')).toEqual([
      'Done: made the scorecard “信用評分表” with the default rules. Nothing was tiered or scored.',
    ]);
    expect(ranText(done('scorecard', { summary: { ...summary, scorecard: { sheet: '信用評分表', created: false } } }), 'zh-Hans')).toEqual([
      '评分表为“信用評分表”，未分级也未评分。',
    ]);
  });
});
