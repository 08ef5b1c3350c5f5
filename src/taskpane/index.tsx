import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { ProgressListener, RunSummary } from '../core/run-summary';
import { App } from './components/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { OutsideExcel } from './components/OutsideExcel';
import { detectEnvironment } from './office-environment';
import { errorText } from './summary/describe-error';

/** Loaded on first use, so the pane paints before the tiering code arrives. */
async function tierInExcel(onProgress: ProgressListener): Promise<RunSummary> {
  const { runTiersInExcel } = await import('./excel/run-tiers-in-excel');
  return runTiersInExcel(onProgress);
}

const container = document.getElementById('container');
if (container === null) throw new Error('taskpane.html has no #container element.');
const root = createRoot(container);

detectEnvironment().then(
  ({ inExcel, dark }) => {
    root.render(
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
        <ErrorBoundary>{inExcel ? <App onTier={tierInExcel} /> : <OutsideExcel />}</ErrorBoundary>
      </FluentProvider>,
    );
  },
  (error: unknown) => {
    container.textContent = `Credit Desk could not start: ${errorText(error)}`;
  },
);
