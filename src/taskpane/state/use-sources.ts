import { useCallback, useEffect, useState } from 'react';
import type { SheetHeaders, SourcesView } from '../../app/describe-sources';
import type { SourceOverrides } from '../../core/columns/roles';
import type { PaneHost } from '../host/pane-host';
import { describeError, type ErrorDescription } from '../summary/describe-error';
import { hostCall } from './host-call';

/** After a failed reading: every sheet and its headers, to choose from by hand, or why they could not be listed. */
export type SheetsToChoose = { kind: 'listed'; sheets: SheetHeaders[] } | { kind: 'failed'; error: ErrorDescription };

/** What the Data section shows; `last` keeps the sheets of the last good reading, so a bad choice can be undone. */
export type SourcesState =
  | { kind: 'loading'; last: SourcesView | null }
  | { kind: 'ready'; view: SourcesView }
  | { kind: 'failed'; error: ErrorDescription; last: SourcesView | null; sheets: SheetsToChoose };

export const lastView = (state: SourcesState): SourcesView | null => (state.kind === 'ready' ? state.view : state.last);

/**
 * The sheets and columns recognised with the given overrides (null: not known
 * yet); read again on `reread`. When recognition fails the sheets are listed
 * with their headers, so that the user can choose them by hand even on a
 * first reading.
 */
export function useSources(host: PaneHost, overrides: SourceOverrides | null) {
  const [sources, setSources] = useState<SourcesState>({ kind: 'loading', last: null });
  const [generation, setGeneration] = useState(0);
  const key = overrides === null ? null : JSON.stringify(overrides);

  useEffect(() => {
    if (key === null) return;
    let live = true;
    setSources((current) => ({ kind: 'loading', last: lastView(current) }));
    const listSheets = () =>
      hostCall(() => host.describeSheets()).then(
        (sheets): SheetsToChoose => ({ kind: 'listed', sheets }),
        (error: unknown): SheetsToChoose => ({ kind: 'failed', error: describeError(error) }),
      );
    hostCall(() => host.describe(JSON.parse(key) as SourceOverrides)).then(
      (view) => {
        if (live) setSources({ kind: 'ready', view });
      },
      async (error: unknown) => {
        const sheets = await listSheets();
        if (live) setSources((current) => ({ kind: 'failed', error: describeError(error), last: lastView(current), sheets }));
      },
    );
    return () => {
      live = false;
    };
  }, [host, key, generation]);

  const reread = useCallback(() => setGeneration((g) => g + 1), []);
  return { sources, reread };
}
