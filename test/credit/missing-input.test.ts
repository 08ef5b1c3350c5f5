import { FACTORS } from '../../src/core/columns/roles';
import { compareMissingInputs, missingInputCode, parseMissingInput, type MissingInput } from '../../src/core/credit/missing-input';
import { RATIOS } from '../../src/core/credit/scorecard-config';

describe('missing-input codes', () => {
  // The codes are output (--json `missing`, the summary's keys): their text must not change.
  const cases: [MissingInput, string][] = [
    [{ kind: 'ratio', ratio: 'quickRatio' }, 'quickRatio'],
    [{ kind: 'ratio', ratio: 'netMargin' }, 'netMargin'],
    [{ kind: 'rating', factor: 'bankCredit' }, 'rating:bankCredit'],
    [{ kind: 'userRating', name: 'Payment record' }, 'rating:Payment record'],
    [{ kind: 'openingTotalAssets' }, 'openingTotalAssets'],
    [{ kind: 'salesHistory' }, 'salesHistory'],
  ];

  test.each(cases)('%j is written %s and read back as itself', (input, code) => {
    expect(missingInputCode(input)).toBe(code);
    expect(parseMissingInput(code)).toEqual(input);
  });

  test('every ratio and factor of the sources reads back as itself', () => {
    for (const ratio of RATIOS) expect(parseMissingInput(missingInputCode({ kind: 'ratio', ratio }))).toEqual({ kind: 'ratio', ratio });
    for (const factor of FACTORS) expect(parseMissingInput(missingInputCode({ kind: 'rating', factor }))).toEqual({ kind: 'rating', factor });
  });

  test('a code no run writes is unknown', () => {
    expect(parseMissingInput('somethingNew')).toBeNull();
    expect(parseMissingInput('rating:')).toBeNull();
    expect(parseMissingInput('')).toBeNull();
  });
});

describe('compareMissingInputs', () => {
  test('orders ratios and factors in their order, the user\'s factors, the opening assets, the sales history, then unknown codes by code', () => {
    const codes = ['zzz', 'salesHistory', 'rating:Years with us', 'openingTotalAssets', 'rating:industryOutlook', 'aaa', 'netMargin', 'rating:Payment record', 'rating:principal', 'quickRatio'];
    expect([...codes].sort(compareMissingInputs)).toEqual([
      'quickRatio', 'netMargin', 'rating:principal', 'rating:industryOutlook', 'rating:Years with us', 'rating:Payment record',
      'openingTotalAssets', 'salesHistory', 'aaa', 'zzz',
    ]);
  });

  test('keeps the user\'s factors in the order given (the scorecard\'s, which no code carries)', () => {
    expect(['rating:b', 'rating:a', 'rating:c'].sort(compareMissingInputs)).toEqual(['rating:b', 'rating:a', 'rating:c']);
    expect(['rating:c', 'rating:a', 'rating:b'].sort(compareMissingInputs)).toEqual(['rating:c', 'rating:a', 'rating:b']);
  });
});
