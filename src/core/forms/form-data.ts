import type { CellValue } from '../cells/cell';
import type { Factor, ProfileRole } from '../columns/roles';
import type { Language } from '../columns/layout';
import type { GradeOutcome, UnreadRating } from '../credit/credit-row';
import type { Ratio, UserFactor } from '../credit/scorecard-config';
import type { ControlFigures } from '../control/control-figures';
import type { ControlCondition, ControlStatus } from '../control/status';
import type { Tier } from '../tiers/tier-options';

/** A snapshot of one customer at generation time: what both forms print. */
export interface FormCustomer {
  key: string;
  id: CellValue;
  name: CellValue;
  /** The customer's row as a cell reference, e.g. "客戶資料!A5". */
  source: string;
  profile: Partial<Record<ProfileRole, CellValue>>;
  netSales: number | null;
  avgMonthlySales: number | null;
  tier: Tier | null;
  ratios: Record<Ratio, number | null>;
  ratioPoints: Record<Ratio, number>;
  ratings: Record<Factor, number | null>;
  /** The scorecard's factors of the user's own, in its order, with this customer's rating (null: not rated); absent or empty when it has none. */
  userFactors?: readonly FormUserFactor[];
  score: number;
  grade: GradeOutcome;
  /** In the form's language. */
  reasons: string | null;
  /** Null when not rated: no recommendation. */
  recommendedLimit: number | null;
  /** Missing-input codes (a ratio, `rating:<factor>`, …): the survey form marks those fields to fill. */
  missing: readonly string[];
  /** The missing ratings whose cell held something that is not a rating: the survey shows what was written, not read; absent when none. */
  unreadRatings?: readonly UnreadRating[];
  /** The credit-control step's figures, when the run has them: they take the place of the profile's payment record and outstanding. */
  control?: FormControl;
}

/** One customer's credit-control figures and decision, as the status column and the forms show them. */
export interface FormControl extends ControlFigures {
  /** The credit status (the most severe condition) and the other conditions that hold, most severe first. */
  status: ControlStatus;
  others: readonly ControlCondition[];
  /** Exposure ÷ limit; null (n/a) when the limit is not above 0. */
  utilisation: number | null;
  /** Days sales outstanding; null when the recent net sales are not positive. */
  dso: number | null;
  /**
   * The overdue-hold rule and what it counted: the amount more than `pastDays`
   * past due (the lower edge of the first bucket counted: the hold counts
   * whole buckets), against more than `minimum` over the scorecard's `days`.
   */
  hold: { amount: number; pastDays: number; days: number; minimum: number };
}

/** A management factor of the user's (its name as typed on the scorecard, its weight) and the customer's rating of it, 1–5. */
export type FormUserFactor = UserFactor & { rating: number | null };

export interface FormContext {
  lang: Language;
  /** Date and time of generation, as printed in the form's language (see formDate: "1 Dec 2026 10:35"). */
  asOf: string;
  /** Approval levels from the scorecard, ascending; the last has no maximum. */
  levels: { name: string; max: number | null }[];
  /** Points of each ratio's best band (for the assessment "7 / 10 points"). */
  ratioMaxPoints: Record<Ratio, number>;
  creditMonths: number;
  /** The scorecard's grades whose limit factor is 0: no credit (the application warns). */
  noCreditGrades: readonly string[];
  /** The company name from the scorecard ('' when not set: the form prints a prompt to set it). */
  company?: string;
  /** What the figures cover: the sales the tiers counted (yyyy-mm-dd) and the 12 months the limit averages (yyyy-mm). */
  periods?: { sales: { from: string | null; to: string | null }; limitWindow: { from: string; to: string } | null };
  /** The credit-control step's as-of date (yyyy-mm-dd), when the run has control figures. */
  controlAsOf?: string;
}

/** Which form of its sheet this is: "form n of N" is printed on it (a page count would run across sheets). */
export interface FormPosition {
  n: number;
  of: number;
}

/** What the applicant asks for, per customer (the recommended limit unless set). */
export interface CreditRequest {
  /** Null when nothing was asked for and nothing above 0 is recommended: the form leaves the amount to fill in. */
  amount: number | null;
  termsDays: number;
}
