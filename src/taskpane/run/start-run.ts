import type { PaneHost } from '../host/pane-host';
import { hostCall } from '../state/host-call';
import { describeError } from '../summary/describe-error';
import { STEPS_FOR, type RunJob, type RunState } from './run-state';

/**
 * runSteps' CancelledError, recognised by name: importing the class would
 * pull the whole engine into the pane's first chunk.
 */
const isCancelled = (error: unknown): boolean => error instanceof Error && error.name === 'CancelledError';

export interface StartedRun {
  /** Asks the host to stop; a run that has begun writing completes (and says so). */
  cancel(): void;
  /** The final state: done, cancelled or failed (never rejects). */
  finished: Promise<RunState>;
}

/** Runs a job on the host, reporting each state (running with progress, then how it ended) to `onState`. */
export function startRun(host: PaneHost, job: RunJob, onState: (state: RunState) => void): StartedRun {
  const controller = new AbortController();
  const { purpose } = job;
  let state: RunState = { kind: 'running', purpose, progress: null, cancelRequested: false };
  const set = (next: RunState) => {
    state = next;
    onState(next);
  };
  set(state);
  const steps = STEPS_FOR[purpose];
  // Only "Check credit" asks for credit control by name; Run all leaves it out when there is no receivables sheet.
  const control = steps.includes('control') ? { required: purpose === 'control', ...(job.asOf ? { asOf: job.asOf } : {}) } : undefined;
  const finished = hostCall(() =>
    host.run({
      steps,
      choices: job.choices,
      ...(job.chosen ? { selection: job.chosen.selection } : {}),
      ...(control ? { control } : {}),
      onProgress: (progress) => {
        if (state.kind === 'running') set({ ...state, progress });
      },
      signal: controller.signal,
    }),
  )
    .then(
      (summary) => set({ kind: 'done', purpose, summary, cancelTooLate: controller.signal.aborted, ...(job.chosen ? { chosen: job.chosen } : {}) }),
      (error: unknown) => set(isCancelled(error) ? { kind: 'cancelled', purpose } : { kind: 'failed', purpose, error: describeError(error) }),
    )
    .then(() => state);
  return {
    cancel: () => {
      if (state.kind !== 'running' || state.cancelRequested) return;
      controller.abort();
      set({ ...state, cancelRequested: true });
    },
    finished,
  };
}
