import fc from 'fast-check';
import { amountBelowWords, amountWords, explanationWords, ITEM_LABELS } from '../../src/core/credit/reason-text';
import { label, labelWith } from '../../src/core/i18n/labels';

describe('the reasons\' words', () => {
  test('an amount is whole with thousands separators, as toLocaleString words it, for any number', () => {
    const amount = fc.oneof(
      fc.double(), fc.integer({ min: -1e9, max: 1e9 }), fc.maxSafeInteger(),
      fc.constantFrom(-0, 0.5, -0.5, -0.4, 999.5, -999.5, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 1e21, Infinity, -Infinity, NaN),
    );
    fc.assert(fc.property(amount, (n) => {
      expect([n, amountWords(n)]).toEqual([n, Math.round(n).toLocaleString('en-US')]);
    }), { numRuns: 3000, seed: 20261202 });
  });

  test('an amount below a rounding unit never reads as the unit: whole, or cut to cents', () => {
    expect([9_999.996, 5_000, 8_333.33 * 1.2, 0.004, 1_234.5].map(amountBelowWords)).toEqual(['9,999.99', '5,000', '9,999.99', '0', '1,234.50']);
    fc.assert(fc.property(fc.double({ min: 0, max: 9_999.999999, noNaN: true }), (base) => {
      const shown = Number(amountBelowWords(base).replace(/,/g, ''));
      expect(shown).toBeLessThan(10_000);
      expect(base - shown).toBeLessThan(0.01);
    }), { numRuns: 2000, seed: 20261202 });
    // The same text as toLocaleString gives for the amount cut to cents, for any amount a limit can have.
    fc.assert(fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (base) => {
      const cents = Math.floor(base * 100 + 1e-7) / 100;
      const expected = Number.isInteger(cents) ? amountWords(cents) : cents.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      expect([base, amountBelowWords(base)]).toEqual([base, expected]);
    }), { numRuns: 3000, seed: 20261202 });
  });

  test('every limit reason and lost item is its label filled in, in every language, whatever was worded before', () => {
    const lang = fc.constantFrom('en', 'zh-Hant', 'zh-Hans') as fc.Arbitrary<'en' | 'zh-Hant' | 'zh-Hans'>;
    const points = fc.oneof(fc.double({ min: 0.001, max: 30, noNaN: true }), fc.constantFrom(10, 4.8, 1.2));
    fc.assert(fc.property(lang, fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.array(fc.record({ item: fc.integer({ min: 0, max: 14 }), points }), { maxLength: 3 }), (language, amount, lost) => {
      const limits = [
        [{ code: 'noRecentSales' }, labelWith('reason.noRecentSales', language, { window: '2025-11' })],
        [{ code: 'gradeFactorZero', grade: 'C' }, labelWith('reason.gradeFactorZero', language, { grade: 'C' })],
        [{ code: 'netWorthNotPositive', netWorth: amount }, labelWith('reason.netWorthNotPositive', language, { netWorth: amountWords(amount) })],
        [{ code: 'belowRoundingUnit', base: amount, unit: 10000 }, labelWith('reason.belowRoundingUnit', language, { base: amountBelowWords(amount), unit: (10000).toLocaleString('en-US') })],
        [{ code: 'capped', share: 0.1, netWorth: amount }, labelWith('reason.capped', language, { share: '10%', netWorth: amountWords(amount) })],
      ] as const;
      const separator = language === 'en' ? '; ' : '；';
      const lostText = lost.map((l) => `${label(ITEM_LABELS[l.item]!, language)} −${Math.round(l.points * 100) / 100}`);
      for (const [limit, words] of limits) {
        expect(explanationWords({ notRated: null, limit, lost }, language, '2025-11')).toBe([words, ...lostText].join(separator));
      }
    }), { numRuns: 200, seed: 20261202 });
  });
});
