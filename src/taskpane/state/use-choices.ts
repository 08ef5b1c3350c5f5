import { useCallback, useEffect, useState } from 'react';
import { defaultChoices } from '../choices/default-choices';
import type { PaneChoices, PaneHost } from '../host/pane-host';
import { errorText } from '../summary/describe-error';
import { useText } from '../components/use-text';
import { hostCall } from './host-call';

/**
 * The user's choices: restored from the host at start (the defaults when
 * none were saved, or when the saved ones cannot be read, which the user is
 * told), saved through the host when asked; a failed save is reported.
 */
export function useChoices(host: PaneHost, report: (text: string) => void) {
  const { t, language } = useText();
  const [choices, setChoices] = useState<PaneChoices | null>(null);

  useEffect(() => {
    let live = true;
    hostCall(() => host.loadChoices()).then(
      (saved) => {
        if (live) setChoices(saved ?? defaultChoices(host.language));
      },
      (error: unknown) => {
        if (!live) return;
        report(t('pane.data.loadFailed', { reason: errorText(error, language) }));
        setChoices(defaultChoices(host.language));
      },
    );
    return () => {
      live = false;
    };
  }, [host, report, t, language]);

  const save = useCallback(
    (next: PaneChoices) => {
      hostCall(() => host.saveChoices(next)).catch((error: unknown) => report(t('pane.data.saveFailed', { reason: errorText(error, language) })));
    },
    [host, report, t, language],
  );

  /** Changes the choices; `persist` saves them with the workbook at once (the Data section's choices). */
  const change = useCallback(
    (next: PaneChoices, persist: boolean) => {
      setChoices(next);
      if (persist) save(next);
    },
    [save],
  );

  return { choices, change, save };
}
