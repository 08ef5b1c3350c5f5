/**
 * Finding a document number listed again for the same customer among
 * hundreds of thousands of documents. One hash table over them all misses
 * the cache on nearly every probe, and a Map of that many strings is slower
 * still; so the documents are first partitioned by the high bits of their
 * hash (in order, so the earlier of two equal documents stays first) and
 * each partition gets a table small enough to stay in the cache.
 */
import type { CellValue } from '../cells/cell';
import * as cell from '../cells/cell';

// Bound once (see credit/scoring.ts): under tsx each use of an imported name is a getter call.
const { isErrorValue } = cell;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a document number's characters. */
function hashText(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

// Room for the digits of any safe integer (at most 16).
const digits = new Int32Array(16);

/** hashText(String(x)) for a safe integer x, without making the string (a document number is often a number). */
function hashInteger(x: number): number {
  let h = FNV_OFFSET;
  // String(-0) is "0": -0 < 0 is false.
  if (x < 0) {
    h = Math.imul(h ^ 45, FNV_PRIME); // "-"
    x = -x;
  }
  let n = 0;
  do {
    const q = Math.floor(x / 10);
    digits[n++] = 48 + (x - q * 10);
    x = q;
  } while (x > 0);
  while (n > 0) h = Math.imul(h ^ digits[--n]!, FNV_PRIME);
  return h;
}

/**
 * A document number as compared: text as written but for spaces around it,
 * a number as its text (so 1001 and "1001" are the same number); null when
 * there is none.
 */
export function documentText(raw: CellValue): string | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : null;
  if (typeof raw !== 'string') return null;
  const n = raw.length;
  // Error values all start with "#" (a Set lookup for every document number costs more than the rest).
  if (n > 0 && raw.charCodeAt(0) === 35 && isErrorValue(raw)) return null;
  if (n > 0 && raw.charCodeAt(0) > 32 && raw.charCodeAt(n - 1) > 32) return raw;
  const t = raw.trim();
  return t === '' ? null : t;
}

/** The hash of documentText(raw), NaN when it is null; a safe integer is hashed without making its text. */
export function documentHash(raw: CellValue): number {
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return hashInteger(raw);
  const text = documentText(raw);
  return text === null ? NaN : hashText(text);
}

/** Documents a partition holds on average: its table (two numbers a slot, half full) stays within 32 KB. */
const PER_PARTITION = 2048;

/**
 * For each document d < count, the first earlier document with the same
 * customer and the same number text, or -1 (also for a document without a
 * number: a NaN hash). `hash` holds documentHash of each document's number
 * and is overwritten; `same` compares the texts of two documents of equal
 * hash (called only then: the texts are not kept).
 */
export function firstOfSame(hash: Float64Array, customer: Int32Array, count: number, same: (e: number, d: number) => boolean): Int32Array {
  const first = new Int32Array(count).fill(-1);
  const partitionBits = Math.max(0, Math.min(12, Math.ceil(Math.log2(count / PER_PARTITION))));
  const partitions = 1 << partitionBits;
  const shift = 32 - partitionBits;
  const partitionOf = (h: number) => (partitionBits === 0 ? 0 : h >>> shift);

  const starts = new Int32Array(partitions + 1);
  let numbered = 0;
  for (let d = 0; d < count; d++) {
    const t = hash[d]!;
    if (Number.isNaN(t)) continue;
    const h = t ^ Math.imul(customer[d]! + 1, 0x9e3779b1);
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
    if (Number.isNaN(hash[d]!)) continue;
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
        if (table[2 * slot + 1] === h && customer[e] === customer[d] && same(e, d)) {
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
