import { useState, type ComponentType } from 'react';
import type { PaneHost, PreviewHost } from '../host/pane-host';
import { PreviewBar } from './PreviewBar';

/**
 * The pane outside Office: the file bar (open / download) above the same App
 * Excel shows. Each opened file remounts the App, so choices, recognised
 * sheets and results are those of the new file; its result can be
 * downloaded once a run has gone through on it.
 */
export function PreviewApp({ host, App }: { host: PreviewHost; App: ComponentType<{ host: PaneHost; onRunDone?: () => void }> }) {
  const [opened, setOpened] = useState(host.fileName === null ? 0 : 1);
  const [ranOn, setRanOn] = useState<number | null>(null);
  return (
    <>
      <PreviewBar host={host} hasResult={ranOn === opened} onOpened={() => setOpened((n) => n + 1)} />
      {opened > 0 && <App key={opened} host={host} onRunDone={() => setRanOn(opened)} />}
    </>
  );
}
