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
import type { CreditSummary } from '../../core/credit/credit-summary';
import { LABELS } from '../labels';
import { approvalLevelRows, gradedCustomers, gradeRows, missingInputRows, type CountRow } from '../summary/credit-rows';
import { countOf, formatAmount, formatCount } from '../summary/format';
import { NumberCell, NumberHeaderCell } from './NumberCells';

const L = LABELS.credit;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** A two-column table: a name and its customers. */
function CountTable({ name, heading, rows }: { name: string; heading: string; rows: CountRow[] }) {
  return (
    <Table size="small" aria-label={name}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{heading}</TableHeaderCell>
          <NumberHeaderCell>{L.customers}</NumberHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell>{row.label}</TableCell>
            <NumberCell>{formatCount(row.customers)}</NumberCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** What the credit step did: where it read, the grades, the limits and who approves them, and what was missing. */
export function CreditView({ credit }: { credit: CreditSummary }) {
  const styles = useStyles();
  const grades = gradeRows(credit);
  const missing = missingInputRows(credit);
  return (
    <section className={styles.root} aria-label={L.sectionName}>
      <Text as="h2" size={400} weight="semibold">
        {L.heading(countOf(gradedCustomers(credit), ...LABELS.nouns.customer))}
      </Text>
      <Text size={200}>{L.scorecard(credit.scorecardSheet, credit.scorecardCreated)}</Text>
      <Text size={200}>{credit.financialsSheet === null ? L.noFigures : L.figuresFrom(credit.financialsSheet)}</Text>
      {credit.severalPeriods > 0 && (
        <Text size={200}>{L.severalPeriods(countOf(credit.severalPeriods, ...LABELS.nouns.customerHas))}</Text>
      )}
      <Table size="small" aria-label={L.gradesTable}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{L.grade}</TableHeaderCell>
            {grades.map((row) => (
              <NumberHeaderCell key={row.grade}>{row.grade}</NumberHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          <TableRow>
            <TableCell>{L.customers}</TableCell>
            {grades.map((row) => (
              <NumberCell key={row.grade}>{formatCount(row.customers)}</NumberCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
      <Text weight="semibold">{L.limitTotal(formatAmount(credit.recommendedLimitTotal))}</Text>
      <CountTable name={L.levelsTable} heading={L.level} rows={approvalLevelRows(credit)} />
      <Text as="h3" size={300} weight="semibold">
        {L.missingHeading}
      </Text>
      {missing.length === 0 ? (
        <Text>{L.noMissing}</Text>
      ) : (
        <CountTable name={L.missingTable} heading={L.input} rows={missing} />
      )}
    </section>
  );
}
