import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CreditSummary } from '../../../core/credit/credit-summary';
import { approvalLevelRows, gradedCustomers, gradeRows, missingInputRows } from '../../summary/credit-rows';
import { formatAmount, formatCount } from '../../summary/format';
import type { GoTo } from '../CellLink';
import { NumberCell, NumberHeaderCell } from '../NumberCells';
import { useText } from '../use-text';
import { CountTable } from './CountTable';
import { MissingCustomers } from './MissingCustomers';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
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
      <CountTable label={t('pane.credit.levelsTable')} heading={t('pane.credit.level')} rows={levels} />
      <Text as="h3" size={300} weight="semibold">
        {t('pane.credit.missingHeading')}
      </Text>
      {missing.length === 0 ? (
        <Text>{t('pane.credit.noMissing')}</Text>
      ) : (
        <>
          <CountTable label={t('pane.credit.missingTable')} heading={t('pane.credit.input')} rows={missing} />
          <MissingCustomers credit={credit} customerSheet={customerSheet} onGoTo={onGoTo} />
        </>
      )}
    </section>
  );
}
