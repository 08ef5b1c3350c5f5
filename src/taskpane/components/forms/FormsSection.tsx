import {
  Button, Checkbox, Dropdown, Field, Label, MessageBar, MessageBarBody, Option, Radio, RadioGroup, Text, makeStyles, tokens, useId,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { StepsSummary } from '../../../app/run-steps';
import { LANGUAGES, type Language } from '../../../core/columns/layout';
import { FORM_KINDS, type FormKind } from '../../../core/forms/form-sheets';
import { gradeChoices, initialChoice, withGradeAmong, type ChoiceProblem, type CustomerChoice } from '../../forms/customer-choice';
import type { PaneChoices } from '../../host/pane-host';
import type { FormRemoval } from '../../state/use-form-removal';
import type { GoTo } from '../CellLink';
import { useText } from '../use-text';
import { ConfirmSheetsDialog, type SheetsToConfirm } from './ConfirmSheetsDialog';
import { CreatedSheets } from './CreatedSheets';
import { CustomerChoiceFields } from './CustomerChoiceFields';
import { RemoveFormSheets } from './RemoveFormSheets';


const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column' },
});

interface FormsSectionProps {
  forms: PaneChoices['forms'];
  onForms: (forms: PaneChoices['forms']) => void;
  onGenerate: (choice: CustomerChoice) => void;
  /** Why the last Generate made no run (no keys typed, the many sheets cancelled), or null. */
  problem: ChoiceProblem | null;
  /** A run that would make many sheets, waiting for the user's yes (null: none). */
  pending: SheetsToConfirm | null;
  onConfirm: () => void;
  onCancelPending: () => void;
  canUseSelection: boolean;
  running: boolean;
  summary: StepsSummary | null;
  onGoTo: GoTo;
  /** "Remove the form sheets of the last run": where it stands, and its callbacks. */
  removal: FormRemoval;
}

/** Customers, form types, language and layout; Generate; the sheets made, each a link. */
export function FormsSection({ forms, onForms, onGenerate, problem, pending, onConfirm, onCancelPending, canUseSelection, running, summary, onGoTo, removal }: FormsSectionProps) {
  const styles = useStyles();
  const { t } = useText();
  const [held, setChoice] = useState<CustomerChoice>(() => initialChoice(canUseSelection));
  const grades = gradeChoices(summary?.credit?.gradeNames);
  const choice = withGradeAmong(held, grades);
  const typesId = useId('form-types');
  const languageName = (lang: Language) => t(`pane.lang.${lang}`);
  // Sheets removed since the run that made them are no longer links.
  const removed = removal.state.kind === 'done' ? removal.state.outcome.remove : [];
  const toggleKind = (kind: FormKind, on: boolean) =>
    onForms({ ...forms, kinds: FORM_KINDS.filter((k) => (k === kind ? on : forms.kinds.includes(k))) });
  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        {t('pane.forms.heading')}
      </Text>
      <Text>{t('pane.forms.intro')}</Text>
      <CustomerChoiceFields choice={choice} onChoice={setChoice} canUseSelection={canUseSelection} grades={grades} disabled={running} />
      {/* A group, not a Field: a Field would name each checkbox after itself. */}
      <div role="group" aria-labelledby={typesId} aria-describedby={`${typesId}-hint`} className={styles.group}>
        <Label id={typesId}>{t('pane.forms.types')}</Label>
        {FORM_KINDS.map((kind) => {
          const checked = forms.kinds.includes(kind);
          return (
            <Checkbox
              key={kind}
              label={t(`form.${kind}`)}
              checked={checked}
              // The last form left cannot be unchecked: a run always makes at least one.
              disabled={running || (checked && forms.kinds.length === 1)}
              onChange={(_, data) => toggleKind(kind, data.checked === true)}
            />
          );
        })}
        <Text size={200} id={`${typesId}-hint`}>
          {t('pane.forms.typesHint')}
        </Text>
      </div>
      <Field label={t('pane.forms.language')}>
        <Dropdown
          clearButton={null}
          value={languageName(forms.lang)}
          selectedOptions={[forms.lang]}
          disabled={running}
          onOptionSelect={(_, data) => onForms({ ...forms, lang: data.optionValue as Language })}
        >
          {LANGUAGES.map((lang) => (
            <Option key={lang} value={lang} lang={lang}>
              {languageName(lang)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('pane.forms.layout')}>
        <RadioGroup value={forms.batch ? 'batch' : 'single'} disabled={running} onChange={(_, data) => onForms({ ...forms, batch: data.value === 'batch' })}>
          <Radio value="single" label={t('pane.forms.perCustomer')} />
          <Radio value="batch" label={t('pane.forms.batch')} />
        </RadioGroup>
      </Field>
      <div>
        <Button appearance="primary" onClick={() => onGenerate(choice)} disabled={running || pending !== null}>
          {t('pane.forms.generate')}
        </Button>
      </div>
      <ConfirmSheetsDialog pending={pending} onConfirm={onConfirm} onCancel={onCancelPending} />
      {problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(problem.id, problem.values)}</MessageBarBody>
        </MessageBar>
      )}
      {summary?.forms ? <CreatedSheets sheets={summary.forms.sheets.filter((s) => !removed.includes(s.name))} onGoTo={onGoTo} /> : <Text>{t('pane.forms.none')}</Text>}
      <RemoveFormSheets state={removal.state} onStart={removal.start} onConfirm={removal.confirm} onCancel={removal.cancel} disabled={running} />
    </div>
  );
}
