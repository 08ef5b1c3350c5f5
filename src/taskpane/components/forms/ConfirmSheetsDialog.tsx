import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatCount } from '../../summary/format';
import { useText } from '../use-text';

/** A forms run waiting for the user's yes: it makes more new sheets than the pane makes unasked. */
export interface SheetsToConfirm {
  sheets: number;
  customers: number;
  forms: number;
  /** The customers were tiered and scored (a run of its own) to count them. */
  counted: boolean;
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface ConfirmSheetsDialogProps {
  pending: SheetsToConfirm | null;
  onConfirm: () => void;
  /** Cancel, Escape or a click outside: nothing is made. */
  onCancel: () => void;
}

/** Asks before making many sheets, stating how many; Cancel makes nothing. */
export function ConfirmSheetsDialog({ pending, onConfirm, onCancel }: ConfirmSheetsDialogProps) {
  const styles = useStyles();
  const { t } = useText();
  const count = formatCount(pending?.sheets ?? 0);
  return (
    <Dialog open={pending !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('pane.forms.confirm.title', { count })}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{t('pane.forms.confirm.body', { customers: formatCount(pending?.customers ?? 0), forms: formatCount(pending?.forms ?? 0) })}</Text>
            {pending?.counted && <Text size={200}>{t('pane.forms.confirm.counted')}</Text>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t('pane.forms.confirm.make', { count })}
            </Button>
            <Button onClick={onCancel}>{t('pane.forms.confirm.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
