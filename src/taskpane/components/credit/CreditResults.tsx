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
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import type { CreditSummary } from '../../../core/credit/credit-summary';
import { approvalLevelRows, gradedCustomers, gradeRows, missingCustomerRows, missingInputRows } from '../../summary/credit-rows';
import { formatAmount, formatCount } from '../../summary/format';
import { CellLink, type GoTo } from '../CellLink';
import { NumberCell, NumberHeaderCell } from '../NumberCells';
import { useText } from '../use-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // A long list scrolls in place so the rest of the section stays in view.
  customers: {
    margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS,
    maxHeight: '16rem', overflowY: 'auto',
  },
});

interface CreditResultsProps {
  credit: CreditSummary;
  /** The sheet with the credit columns, where the missing-input links go. */
  customerSheet: string;
  onGoTo: GoTo;
}

/** What the credit step did: where it read, the grade distribution, the limits and who approves them, and what was missing. */
export function CreditResults({ credit, customerSheet, onGoTo }: CreditResultsProps) {
  const styles = useStyles();
  const { t, language } = useText();
  const grades = gradeRows(credit);
  const levels = approvalLevelRows(credit);
  const missing = missingInputRows(credit, language);
  const customers = missingCustomerRows(credit, language);
  // One tab stop for the whole list (up to 200 links); the arrow keys move within it.
  const arrowKeys = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  return (
    <section className={styles.root} aria-label={t('pane.credit.heading')}>
      <Text as="h3" size={300} weight="semibold">
        {t('pane.credit.graded', { count: formatCount(gradedCustomers(credit)) })}
      </Text>
      <Text size={200}>
        {t(credit.scorecardCreated ? 'pane.credit.scorecardCreated' : 'pane.credit.scorecard', { sheet: credit.scorecardSheet })}
      </Text>
      <Text size={200}>{credit.financialsSheet === null ? t('pane.credit.noFigures') : t('pane.credit.figuresFrom', { sheet: credit.financialsSheet })}</Text>
      {credit.severalPeriods > 0 && <Text size={200}>{t('pane.credit.severalPeriods', { count: formatCount(credit.severalPeriods) })}</Text>}
      <Table size="small" aria-label={t('pane.credit.gradesTable')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('pane.credit.grade')}</TableHeaderCell>
            {grades.map((row) => (
              <NumberHeaderCell key={row.grade}>{row.grade}</NumberHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          <TableRow>
            <TableCell>{t('pane.credit.customers')}</TableCell>
            {grades.map((row) => (
              <NumberCell key={row.grade}>{formatCount(row.customers)}</NumberCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
      <Text weight="semibold">{t('pane.credit.limitTotal', { total: formatAmount(credit.recommendedLimitTotal) })}</Text>
      <Table size="small" aria-label={t('pane.credit.levelsTable')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('pane.credit.level')}</TableHeaderCell>
            <NumberHeaderCell>{t('pane.credit.customers')}</NumberHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {levels.map((row) => (
            <TableRow key={row.key}>
              <TableCell>{row.label}</TableCell>
              <NumberCell>{formatCount(row.customers)}</NumberCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text as="h3" size={300} weight="semibold">
        {t('pane.credit.missingHeading')}
      </Text>
      {missing.length === 0 ? (
        <Text>{t('pane.credit.noMissing')}</Text>
      ) : (
        <>
          <Table size="small" aria-label={t('pane.credit.missingTable')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('pane.credit.input')}</TableHeaderCell>
                <NumberHeaderCell>{t('pane.credit.customers')}</NumberHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {missing.map((row) => (
                <TableRow key={row.key}>
                  <TableCell>{row.label}</TableCell>
                  <NumberCell>{formatCount(row.customers)}</NumberCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Text size={200}>{t('pane.credit.missingHint', { column: credit.missingColumn })}</Text>
          <ul className={styles.customers} aria-label={t('pane.credit.missingCustomers')} {...arrowKeys}>
            {customers.map((row) => (
              <li key={row.cell}>
                <CellLink target={{ sheet: customerSheet, cell: row.cell }} onGoTo={onGoTo} text={row.who} />
                <Text size={200}> — {row.inputs}</Text>
              </li>
            ))}
          </ul>
          {credit.customersWithMissing > customers.length && (
            <Text size={200}>
              {t('pane.credit.missingMore', { count: formatCount(credit.customersWithMissing - customers.length), sheet: customerSheet, column: credit.missingColumn })}
            </Text>
          )}
        </>
      )}
    </section>
  );
}
