import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles } from '@fluentui/react-components';
import type { Notice } from '../state/use-notices';
import { useText } from './use-text';

const useStyles = makeStyles({
  text: { whiteSpace: 'pre-line' },
});

/** Messages about failed saves and links, each dismissable. */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <>
      {notices.map((notice) => (
        <MessageBar key={notice.id} intent={notice.intent} layout="multiline">
          <MessageBarBody className={styles.text}>{notice.text}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => onDismiss(notice.id)}>
              {t('pane.dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </>
  );
}
