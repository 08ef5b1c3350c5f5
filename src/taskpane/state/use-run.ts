import { useCallback, useRef, useState } from 'react';
import type { StepsSummary } from '../../app/run-steps';
import type { PaneHost } from '../host/pane-host';
import type { RunJob, RunState } from '../run/run-state';
import { startRun, type StartedRun } from '../run/start-run';

/** The current run (one at a time) and the summary of the last one that completed. */
export function useRun(host: PaneHost) {
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const [summary, setSummary] = useState<StepsSummary | null>(null);
  const current = useRef<StartedRun | null>(null);

  const start = useCallback(
    (job: RunJob): Promise<RunState> => {
      const run = startRun(host, job, setState);
      current.current = run;
      return run.finished.then((end) => {
        if (end.kind === 'done') setSummary(end.summary);
        return end;
      });
    },
    [host],
  );
  const cancel = useCallback(() => current.current?.cancel(), []);

  return { state, summary, start, cancel };
}
