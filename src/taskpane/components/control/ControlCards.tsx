import { Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ControlRunSummary } from '../../../app/plan-control';
import { controlCards } from '../../summary/control-cards';
import { useText } from '../use-text';

const useStyles = makeStyles({
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  card: { height: '100%' },
  // A long amount wraps under its label rather than widening the card.
  figure: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  value: { overflowWrap: 'anywhere' },
});

/** The credit-control figures of the last run, a card each: exposure, over limit, long overdue, on hold. */
export function ControlCards({ control }: { control: ControlRunSummary }) {
  const styles = useStyles();
  const { t, language } = useText();
  return (
    <ul className={styles.cards} aria-label={t('pane.control.cards')}>
      {controlCards(control, language).map((card) => (
        <li key={card.key}>
          <Card size="small" className={styles.card}>
            <Text weight="semibold">{card.title}</Text>
            {card.figures.map((figure) => (
              <div key={figure.label} className={styles.figure}>
                <Text>{figure.label}</Text>
                <Text weight="semibold" className={styles.value}>
                  {figure.value}
                </Text>
              </div>
            ))}
          </Card>
        </li>
      ))}
    </ul>
  );
}
