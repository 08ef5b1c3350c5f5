import type { StepsSummary } from '../../src/app/run-steps';
import { InputError } from '../../src/core/problems';
import { describeError, errorText } from '../../src/taskpane/summary/describe-error';
import { outcomeText } from '../../src/taskpane/summary/outcome-text';
import { problemLabel } from '../../src/taskpane/summary/problem-label';
import { countOf, formatShare } from '../../src/taskpane/summary/format';
import { tierRows } from '../../src/taskpane/summary/tier-rows';

function summary(overrides: Partial<StepsSummary> = {}): StepsSummary {
  return {
    customerSheet: 'Customers',
    salesSheet: 'Sales',
    derivedCustomerSheet: false,
    customers: 10,
    tiers: { A: 2, B: 3, C: 4, D: 1 },
    salesByTier: { A: 800, B: 150, C: 50, D: 0 },
    rowsRead: 120,
    rowsSkipped: 0,
    unknownCustomers: { rows: 0, amount: 0, keys: [] },
    duplicateKeys: [],
    problems: [],
    ...overrides,
  };
}

describe('tierRows', () => {
  it('gives customers and the share of tiered sales for A, B, C, D in order', () => {
    expect(tierRows(summary())).toEqual([
      { tier: 'A', customers: 2, salesShare: 0.8 },
      { tier: 'B', customers: 3, salesShare: 0.15 },
      { tier: 'C', customers: 4, salesShare: 0.05 },
      { tier: 'D', customers: 1, salesShare: 0 },
    ]);
  });

  it('has no share when there were no sales', () => {
    const rows = tierRows(summary({ salesByTier: { A: 0, B: 0, C: 0, D: 0 } }));
    expect(rows.map((r) => r.salesShare)).toEqual([null, null, null, null]);
    expect(formatShare(null)).toBe('—');
  });

  it('formats shares with one decimal', () => {
    expect(formatShare(0.8)).toBe('80.0%');
    expect(formatShare(0.0456)).toBe('4.6%');
  });

  it('counts in the singular or plural with thousands separators', () => {
    expect(countOf(1, 'row', 'rows')).toBe('1 row');
    expect(countOf(0, 'row', 'rows')).toBe('0 rows');
    expect(countOf(12345, 'row', 'rows')).toBe('12,345 rows');
  });
});

describe('problemLabel', () => {
  it('writes the cell as Excel would, quoting sheet names that need it', () => {
    expect(problemLabel({ sheet: 'Sales', cell: 'B7', reason: 'amount is text' })).toBe('Sales!B7 — amount is text');
    expect(problemLabel({ sheet: "Bob's 2024", cell: 'C3', reason: 'no date' })).toBe("'Bob''s 2024'!C3 — no date");
  });

  it('names just the sheet for a whole-sheet problem', () => {
    expect(problemLabel({ sheet: 'Sales 2024', cell: '', reason: 'no amount column' })).toBe(
      'Sales 2024 — no amount column',
    );
  });
});

describe('describeError', () => {
  it('keeps an InputError message and its candidates', () => {
    const error = new InputError('No sales sheet found.', ['Sheet1', 'Data']);
    expect(describeError(error)).toEqual({ message: 'No sales sheet found.', candidates: ['Sheet1', 'Data'] });
    expect(errorText(error)).toBe('No sales sheet found.\nCandidates: Sheet1, Data');
  });

  it('keeps any other error message, and says something for non-errors', () => {
    expect(errorText(new RangeError('The argument is invalid.'))).toBe('The argument is invalid.');
    expect(errorText(new Error(''))).toBe('Error');
    expect(errorText('boom')).toBe('Unexpected failure: boom');
  });
});

describe('outcomeText', () => {
  it('says nothing after a clean run', () => {
    expect(outcomeText(summary())).toBeNull();
  });

  it('counts skipped rows and problems and says where to see them', () => {
    const text = outcomeText(
      summary({ rowsSkipped: 2, problems: [{ sheet: 'Sales', cell: 'B7', reason: 'amount is text' }] }),
    );
    expect(text).toContain('Tiered 10 customers from 120 sales rows.');
    expect(text).toContain('Skipped: 2 rows. Found: 1 problem.');
    expect(text).toContain('"Tier customers"');
    expect(text).not.toContain('Graded');
  });

  it('after a credit run, counts the graded customers and points at "Score credit"', () => {
    const text = outcomeText(
      summary({
        problems: [{ sheet: 'Customers', cell: 'K3', reason: 'rating is not 1–5' }],
        credit: {
          scorecardSheet: 'Credit Scorecard',
          scorecardCreated: false,
          financialsSheet: 'Customers',
          severalPeriods: 0,
          grades: { AAA: 1, AA: 2, A: 3, B: 2, C: 2 },
          missingInputs: {},
          recommendedLimitTotal: 0,
          approvalLevels: {},
        },
      }),
    );
    expect(text?.split('\n')).toEqual([
      'Tiered 10 customers from 120 sales rows.',
      'Graded 10 customers.',
      'Skipped: 0 rows. Found: 1 problem.',
      'Open Credit Desk from the Home tab and select "Score credit" to see where they are.',
    ]);
  });
});
