import { Text, makeStyles, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import { CellLink, type GoTo } from './CellLink';

const useStyles = makeStyles({
  // A long list scrolls in place so the rest of the section stays in view.
  customers: {
    margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS,
    maxHeight: '16rem', overflowY: 'auto',
  },
});

/** One customer of a list: who, the cell its link goes to, and what is said of it after the link. */
export interface CustomerLinkRow {
  who: string;
  cell: string;
  detail: string;
}

/** A list of customers, each a link to its cell on the customer sheet (the held customers, those lacking inputs). */
export function CustomerLinks({ rows, label, customerSheet, onGoTo }: { rows: readonly CustomerLinkRow[]; label: string; customerSheet: string; onGoTo: GoTo }) {
  const styles = useStyles();
  // One tab stop for the whole list (up to 200 links); the arrow keys move within it.
  const arrowKeys = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  return (
    <ul className={styles.customers} aria-label={label} {...arrowKeys}>
      {rows.map((row) => (
        <li key={row.cell}>
          <CellLink target={{ sheet: customerSheet, cell: row.cell }} onGoTo={onGoTo} text={row.who} />
          <Text size={200}> — {row.detail}</Text>
        </li>
      ))}
    </ul>
  );
}
