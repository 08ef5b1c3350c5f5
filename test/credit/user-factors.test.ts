import { columnLetter } from '../../src/core/cells/address';
import { isFormulaWrite, type CellWrite } from '../../src/core/cells/cell';
import type { SheetLayout } from '../../src/core/columns/layout';
import { CREDIT_COL, CREDIT_COLUMNS } from '../../src/core/credit/credit-columns';
import { FACTORS } from '../../src/core/columns/roles';
import { CreditRowWriter } from '../../src/core/credit/credit-row';
import { compareMissingInputs } from '../../src/core/credit/missing-input';
import { defaultScorecard, RATIOS } from '../../src/core/credit/scorecard-config';
import { scorecardRefs } from '../../src/core/credit/scorecard-sheet';
import { ScorecardRules } from '../../src/core/credit/scoring';
import { inputColumns } from '../../src/core/credit/statement-inputs';
import { userFactorColumns } from '../../src/core/credit/user-factors';
import { explanationWords } from '../../src/core/credit/reason-text';
import { requestWarnings } from '../../src/core/forms/authorization-form';
import { reasonOf } from '../support/reason-of';

/** A formula cell as written: its text (made for its row) and its value. */
const written = (cell: CellWrite | undefined) => (cell !== undefined && isFormulaWrite(cell) ? { formula: cell.formula, value: cell.value } : cell);

const layout = (headers: string[]): SheetLayout => ({
  sheet: 'Clients', headerRow: 0, firstDataRow: 1, lastRow: 3, headers, columns: { customerId: 0, 'rating:bankCredit': 1 }, ambiguous: {}, language: 'en',
});

describe('the rating column of a factor of the user\'s', () => {
  const factors = [{ name: 'payment-record', weight: 10 }, { name: 'Years with us', weight: 5 }];

  test('is the one column whose header matches its name as headers are compared (case, spaces, punctuation ignored)', () => {
    const { columns, problems } = userFactorColumns('SC', factors, layout(['Customer ID', 'Bank credit', 'Payment  Record', 'years with us']), new Set([0, 1]), false, '');
    expect(problems).toEqual([]);
    expect(columns).toEqual([
      { role: 'rating:user1', factor: null, userFactor: 0, col: 2, ref: 'C\u0002' },
      { role: 'rating:user2', factor: null, userFactor: 1, col: 3, ref: 'D\u0002' },
    ]);
    // On a financials sheet, looked up by the statement-row column (here Z), by a name over its whole column.
    expect(userFactorColumns('SC', factors, layout(['Customer ID', 'Bank credit', 'Payment record', 'Years with us']), new Set(), true, 'Z').columns[1]!.ref)
      .toBe('INDEX(CreditDesk_RatingUser2,$Z\u0001)');
  });

  test('no such column, two of them, one Credit Desk reads, or no input sheet at all: a problem at the factor\'s scorecard cell', () => {
    const twice = userFactorColumns('SC', factors, layout(['Customer ID', 'Payment record', 'x', 'PAYMENT RECORD']), new Set([0, 1]), false, '');
    expect(twice.problems.map((p) => [p.cell, p.code, p.args])).toEqual([
      ['A66', 'scorecardFactorColumnTwice', { found: '"payment-record"', sheet: 'Clients', columns: 'B, D' }],
      ['A67', 'scorecardFactorNoColumn', { found: '"Years with us"', sheet: 'Clients' }],
    ]);
    expect(userFactorColumns('SC', factors.slice(1), layout(['Customer ID', 'Years with us']), new Set([0, 1]), false, '').problems.map((p) => p.code)).toEqual(['scorecardFactorColumnTaken']);
    const none = userFactorColumns('SC', factors.slice(0, 1), null, new Set(), false, '');
    expect(none.problems.map((p) => [p.cell, reasonOf(p)])).toEqual([['A66', 'factor "payment-record": the workbook has no customer or financials sheet of yours to read its ratings from']]);
  });
});

