import type { Language } from '../core/columns/layout';
import { inputErrorText } from '../core/i18n/input-error-text';
import type { InputError, InputErrorCode } from '../core/problems';
import { COLUMN_FLAGS } from './column-flags';
import { label, labelWith } from './i18n/labels';

/** The flag that chooses a column of this role on the sheet of this kind (error.kind.*: sales, customer, receivables). */
function columnFlag(kind: string, role: string, column: string): string {
  const short = Object.entries(COLUMN_FLAGS).find(([, [group, r]]) => group === `${kind}Columns` && r === role);
  return short ? `--${short[0]} ${column}` : `--${kind}-column ${role}=${column}`;
}

type Hint = (args: Record<string, string>, meta: { column: string; sheet: string }, language: Language) => string;

type PlainHint = 'noSuchColumn' | 'noSalesSheet' | 'sameSheet' | 'noAmountColumn' | 'noSharedKey' | 'noKeyColumn' | 'noReceivablesAmount'
  | 'badThresholds' | 'badPeriodDate' | 'periodReversed' | 'badSelection';

/** A hint worded by the dictionary's cli.hint.<code> alone, with the flags' value placeholders in the reader's language. */
const plain = (code: PlainHint): Hint => (_, meta, language) => labelWith(`cli.hint.${code}`, language, meta);
const sheetFlag = (code: 'ambiguousSheet' | 'noSuchSheet' | 'notASourceSheet'): Hint => (a, meta, language) =>
  labelWith(`cli.hint.${code}`, language, { flag: `--${a.kind}-sheet ${meta.sheet}` });

/**
 * What the command line adds to an error's message, where the pane points to
 * its Data section: the flag that settles it. The message itself is the
 * dictionary's, the same words as the pane's.
 */
const HINTS: Partial<Record<InputErrorCode, Hint>> = {
  noSuchColumn: plain('noSuchColumn'),
  ambiguousColumn: (a, meta, language) => labelWith('cli.hint.ambiguousColumn', language, { flag: columnFlag(a.kind ?? '', a.role ?? '', meta.column) }),
  ambiguousSheet: sheetFlag('ambiguousSheet'),
  noSuchSheet: sheetFlag('noSuchSheet'),
  notASourceSheet: sheetFlag('notASourceSheet'),
  noSalesSheet: plain('noSalesSheet'),
  sameSheet: plain('sameSheet'),
  noAmountColumn: plain('noAmountColumn'),
  noSharedKey: plain('noSharedKey'),
  noKeyColumn: plain('noKeyColumn'),
  noReceivablesAmount: plain('noReceivablesAmount'),
  noReceivablesKey: (a, meta, language) => labelWith('cli.hint.noReceivablesKey', language, { role: a.role ?? '', column: meta.column }),
  badThresholds: plain('badThresholds'),
  badPeriodDate: plain('badPeriodDate'),
  periodReversed: plain('periodReversed'),
  badSelection: plain('badSelection'),
};

/** An InputError as the command line prints it: the dictionary's message in the language asked for, and the flag that settles it. */
export function cliErrorText(error: InputError, language: Language = 'en'): string {
  const meta = { column: label('cli.meta.column', language), sheet: label('cli.meta.sheet', language) };
  const hint = error.code ? HINTS[error.code]?.(error.args, meta, language) ?? '' : '';
  return inputErrorText(error, language, hint);
}
