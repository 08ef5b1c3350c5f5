/**
 * An owned column whose header states a date (the run's, or the 12-month
 * window's) is the same column as its plain header: the dated header is the
 * plain one with the date part inserted, in every language, so that a reader
 * (and the add-in, recognising a previous run's header) sees one name.
 */
import type { Language } from '../../src/core/columns/layout';
import { CONTROL_COLUMNS } from '../../src/core/control/control-columns';
import { CREDIT_COLUMNS } from '../../src/core/credit/credit-columns';
import { label } from '../../src/core/i18n/labels';
import type { OwnedColumnSpec } from '../../src/core/plan/owned-columns';
import { TIER_COLUMNS } from '../../src/core/tiers/tier-columns';

const LANGUAGES: Language[] = ['en', 'zh-Hant', 'zh-Hans'];

/** True when `dated` is `plain` with one span holding `{arg}` inserted somewhere. */
function isPlainPlusDate(plain: string, dated: string, arg: string): boolean {
  for (let cut = 0; cut <= plain.length; cut++) {
    const before = plain.slice(0, cut);
    const after = plain.slice(cut);
    if (dated.length > plain.length && dated.startsWith(before) && dated.endsWith(after)
      && dated.slice(before.length, dated.length - after.length).includes(`{${arg}}`)) return true;
  }
  return false;
}

const ALL: readonly OwnedColumnSpec[] = [...TIER_COLUMNS, ...CREDIT_COLUMNS, ...CONTROL_COLUMNS];
// Columns whose header states a date. The aging buckets state days in place of "bucket n" (not a date added);
// the reasons' plain label is the header of an earlier release ("Points lost most"), kept so it is still recognised.
const DATED = ALL.filter((s) => s.dated && (s.dated.arg === 'date' || s.dated.arg === 'window') && s.id !== 'reasons');

describe('dated headers', () => {
  test('the rule tells an inserted date part from another wording', () => {
    expect(isPlainPlusDate('Missing inputs', 'Missing inputs (run {date})', 'date')).toBe(true);
    expect(isPlainPlusDate('Avg sales (12 m)', 'Avg sales (12 m to {window})', 'window')).toBe(true);
    expect(isPlainPlusDate('缺漏资料', '缺失数据 ({date} 运行)', 'date')).toBe(false);
    expect(isPlainPlusDate('Missing inputs', 'Missing inputs (run)', 'date')).toBe(false);
  });

  test('there are dated columns to check', () => {
    expect(DATED.map((s) => s.id)).toEqual(expect.arrayContaining(['missing', 'avgMonthlySales']));
  });

  test.each(LANGUAGES)('%s: each dated header is its plain header plus the date part', (language) => {
    const wrong = DATED
      .map((s) => ({ id: s.id, plain: label(s.label, language), dated: label(s.dated!.label, language) }))
      .filter((h) => !isPlainPlusDate(h.plain, h.dated, DATED.find((s) => s.id === h.id)!.dated!.arg));
    expect(wrong).toEqual([]);
  });
});
