import { Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TierMode } from '../../../core/tiers/tier-options';
import { defaultThresholds } from '../../choices/default-choices';
import type { DraftReading, TierDraft } from '../../tiers/tier-draft';
import { useText } from '../use-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  /** Two fields side by side where they fit, one above the other in a narrow pane (a date field is about 10rem wide at least). */
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(10rem, 1fr))', gap: tokens.spacingHorizontalM },
});

interface TierSettingsProps {
  draft: TierDraft;
  reading: DraftReading;
  onDraft: (draft: TierDraft) => void;
  disabled: boolean;
}

/** Mode, the A and B limits in percent, and the period (native number and date inputs). */
export function TierSettings({ draft, reading, onDraft, disabled }: TierSettingsProps) {
  const styles = useStyles();
  const { t } = useText();
  const { errors } = reading;
  const setMode = (mode: TierMode) => {
    const [a, b] = defaultThresholds(mode);
    onDraft({ ...draft, mode, a: String(a), b: String(b) });
  };
  const thresholdsError = errors.thresholds ? t(errors.thresholds) : undefined;
  const percent = <Text>{t('pane.unit.percent')}</Text>;
  return (
    <div className={styles.root}>
      <Field label={t('pane.tiers.mode')}>
        <RadioGroup value={draft.mode} onChange={(_, data) => setMode(data.value as TierMode)} disabled={disabled}>
          <Radio value="sales" label={t('pane.tiers.mode.sales')} />
          <Radio value="headcount" label={t('pane.tiers.mode.headcount')} />
        </RadioGroup>
      </Field>
      <div className={styles.pair}>
        <Field label={t('pane.tiers.thresholdA')} validationMessage={thresholdsError}>
          <Input type="number" min={0} max={100} step={1} value={draft.a} disabled={disabled} contentAfter={percent} onChange={(_, data) => onDraft({ ...draft, a: data.value })} />
        </Field>
        <Field label={t('pane.tiers.thresholdB')} validationMessage={thresholdsError}>
          <Input type="number" min={0} max={100} step={1} value={draft.b} disabled={disabled} contentAfter={percent} onChange={(_, data) => onDraft({ ...draft, b: data.value })} />
        </Field>
      </div>
      <div className={styles.pair}>
        <Field label={t('pane.tiers.from')} validationMessage={errors.from ? t(errors.from) : undefined}>
          <Input type="date" value={draft.from} disabled={disabled} onChange={(_, data) => onDraft({ ...draft, from: data.value })} />
        </Field>
        <Field label={t('pane.tiers.to')} validationMessage={errors.to ? t(errors.to) : undefined}>
          <Input type="date" value={draft.to} disabled={disabled} onChange={(_, data) => onDraft({ ...draft, to: data.value })} />
        </Field>
      </div>
      <Text size={200}>{t('pane.tiers.periodHint')}</Text>
    </div>
  );
}
