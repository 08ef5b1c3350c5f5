import type { Grade } from './scorecard-config';
import type { CreditRowResult, GradeOutcome } from './credit-row';

/** A customer the credit step could not fully grade, and where its gaps are written. */
export interface MissingCustomer {
  /** Customer ID and name as the customer sheet shows them (either may be absent). */
  id: string | null;
  name: string | null;
  /** The customer's cell in the Missing inputs column of the customer sheet. */
  cell: string;
  /** Missing-input codes, as in `CreditSummary.missingInputs`. */
  inputs: string[];
}

/** At most this many customers are listed by name; the Missing inputs column holds them all. */
export const MISSING_CUSTOMERS_LISTED = 200;

/** What the credit step adds to a run's summary. */
export interface CreditSummary {
  scorecardSheet: string;
  scorecardCreated: boolean;
  /** Where the statement figures and ratings were read. */
  financialsSheet: string | null;
  /** Customers with several statements on a financials sheet: the latest period was used. */
  severalPeriods: number;
  /** The scorecard's grades, best first (the order of `grades`, whose keys are not kept in order when they read as numbers). */
  gradeNames: Grade[];
  /** Customers per grade (every grade of the scorecard, by its name), and those not rated (key `notRated`: too little to grade, they need a credit survey), counted apart. */
  grades: Record<GradeOutcome, number>;
  /** The 12 calendar months the recommended limits average (yyyy-mm; null when the sales have no dates). */
  limitWindow: { from: string; to: string } | null;
  /** Customers per missing input (a ratio, `rating:<factor>`, `openingTotalAssets`, `salesHistory`). */
  missingInputs: Record<string, number>;
  /** The header of the Missing inputs column, as written on the customer sheet (in the sheet's language). */
  missingColumn: string;
  /** How many customers lack at least one input. */
  customersWithMissing: number;
  /** The first of them in sheet order (at most MISSING_CUSTOMERS_LISTED). */
  missingCustomers: MissingCustomer[];
  /** Over the rated customers (a customer not rated has no recommended limit). */
  recommendedLimitTotal: number;
  /** Rated customers whose recommended limit is 0 (each row says why). */
  zeroLimits: number;
  /** Customers per approval level. */
  approvalLevels: Record<string, number>;
}

/** One graded customer row: its result, who it is and its Missing inputs cell. */
export interface GradedRow extends Omit<MissingCustomer, 'inputs'> {
  result: CreditRowResult;
}

export function summarizeCredit(
  rows: GradedRow[],
  parts: Pick<CreditSummary, 'scorecardSheet' | 'scorecardCreated' | 'financialsSheet' | 'severalPeriods' | 'missingColumn' | 'limitWindow' | 'gradeNames'>,
): CreditSummary {
  const grades = Object.fromEntries([...parts.gradeNames, 'notRated'].map((g) => [g, 0])) as Record<GradeOutcome, number>;
  const missingInputs: Record<string, number> = {};
  const approvalLevels: Record<string, number> = {};
  const missingCustomers: MissingCustomer[] = [];
  let customersWithMissing = 0;
  let recommendedLimitTotal = 0;
  let zeroLimits = 0;
  for (const { result: r, id, name, cell } of rows) {
    grades[r.grade]++;
    for (const m of r.missing) missingInputs[m] = (missingInputs[m] ?? 0) + 1;
    if (r.missing.length > 0) {
      customersWithMissing++;
      if (missingCustomers.length < MISSING_CUSTOMERS_LISTED) missingCustomers.push({ id, name, cell, inputs: [...r.missing] });
    }
    approvalLevels[r.level] = (approvalLevels[r.level] ?? 0) + 1;
    if (r.limit !== null) {
      recommendedLimitTotal += r.limit;
      if (r.limit === 0) zeroLimits++;
    }
  }
  return { ...parts, grades, missingInputs, customersWithMissing, missingCustomers, recommendedLimitTotal, zeroLimits, approvalLevels };
}
