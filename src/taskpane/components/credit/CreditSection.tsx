import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SourcesView } from '../../../app/describe-sources';
import type { StepsSummary } from '../../../app/run-steps';
import type { InputColumnsState } from '../../state/use-input-columns';
import { missingInputs } from '../../summary/input-headers';
import type { GoTo } from '../CellLink';
import { useText } from '../use-text';
import { CreditResults } from './CreditResults';
import { InputColumnsResult } from './InputColumnsResult';
import { MissingInputColumns } from './MissingInputColumns';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface CreditSectionProps {
  /** Shows the scorecard sheet, making it (with the default rules) when the workbook has none; scores nothing. */
  onOpenScorecard: () => void;
  /** Tiers and scores every customer. */
  onRun: () => void;
  running: boolean;
  summary: StepsSummary | null;
  /** The sheets and columns as the Data section recognised them (null until read): which inputs are missing. */
  sources: SourcesView | null;
  onGoTo: GoTo;
  /** Adds the missing statement and rating columns, empty, for the user to fill. */
  onAddInputColumns: () => void;
  inputColumns: InputColumnsState;
}

/** The scorecard, the credit run and its result: grade distribution and the customers with missing inputs. */
export function CreditSection({ onOpenScorecard, onRun, running, summary, sources, onGoTo, onAddInputColumns, inputColumns }: CreditSectionProps) {
  const styles = useStyles();
  const { t } = useText();
  const inputs = sources === null ? null : missingInputs(sources);
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
      <Text size={200}>{t('pane.credit.scorecardHint')}</Text>
      {inputs && <MissingInputColumns inputs={inputs} onAdd={onAddInputColumns} adding={inputColumns.kind === 'adding'} disabled={running} />}
      <InputColumnsResult state={inputColumns} />
      {summary?.credit ? (
        <CreditResults credit={summary.credit} customerSheet={summary.customerSheet} onGoTo={onGoTo} />
      ) : (
        <Text>{t('pane.credit.none')}</Text>
      )}
    </div>
  );
}
