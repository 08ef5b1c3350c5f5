import fc from 'fast-check';
import { assignTiers } from '../../src/core/tiers/assign-tiers';
import { defaultTierOptions, type Tier } from '../../src/core/tiers/tier-options';

const sales = defaultTierOptions('sales');
const headcount = defaultTierOptions('headcount');
const tiersOf = (values: number[], options = sales) => assignTiers(values, options).map((r) => r.tier);
const ORDER: Record<Tier, number> = { A: 0, B: 1, C: 2, D: 3 };

describe('ABC/D tier rule (domain brief §3)', () => {
  test('a customer whose share before is exactly 80% is B, just under 80% is A', () => {
    // shares: 80, 15, 5 -> share before of the 2nd is exactly 0.80
    expect(tiersOf([80, 15, 5])).toEqual(['A', 'B', 'C']);
    // 79.9 before the second -> A
    expect(tiersOf([79.9, 15.1, 5])).toEqual(['A', 'A', 'C']);
  });

  test('a share before of exactly 95% is C, just under 95% is B', () => {
    expect(tiersOf([80, 15, 5])[2]).toBe('C');
    expect(tiersOf([80, 14.9, 5.1])[2]).toBe('B');
  });

  test('the top customer is A even when it alone makes more than 80%', () => {
    expect(tiersOf([99, 1])).toEqual(['A', 'C']);
  });

  test('customers with no positive net sales are D and get no share or rank', () => {
    const r = assignTiers([100, 0, -20], sales);
    expect(r.map((x) => x.tier)).toEqual(['A', 'D', 'D']);
    expect(r[1]).toMatchObject({ share: null, cumulativeShare: null, rank: null });
  });

  test('equal net sales share tier and rank, and the cumulative share covers the whole tie', () => {
    const r = assignTiers([50, 30, 30, 5], sales);
    expect(r.map((x) => x.tier)).toEqual(['A', 'A', 'A', 'C']);
    expect(r.map((x) => x.rank)).toEqual([1, 2, 2, 4]);
    expect(r[1]!.cumulativeShare).toBeCloseTo(110 / 115, 12);
    expect(r[2]!.cumulativeShare).toBeCloseTo(110 / 115, 12);
  });

  test('floating-point noise never splits a tie (rounded to 6 decimals first)', () => {
    const r = assignTiers([0.1 + 0.2, 0.3, 5], sales);
    expect(r[0]!.netSales).toBe(0.3);
    expect(r[0]!.tier).toBe(r[1]!.tier);
    expect(r[0]!.rank).toBe(r[1]!.rank);
  });

  test('head-count mode: A below 20% of customers ranked above, B below 50%', () => {
    const values = Array.from({ length: 10 }, (_, i) => 100 - i);
    expect(tiersOf(values, headcount)).toEqual(['A', 'A', 'B', 'B', 'B', 'C', 'C', 'C', 'C', 'C']);
  });

  test('thresholds are editable', () => {
    expect(tiersOf([50, 30, 20], { mode: 'sales', thresholds: [0.5, 0.8] })).toEqual(['A', 'B', 'C']);
    expect(tiersOf([50, 30, 20], { mode: 'sales', thresholds: [0.51, 0.8] })).toEqual(['A', 'A', 'C']);
  });

  test('shares of positive customers add up to 1', () => {
    const r = assignTiers([3, 2, 1, 0], sales);
    expect(r.reduce((s, x) => s + (x.share ?? 0), 0)).toBeCloseTo(1, 12);
  });

  const netSales = fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e7, noNaN: true }), fc.integer({ min: -5, max: 20 })), { minLength: 1, maxLength: 60 });
  const modes = fc.constantFrom(sales, headcount);

  test('property: a tier never improves as net sales fall', () => {
    fc.assert(fc.property(netSales, modes, (values, options) => {
      const r = assignTiers(values, options);
      for (let i = 0; i < r.length; i++) {
        for (let j = 0; j < r.length; j++) {
          if (r[i]!.netSales > r[j]!.netSales) expect(ORDER[r[i]!.tier]).toBeLessThanOrEqual(ORDER[r[j]!.tier]);
        }
      }
    }));
  });

  test('property: equal net sales give equal tiers and ranks', () => {
    fc.assert(fc.property(netSales, modes, fc.nat(), (values, options, pick) => {
      const dup = [...values, values[pick % values.length]!];
      const r = assignTiers(dup, options);
      const a = r[pick % values.length]!;
      const b = r[r.length - 1]!;
      expect(b.tier).toBe(a.tier);
      expect(b.rank).toBe(a.rank);
    }));
  });

  test('property: the top customer with positive sales is always A', () => {
    fc.assert(fc.property(netSales, modes, (values, options) => {
      const r = assignTiers(values, options);
      const top = Math.max(...r.map((x) => x.netSales));
      if (top > 0) expect(r.filter((x) => x.netSales === top).every((x) => x.tier === 'A')).toBe(true);
    }));
  });
});
