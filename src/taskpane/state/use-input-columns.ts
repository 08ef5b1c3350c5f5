import { useCallback, useState } from 'react';
import type { InputColumnsSummary } from '../../app/add-input-columns';
import type { PaneChoices, PaneHost } from '../host/pane-host';
import { describeError, type ErrorDescription } from '../summary/describe-error';
import { hostCall } from './host-call';

/** Where "Add the input columns" stands: what it added, or why it refused. */
export type InputColumnsState =
  | { kind: 'idle' }
  | { kind: 'adding' }
  | { kind: 'added'; summary: InputColumnsSummary }
  | { kind: 'failed'; error: ErrorDescription };

/** Adds the input columns through the host; `onAdded` runs once they are there (the pane then reads the sheets again). */
export function useInputColumns(host: PaneHost, onAdded: () => void) {
  const [state, setState] = useState<InputColumnsState>({ kind: 'idle' });
  const add = useCallback(
    (choices: PaneChoices) => {
      setState({ kind: 'adding' });
      void hostCall(() => host.addInputColumns(choices)).then(
        (summary) => {
          setState({ kind: 'added', summary });
          onAdded();
        },
        (error: unknown) => setState({ kind: 'failed', error: describeError(error) }),
      );
    },
    [host, onAdded],
  );
  /** Forgets the last outcome (a run started since: the sheets have moved on). */
  const reset = useCallback(() => setState((current) => (current.kind === 'adding' ? current : { kind: 'idle' })), []);
  return { state, add, reset };
}
