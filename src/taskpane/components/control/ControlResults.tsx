import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ControlRunSummary } from '../../../app/plan-control';
import { formatAmount, formatCount } from '../../summary/format';
import type { GoTo } from '../CellLink';
import { useText } from '../use-text';
import { ControlCards } from './ControlCards';
import { HeldCustomers } from './HeldCustomers';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface ControlResultsProps {
  control: ControlRunSummary;
  /** The sheet with the credit-status column, where the links go. */
  customerSheet: string;
  onGoTo: GoTo;
}

/** What credit control found: the cards, the receivables it read and left out, and the customers to hold. */
export function ControlResults({ control, customerSheet, onGoTo }: ControlResultsProps) {
  const styles = useStyles();
  const { t } = useText();
  const unknown = control.unknownCustomers;
  return (
    <section className={styles.root} aria-label={t('pane.control.heading')}>
      <ControlCards control={control} />
      <Text size={200}>{t('pane.control.source', { sheet: control.receivablesSheet, asOf: control.asOf, documents: formatCount(control.documents) })}</Text>
      {control.alsoSales && <Text size={200}>{t('pane.control.alsoSales')}</Text>}
      {control.documentsAfterAsOf > 0 && <Text size={200}>{t('pane.control.afterAsOf', { asOf: control.asOf, count: formatCount(control.documentsAfterAsOf) })}</Text>}
      {unknown.documents > 0 && <Text size={200}>{t('pane.control.unknown', { count: formatCount(unknown.documents), open: formatAmount(unknown.open) })}</Text>}
      <HeldCustomers control={control} customerSheet={customerSheet} onGoTo={onGoTo} />
    </section>
  );
}
