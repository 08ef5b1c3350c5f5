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
import { LABELS } from '../labels';
import { countOf, formatCount, formatShare } from '../summary/format';
import { tierRows } from '../summary/tier-rows';
import { NumberCell, NumberHeaderCell } from './NumberCells';

const L = LABELS.tiers;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function SummaryView({ summary }: { summary: RunSummary }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={L.sectionName}>
      <Text as="h2" size={400} weight="semibold">
        {L.heading(countOf(summary.customers, ...LABELS.nouns.customer))}
      </Text>
      <Table size="small" aria-label={L.tableName}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{L.tier}</TableHeaderCell>
            <NumberHeaderCell>{L.customers}</NumberHeaderCell>
            <NumberHeaderCell>{L.salesShare}</NumberHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tierRows(summary).map((row) => (
            <TableRow key={row.tier}>
              <TableCell>{row.tier}</TableCell>
              <NumberCell>{formatCount(row.customers)}</NumberCell>
              <NumberCell>{formatShare(row.salesShare)}</NumberCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text>{L.rows(formatCount(summary.rowsRead), formatCount(summary.rowsSkipped))}</Text>
      <Text size={200}>{L.sources(summary.customerSheet, summary.derivedCustomerSheet, summary.salesSheet)}</Text>
    </section>
  );
}
