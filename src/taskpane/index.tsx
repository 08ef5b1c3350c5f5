import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { Step, StepsSummary } from '../app/run-steps';
import type { ProgressListener } from '../core/run-summary';
import { App } from './components/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { OutsideExcel } from './components/OutsideExcel';
import { LABELS } from './labels';
import { detectEnvironment } from './office-environment';
import { errorText } from './summary/describe-error';

/** Loaded on first use, so the pane paints before the tiering and credit code arrives. */
async function runInExcel(steps: readonly Step[], onProgress: ProgressListener): Promise<StepsSummary> {
  const { runStepsInExcel } = await import('./excel/run-steps-in-excel');
  return runStepsInExcel(steps, onProgress);
}

const container = document.getElementById('container');
if (container === null) throw new Error('taskpane.html has no #container element.');
const root = createRoot(container);

detectEnvironment().then(
  ({ inExcel, dark }) => {
    root.render(
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
        <ErrorBoundary>{inExcel ? <App onRun={runInExcel} /> : <OutsideExcel />}</ErrorBoundary>
      </FluentProvider>,
    );
  },
  (error: unknown) => {
    container.textContent = LABELS.couldNotStart(errorText(error));
  },
);
