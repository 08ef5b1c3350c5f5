import { GRADES, type Grade } from '../../core/credit/scorecard-config';
import type { Selection } from '../../core/forms/selection';
import type { LabelId } from '../../core/i18n/labels';
import type { Tier } from '../../core/tiers/tier-options';

export const CHOICE_KINDS = ['rows', 'tier', 'grade', 'keys', 'all'] as const;
export type ChoiceKind = (typeof CHOICE_KINDS)[number];

/** How the user chooses the customers who get forms, as the Forms section holds it. */
export interface CustomerChoice {
  kind: ChoiceKind;
  tier: Tier;
  grade: Grade;
  /** Customer keys (ID or name), comma-separated. */
  keys: string;
}

export const INITIAL_CHOICE: CustomerChoice = { kind: 'rows', tier: 'A', grade: GRADES[0], keys: '' };

/** Why no selection could be made, as a label and its values. */
export interface ChoiceProblem {
  id: LabelId;
  values: Record<string, string>;
}

export type ResolvedChoice = { selection: Selection } | { problem: ChoiceProblem };

/** The keys typed, split on commas (ASCII or full-width) and trimmed. */
export function keysOf(text: string): string[] {
  return text.split(/[,，、]/).map((k) => k.trim()).filter(Boolean);
}

/**
 * The Selection for the forms step. For 'rows', asks the host for the rows
 * the user has selected on the customer sheet (`customerSheet`, null before
 * the first run made it).
 */
export async function resolveChoice(
  choice: CustomerChoice,
  customerSheet: string | null,
  selectedRows: (sheet: string) => Promise<number[]>,
): Promise<ResolvedChoice> {
  switch (choice.kind) {
    case 'all':
      return { selection: { kind: 'all' } };
    case 'tier':
      return { selection: { kind: 'tier', tier: choice.tier } };
    case 'grade':
      return { selection: { kind: 'grade', grade: choice.grade } };
    case 'keys': {
      const keys = keysOf(choice.keys);
      return keys.length > 0 ? { selection: { kind: 'keys', keys } } : { problem: { id: 'pane.forms.keysEmpty', values: {} } };
    }
    case 'rows': {
      if (customerSheet === null) return { problem: { id: 'pane.forms.noCustomerSheet', values: {} } };
      const rows = await selectedRows(customerSheet);
      return rows.length > 0 ? { selection: { kind: 'rows', rows } } : { problem: { id: 'pane.forms.noRowsSelected', values: { sheet: customerSheet } } };
    }
  }
}
