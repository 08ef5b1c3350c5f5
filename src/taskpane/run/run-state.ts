import type { Step, StepsSummary } from '../../app/run-steps';
import type { Selection } from '../../core/forms/selection';
import type { Progress } from '../../core/run-summary';
import type { PaneChoices } from '../host/pane-host';
import type { ErrorDescription } from '../summary/describe-error';

/** What the user asked for; 'scorecard' scores credit, then shows the scorecard sheet. */
export type RunPurpose = 'all' | 'tiers' | 'credit' | 'scorecard' | 'forms';

export const STEPS_FOR: Record<RunPurpose, readonly Step[]> = {
  all: ['tiers', 'credit'],
  tiers: ['tiers'],
  credit: ['tiers', 'credit'],
  scorecard: ['tiers', 'credit'],
  forms: ['tiers', 'credit', 'forms'],
};

export interface RunJob {
  purpose: RunPurpose;
  choices: PaneChoices;
  /** With 'forms'. */
  selection?: Selection;
}

export type RunState =
  | { kind: 'idle' }
  | { kind: 'running'; purpose: RunPurpose; progress: Progress | null; cancelRequested: boolean }
  /** `cancelTooLate`: cancel was pressed after writing began, so the step completed. */
  | { kind: 'done'; purpose: RunPurpose; summary: StepsSummary; cancelTooLate: boolean }
  | { kind: 'cancelled'; purpose: RunPurpose }
  | { kind: 'failed'; purpose: RunPurpose; error: ErrorDescription };
