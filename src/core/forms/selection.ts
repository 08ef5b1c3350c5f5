import type { CellValue } from '../cells/cell';
import { normalizeKey } from '../cells/normalize';
import type { GradeOutcome } from '../credit/credit-row';
import type { Grade } from '../credit/scorecard-config';
import { inputError } from '../i18n/input-error-text';
import { TIERS, type Tier } from '../tiers/tier-options';

/**
 * Which customers get forms: all, a tier, a grade, those needing a survey
 * (not rated: their survey form collects what is missing), a list of keys,
 * or sheet rows (the pane's selection).
 */
export type Selection =
  | { kind: 'all' }
  | { kind: 'needsSurvey' }
  | { kind: 'tier'; tier: Tier }
  | { kind: 'grade'; grade: Grade }
  | { kind: 'keys'; keys: string[] }
  | { kind: 'rows'; rows: number[] };

/** Parses `all`, `needs-survey`, `tier:A`, `grade:AA` (any grade name: the scorecard's are checked by resolveGrade) or `keys:K1,K2`. */
export function parseSelection(text: string): Selection {
  const [kind, rest = ''] = text.split(/:(.*)/s);
  if (kind === 'all' && rest === '') return { kind: 'all' };
  if (kind === 'needs-survey' && rest === '') return { kind: 'needsSurvey' };
  if (kind === 'tier' && (TIERS as readonly string[]).includes(rest.toUpperCase())) return { kind: 'tier', tier: rest.toUpperCase() as Tier };
  if (kind === 'grade' && rest.trim() !== '') return { kind: 'grade', grade: rest.trim() };
  if (kind === 'keys' && rest.trim() !== '') return { kind: 'keys', keys: rest.split(',').map((k) => k.trim()).filter(Boolean) };
  throw inputError('badSelection', { text });
}

/**
 * A choice by grade with the grade as the scorecard names it (the names are
 * the user's; case is ignored, as the sheet's formulas ignore it); refused,
 * with the scorecard's grades, when it names none of them.
 */
export function resolveGrade(selection: Selection, gradeNames: readonly Grade[]): Selection {
  if (selection.kind !== 'grade') return selection;
  const grade = gradeNames.find((g) => g.toLowerCase() === selection.grade.toLowerCase());
  if (grade !== undefined) return { kind: 'grade', grade };
  const grades = gradeNames.join(', ');
  throw inputError('unknownGrade', { grade: selection.grade, grades });
}

export interface Selectable {
  key: string;
  row: number;
  tier: Tier | null;
  grade: GradeOutcome;
  /** The customer's ID and name as the sheet holds them: a key typed may be a name. */
  id: CellValue;
  name: CellValue;
  /** The customer's ID cell, e.g. "客戶資料!A5": named when a typed name fits more than one customer. */
  source: string;
}

/**
 * The customers a typed key names: the one whose ID (the key) it is, or,
 * failing that, those whose name it is (normalised as keys are), so an ID
 * wins over a name spelled the same. Empty when it names none.
 */
export function customersNamed<T extends Selectable>(customers: readonly T[], typed: string): T[] {
  const key = normalizeKey(typed);
  if (key === null) return [];
  const byId = customers.filter((c) => c.key === key);
  return byId.length > 0 ? byId : customers.filter((c) => normalizeKey(c.name) === key);
}

/**
 * The one customer a typed key names. A name two customers share is refused
 * with their cells and IDs: a form asks a manager to sign for one company, so
 * the user says which by its ID rather than getting a form for each.
 */
export function customerNamed<T extends Selectable>(customers: readonly T[], typed: string): T | undefined {
  const hits = customersNamed(customers, typed);
  if (hits.length > 1) {
    throw inputError('ambiguousCustomerName', { name: typed, customers: hits.map((c) => `${c.source} (${String(c.id)})`).join(', ') });
  }
  return hits[0];
}

/** The chosen customers in sheet order; keys (IDs or names) that name no customer are refused by name. */
export function select<T extends Selectable>(customers: T[], selection: Selection): T[] {
  switch (selection.kind) {
    case 'all':
      return customers;
    case 'needsSurvey':
      return customers.filter((c) => c.grade === 'notRated');
    case 'tier':
      return customers.filter((c) => c.tier === selection.tier);
    case 'grade':
      return customers.filter((c) => c.grade === selection.grade);
    case 'rows': {
      const rows = new Set(selection.rows);
      return customers.filter((c) => rows.has(c.row));
    }
    case 'keys': {
      const hits = selection.keys.map((typed) => ({ typed, hit: customerNamed(customers, typed) }));
      const unknown = hits.filter((h) => h.hit === undefined).map((h) => h.typed);
      if (unknown.length > 0) {
        const keys = unknown.join(', ');
        throw inputError('unknownKeys', { keys });
      }
      const chosen = new Set(hits.map((h) => h.hit));
      return customers.filter((c) => chosen.has(c));
    }
  }
}
