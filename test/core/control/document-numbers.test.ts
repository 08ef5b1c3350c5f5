import type { CellValue } from '../../../src/core/cells/cell';
import { documentHash, documentText, firstOfSame } from '../../../src/core/control/document-numbers';
import { Rng } from '../../../scripts/sample/prng';

/** The plain way: a map from customer and number text to the first document. */
function naive(numbers: CellValue[], customer: Int32Array): number[] {
  const seen = new Map<string, number>();
  return numbers.map((raw, d) => {
    const t = documentText(raw);
    if (t === null) return -1;
    const key = `${customer[d]}\u0000${t}`;
    const f = seen.get(key);
    if (f === undefined) seen.set(key, d);
    return f ?? -1;
  });
}

function fast(numbers: CellValue[], customer: Int32Array): number[] {
  const hash = Float64Array.from(numbers, documentHash);
  return [...firstOfSame(hash, customer, numbers.length, (e, d) => documentText(numbers[e]!) === documentText(numbers[d]!))];
}

describe('a document number listed again for the same customer', () => {
  test.each([10, 5000, 20000])('%d documents (1, 4 and 16 partitions): the first earlier equal document, as a plain map finds it', (count) => {
    const rng = new Rng(count);
    const customer = new Int32Array(count);
    const numbers: CellValue[] = [];
    for (let d = 0; d < count; d++) {
      // A tenth repeat an earlier document (its customer and number), some only its number (another customer's: no repeat).
      const earlier = d > 0 && rng.chance(0.15) ? rng.int(0, d - 1) : -1;
      customer[d] = earlier >= 0 && rng.chance(0.7) ? customer[earlier]! : rng.int(0, 300);
      // Numbers as text, as numbers and as text with spaces around: 1234, "1234" and " 1234" are one number.
      const fresh = rng.chance(0.05) ? null : rng.chance(0.5) ? `N${d}` : d;
      const again = earlier >= 0 ? numbers[earlier]! : fresh;
      numbers.push(typeof again === 'number' && rng.chance(0.3) ? (rng.chance(0.5) ? String(again) : ` ${again}`) : again);
    }
    const got = fast(numbers, customer);
    expect(got).toEqual(naive(numbers, customer));
    if (count > 100) {
      expect(got.filter((f) => f >= 0).length).toBeGreaterThan(count / 100);
      // Some repeats are of a number written once as a number, once as text.
      expect(got.some((f, d) => f >= 0 && typeof numbers[f] !== typeof numbers[d])).toBe(true);
    }
  });

  test('numbers compare as their text: integers, fractions, -0, beyond the safe integers; blanks and errors are no number', () => {
    const numbers: CellValue[] = [
      7, '7', -12, '-12', 0, '0', -0, 1.5, '1.5', 2 ** 53, String(2 ** 53), 1e21, '1e+21', Number.MAX_SAFE_INTEGER, String(Number.MAX_SAFE_INTEGER),
      '', '  ', null, '#N/A', '#N/A', true, true, NaN, Infinity, Infinity,
    ];
    const customer = new Int32Array(numbers.length);
    const got = fast(numbers, customer);
    expect(got).toEqual(naive(numbers, customer));
    expect(got).toEqual([-1, 0, -1, 2, -1, 4, 4, -1, 7, -1, 9, -1, 11, -1, 13, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]);
  });

  test('a safe integer hashes as its text does, without making the text', () => {
    const rng = new Rng(5);
    const integers = [0, -0, 1, -1, 9, 10, -10, 99, 100, 2 ** 31, -(2 ** 31) - 1, 2 ** 32 + 7, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
    for (let k = 0; k < 200; k++) integers.push(rng.int(-1e9, 1e9), Math.floor(rng.range(0, Number.MAX_SAFE_INTEGER)));
    expect(integers.filter((x) => documentHash(x) !== documentHash(String(x)))).toEqual([]);
    expect(new Set(integers.slice(2, 14).map(documentHash)).size).toBe(12);
  });
});
