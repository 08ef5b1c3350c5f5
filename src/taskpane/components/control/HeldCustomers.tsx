import { Text } from '@fluentui/react-components';
import type { ControlRunSummary } from '../../../app/plan-control';
import { heldNotListed, heldRows } from '../../summary/control-cards';
import { formatCount } from '../../summary/format';
import type { GoTo } from '../CellLink';
import { CustomerLinks } from '../CustomerLinks';
import { useText } from '../use-text';

/** Each customer on hold or over its limit, a link to its credit-status cell, and how many more the column holds. */
export function HeldCustomers({ control, customerSheet, onGoTo }: { control: ControlRunSummary; customerSheet: string; onGoTo: GoTo }) {
  const { t, language } = useText();
  const rows = heldRows(control, language);
  const more = heldNotListed(control);
  return (
    <>
      <Text as="h3" size={300} weight="semibold">
        {t('pane.control.heldHeading', { count: formatCount(control.heldCount) })}
      </Text>
      {rows.length === 0 ? (
        <Text>{t('pane.control.heldNone')}</Text>
      ) : (
        <>
          <Text size={200}>{t('pane.control.heldHint', { column: control.statusColumn })}</Text>
          <CustomerLinks rows={rows.map((row) => ({ ...row, detail: row.status }))} label={t('pane.control.heldList')} customerSheet={customerSheet} onGoTo={onGoTo} />
        </>
      )}
      {more > 0 && <Text size={200}>{t('pane.control.heldMore', { count: formatCount(more), sheet: customerSheet, column: control.statusColumn })}</Text>}
    </>
  );
}
