import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FormKind, FormSheet } from '../../../core/forms/form-sheets';
import type { LabelId } from '../../i18n/labels';
import { formatCount } from '../../summary/format';
import { CellLink, type GoTo } from '../CellLink';
import { useText } from '../use-text';

const FORM_NAME: Record<FormKind, LabelId> = { survey: 'form.surveyShort', authorization: 'form.authorizationShort' };

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The sheets the forms step made, each a link that activates it. */
export function CreatedSheets({ sheets, onGoTo }: { sheets: readonly FormSheet[]; onGoTo: GoTo }) {
  const styles = useStyles();
  const { t } = useText();
  const heading = t('pane.forms.created', { count: formatCount(sheets.length) });
  return (
    <section aria-label={heading}>
      <Text as="h3" size={300} weight="semibold">
        {heading}
      </Text>
      <ul className={styles.list}>
        {sheets.map((sheet) => (
          <li key={sheet.name}>
            <CellLink target={{ sheet: sheet.name, cell: '' }} onGoTo={onGoTo} />{' '}
            <Text size={200}>
              {t(FORM_NAME[sheet.form])} · {t('pane.forms.sheetCustomers', { count: formatCount(sheet.customers.length) })}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
