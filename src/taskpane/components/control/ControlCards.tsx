import { Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ControlRunSummary } from '../../../app/plan-control';
import { controlCards, type ControlCard } from '../../summary/control-cards';
import { useText } from '../use-text';
import { notRatedCard, type NotRatedCard } from './not-rated-card';
import { NotRatedHint } from './NotRatedHint';

const useStyles = makeStyles({
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  // The not-rated card carries a sentence of what to do: a row of its own, so it never squeezes into a narrow column.
  wide: { gridColumn: '1 / -1' },
  card: { height: '100%' },
  // A long amount wraps under its label rather than widening the card.
  figure: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  value: { overflowWrap: 'anywhere' },
});

/** One card: its title, each figure's label and value, then what `children` adds. */
function FigureCard({ card, children }: { card: ControlCard | NotRatedCard; children?: ReactNode }) {
  const styles = useStyles();
  return (
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
      {children}
    </Card>
  );
}

/** The credit-control figures of the last run, a card each: exposure, over limit, long overdue, on hold, and not rated with what to do. */
export function ControlCards({ control }: { control: ControlRunSummary }) {
  const styles = useStyles();
  const { t, language } = useText();
  return (
    <ul className={styles.cards} aria-label={t('pane.control.cards')}>
      {controlCards(control, language).map((card) => (
        <li key={card.key}>
          <FigureCard card={card} />
        </li>
      ))}
      <li className={styles.wide}>
        <FigureCard card={notRatedCard(control, language)}>
          <NotRatedHint control={control} />
        </FigureCard>
      </li>
    </ul>
  );
}
