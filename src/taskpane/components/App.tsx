import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Progress, ProgressListener, RunSummary } from '../../core/run-summary';
import { describeError, type ErrorDescription } from '../summary/describe-error';
import { ProblemList } from './ProblemList';
import { SummaryView } from './SummaryView';

export interface AppProps {
  /** Runs the tiering in the workbook, reporting progress; rejects with the reason it stopped. */
  onTier: (onProgress: ProgressListener) => Promise<RunSummary>;
}

type RunState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: Progress | null }
  | { kind: 'done'; summary: RunSummary }
  | { kind: 'failed'; error: ErrorDescription };

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  action: { alignSelf: 'flex-start' },
});

export function App({ onTier }: AppProps) {
  const styles = useStyles();
  const [state, setState] = useState<RunState>({ kind: 'idle' });

  const tier = () => {
    setState({ kind: 'running', progress: null });
    const onProgress: ProgressListener = (progress) =>
      setState((current) => (current.kind === 'running' ? { kind: 'running', progress } : current));
    Promise.resolve()
      .then(() => onTier(onProgress))
      .then(
        (summary) => setState({ kind: 'done', summary }),
        (error: unknown) => setState({ kind: 'failed', error: describeError(error) }),
      );
  };

  return (
    <main className={styles.root}>
      <Text as="h1" size={500} weight="semibold">
        Credit Desk
      </Text>
      <Text>Ranks the customers into tiers A to D by their share of sales and writes each tier next to the customer.</Text>
      <Button className={styles.action} appearance="primary" disabled={state.kind === 'running'} onClick={tier}>
        Tier customers
      </Button>
      {state.kind === 'running' && (
        <Field label={state.progress?.stage ?? 'Starting…'}>
          <ProgressBar value={state.progress?.fraction} />
        </Field>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Tiering stopped</MessageBarTitle>
            {state.error.message}
            {state.error.candidates.length > 0 && <div>Candidates: {state.error.candidates.join(', ')}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'done' && (
        <>
          <SummaryView summary={state.summary} />
          <ProblemList problems={state.summary.problems} />
        </>
      )}
    </main>
  );
}
