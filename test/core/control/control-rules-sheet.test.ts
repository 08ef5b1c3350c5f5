import type { CellValue } from '../../../src/core/cells/cell';
import { defaultControlRules } from '../../../src/core/control/control-rules';
import { controlBlockTaken, controlRulesOps, parseControlRules } from '../../../src/core/control/control-rules-sheet';
import type { ValuesOp } from '../../../src/core/plan/write-ops';
import { reasonOf } from '../../support/reason-of';

/** The block's cells as controlRulesOps writes them, then changed where `edits` says (row index, value in column L). */
function block(edits: Record<number, CellValue> = {}): CellValue[][] {
  const values = (controlRulesOps('SC', defaultControlRules(), 'en').find((o) => o.op === 'values') as ValuesOp).values;
  const grid = values.map((row) => row.map((v) => (typeof v === 'object' && v !== null ? v.value : v))) as CellValue[][];
  for (const [r, v] of Object.entries(edits)) grid[Number(r)]![1] = v;
  return grid;
}

describe('the credit-control rules block of the scorecard (K1:L11)', () => {
  test('reads back what it writes, and what the user changed', () => {
    expect(parseControlRules('SC', block())).toEqual({ rules: defaultControlRules(), problems: [] });
    const edited = parseControlRules('SC', block({ 6: 0.05, 8: 90, 10: 0 })).rules!;
    expect([edited.tolerancePct, edited.holdDays, edited.countOrders]).toEqual([0.05, 90, false]);
  });

  test('refuses, by cell in column L, edges out of order, a blank, a fraction of a day, a value beyond its bound and a count-orders other than 0 or 1', () => {
    const { rules, problems } = parseControlRules('SC', block({ 2: 20, 5: null, 8: 45.5, 7: 2e15, 10: 2 }));
    expect(rules).toBeNull();
    expect(problems.map((p) => `${p.cell} ${p.code}`).sort()).toEqual([
      'L3 scorecardEdgesOrder', 'L6 scorecardBlankNumber', 'L9 scorecardWhole', 'L8 scorecardAbove', 'L11 scorecardZeroOrOne',
    ].sort());
    expect(reasonOf(problems.find((p) => p.cell === 'L3')!)).toBe('aging edge 2 must be above edge 30, found 20');
  });

  test('a block not there yet: a cell of the user\'s where it would go is named', () => {
    expect(controlBlockTaken('SC', [[null, null], [null, 'my note']])).toEqual([expect.objectContaining({ cell: 'L2', code: 'scorecardCellTaken' })]);
    expect(controlBlockTaken('SC', [[null, ' ']])).toEqual([]);
  });
});
