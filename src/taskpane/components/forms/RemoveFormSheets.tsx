import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { removalLines } from '../../summary/removal-text';
import type { RemovalState } from '../../state/use-form-removal';
import { useText } from '../use-text';
import { RemoveFormsDialog } from './RemoveFormsDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  lines: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
});

interface RemoveFormSheetsProps {
  state: RemovalState;
  onStart: () => void;
  onConfirm: () => void;
  onCancel: () => void;
  /** A run is going: the workbook is busy. */
  disabled: boolean;
}

/** "Remove the form sheets of the last run": the button, the confirmation listing them, and what came of it. */
export function RemoveFormSheets({ state, onStart, onConfirm, onCancel, disabled }: RemoveFormSheetsProps) {
  const styles = useStyles();
  const { t, language } = useText();
  const busy = state.kind === 'checking' || state.kind === 'removing' || state.kind === 'asking';
  const outcome = state.kind === 'done' ? state.outcome : null;
  const kept = outcome !== null && (outcome.keptEdited.length > 0 || outcome.unchecked.length > 0);
  return (
    <section className={styles.root} aria-label={t('pane.forms.remove.heading')}>
      <Text as="h3" size={300} weight="semibold">
        {t('pane.forms.remove.heading')}
      </Text>
      <Text size={200}>{t('pane.forms.remove.hint')}</Text>
      <div>
        <Button onClick={onStart} disabled={disabled || busy}>
          {t('pane.forms.remove.button')}
        </Button>
      </div>
      {state.kind === 'checking' && <Spinner size="tiny" label={t('pane.forms.remove.checking')} />}
      {state.kind === 'removing' && <Spinner size="tiny" label={t('pane.forms.remove.removing')} />}
      <RemoveFormsDialog found={state.kind === 'asking' ? state.found : null} onConfirm={onConfirm} onCancel={onCancel} />
      {state.kind === 'cancelled' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('pane.forms.remove.cancelled')}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <MessageBar intent={kept ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody className={styles.lines}>
            {removalLines(outcome, language).map((line) => <span key={line}>{line}</span>)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
