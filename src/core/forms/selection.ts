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
}

/** The chosen customers in sheet order; unknown keys are refused by name. */
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
      const wanted = selection.keys.map((k) => ({ raw: k, key: normalizeKey(k) }));
      const known = new Set(customers.map((c) => c.key));
      const unknown = wanted.filter((w) => w.key === null || !known.has(w.key)).map((w) => w.raw);
      if (unknown.length > 0) {
        const keys = unknown.join(', ');
        throw inputError('unknownKeys', { keys });
      }
      const keys = new Set(wanted.map((w) => w.key));
      return customers.filter((c) => keys.has(c.key));
    }
  }
}
