import type { CreditSummary } from '../../core/credit/credit-summary';
import type { GradeOutcome } from '../../core/credit/credit-row';
import { levelName } from '../../core/forms/form-language';
import type { Language } from '../../core/columns/layout';
import { compareMissingInputs } from '../../core/credit/missing-input';
import { missingInputLabel } from '../../core/i18n/missing-input-label';

export interface GradeRow {
  grade: GradeOutcome;
  customers: number;
}

/** Every grade of the scorecard, best first, with its customers (zero included, so the distribution reads at a glance); then those not rated, apart. */
export function gradeRows(credit: CreditSummary): GradeRow[] {
  return [...credit.gradeNames, 'notRated'].map((grade) => ({ grade, customers: credit.grades[grade]! }));
}

export interface CountRow {
  /** Stable key for the list: the level name or the input code. */
  key: string;
  label: string;
  customers: number;
}

const byCustomersThenLabel = (a: CountRow, b: CountRow) => b.customers - a.customers || a.label.localeCompare(b.label);

/**
 * Customers per approval level, most customers first. The level names come
 * from the scorecard sheet: the built-in ones (and no credit, survey needed)
 * in the pane's language, a name the user typed as typed. The summary does
 * not carry the levels' order, so they are not ordered by authority.
 */
export function approvalLevelRows(credit: CreditSummary, language: Language): CountRow[] {
  return Object.entries(credit.approvalLevels)
    .filter(([, customers]) => customers > 0)
    .map(([level, customers]) => ({ key: level, label: levelName(level, language), customers }))
    .sort(byCustomersThenLabel);
}

/** Customers lacking each input, in the sheet's order of the inputs; inputs no customer lacks are left out. */
export function missingInputRows(credit: CreditSummary, language: Language): CountRow[] {
  return Object.entries(credit.missingInputs)
    .filter(([, customers]) => customers > 0)
    .sort(([a], [b]) => compareMissingInputs(a, b))
    .map(([code, customers]) => ({ key: code, label: missingInputLabel(code, language), customers }));
}

export interface MissingCustomerRow {
  /** The customer's Missing inputs cell (unique per customer, so also the list key). */
  cell: string;
  /** ID and name as the sheet shows them. */
  who: string;
  /** What it lacks, in the sheet's order of the inputs. */
  inputs: string;
}

/** The listed customers with missing inputs, each with what it lacks in the user's language. */
export function missingCustomerRows(credit: CreditSummary, language: Language): MissingCustomerRow[] {
  const separator = language === 'en' ? '; ' : '、';
  return credit.missingCustomers.map((c) => ({
    cell: c.cell,
    who: [c.id, c.name].filter((part): part is string => part !== null).join(' ') || c.cell,
    inputs: [...c.inputs].sort(compareMissingInputs).map((code) => missingInputLabel(code, language)).join(separator),
  }));
}

/** How many customers the credit step graded (every graded customer has exactly one grade). */
export function gradedCustomers(credit: CreditSummary): number {
  return credit.gradeNames.reduce((sum, grade) => sum + credit.grades[grade]!, 0);
}
