import { GRADES, type Grade } from './scorecard-config';
import type { CreditRowResult } from './credit-row';

/** What the credit step adds to a run's summary. */
export interface CreditSummary {
  scorecardSheet: string;
  scorecardCreated: boolean;
  /** Where the statement figures and ratings were read. */
  financialsSheet: string | null;
  /** Customers with several statements on a financials sheet: the latest period was used. */
  severalPeriods: number;
  grades: Record<Grade, number>;
  /** Customers per missing input (a ratio, `rating:<factor>`, `openingTotalAssets`, `salesHistory`). */
  missingInputs: Record<string, number>;
  recommendedLimitTotal: number;
  /** Customers per approval level. */
  approvalLevels: Record<string, number>;
}

export function summarizeCredit(
  rows: CreditRowResult[],
  parts: Pick<CreditSummary, 'scorecardSheet' | 'scorecardCreated' | 'financialsSheet' | 'severalPeriods'>,
): CreditSummary {
  const grades = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  const missingInputs: Record<string, number> = {};
  const approvalLevels: Record<string, number> = {};
  let recommendedLimitTotal = 0;
  for (const r of rows) {
    grades[r.grade]++;
    for (const m of r.missing) missingInputs[m] = (missingInputs[m] ?? 0) + 1;
    approvalLevels[r.level] = (approvalLevels[r.level] ?? 0) + 1;
    recommendedLimitTotal += r.limit;
  }
  return { ...parts, grades, missingInputs, recommendedLimitTotal, approvalLevels };
}
