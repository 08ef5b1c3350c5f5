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
import type { RunState } from '../../run/run-state';
import { candidateTarget } from '../../summary/cell-target';
import { errorMessage } from '../../summary/describe-error';
import { ranText } from '../../summary/run-text';
import { stageLabel } from '../../summary/stage-label';
import { CellLink, type GoTo } from '../CellLink';
import { useText } from '../use-text';

const useStyles = makeStyles({
  running: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bar: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1 },
  /** A refused scorecard lists its cells one per line. */
  message: { whiteSpace: 'pre-line' },
  lines: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  candidates: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface RunStatusProps {
  state: RunState;
  onCancel: () => void;
  onGoTo: GoTo;
  /** Sheets of the workbook, so that a candidate naming one is a link. */
  sheets: readonly string[];
}

/** The progress of a run with its Cancel button, then how the run ended. */
export function RunStatus({ state, onCancel, onGoTo, sheets }: RunStatusProps) {
  const styles = useStyles();
  const { t, language } = useText();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'running':
      return (
        <div className={styles.running}>
          <div className={styles.bar}>
            {/* Looking for the scorecard reads the sheets as a credit run does, but tiers and scores nothing: its stages would mislead. */}
            <Field className={styles.grow} label={state.purpose === 'scorecard' ? t('pane.stage.scorecard') : stageLabel(state.progress, language)}>
              <ProgressBar value={state.progress?.fraction} aria-label={t('pane.run.progress')} />
            </Field>
            <Button onClick={onCancel} disabled={state.cancelRequested}>
              {t('pane.run.cancel')}
            </Button>
          </div>
          {state.cancelRequested && <Text role="status">{t('pane.run.cancelling')}</Text>}
        </div>
      );
    case 'cancelled':
      return (
        <MessageBar intent="info">
          <MessageBarBody>{t('pane.run.cancelled')}</MessageBarBody>
        </MessageBar>
      );
    case 'done':
      return (
        <MessageBar intent={state.cancelTooLate ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody className={styles.lines}>
            {state.cancelTooLate && <MessageBarTitle>{t('pane.run.completedAfterCancel')}</MessageBarTitle>}
            {ranText(state, language).map((line) => (
              <span key={line}>{line}</span>
            ))}
          </MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('pane.run.failed')}</MessageBarTitle>
            <div className={styles.message}>{errorMessage(state.error, language)}</div>
            {state.error.candidates.length > 0 && (
              <div className={styles.candidates}>
                <Text>{t('pane.candidates')}</Text>
                {state.error.candidates.map((candidate) => {
                  const target = candidateTarget(candidate, sheets);
                  return target ? <CellLink key={candidate} target={target} onGoTo={onGoTo} text={candidate} /> : <Text key={candidate}>{candidate}</Text>;
                })}
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
