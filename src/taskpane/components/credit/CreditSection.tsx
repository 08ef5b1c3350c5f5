import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { StepsSummary } from '../../../app/run-steps';
import type { GoTo } from '../CellLink';
import { useText } from '../use-text';
import { CreditResults } from './CreditResults';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface CreditSectionProps {
  /** Scores credit (creating the scorecard when the workbook has none), then shows the scorecard sheet. */
  onOpenScorecard: () => void;
  onRun: () => void;
  running: boolean;
  summary: StepsSummary | null;
  onGoTo: GoTo;
}

/** The scorecard, the credit run and its result: grade distribution and the customers with missing inputs. */
export function CreditSection({ onOpenScorecard, onRun, running, summary, onGoTo }: CreditSectionProps) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        {t('pane.credit.heading')}
      </Text>
      <Text>{t('pane.credit.intro')}</Text>
      <div className={styles.actions}>
        <Button onClick={onOpenScorecard} disabled={running}>
          {t('pane.credit.openScorecard')}
        </Button>
        <Button appearance="primary" onClick={onRun} disabled={running}>
          {t('pane.credit.run')}
        </Button>
      </div>
      {summary?.credit ? (
        <CreditResults credit={summary.credit} customerSheet={summary.customerSheet} onGoTo={onGoTo} />
      ) : (
        <Text>{t('pane.credit.none')}</Text>
      )}
    </div>
  );
}
