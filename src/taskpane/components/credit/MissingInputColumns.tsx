import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { headersToAdd, missingInputText, type MissingInputs } from '../../summary/input-headers';
import { useText } from '../use-text';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // A long label wraps in a narrow pane rather than pushing the bar wider.
  add: { alignSelf: 'flex-start', maxWidth: '100%', whiteSpace: 'normal' },
});

interface MissingInputColumnsProps {
  inputs: MissingInputs;
  /** Adds the columns listed under the button (the host's addInputColumns). */
  onAdd: () => void;
  adding: boolean;
  disabled: boolean;
}

/**
 * The statement and rating columns the credit step looks for and the sheet
 * lacks: each ratio it cannot compute and each rating, with the headers that
 * would be recognised, in the pane's language; and the button that adds
 * them, empty, to the sheet, naming the columns it adds.
 */
export function MissingInputColumns({ inputs, onAdd, adding, disabled }: MissingInputColumnsProps) {
  const styles = useStyles();
  const { t, language } = useText();
  const { source, missing } = inputs;
  const heading = t('pane.inputs.heading');
  const headers = headersToAdd(inputs);
  const quoted = headers.map((header) => t('pane.inputs.header', { header })).join(language === 'en' ? ', ' : '、');
  return (
    <MessageBar intent="warning" layout="multiline" aria-label={heading}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{heading}</MessageBarTitle>
        <Text>{source === null ? t('pane.inputs.noSheet') : t('pane.inputs.on', { sheet: source.sheet, row: source.headerRow })}</Text>
        <ul className={styles.list} aria-label={t('pane.inputs.list')}>
          {missing.map((input) => (
            <li key={input.kind === 'ratio' ? input.ratio : 'ratings'}>
              <Text>{missingInputText(input, language)}</Text>
            </li>
          ))}
        </ul>
        <Text size={200}>{t('pane.inputs.anyLanguage')}</Text>
        {source !== null && headers.length > 0 && (
          <>
            <Button className={styles.add} onClick={onAdd} disabled={disabled}>
              {t(adding ? 'pane.inputs.adding' : 'pane.inputs.add')}
            </Button>
            <Text size={200}>{t('pane.inputs.addHint', { count: headers.length, sheet: source.sheet, headers: quoted })}</Text>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
