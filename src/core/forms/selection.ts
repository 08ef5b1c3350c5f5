import { normalizeKey } from '../cells/normalize';
import type { GradeOutcome } from '../credit/credit-row';
import { GRADES, type Grade } from '../credit/scorecard-config';
import { InputError } from '../problems';
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

/** Parses `all`, `needs-survey`, `tier:A`, `grade:AA` or `keys:K1,K2`. */
export function parseSelection(text: string): Selection {
  const [kind, rest = ''] = text.split(/:(.*)/s);
  if (kind === 'all' && rest === '') return { kind: 'all' };
  if (kind === 'needs-survey' && rest === '') return { kind: 'needsSurvey' };
  if (kind === 'tier' && (TIERS as readonly string[]).includes(rest.toUpperCase())) return { kind: 'tier', tier: rest.toUpperCase() as Tier };
  if (kind === 'grade' && (GRADES as readonly string[]).includes(rest.toUpperCase())) return { kind: 'grade', grade: rest.toUpperCase() as Grade };
  if (kind === 'keys' && rest.trim() !== '') return { kind: 'keys', keys: rest.split(',').map((k) => k.trim()).filter(Boolean) };
  throw new InputError(`Choose customers with all, needs-survey, tier:A|B|C|D, grade:AAA|AA|A|B|C or keys:K1,K2 — not "${text}".`, { code: 'badSelection', args: { text } });
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
        throw new InputError(`No customer with the key(s): ${keys}.`, { code: 'unknownKeys', args: { keys } });
      }
      const keys = new Set(wanted.map((w) => w.key));
      return customers.filter((c) => keys.has(c.key));
    }
  }
}
