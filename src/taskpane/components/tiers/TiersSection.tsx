import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { customerChoiceText } from '../../../core/i18n/customer-choice-text';
import type { RunSummary } from '../../../core/run-summary';
import type { PaneChoices } from '../../host/pane-host';
import { formatCount } from '../../summary/format';
import { draftOf, readDraft, type TierDraft } from '../../tiers/tier-draft';
import { useText } from '../use-text';
import { ParetoChart } from './ParetoChart';
import { TierCards } from './TierCards';
import { TierSettings } from './TierSettings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface TiersSectionProps {
  tier: PaneChoices['tier'];
  /** Called with settings that read correctly (the Run button waits for them). */
  onTier: (tier: PaneChoices['tier']) => void;
  onRun: () => void;
  running: boolean;
  summary: RunSummary | null;
}

/** Tier settings, the run, and the result: cards per tier and the Pareto chart. */
export function TiersSection({ tier, onTier, onRun, running, summary }: TiersSectionProps) {
  const styles = useStyles();
  const { t, language } = useText();
  const [draft, setDraft] = useState<TierDraft>(() => draftOf(tier));
  const reading = readDraft(draft);
  const changeDraft = (next: TierDraft) => {
    setDraft(next);
    const read = readDraft(next);
    if (read.tier) onTier(read.tier);
  };
  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        {t('pane.tiers.heading')}
      </Text>
      <TierSettings draft={draft} reading={reading} onDraft={changeDraft} disabled={running} />
      <div>
        <Button appearance="primary" onClick={onRun} disabled={running || reading.tier === null}>
          {t('pane.tiers.run')}
        </Button>
      </div>
      {summary === null ? (
        <Text>{t('pane.tiers.none')}</Text>
      ) : (
        <>
          <Text as="h3" size={300} weight="semibold">
            {t('pane.tiers.tiered', { count: formatCount(summary.customers) })}
          </Text>
          <TierCards summary={summary} />
          <ParetoChart summary={summary} />
          <Text>{t('pane.tiers.rows', { read: formatCount(summary.rowsRead), skipped: formatCount(summary.rowsSkipped) })}</Text>
          {summary.salesPeriod.from !== null && <Text size={200}>{t('pane.tiers.period', { from: summary.salesPeriod.from, to: summary.salesPeriod.to ?? '' })}</Text>}
          <Text size={200}>
            {t(summary.derivedCustomerSheet ? 'pane.tiers.sourcesDerived' : 'pane.tiers.sources', { customers: summary.customerSheet, sales: summary.salesSheet })}
          </Text>
          {summary.customerSheetChoice && (
            <Text size={200}>
              {t('pane.tiers.customerChoice', { chosen: summary.customerSheetChoice.chosen, reason: customerChoiceText(summary.customerSheetChoice, language) })}
            </Text>
          )}
        </>
      )}
    </div>
  );
}
