import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { LABELS } from '../labels';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL },
});

/** Shown when the page is opened in a browser, or office.js could not load. */
export function OutsideExcel() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Text as="p">{LABELS.outsideExcel}</Text>
    </main>
  );
}
