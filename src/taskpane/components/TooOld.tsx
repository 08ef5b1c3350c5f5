import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useText } from './use-text';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL },
});

/** Shown instead of the pane in an Excel without MINIMUM_EXCEL_API (requirements.ts), which the manifest requires too. */
export function TooOld() {
  const styles = useStyles();
  const { t } = useText();
  return (
    <main className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t('pane.tooOld')}</MessageBarBody>
      </MessageBar>
    </main>
  );
}
