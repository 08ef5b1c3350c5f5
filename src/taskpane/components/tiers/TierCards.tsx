import { Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RunSummary } from '../../../core/run-summary';
import { formatCount, formatShare } from '../../summary/format';
import { tierRows } from '../../summary/tier-rows';
import { useText } from '../use-text';

const useStyles = makeStyles({
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  figure: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

/** One card per tier: its customers and its share of the tiered sales. */
export function TierCards({ summary }: { summary: RunSummary }) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <ul className={styles.cards} aria-label={t('pane.tiers.cards')}>
      {tierRows(summary).map((row) => (
        <li key={row.tier}>
          <Card size="small">
            <Text weight="semibold">{t('pane.tiers.tier', { tier: row.tier })}</Text>
            <div className={styles.figure}>
              <Text>{t('pane.tiers.customers')}</Text>
              <Text weight="semibold">{formatCount(row.customers)}</Text>
            </div>
            <div className={styles.figure}>
              <Text>{t('pane.tiers.salesShare')}</Text>
              <Text weight="semibold">{formatShare(row.salesShare)}</Text>
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}
