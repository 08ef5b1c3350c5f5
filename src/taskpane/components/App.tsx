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
import type { Step, StepsSummary } from '../../app/run-steps';
import type { Progress, ProgressListener } from '../../core/run-summary';
import { LABELS } from '../labels';
import { describeError, type ErrorDescription } from '../summary/describe-error';
import { CreditView } from './CreditView';
import { ProblemList } from './ProblemList';
import { SummaryView } from './SummaryView';

/** Runs the steps in the workbook, reporting progress; rejects with the reason it stopped. */
export type RunSteps = (steps: readonly Step[], onProgress: ProgressListener) => Promise<StepsSummary>;

export interface AppProps {
  onRun: RunSteps;
}

/** The pane's actions: each runs its steps as one unit (the credit step tiers first). */
const ACTIONS = {
  tier: { steps: ['tiers'], label: LABELS.actions.tier },
  credit: { steps: ['tiers', 'credit'], label: LABELS.actions.credit },
} as const satisfies Record<string, { steps: readonly Step[]; label: string }>;

type Action = keyof typeof ACTIONS;

type RunState =
  | { kind: 'idle' }
  | { kind: 'running'; action: Action; progress: Progress | null }
  | { kind: 'done'; summary: StepsSummary }
  | { kind: 'failed'; action: Action; error: ErrorDescription };

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  /** A refused scorecard lists its cells one per line. */
  message: { whiteSpace: 'pre-line' },
});

export function App({ onRun }: AppProps) {
  const styles = useStyles();
  const [state, setState] = useState<RunState>({ kind: 'idle' });

  const run = (action: Action) => {
    setState({ kind: 'running', action, progress: null });
    const onProgress: ProgressListener = (progress) =>
      setState((current) => (current.kind === 'running' ? { ...current, progress } : current));
    Promise.resolve()
      .then(() => onRun(ACTIONS[action].steps, onProgress))
      .then(
        (summary) => setState({ kind: 'done', summary }),
        (error: unknown) => setState({ kind: 'failed', action, error: describeError(error) }),
      );
  };

  return (
    <main className={styles.root}>
      <Text as="h1" size={500} weight="semibold">
        {LABELS.appName}
      </Text>
      <Text>{LABELS.intro}</Text>
      <Text>{LABELS.creditIntro}</Text>
      <div className={styles.actions}>
        {(Object.keys(ACTIONS) as Action[]).map((action) => (
          <Button key={action} appearance="primary" disabled={state.kind === 'running'} onClick={() => run(action)}>
            {ACTIONS[action].label}
          </Button>
        ))}
      </div>
      {state.kind === 'running' && (
        <Field label={state.progress?.stage ?? LABELS.starting}>
          <ProgressBar value={state.progress?.fraction} />
        </Field>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{LABELS.stoppedTitle[state.action]}</MessageBarTitle>
            <div className={styles.message}>{state.error.message}</div>
            {state.error.candidates.length > 0 && <div>{LABELS.candidates(state.error.candidates.join(', '))}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'done' && (
        <>
          <SummaryView summary={state.summary} />
          {state.summary.credit && <CreditView credit={state.summary.credit} />}
          <ProblemList problems={state.summary.problems} />
        </>
      )}
    </main>
  );
}
