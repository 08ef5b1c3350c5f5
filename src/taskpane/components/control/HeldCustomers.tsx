import { Text, makeStyles, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import type { ControlRunSummary } from '../../../app/plan-control';
import { heldNotListed, heldRows } from '../../summary/control-cards';
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

/** Each customer on hold or over its limit, a link to its credit-status cell, and how many more the column holds. */
export function HeldCustomers({ control, customerSheet, onGoTo }: { control: ControlRunSummary; customerSheet: string; onGoTo: GoTo }) {
  const styles = useStyles();
  const { t, language } = useText();
  const rows = heldRows(control, language);
  // One tab stop for the whole list (up to 200 links); the arrow keys move within it.
  const arrowKeys = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
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
          <ul className={styles.customers} aria-label={t('pane.control.heldList')} {...arrowKeys}>
            {rows.map((row) => (
              <li key={row.cell}>
                <CellLink target={{ sheet: customerSheet, cell: row.cell }} onGoTo={onGoTo} text={row.who} />
                <Text size={200}> — {row.status}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {more > 0 && <Text size={200}>{t('pane.control.heldMore', { count: formatCount(more), sheet: customerSheet, column: control.statusColumn })}</Text>}
    </>
  );
}
