import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL },
});

/** Shown when the page is opened in a browser, or office.js could not load. */
export function OutsideExcel() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Text as="p">
        Credit Desk runs inside Excel. Open it from Excel&apos;s Home tab: select Credit Desk in the Credit Desk group.
      </Text>
    </main>
  );
}
