import { firstOfSame } from '../../../src/core/control/document-numbers';
import { Rng } from '../../../scripts/sample/prng';

/** The plain way: a map from customer and number to the first document. */
function naive(texts: (string | null)[], customer: Int32Array): number[] {
  const seen = new Map<string, number>();
  return texts.map((t, d) => {
    if (t === null) return -1;
    const key = `${customer[d]}\u0000${t}`;
    const f = seen.get(key);
    if (f === undefined) seen.set(key, d);
    return f ?? -1;
  });
}

describe('a document number listed again for the same customer', () => {
  test.each([10, 5000, 20000])('%d documents (1, 4 and 16 partitions): the first earlier equal document, as a plain map finds it', (count) => {
    const rng = new Rng(count);
    const customer = new Int32Array(count);
    const texts: (string | null)[] = [];
    for (let d = 0; d < count; d++) {
      // A tenth repeat an earlier document (its customer and number), some only its number (another customer's: no repeat).
      const earlier = d > 0 && rng.chance(0.15) ? rng.int(0, d - 1) : -1;
      customer[d] = earlier >= 0 && rng.chance(0.7) ? customer[earlier]! : rng.int(0, 300);
      texts.push(earlier >= 0 ? texts[earlier]! : rng.chance(0.05) ? null : `N${d}`);
    }
    const got = [...firstOfSame(texts, customer, count)];
    expect(got).toEqual(naive(texts, customer));
    if (count > 100) expect(got.filter((f) => f >= 0).length).toBeGreaterThan(count / 100);
  });
});
