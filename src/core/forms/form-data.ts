import type { CellValue } from '../cells/cell';
import type { Factor, ProfileRole } from '../columns/roles';
import type { Language } from '../columns/layout';
import type { Grade, Ratio } from '../credit/scorecard-config';
import type { Tier } from '../tiers/tier-options';

/** A snapshot of one customer at generation time: what both forms print. */
export interface FormCustomer {
  key: string;
  id: CellValue;
  name: CellValue;
  /** Where the customer's row is, e.g. "客戶資料!5". */
  source: string;
  profile: Partial<Record<ProfileRole, CellValue>>;
  netSales: number | null;
  avgMonthlySales: number | null;
  tier: Tier | null;
  ratios: Record<Ratio, number | null>;
  ratioPoints: Record<Ratio, number>;
  ratings: Record<Factor, number | null>;
  score: number;
  grade: Grade;
  reasons: string | null;
  recommendedLimit: number;
}

export interface FormContext {
  lang: Language;
  /** Date and time of generation, as printed ("2026-11-22 10:35"). */
  asOf: string;
  /** Approval levels from the scorecard, ascending; the last has no maximum. */
  levels: { name: string; max: number | null }[];
  /** Points of each ratio's best band (for the assessment "7 / 10 points"). */
  ratioMaxPoints: Record<Ratio, number>;
  creditMonths: number;
}

/** What the applicant asks for, per customer (the recommended limit unless set). */
export interface CreditRequest {
  amount: number;
  termsDays: number;
}
