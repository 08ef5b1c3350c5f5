import { TableCell, TableHeaderCell, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  cell: { textAlign: 'end' },
  /** The header's content sits in a flex button: align it there, over the numbers. */
  header: { justifyContent: 'flex-end' },
});

/** A column header over numbers, aligned with them at the end. */
export function NumberHeaderCell({ children }: { children: string }) {
  const styles = useStyles();
  return (
    <TableHeaderCell className={styles.cell} button={{ className: styles.header }}>
      {children}
    </TableHeaderCell>
  );
}

/** A formatted number, aligned at the end. */
export function NumberCell({ children }: { children: string }) {
  const styles = useStyles();
  return <TableCell className={styles.cell}>{children}</TableCell>;
}
