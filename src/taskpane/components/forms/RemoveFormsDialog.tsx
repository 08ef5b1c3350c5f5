import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FormsRemoval } from '../../../app/remove-forms';
import { formatCount } from '../../summary/format';
import { sheetList } from '../../summary/removal-text';
import { useText } from '../use-text';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // A long list scrolls inside the dialog; long sheet names wrap rather than run off sideways.
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, maxHeight: '40vh', overflowY: 'auto', overflowWrap: 'anywhere' },
});

interface RemoveFormsDialogProps {
  /** The sheets found, while the user is asked (null: the dialog is closed). */
  found: FormsRemoval | null;
  onConfirm: () => void;
  /** Cancel, Escape or a click outside: nothing is removed. */
  onCancel: () => void;
}

/** Lists the sheets the removal would delete (and those it keeps) and asks; Cancel removes nothing. */
export function RemoveFormsDialog({ found, onConfirm, onCancel }: RemoveFormsDialogProps) {
  const styles = useStyles();
  const { t, language } = useText();
  const count = formatCount(found?.remove.length ?? 0);
  return (
    <Dialog open={found !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('pane.forms.remove.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{t('pane.forms.remove.body')}</Text>
            <ul className={styles.list}>
              {found?.remove.map((sheet) => <li key={sheet}>{sheet}</li>)}
            </ul>
            {found && found.keptEdited.length > 0 && <Text size={200}>{t('pane.forms.remove.keptNote', { sheets: sheetList(found.keptEdited, language) })}</Text>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t('pane.forms.remove.confirm', { count })}
            </Button>
            <Button onClick={onCancel}>{t('pane.forms.remove.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
