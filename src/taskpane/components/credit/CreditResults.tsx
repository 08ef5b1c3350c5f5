import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CreditSummary } from '../../../core/credit/credit-summary';
import { approvalLevelRows, gradedCustomers, gradeRows, missingInputRows } from '../../summary/credit-rows';
import { formatAmount, formatCount } from '../../summary/format';
import type { GoTo } from '../CellLink';
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
  const grades = gradeRows(credit).map((row) => ({ key: row.grade, label: row.grade === 'notRated' ? t('value.notRated') : row.grade, customers: row.customers }));
  const levels = approvalLevelRows(credit, language);
  const missing = missingInputRows(credit, language);
  return (
    <section className={styles.root} aria-label={t('pane.credit.heading')}>
      <Text as="h3" size={300} weight="semibold">
        {t('pane.credit.graded', { count: formatCount(gradedCustomers(credit)) })}
      </Text>
      <Text size={200}>
        {t(credit.scorecardCreated ? 'pane.credit.scorecardCreated' : 'pane.credit.scorecard', { sheet: credit.scorecardSheet })}
      </Text>
      {credit.financialsSheet !== null && <Text size={200}>{t('pane.credit.figuresFrom', { sheet: credit.financialsSheet })}</Text>}
      {credit.severalPeriods > 0 && <Text size={200}>{t('pane.credit.severalPeriods', { count: formatCount(credit.severalPeriods) })}</Text>}
      {/* A grade a row: five columns of numbers do not fit a narrow pane. */}
      <CountTable label={t('pane.credit.gradesTable')} heading={t('pane.credit.grade')} rows={grades} />
      <Text weight="semibold">{t('pane.credit.limitTotal', { total: formatAmount(credit.recommendedLimitTotal) })}</Text>
      {credit.limitWindow && <Text size={200}>{t('pane.credit.limitWindow', credit.limitWindow)}</Text>}
      {credit.zeroLimits > 0 && <Text size={200}>{t('pane.credit.zeroLimits', { count: formatCount(credit.zeroLimits) })}</Text>}
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
