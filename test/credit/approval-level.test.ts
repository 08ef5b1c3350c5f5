import { defaultScorecard } from '../../src/core/credit/scorecard-config';
import { ScorecardRules } from '../../src/core/credit/scoring';
import { approvalLevelIndex, approvalRoute } from '../../src/core/forms/approval-route';

/** Approval tables of 1 to 8 levels, maxima rising by a step, the last without one. */
function levels(count: number, step: number): { name: string; max: number | null }[] {
  return Array.from({ length: count }, (_, i) => ({ name: `L${i + 1}`, max: i === count - 1 ? null : (i + 1) * step }));
}

describe('one approval-level rule: the credit step\'s level is the last level of the form\'s route', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('with %p level(s), at every boundary', (count) => {
    const table = levels(count, 100_000);
    const rules = new ScorecardRules({ ...defaultScorecard(['L1', 'L2', 'L3', 'L4']), levels: table });
    const amounts = [0.01, 1, ...table.flatMap((l) => (l.max === null ? [] : [l.max - 1, l.max, l.max + 1])), 1e12];
    for (const amount of amounts) {
      const route = approvalRoute(table, amount);
      expect({ amount, level: rules.level(amount, 'none') }).toEqual({ amount, level: route[route.length - 1]!.name });
      expect(route.length).toBe(approvalLevelIndex(table, amount) + 1);
    }
  });

  test('the level whose maximum covers the amount, the last for any amount above; none for no credit', () => {
    const table = levels(4, 100_000);
    const rules = new ScorecardRules({ ...defaultScorecard(['L1', 'L2', 'L3', 'L4']), levels: table });
    expect([100_000, 100_001, 300_000, 300_001].map((a) => rules.level(a, 'none'))).toEqual(['L1', 'L2', 'L3', 'L4']);
    expect(rules.level(0, 'none')).toBe('none');
    // A request of nothing still needs the first level's signature on the form.
    expect(approvalRoute(table, 0).map((l) => l.name)).toEqual(['L1']);
  });
});
