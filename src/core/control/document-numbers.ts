/**
 * Finding a document number listed again for the same customer among
 * hundreds of thousands of documents. One hash table over them all misses
 * the cache on nearly every probe, and a Map of that many strings is slower
 * still; so the documents are first partitioned by the high bits of their
 * hash (in order, so the earlier of two equal documents stays first) and
 * each partition gets a table small enough to stay in the cache.
 */

/** FNV-1a over a document number's characters. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Documents a partition holds on average: its table (two numbers a slot, half full) stays within 32 KB. */
const PER_PARTITION = 2048;

/**
 * For each document d < count, the first earlier document with the same
 * customer and the same number text, or -1 (also for a document without a
 * number: null).
 */
export function firstOfSame(texts: readonly (string | null)[], customer: Int32Array, count: number): Int32Array {
  const first = new Int32Array(count).fill(-1);
  const partitionBits = Math.max(0, Math.min(12, Math.ceil(Math.log2(count / PER_PARTITION))));
  const partitions = 1 << partitionBits;
  const shift = 32 - partitionBits;
  const partitionOf = (h: number) => (partitionBits === 0 ? 0 : h >>> shift);

  const hash = new Int32Array(count);
  const starts = new Int32Array(partitions + 1);
  let numbered = 0;
  for (let d = 0; d < count; d++) {
    const text = texts[d];
    if (text === null || text === undefined) continue;
    const h = hashText(text) ^ Math.imul(customer[d]! + 1, 0x9e3779b1);
    hash[d] = h;
    starts[partitionOf(h) + 1]++;
    numbered++;
  }
  for (let p = 0; p < partitions; p++) starts[p + 1] += starts[p]!;
  // Each partition's documents in sheet order, with their hashes beside them: the pass below reads them in a row.
  const order = new Int32Array(numbered);
  const orderHash = new Int32Array(numbered);
  const next = starts.slice(0, partitions);
  for (let d = 0; d < count; d++) {
    const text = texts[d];
    if (text === null || text === undefined) continue;
    const p = partitionOf(hash[d]!);
    const at = next[p]++;
    order[at] = d;
    orderHash[at] = hash[d]!;
  }

  let largest = 0;
  for (let p = 0; p < partitions; p++) largest = Math.max(largest, starts[p + 1]! - starts[p]!);
  const slots = 1 << Math.max(4, Math.ceil(Math.log2(2 * largest + 1)));
  // (document + 1, hash) pairs; 0 is an empty slot.
  const table = new Int32Array(2 * slots);
  for (let p = 0; p < partitions; p++) {
    const from = starts[p]!;
    const to = starts[p + 1]!;
    if (to === from) continue;
    const mask = (1 << Math.max(4, Math.ceil(Math.log2(2 * (to - from) + 1)))) - 1;
    table.fill(0, 0, 2 * (mask + 1));
    for (let j = from; j < to; j++) {
      const d = order[j]!;
      const h = orderHash[j]!;
      let slot = h & mask;
      for (let at = table[2 * slot]!; at !== 0; at = table[2 * slot]!) {
        const e = at - 1;
        if (table[2 * slot + 1] === h && customer[e] === customer[d] && texts[e] === texts[d]) {
          first[d] = e;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (first[d] === -1) {
        table[2 * slot] = d + 1;
        table[2 * slot + 1] = h;
      }
    }
  }
  return first;
}
