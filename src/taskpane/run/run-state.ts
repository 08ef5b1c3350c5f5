import type { Step, StepsSummary } from '../../app/run-steps';
import type { Selection } from '../../core/forms/selection';
import type { Progress } from '../../core/run-summary';
import type { PaneChoices } from '../host/pane-host';
import type { ErrorDescription } from '../summary/describe-error';

/**
 * What the user asked for; 'scorecard' makes the scorecard sheet when there is
 * none (and then shows it), scoring nothing. 'all' does credit control when the
 * workbook has a receivables sheet; 'control' ("Check credit") refuses one without.
 */
export type RunPurpose = 'all' | 'tiers' | 'credit' | 'control' | 'scorecard' | 'forms';

export const STEPS_FOR: Record<RunPurpose, readonly Step[]> = {
  all: ['tiers', 'credit', 'control'],
  tiers: ['tiers'],
  credit: ['tiers', 'credit'],
  control: ['tiers', 'credit', 'control'],
  scorecard: ['scorecard'],
  // Forms print the payment record and the exposure when the workbook has receivables.
  forms: ['tiers', 'credit', 'control', 'forms'],
};

/** Who gets forms, as the Forms section resolved the user's choice. */
export interface ChosenCustomers {
  selection: Selection;
  /** The user asked for the selected rows and none were selected on the customer sheet: tier A instead. */
  noRowsSelected: boolean;
}

export interface RunJob {
  purpose: RunPurpose;
  choices: PaneChoices;
  /** With 'forms'. */
  chosen?: ChosenCustomers;
  /** The day credit control measures aging on (the Credit control section's date); the run's day when absent. */
  asOf?: Date;
}

export type RunState =
  | { kind: 'idle' }
  | { kind: 'running'; purpose: RunPurpose; progress: Progress | null; cancelRequested: boolean }
  /** `cancelTooLate`: cancel was pressed after writing began, so the step completed. `chosen`: with 'forms'. */
  | { kind: 'done'; purpose: RunPurpose; summary: StepsSummary; cancelTooLate: boolean; chosen?: ChosenCustomers }
  | { kind: 'cancelled'; purpose: RunPurpose }
  | { kind: 'failed'; purpose: RunPurpose; error: ErrorDescription };
