import { SharedFormulaCell, type CellWrite } from '../../src/core/cells/cell';
import type { SheetLayout } from '../../src/core/columns/layout';
import { FACTORS } from '../../src/core/columns/roles';
import { CONTROL_COLUMNS } from '../../src/core/control/control-columns';
import { defaultControlRules } from '../../src/core/control/control-rules';
import { ControlRowWriter } from '../../src/core/control/control-row';
import type { ControlAggregates } from '../../src/core/control/aggregates';
import type { ControlDecisions } from '../../src/core/control/status';
import { CREDIT_COLUMNS } from '../../src/core/credit/credit-columns';
import { CreditRowWriter } from '../../src/core/credit/credit-row';
import { ROW, SOURCE_ROW, sharedFormula } from '../../src/core/credit/formula-template';
import { defaultScorecard } from '../../src/core/credit/scorecard-config';
import { scorecardRefs } from '../../src/core/credit/scorecard-sheet';
import { ScorecardRules } from '../../src/core/credit/scoring';
import { FIGURES, inputColumns } from '../../src/core/credit/statement-inputs';
import { userFactorColumns } from '../../src/core/credit/user-factors';
import { compileR1C1 } from '../support/excel-double/r1c1';

/** The A1 text Excel makes of a cell's R1C1 formula (the test double's reading of it). */
const backToA1 = (cell: SharedFormulaCell) => compileR1C1(cell.shared.r1c1)(cell.row, cell.shared.col);
const sharedCells = (cells: readonly CellWrite[]) => cells.filter((c): c is SharedFormulaCell => c instanceof SharedFormulaCell);
/** First rows, a row whose number gains a digit, and the last rows of a sheet. */
const ROWS = [1, 8, 9, 99, 99_999, 1_048_574, 1_048_575];

describe('a column formula as one R1C1 text', () => {
  test('relative columns count from the formula\'s column, $ columns are absolute, ranges convert at both ends; the row is always its own', () => {
    const f = sharedFormula(`=SUM(X${ROW}:AH${ROW})+$Z${ROW}*B${SOURCE_ROW}-Z${ROW}`, 25);
    expect(f.r1c1).toBe('=SUM(RC[-2]:RC[8])+RC26*RC[-24]-RC');
    expect(f.col).toBe(25);
    expect(f.a1(4)).toBe('=SUM(X5:AH5)+$Z5*B5-Z5');
    expect(f.a1(1_048_575)).toBe('=SUM(X1048576:AH1048576)+$Z1048576*B1048576-Z1048576');
  });

  test('text literals, names with digits and functions such as LOG10( stay as they are', () => {
    const f = sharedFormula(`=IF(Z${ROW}>0,"Z1 RC[1] ""B2""",LOG10(INDEX(CreditDesk_FigureQuickAssets,$AA${ROW}))+CreditDesk_Weight1)`, 25);
    expect(f.r1c1).toBe('=IF(RC>0,"Z1 RC[1] ""B2""",LOG10(INDEX(CreditDesk_FigureQuickAssets,RC27))+CreditDesk_Weight1)');
    expect(f.a1(0)).toBe('=IF(Z1>0,"Z1 RC[1] ""B2""",LOG10(INDEX(CreditDesk_FigureQuickAssets,$AA1))+CreditDesk_Weight1)');
  });

  test('refuses what one R1C1 text cannot stand for: a row of its own, a placeholder in a literal or not after a column', () => {
    expect(() => sharedFormula(`=A1+B${ROW}`, 3)).toThrow('a reference with a row of its own');
    expect(() => sharedFormula(`='Scorecard'!$B$5*B${ROW}`, 3)).toThrow('a reference with a row of its own');
    expect(() => sharedFormula(`="x${ROW}"&B${ROW}`, 3)).toThrow('inside a text literal');
    expect(() => sharedFormula(`=1+${ROW}`, 3)).toThrow('not after a column');
    expect(() => sharedFormula(`=CreditDesk_X${ROW}`, 3)).toThrow('not after a column');
  });
});

