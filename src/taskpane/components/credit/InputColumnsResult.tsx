import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { InputColumnsState } from '../../state/use-input-columns';
import { errorMessage } from '../../summary/describe-error';
import { useText } from '../use-text';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  message: { whiteSpace: 'pre-line' },
});

/** What "Add the input columns" did: the columns it added (and the scorecard it made), or why it refused. */
export function InputColumnsResult({ state }: { state: InputColumnsState }) {
  const styles = useStyles();
  const { t, language } = useText();
  if (state.kind === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{t('pane.inputs.addFailed')}</MessageBarTitle>
          <Text className={styles.message}>{errorMessage(state.error, language)}</Text>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.kind !== 'added') return null;
  const { sheet, columns, scorecard } = state.summary;
  return (
    <MessageBar intent="success" layout="multiline" role="status">
      <MessageBarBody className={styles.body}>
        <Text>
          {columns.length === 0
            ? t('pane.inputs.nothingAdded', { sheet })
            : t('pane.inputs.added', { count: columns.length, sheet, first: columns[0]!.letter, last: columns[columns.length - 1]!.letter })}
        </Text>
        {scorecard?.created && <Text>{t('pane.inputs.scorecardMade', { sheet: scorecard.sheet })}</Text>}
      </MessageBarBody>
    </MessageBar>
  );
}
