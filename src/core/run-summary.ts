import type { CustomerSheetChoice } from './columns/layout';
import type { Problem } from './problems';
import type { Tier } from './tiers/tier-options';

/** What one run reports to the user (the pane) and to scripts (`--json`). */
export interface RunSummary {
  customerSheet: string;
  salesSheet: string;
  /** True when the workbook had no customer sheet and the add-in made one from the sales rows. */
  derivedCustomerSheet: boolean;
  /** Set when other sheets could have been the customer sheet: which was chosen over which, and why. */
  customerSheetChoice?: CustomerSheetChoice;
  customers: number;
  tiers: Record<Tier, number>;
  salesByTier: Record<Tier, number>;
  /** The first and last date of the sales rows the tiers counted (yyyy-mm-dd; null without usable dates). */
  salesPeriod: { from: string | null; to: string | null };
  /** Sales rows read (data rows of the sales sheet, in the period). */
  rowsRead: number;
  /** Sales rows left out of the totals (each has a problem). */
  rowsSkipped: number;
  /** Sales rows dated outside the period set (not counted, not reported one by one; 0 without a period). */
  rowsOutsidePeriod: number;
  unknownCustomers: { rows: number; amount: number; keys: string[] };
  duplicateKeys: string[];
  problems: Problem[];
}

/** Where a run is; the pane names the step in its language. */
export type ProgressStep = 'finding' | 'reading' | 'tiering' | 'scoring' | 'control' | 'forms' | 'writing' | 'done';

export interface Progress {
  step: ProgressStep;
  /** In English, with the sheet it works on. */
  stage: string;
  /** The sheet the step reads ('reading') or writes ('writing'), for a caller that words the step itself (the command line, in --lang). */
  sheet?: string;
  /** 0..1 */
  fraction: number;
}

export type ProgressListener = (progress: Progress) => void;
