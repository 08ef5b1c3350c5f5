import { isFormulaWrite, type CellValue, type CellWrite } from '../../src/core/cells/cell';
import type { SheetLayout } from '../../src/core/columns/layout';
import { FACTORS } from '../../src/core/columns/roles';
import { CREDIT_COLUMN_RULES, FACTOR_POINTS_RULES, RATIO_RULES, userPointsRule } from '../../src/core/credit/credit-column-rules';
import { CREDIT_COLUMNS } from '../../src/core/credit/credit-columns';
import { CreditRowWriter } from '../../src/core/credit/credit-row';
import { defaultScorecard, RATIOS } from '../../src/core/credit/scorecard-config';
import { scorecardRefs } from '../../src/core/credit/scorecard-sheet';
import { ScorecardRules } from '../../src/core/credit/scoring';
import { FIGURES, inputColumns } from '../../src/core/credit/statement-inputs';
import { userFactorColumns } from '../../src/core/credit/user-factors';

const isFormula = (cell: CellWrite | undefined) => cell !== undefined && cell !== null && isFormulaWrite(cell);
const userFactors = [{ name: 'Payment record', weight: 20 }, { name: 'Years with us', weight: 5 }];
const rules = new ScorecardRules({ ...defaultScorecard(['L1', 'L2', 'L3', 'L4']), userFactors });
const own = [...CREDIT_COLUMNS.map((_, i) => 100 + i), 100 + CREDIT_COLUMNS.length, 101 + CREDIT_COLUMNS.length];
const ROLES = [...FIGURES, ...FACTORS.map((f) => `rating:${f}` as const)];
const headers = ['Customer ID', ...ROLES, 'Payment record', 'Years with us'];

/** A writer over a customer sheet with every statement, rating and user factor column, or with none of them. */
function writer(withInputs: boolean): CreditRowWriter {
  const columns = withInputs ? Object.fromEntries(ROLES.map((role, i) => [role, i + 1])) : {};
  const layout: SheetLayout = { sheet: 'Clients', headerRow: 0, firstDataRow: 1, lastRow: 9, headers: withInputs ? headers : ['Customer ID'], columns, ambiguous: {}, language: 'en' };
  const users = withInputs ? userFactorColumns('SC', userFactors, layout, new Set(Object.values(columns)), false, '').columns : [];
  return new CreditRowWriter(rules, scorecardRefs(), own, 'en', [...inputColumns(layout, false), ...users], '2025-11');
}

describe('the credit columns\' rules', () => {
  test('every credit column id has a rule, and every rule is a column\'s', () => {
    const ids = CREDIT_COLUMNS.map((c) => c.id as string);
    expect(Object.keys(CREDIT_COLUMN_RULES).sort()).toEqual([...ids].sort());
    for (const id of ids) expect([id, CREDIT_COLUMN_RULES[id as keyof typeof CREDIT_COLUMN_RULES]?.kind]).toEqual([id, expect.any(String)]);
  });

  test('a ratio\'s and a factor\'s points column carry the missing-input code of their input', () => {
    expect(RATIOS.map((r) => RATIO_RULES[r].missing)).toEqual(RATIOS);
    expect(FACTOR_POINTS_RULES.map((r) => r.missing)).toEqual(FACTORS.map((f) => `rating:${f}`));
    expect(userPointsRule(2, userFactors[1]!).missing).toBe('rating:Years with us');
  });

  test('a formula-when-inputs column writes its value alone without its inputs and a formula with them; the others as their kind says', () => {
    const bare = writer(false).row({ statement: { values: [], row: 4 }, avgMonthlySales: 1000 }, 4);
    const values: CellValue[] = [...ROLES.map((_, i) => (i < FIGURES.length ? 100 + i : 4)), 3, 'good'];
    const full = writer(true).row({ statement: { values, row: 4 }, avgMonthlySales: 1000 }, 4);
    const kinds = [...CREDIT_COLUMNS.map((c) => CREDIT_COLUMN_RULES[c.id].kind), 'formulaWhenInputs', 'formulaWhenInputs'];
    expect(bare.cells).toHaveLength(kinds.length);
    kinds.forEach((kind, i) => {
      const id = CREDIT_COLUMNS[i]?.id ?? `userPoints${i - CREDIT_COLUMNS.length + 1}`;
      if (kind === 'formulaWhenInputs') {
        // n/a: the ratio, the points or the cap cannot be computed without the columns.
        expect([id, bare.cells[i]]).toEqual([id, 'n/a']);
        expect([id, isFormula(full.cells[i])]).toEqual([id, true]);
      } else {
        expect([id, isFormula(bare.cells[i]), isFormula(full.cells[i])]).toEqual([id, kind === 'formula', kind === 'formula']);
      }
    });
  });

  test('the row reports the user\'s own factors\' ratings as read, in the scorecard\'s order', () => {
    const values = ROLES.map((_, i) => (i < FIGURES.length ? 100 + i : 4));
    const w = writer(true);
    expect(w.row({ statement: { values: [...values, 3, 'good'], row: 4 }, avgMonthlySales: 1000 }, 4).userRatings).toEqual([3, 4]);
    expect(w.row({ statement: { values: [...values, 'nonsense', 5], row: 4 }, avgMonthlySales: 1000 }, 4).userRatings).toEqual([null, 5]);
    expect(writer(false).row({ statement: null, avgMonthlySales: null }, 4).userRatings).toEqual([null, null]);
  });
});
