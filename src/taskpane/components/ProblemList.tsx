import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { problemText } from '../../core/i18n/problem-text';
import type { Problem } from '../../core/problems';
import { formatCount } from '../summary/format';
import { CellLink, type GoTo } from './CellLink';
import { useText } from './use-text';

/** Enough to find and fix the pattern; the pane stays responsive with thousands of bad rows. */
const SHOWN_PROBLEMS = 200;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The run's problems, each naming its cell as a link that selects it. */
export function ProblemList({ problems, onGoTo }: { problems: readonly Problem[]; onGoTo: GoTo }) {
  const styles = useStyles();
  const { t, language } = useText();
  if (problems.length === 0) return <Text>{t('pane.problems.none')}</Text>;
  const hidden = problems.length - SHOWN_PROBLEMS;
  const heading = t('pane.problems.heading', { count: formatCount(problems.length) });
  return (
    <section className={styles.root} aria-label={heading}>
      <Text as="h2" size={400} weight="semibold">
        {heading}
      </Text>
      <ul className={styles.list}>
        {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
          <li key={index}>
            <CellLink target={problem} onGoTo={onGoTo} /> <Text>{problemText(problem, language)}</Text>
          </li>
        ))}
      </ul>
      {hidden > 0 && <Text italic>{t('pane.problems.more', { count: formatCount(hidden) })}</Text>}
    </section>
  );
}
