import fc from 'fast-check';
import { FORMULA_WITHOUT_VALUE, isErrorValue, type CellValue } from '../../src/core/cells/cell';
import { isSettledAscii, normalizeKey } from '../../src/core/cells/normalize';
import { KeyIndex } from '../../src/core/tiers/key-index';

/** The key rule as normalizeKey documents it, without the ASCII fast path. */
function documentedKey(value: CellValue): string | null {
  if (value === null || typeof value === 'boolean' || isErrorValue(value)) return null;
  const key = String(value).normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return key === '' ? null : key;
}

const asciiWithSpaces = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', 'Ｋ', '#', '~', '\u007f'), maxLength: 8 });

describe('normalizeKey with its fast path for plain ASCII keys', () => {
  test('gives what the documented rule gives, for any text and number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), asciiWithSpaces, fc.double(), fc.integer()), (value) => {
        expect(normalizeKey(value)).toBe(documentedKey(value));
      }),
      { numRuns: 2000 },
    );
  });

  test('takes the fast path only for text that NFKC, trimming and collapsing spaces leave alone', () => {
    fc.assert(
      fc.property(fc.oneof(asciiWithSpaces, fc.string({ unit: 'grapheme', maxLength: 6 })), (text) => {
        if (isSettledAscii(text)) expect(text.normalize('NFKC').trim().replace(/\s+/g, ' ')).toBe(text);
      }),
      { numRuns: 2000 },
    );
    expect(['C000123', 'Acme Ltd', 'a b'].map(isSettledAscii)).toEqual([true, true, true]);
    expect(['', ' a', 'a ', 'a  b', 'a\tb', 'Ｋ1', 'é'].map(isSettledAscii)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('KeyIndex', () => {
  test('raw keys that normalise alike share one index; a number and its text too', () => {
    const index = new KeyIndex();
    const ids = ['K1', 'k1 ', 'Ｋ1', 12, '12', 'K2'].map((raw) => index.indexOf(raw));
    expect(ids).toEqual([0, 0, 0, 1, 1, 2]);
    expect(index.keys).toEqual(['k1', '12', 'k2']);
  });

  test('blank cells, booleans, error values and formulas without a value are no customer', () => {
    const index = new KeyIndex();
    expect([null, true, false, '', '  ', '#N/A', FORMULA_WITHOUT_VALUE, 'true'].map((raw) => index.indexOf(raw))).toEqual([-1, -1, -1, -1, -1, -1, -1, 0]);
    expect(index.keys).toEqual(['true']);
  });

  test('find looks a raw key up, by its normalised form too, and adds nothing', () => {
    const index = new KeyIndex();
    index.indexOf('K1');
    expect([index.find('K1'), index.find(' k1'), index.find('K2'), index.find(null)]).toEqual([0, 0, -1, -1]);
    expect(index.keys).toEqual(['k1']);
    expect(index.indexOf('K2')).toBe(1);
  });
});
