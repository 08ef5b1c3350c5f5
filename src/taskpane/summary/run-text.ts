import type { Language } from '../../core/columns/layout';
import type { Selection } from '../../core/forms/selection';
import { label, labelWith } from '../i18n/labels';
import type { ChosenCustomers, RunState } from '../run/run-state';
import { formatCount } from './format';

/** Who got forms, as the banner names them. */
function whoText(chosen: ChosenCustomers, language: Language): string {
  if (chosen.noRowsSelected) return label('pane.who.noRows', language);
  const selection: Selection = chosen.selection;
  switch (selection.kind) {
    case 'rows':
      return label('pane.who.rows', language);
    case 'tier':
      return labelWith('pane.who.tier', language, { tier: selection.tier });
    case 'grade':
      return labelWith('pane.who.grade', language, { grade: selection.grade });
    case 'keys':
      return label('pane.who.keys', language);
    case 'needsSurvey':
      return label('pane.who.needsSurvey', language);
    case 'all':
      return label('pane.who.all', language);
  }
}

/**
 * What a run that went through did, one line per part: which steps ran on
 * which sheet, credit control on which receivables and as of when, and for
 * forms whose forms and how many sheets they took.
 */
export function ranText(state: Extract<RunState, { kind: 'done' }>, language: Language): string[] {
  const { summary } = state;
  const sheet = summary.customerSheet;
  switch (state.purpose) {
    case 'tiers':
      return [labelWith('pane.ran.tiers', language, { sheet })];
    case 'credit':
      return [labelWith('pane.ran.credit', language, { sheet })];
    // Run all does credit control only when the workbook has a receivables sheet: the banner says when it did.
    case 'all':
    case 'control': {
      const { control } = summary;
      if (state.purpose === 'control' && !control) throw new Error('ranText: a credit-control run reports its receivables sheet.');
      const lines = [labelWith('pane.ran.credit', language, { sheet })];
      if (control) lines.push(labelWith('pane.ran.control', language, { sheet: control.receivablesSheet, asOf: control.asOf }));
      return lines;
    }
    case 'scorecard': {
      if (!summary.scorecard) throw new Error('ranText: a scorecard run reports its scorecard sheet.');
      const { sheet: scorecard, created } = summary.scorecard;
      return [labelWith(created ? 'pane.ran.scorecardCreated' : 'pane.ran.scorecardFound', language, { sheet: scorecard })];
    }
    case 'forms': {
      if (!summary.forms || !state.chosen) throw new Error('ranText: a forms run reports its sheets and whose forms they are.');
      // Every form type goes to the same customers: count them on the sheets of one type.
      const { sheets } = summary.forms;
      const customers = sheets.filter((s) => s.form === sheets[0]?.form).reduce((n, s) => n + s.customers.length, 0);
      return [
        labelWith('pane.ran.credit', language, { sheet }),
        ...(summary.control ? [labelWith('pane.ran.control', language, { sheet: summary.control.receivablesSheet, asOf: summary.control.asOf })] : []),
        labelWith('pane.ran.forms', language, { who: whoText(state.chosen, language), customers: formatCount(customers), sheets: formatCount(sheets.length) }),
      ];
    }
  }
}
