import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Problem } from '../../core/problems';
import { LABELS } from '../labels';
import { problemLabel } from '../summary/problem-label';
import { formatCount } from '../summary/format';

/** Enough to find and fix the pattern; the pane stays responsive with thousands of bad rows. */
const SHOWN_PROBLEMS = 200;

const L = LABELS.problems;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function ProblemList({ problems }: { problems: Problem[] }) {
  const styles = useStyles();
  if (problems.length === 0) return <Text>{L.none}</Text>;
  const hidden = problems.length - SHOWN_PROBLEMS;
  return (
    <section className={styles.root} aria-label={L.sectionName}>
      <Text as="h2" size={400} weight="semibold">
        {L.heading(formatCount(problems.length))}
      </Text>
      <ul className={styles.list}>
        {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
          <li key={index}>
            <Text>{problemLabel(problem)}</Text>
          </li>
        ))}
      </ul>
      {hidden > 0 && <Text italic>{L.more(formatCount(hidden))}</Text>}
    </section>
  );
}
