import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { missingInputText, type MissingInputs } from '../../summary/input-headers';
import { useText } from '../use-text';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * The statement and rating columns the credit step looks for and the sheet
 * lacks: each ratio it cannot compute and each rating, with the headers that
 * would be recognised, in the pane's language.
 */
export function MissingInputColumns({ inputs }: { inputs: MissingInputs }) {
  const styles = useStyles();
  const { t, language } = useText();
  const { source, missing } = inputs;
  const heading = t('pane.inputs.heading');
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
      </MessageBarBody>
    </MessageBar>
  );
}
