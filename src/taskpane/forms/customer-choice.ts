import { DEFAULT_GRADES, type Grade } from '../../core/credit/scorecard-config';
import type { Selection } from '../../core/forms/selection';
import type { LabelId } from '../i18n/labels';
import type { Tier } from '../../core/tiers/tier-options';
import type { ChosenCustomers } from '../run/run-state';

export const CHOICE_KINDS = ['rows', 'tier', 'grade', 'needsSurvey', 'keys', 'all'] as const;
export type ChoiceKind = (typeof CHOICE_KINDS)[number];

/** How the user chooses the customers who get forms, as the Forms section holds it. */
export interface CustomerChoice {
  kind: ChoiceKind;
  tier: Tier;
  grade: Grade;
  /** Customer keys (ID or name), comma-separated. */
  keys: string;
}

/** The tier whose customers get forms when the user asked for the selected rows and selected none. */
export const NO_ROWS_TIER: Tier = 'A';

/**
 * The choice the Forms section starts with: the rows selected on the
 * customer sheet (tier A when none are), or tier A where there is no sheet
 * selection (the browser preview). Never every customer: that is chosen on purpose.
 */
export function initialChoice(canUseSelection: boolean): CustomerChoice {
  return { kind: canUseSelection ? 'rows' : 'tier', tier: NO_ROWS_TIER, grade: DEFAULT_GRADES[0]!, keys: '' };
}

/**
 * The grades the user can choose from: the scorecard's, as the last credit
 * run read them (the names are the user's), else a new scorecard's.
 */
export function gradeChoices(lastRunGrades: readonly Grade[] | undefined): readonly Grade[] {
  return lastRunGrades && lastRunGrades.length > 0 ? lastRunGrades : DEFAULT_GRADES;
}

/** The choice with a grade among `grades`: the first, when the one held is not (the scorecard's grades changed since). */
export function withGradeAmong(choice: CustomerChoice, grades: readonly Grade[]): CustomerChoice {
  return grades.includes(choice.grade) ? choice : { ...choice, grade: grades[0]! };
}

/** Why no selection could be made, as a label and its values. */
export interface ChoiceProblem {
  id: LabelId;
  values: Record<string, string>;
}

export type ResolvedChoice = ChosenCustomers | { problem: ChoiceProblem };

/** The keys typed, split on commas (ASCII or full-width) and trimmed. */
export function keysOf(text: string): string[] {
  return text.split(/[,，、]/).map((k) => k.trim()).filter(Boolean);
}

/** The customer sheet as the Data section recognised it. */
export interface CustomerSheetPlace {
  sheet: string;
  /** 1-based, as Excel shows it: the customers are on the (0-based) rows from this number on. */
  headerRow: number;
}

const chosen = (selection: Selection, noRowsSelected = false): ChosenCustomers => ({ selection, noRowsSelected });

/**
 * The Selection for the forms step. For 'rows', asks the host for the rows
 * the user has selected on the customer sheet (null before the first run
 * made it) and keeps those below its header row; when there are none (the
 * cursor sits in the title or on another sheet), tier A instead, and says so.
 */
export async function resolveChoice(
  choice: CustomerChoice,
  customerSheet: CustomerSheetPlace | null,
  selectedRows: (sheet: string) => Promise<number[]>,
): Promise<ResolvedChoice> {
  switch (choice.kind) {
    case 'all':
      return chosen({ kind: 'all' });
    case 'needsSurvey':
      return chosen({ kind: 'needsSurvey' });
    case 'tier':
      return chosen({ kind: 'tier', tier: choice.tier });
    case 'grade':
      return chosen({ kind: 'grade', grade: choice.grade });
    case 'keys': {
      const keys = keysOf(choice.keys);
      return keys.length > 0 ? chosen({ kind: 'keys', keys }) : { problem: { id: 'pane.forms.keysEmpty', values: {} } };
    }
    case 'rows': {
      const rows = customerSheet === null ? [] : (await selectedRows(customerSheet.sheet)).filter((row) => row >= customerSheet.headerRow);
      return rows.length > 0 ? chosen({ kind: 'rows', rows }) : chosen({ kind: 'tier', tier: NO_ROWS_TIER }, true);
    }
  }
}
