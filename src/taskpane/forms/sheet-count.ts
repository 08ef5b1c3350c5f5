import type { StepsSummary } from '../../app/run-steps';
import { normalizeKey } from '../../core/cells/normalize';
import { FORMS_PER_BATCH_SHEET } from '../../core/forms/form-sheets';
import type { Selection } from '../../core/forms/selection';
import type { PaneChoices } from '../host/pane-host';

/** More new sheets than this, and the pane asks first. */
export const CONFIRM_ABOVE = 50;

/**
 * What a run's tier and credit figures depend on among the pane's choices
 * (the tier settings and the sheet and column choices): a summary counts the
 * customers of a tier or grade for a forms run only if the run was made with
 * the same.
 */
export function tieringBasis(choices: PaneChoices): string {
  return JSON.stringify({ tier: choices.tier, overrides: choices.overrides });
}

export interface SheetCount {
  /** New sheets the forms run makes. */
  sheets: number;
  /** Customers who get forms. */
  customers: number;
}

/** Customers of a selection, or null when counting them takes a tiering (and scoring) the pane has not got. */
function customersOf(selection: Selection, tiering: StepsSummary | null): number | null {
  switch (selection.kind) {
    case 'rows':
      return new Set(selection.rows).size;
    case 'keys':
      return new Set(selection.keys.map((key) => normalizeKey(key) ?? key)).size;
    case 'tier':
      return tiering ? tiering.tiers[selection.tier] : null;
    case 'grade':
      return tiering?.credit ? tiering.credit.grades[selection.grade] : null;
    case 'needsSurvey':
      return tiering?.credit ? tiering.credit.grades.notRated : null;
    case 'all':
      return tiering ? tiering.customers : null;
  }
}

/**
 * How many new sheets a forms run makes: in batch one per form type for
 * every thousand customers (planFormSheets), else one per form and customer.
 * `tiering` is the summary of a run made with the current choices (or null);
 * without one, a tier, a grade or every customer cannot be counted and the
 * answer is null. Rows count as selected (a row without a customer gets no
 * form, so the run may make fewer, never more).
 */
export function formSheetCount(selection: Selection, forms: PaneChoices['forms'], tiering: StepsSummary | null): SheetCount | null {
  const customers = customersOf(selection, tiering);
  if (customers === null) return null;
  const perKind = forms.batch ? Math.ceil(customers / FORMS_PER_BATCH_SHEET) : customers;
  return { sheets: perKind * forms.kinds.length, customers };
}
