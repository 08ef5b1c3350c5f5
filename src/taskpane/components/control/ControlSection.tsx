import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { StepsSummary } from '../../../app/run-steps';
import { readAsOf } from '../../control/as-of';
import type { RunPurpose } from '../../run/run-state';
import type { GoTo } from '../CellLink';
import { useText } from '../use-text';
import { ControlResults } from './ControlResults';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // A date field is about 10rem wide at least; no wider than it needs, and never wider than the pane.
  date: { maxWidth: '14rem' },
});

interface ControlSectionProps {
  /** The as-of date as the field holds it (yyyy-mm-dd); Run all uses it too. */
  asOf: string;
  onAsOf: (asOf: string) => void;
  /** "Check credit": tiers, scores and does credit control as of the date, refusing a workbook without receivables. */
  onRun: () => void;
  running: boolean;
  summary: StepsSummary | null;
  /** What the run behind `summary` was asked for. */
  summaryPurpose: RunPurpose | null;
  onGoTo: GoTo;
}

/** The as-of date, "Check credit", and what credit control found (or that it needs a receivables sheet). */
export function ControlSection({ asOf, onAsOf, onRun, running, summary, summaryPurpose, onGoTo }: ControlSectionProps) {
  const styles = useStyles();
  const { t } = useText();
  const date = readAsOf(asOf);
  // Only Run all leaves credit control out (no receivables sheet); after the other runs it was not asked for.
  const noSheet = summary !== null && summary.control === undefined && summaryPurpose === 'all';
  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        {t('pane.control.heading')}
      </Text>
      <Text>{t('pane.control.intro')}</Text>
      <Field label={t('pane.control.asOf')} hint={t('pane.control.asOfHint')} validationMessage={date === null ? t('pane.control.asOfMissing') : undefined}>
        <Input className={styles.date} type="date" value={asOf} disabled={running} onChange={(_, data) => onAsOf(data.value)} />
      </Field>
      <div>
        <Button appearance="primary" onClick={onRun} disabled={running || date === null}>
          {t('pane.control.run')}
        </Button>
      </div>
      <Text size={200}>{t('pane.control.runHint')}</Text>
      {summary?.control ? (
        <ControlResults control={summary.control} customerSheet={summary.customerSheet} onGoTo={onGoTo} />
      ) : noSheet ? (
        <>
          <Text>{t('pane.control.noSheet')}</Text>
          <Text size={200}>{t('pane.control.noSheetHeaders')}</Text>
        </>
      ) : (
        <Text>{t('pane.control.none')}</Text>
      )}
    </div>
  );
}