const rules = new ScorecardRules({ ...defaultScorecard(['L1', 'L2', 'L3', 'L4']), userFactors: [{ name: 'Payment record', weight: 20 }] });
const ROLES = [...FIGURES, ...FACTORS.map((f) => `rating:${f}` as const)];
const HEADERS = ['Customer ID', ...ROLES, 'Payment record'];
const layout: SheetLayout = {
  sheet: 'Clients', headerRow: 0, firstDataRow: 1, lastRow: 9, headers: HEADERS,
  columns: Object.fromEntries(ROLES.map((role, i) => [role, i + 1])), ambiguous: {}, language: 'en',
};

/** The credit writers of every kind of sheet: inputs on the customer's row or looked up on a financials sheet, owned columns before or after them. */
function creditWriters(): { name: string; writer: CreditRowWriter; own: number[] }[] {
  return [false, true].flatMap((crossSheet) => [40, 200].map((first) => {
    const own = [...CREDIT_COLUMNS.map((_, i) => first + i), first + CREDIT_COLUMNS.length];
    const statementRow = crossSheet ? 'ZZ' : '';
    const inputs = [
      ...inputColumns(layout, crossSheet, statementRow),
      ...userFactorColumns('SC', rules.config.userFactors, layout, new Set([0]), crossSheet, statementRow).columns,
    ];
    return { name: `${crossSheet ? 'financials sheet' : 'customer sheet'}, owned from column ${first}`, writer: new CreditRowWriter(rules, scorecardRefs(), own, 'en', inputs, '2025-11'), own };
  }));
}

describe('every formula the writers make, written as R1C1 and read back by Excel, is its A1 text in every row', () => {
  test.each(creditWriters())('credit: $name', ({ writer, own }) => {
    const values = ROLES.map((_, i) => (i < FIGURES.length ? 100 + i : 'Good'));
    const texts = new Map<number, string>();
    for (const row of ROWS) {
      const cells = writer.row({ statement: { values: [...values, 'Good'], row }, avgMonthlySales: 1000 }, row).cells;
      const shared = sharedCells(cells);
      // Every formula column: the ratios, points, score, grade, limit, level, cap and the user's factor.
      expect(shared).toHaveLength(cells.filter((c) => typeof c === 'object' && c !== null).length);
      expect(shared.length).toBeGreaterThanOrEqual(25);
      const longest = new Set(writer.formulasFor(String(row + 1), String(row + 1)));
      cells.forEach((cell, i) => {
        if (!(cell instanceof SharedFormulaCell)) return;
        expect(cell.shared.col).toBe(own[i]);
        expect(cell.row).toBe(row);
        expect(longest.has(cell.formula)).toBe(true);
        expect(backToA1(cell)).toBe(cell.formula);
        // One text for the column, whatever the row.
        if (!texts.has(i)) texts.set(i, cell.shared.r1c1);
        expect(cell.shared.r1c1).toBe(texts.get(i));
      });
    }
  });

  test.each([
    { name: 'approved limit and open orders', source: { recommendedLimit: 3, approvedLimit: 1, openOrders: 2 }, first: 4 },
    { name: 'neither, owned columns far right', source: { recommendedLimit: 30, approvedLimit: null, openOrders: null }, first: 300 },
  ])('control: $name', ({ source, first }) => {
    const own = CONTROL_COLUMNS.map((_, i) => first + i);
    const writer = new ControlRowWriter(own, source, defaultControlRules(), 'zh-Hant');
    const agg = {
      openReceivables: [1000], overdue: [200], buckets: [[800], [200], [0], [0], [0], [0]], oldestDaysPastDue: [12], avgDaysLate: [3],
      onTimeShare: [0.5], dso: [40], paidDocuments: [2],
    } as unknown as ControlAggregates;
    const d = { code: [1], onRecommended: [0], utilisation: [0.5], limitUsed: [2000], exposure: [1000], available: [1000], holdAmount: [0] } as unknown as ControlDecisions;
    for (const row of ROWS) {
      const cells = writer.row(0, row, agg, d);
      const shared = sharedCells(cells);
      expect(shared).toHaveLength(8);
      for (const cell of shared) {
        expect(cell.shared.col).toBe(own[cells.indexOf(cell)]);
        expect(backToA1(cell)).toBe(cell.formula);
        expect(cell.formula).toMatch(new RegExp(`\\b[A-Z]{1,3}${row + 1}\\b`));
      }
    }
  });
});
