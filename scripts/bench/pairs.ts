import { performance } from 'node:perf_hooks';

export interface PairTimes {
  /** Wall times of each side, pair by pair (ms). */
  a: number[];
  b: number[];
  medianA: number;
  medianB: number;
  /** Median of the per-pair ratios a / b. */
  medianRatio: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function time(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * Times `a` and `b` in `pairs` interleaved pairs, after one warm-up call of
 * each; the side that goes first alternates from pair to pair, so that
 * neither always pays for the other's garbage. Both run in this process.
 */
export async function interleavedPairs(pairs: number, a: () => unknown, b: () => unknown): Promise<PairTimes> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      ta.push(await time(a));
      tb.push(await time(b));
    } else {
      tb.push(await time(b));
      ta.push(await time(a));
    }
  }
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return {
    a: ta.map(round1),
    b: tb.map(round1),
    medianA: round1(median(ta)),
    medianB: round1(median(tb)),
    medianRatio: Math.round(median(ta.map((x, i) => x / tb[i]!)) * 100) / 100,
  };
}
