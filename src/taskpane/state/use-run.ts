import { useCallback, useRef, useState } from 'react';
import type { StepsSummary } from '../../app/run-steps';
import type { PaneHost } from '../host/pane-host';
import type { RunJob, RunPurpose, RunState } from '../run/run-state';
import { startRun, type StartedRun } from '../run/start-run';
import { tieringBasis } from '../forms/sheet-count';

interface Results {
  summary: StepsSummary;
  /** The tier settings and sheet choices the summary was made with (see tieringBasis). */
  basis: string;
  /** What the run was asked for: a summary without credit control means no receivables sheet only after Run all. */
  purpose: RunPurpose;
}

/**
 * The current run (one at a time) and the summary of the last one that
 * tiered: a 'scorecard' run tiers nothing, so the results shown stay those
 * of the run before it.
 */
export function useRun(host: PaneHost) {
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const [results, setResults] = useState<Results | null>(null);
  const current = useRef<StartedRun | null>(null);

  const start = useCallback(
    (job: RunJob): Promise<RunState> => {
      const run = startRun(host, job, setState);
      current.current = run;
      return run.finished.then((end) => {
        if (end.kind === 'done' && job.purpose !== 'scorecard') setResults({ summary: end.summary, basis: tieringBasis(job.choices), purpose: job.purpose });
        return end;
      });
    },
    [host],
  );
  const cancel = useCallback(() => current.current?.cancel(), []);

  return { state, summary: results?.summary ?? null, summaryBasis: results?.basis ?? null, summaryPurpose: results?.purpose ?? null, start, cancel };
}
