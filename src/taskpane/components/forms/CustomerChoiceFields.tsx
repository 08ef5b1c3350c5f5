import { Dropdown, Field, Input, Option, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { Grade } from '../../../core/credit/scorecard-config';
import type { LabelId } from '../../i18n/labels';
import { TIERS, type Tier } from '../../../core/tiers/tier-options';
import { CHOICE_KINDS, type ChoiceKind, type CustomerChoice } from '../../forms/customer-choice';
import { useText } from '../use-text';

const KIND_LABEL: Record<ChoiceKind, LabelId> = {
  rows: 'pane.forms.choice.rows',
  tier: 'pane.forms.choice.tier',
  grade: 'pane.forms.choice.grade',
  needsSurvey: 'pane.forms.choice.needsSurvey',
  keys: 'pane.forms.choice.keys',
  all: 'pane.forms.choice.all',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface CustomerChoiceFieldsProps {
  choice: CustomerChoice;
  onChoice: (choice: CustomerChoice) => void;
  /** False where there is no sheet selection (the browser preview). */
  canUseSelection: boolean;
  /** The grades to choose from, best first (see gradeChoices). */
  grades: readonly Grade[];
  disabled: boolean;
}

/** Which customers get forms: the selected rows, a tier, a grade, keys typed in, or everyone. */
export function CustomerChoiceFields({ choice, onChoice, canUseSelection, grades, disabled }: CustomerChoiceFieldsProps) {
  const styles = useStyles();
  const { t } = useText();
  const kinds = CHOICE_KINDS.filter((kind) => kind !== 'rows' || canUseSelection);
  return (
    <div className={styles.root}>
      <Field label={t('pane.forms.choose')}>
        <RadioGroup value={choice.kind} onChange={(_, data) => onChoice({ ...choice, kind: data.value as ChoiceKind })} disabled={disabled}>
          {kinds.map((kind) => (
            <Radio key={kind} value={kind} label={t(KIND_LABEL[kind])} />
          ))}
        </RadioGroup>
      </Field>
      {choice.kind === 'tier' && (
        <Field label={t('pane.forms.tier')}>
          <Dropdown clearButton={null} value={choice.tier} selectedOptions={[choice.tier]} disabled={disabled} onOptionSelect={(_, data) => onChoice({ ...choice, tier: data.optionValue as Tier })}>
            {TIERS.map((tier) => (
              <Option key={tier} value={tier}>
                {tier}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {choice.kind === 'grade' && (
        <Field label={t('pane.forms.grade')}>
          <Dropdown clearButton={null} value={choice.grade} selectedOptions={[choice.grade]} disabled={disabled} onOptionSelect={(_, data) => onChoice({ ...choice, grade: data.optionValue as Grade })}>
            {grades.map((grade) => (
              <Option key={grade} value={grade}>
                {grade}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {choice.kind === 'keys' && (
        <Field label={t('pane.forms.keys')}>
          <Input value={choice.keys} disabled={disabled} onChange={(_, data) => onChoice({ ...choice, keys: data.value })} />
        </Field>
      )}
    </div>
  );
}
