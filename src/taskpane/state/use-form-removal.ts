import { useCallback, useState } from 'react';
import type { FormsRemoval } from '../../app/remove-forms';
import type { PaneHost } from '../host/pane-host';
import { hostCall } from './host-call';

/**
 * Where "remove the form sheets of the last run" stands: looking, asking the
 * user (the sheets listed), removing, and what came of it.
 */
export type RemovalState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'asking'; found: FormsRemoval }
  | { kind: 'removing'; found: FormsRemoval }
  /** `outcome.remove` lists the sheets removed (none when there was nothing to remove). */
  | { kind: 'done'; outcome: FormsRemoval }
  | { kind: 'cancelled' };

export interface FormRemoval {
  state: RemovalState;
  /** Looks for the sheets; asks when there are some, else says why there are none. */
  start: () => void;
  /** The user said yes: removes the sheets listed, those still unedited. */
  confirm: () => void;
  cancel: () => void;
  /** Forgets the last outcome (a new run makes new sheets). */
  reset: () => void;
}

/** The removal's steps through the host; `onFailed` shows a failure, `onRemoved` follows a removal that deleted sheets. */
export function useFormRemoval(host: PaneHost, onFailed: (error: unknown) => void, onRemoved: () => void): FormRemoval {
  const [state, setState] = useState<RemovalState>({ kind: 'idle' });
  const fail = useCallback((error: unknown) => {
    setState({ kind: 'idle' });
    onFailed(error);
  }, [onFailed]);
  const start = () => {
    setState({ kind: 'checking' });
    hostCall(() => host.findFormsToRemove())
      .then((found) => setState(found.remove.length > 0 ? { kind: 'asking', found } : { kind: 'done', outcome: found }))
      .catch(fail);
  };
  const confirm = () => {
    if (state.kind !== 'asking') return;
    const { found } = state;
    setState({ kind: 'removing', found });
    hostCall(() => host.removeForms(found.remove))
      .then((outcome) => {
        setState({ kind: 'done', outcome });
        if (outcome.remove.length > 0) onRemoved();
      })
      .catch(fail);
  };
  const cancel = () => setState({ kind: 'cancelled' });
  const reset = () => setState({ kind: 'idle' });
  return { state, start, confirm, cancel, reset };
}
