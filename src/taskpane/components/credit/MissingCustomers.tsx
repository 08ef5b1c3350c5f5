import { Text } from '@fluentui/react-components';
import type { CreditSummary } from '../../../core/credit/credit-summary';
import { missingCustomerRows } from '../../summary/credit-rows';
import { formatCount } from '../../summary/format';
import type { GoTo } from '../CellLink';
import { CustomerLinks } from '../CustomerLinks';
import { useText } from '../use-text';

/** Each customer lacking inputs, a link to its cell in the Missing inputs column, and how many more the column holds. */
export function MissingCustomers({ credit, customerSheet, onGoTo }: { credit: CreditSummary; customerSheet: string; onGoTo: GoTo }) {
  const { t, language } = useText();
  const customers = missingCustomerRows(credit, language);
  return (
    <>
      <Text size={200}>{t('pane.credit.missingHint', { column: credit.missingColumn })}</Text>
      <CustomerLinks rows={customers.map((row) => ({ ...row, detail: row.inputs }))} label={t('pane.credit.missingCustomers')} customerSheet={customerSheet} onGoTo={onGoTo} />
      {credit.customersWithMissing > customers.length && (
        <Text size={200}>
          {t('pane.credit.missingMore', { count: formatCount(credit.customersWithMissing - customers.length), sheet: customerSheet, column: credit.missingColumn })}
        </Text>
      )}
    </>
  );
}