describe('the credit row with factors of the user\'s', () => {
  const config = { ...defaultScorecard(['L1', 'L2', 'L3', 'L4']), userFactors: [{ name: 'Payment record', weight: 20 }, { name: 'Years with us', weight: 5 }] };
  const rules = new ScorecardRules(config);
  // Owned columns from CV on; the user's points columns after the eleven factors' and the rest.
  const own = [...CREDIT_COLUMNS.map((_, i) => 100 + i), 100 + CREDIT_COLUMNS.length, 100 + CREDIT_COLUMNS.length + 1];
  const sheet = layout(['Customer ID', 'Bank credit', 'Payment record', 'Years with us']);
  const inputs = [...inputColumns(sheet, false), ...userFactorColumns('SC', config.userFactors, sheet, new Set([0, 1]), false, '').columns];
  const writer = new CreditRowWriter(rules, scorecardRefs(), own, 'en', inputs, '2025-11');
  const user = (k: number) => columnLetter(own[CREDIT_COLUMNS.length + k]!);

  test('scores them by their weight, sums them into the management points and counts them in the not-rated rule', () => {
    const result = writer.row({ statement: { values: [5, 1, 'good'], row: 4 }, avgMonthlySales: 1000 }, 4);
    const formula = (i: number) => (result.cells[i] as { formula: string }).formula;
    expect(result.cells).toHaveLength(CREDIT_COLUMNS.length + 2);
    expect(written(result.cells[CREDIT_COLUMNS.length])).toEqual({ formula: expect.stringContaining('CreditDesk_WeightUser1*') as unknown, value: 4 });
    expect(written(result.cells[CREDIT_COLUMNS.length + 1])).toEqual({ formula: expect.stringContaining('CreditDesk_WeightUser2*') as unknown, value: 4 });
    expect(formula(CREDIT_COL.managementPoints)).toBe(`=SUM(${columnLetter(own[CREDIT_COL.factorPoints]!)}5:${columnLetter(own[CREDIT_COL.factorPoints + 10]!)}5,${user(0)}5:${user(1)}5)`);
    expect(formula(CREDIT_COL.grade)).toContain(`13-COUNT(${columnLetter(own[CREDIT_COL.factorPoints]!)}5:${columnLetter(own[CREDIT_COL.factorPoints + 10]!)}5,${user(0)}5:${user(1)}5)`);
    // Bank credit 5 (6 points) and the user's 4 + 4: not rated, 10 of the 13 ratings missing.
    expect(result.grade).toBe('notRated');
    expect(result.explanation.notRated).toMatchObject({ missingRatings: 10, factorCount: 13 });
    expect(result.reasons).toMatch(/^Not rated: 4 of 4 ratios and 10 of 13 ratings missing/);
    // The user's factor that cost most points is named by its scorecard name.
    expect(result.explanation.lost[0]).toEqual({ item: 15, points: 16, name: 'Payment record' });
    expect(explanationWords(result.explanation, 'zh-Hant', '2025-11')).toContain('Payment record −16');
  });

  test('lists the missing inputs in the one order of missing-input.ts: ratios, the factors, the user\'s in the scorecard\'s order, then the sales history', () => {
    const result = writer.row({ statement: { values: [5, null, null], row: 4 }, avgMonthlySales: null }, 4);
    expect(result.missing).toEqual([...RATIOS, ...FACTORS.filter((f) => f !== 'bankCredit').map((f) => `rating:${f}`), 'rating:Payment record', 'rating:Years with us', 'salesHistory']);
    expect([...result.missing].sort(compareMissingInputs)).toEqual(result.missing);
  });

  test('a missing rating of theirs is named, with what it could have been worth', () => {
    const result = writer.row({ statement: { values: [5, null, 3], row: 4 }, avgMonthlySales: 1000 }, 4);
    expect(result.missing).toContain('rating:Payment record');
    expect(result.cells[CREDIT_COL.missing]).toContain('Payment record (up to 20 points)');
    expect(written(result.cells[CREDIT_COLUMNS.length])).toEqual({ formula: expect.any(String) as unknown, value: 'n/a' });
  });
});

test('the application warns for every grade of limit factor 0, whatever its name', () => {
  const ctx = { lang: 'en' as const, noCreditGrades: ['Cash only'] };
  expect(requestWarnings({ grade: 'Cash only', recommendedLimit: 0 }, { amount: 10, termsDays: 30 }, ctx)).toContain('Warning: credit grade Cash only, no credit is recommended.');
  expect(requestWarnings({ grade: 'C', recommendedLimit: 0 }, { amount: 10, termsDays: 30 }, ctx).join()).not.toContain('credit grade C');
});
