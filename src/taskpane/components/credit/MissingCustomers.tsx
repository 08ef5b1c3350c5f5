import { Text, makeStyles, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import type { CreditSummary } from '../../../core/credit/credit-summary';
import { missingCustomerRows } from '../../summary/credit-rows';
import { formatCount } from '../../summary/format';
import { CellLink, type GoTo } from '../CellLink';
import { useText } from '../use-text';

const useStyles = makeStyles({
  // A long list scrolls in place so the rest of the section stays in view.
  customers: {
    margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS,
    maxHeight: '16rem', overflowY: 'auto',
  },
});

/** Each customer lacking inputs, a link to its cell in the Missing inputs column, and how many more the column holds. */
export function MissingCustomers({ credit, customerSheet, onGoTo }: { credit: CreditSummary; customerSheet: string; onGoTo: GoTo }) {
  const styles = useStyles();
  const { t, language } = useText();
  const customers = missingCustomerRows(credit, language);
  // One tab stop for the whole list (up to 200 links); the arrow keys move within it.
  const arrowKeys = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  return (
    <>
      <Text size={200}>{t('pane.credit.missingHint', { column: credit.missingColumn })}</Text>
      <ul className={styles.customers} aria-label={t('pane.credit.missingCustomers')} {...arrowKeys}>
        {customers.map((row) => (
          <li key={row.cell}>
            <CellLink target={{ sheet: customerSheet, cell: row.cell }} onGoTo={onGoTo} text={row.who} />
            <Text size={200}> — {row.inputs}</Text>
          </li>
        ))}
      </ul>
      {credit.customersWithMissing > customers.length && (
        <Text size={200}>
          {t('pane.credit.missingMore', { count: formatCount(credit.customersWithMissing - customers.length), sheet: customerSheet, column: credit.missingColumn })}
        </Text>
      )}
    </>
  );
}
