import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { RunSummary } from '../../core/run-summary';
import { countOf, formatCount, formatShare } from '../summary/format';
import { tierRows } from '../summary/tier-rows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  number: { textAlign: 'end' },
});

export function SummaryView({ summary }: { summary: RunSummary }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Tier summary">
      <Text as="h2" size={400} weight="semibold">
        {countOf(summary.customers, 'customer', 'customers')} tiered
      </Text>
      <Table size="small" aria-label="Customers and sales share per tier">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Tier</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Customers</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Sales share</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tierRows(summary).map((row) => (
            <TableRow key={row.tier}>
              <TableCell>{row.tier}</TableCell>
              <TableCell className={styles.number}>{formatCount(row.customers)}</TableCell>
              <TableCell className={styles.number}>{formatShare(row.salesShare)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text>
        Sales rows read: {formatCount(summary.rowsRead)} · skipped: {formatCount(summary.rowsSkipped)}
      </Text>
      <Text size={200}>
        Customers from “{summary.customerSheet}”{summary.derivedCustomerSheet ? ' (made from the sales rows)' : ''}, sales
        from “{summary.salesSheet}”.
      </Text>
    </section>
  );
}
