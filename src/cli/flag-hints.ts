import type { Role } from '../core/columns/roles';
import { inputErrorText } from '../core/i18n/input-error-text';
import type { InputError, InputErrorCode } from '../core/problems';
import { COLUMN_FLAGS } from './column-flags';

/** The flag that chooses a column of this role on the sheet of this kind (error.kind.*: sales, customer, receivables). */
function columnFlag(kind: string, role: string): string {
  const short = Object.entries(COLUMN_FLAGS).find(([, [group, r]]) => group === `${kind}Columns` && r === role);
  return short ? `--${short[0]} <column>` : `--${kind}-column ${role}=<column>`;
}

/**
 * What the command line adds to an error's message, where the pane points to
 * its Data section: the flag that settles it. The message itself is the
 * dictionary's, the same words as the pane's.
 */
const HINTS: Partial<Record<InputErrorCode, (args: Record<string, string>) => string>> = {
  noSuchColumn: () => 'Name the column by its letter (C) or its header text.',
  ambiguousColumn: (a) => `Choose one with ${columnFlag(a.kind ?? '', a.role as Role)}.`,
  ambiguousSheet: (a) => `Choose one with --${a.kind}-sheet <sheet>.`,
  noSuchSheet: (a) => `Name one of them with --${a.kind}-sheet <sheet>.`,
  notASourceSheet: (a) => `Name another one with --${a.kind}-sheet <sheet>.`,
  noSalesSheet: () => 'Add such headers (e.g. “Customer ID”, “Amount” or “客戶編號”, “金額”) or name the sheet with --sales-sheet <sheet>.',
  sameSheet: () => 'Name the other one with --customer-sheet <sheet> or --sales-sheet <sheet>.',
  noAmountColumn: () => 'Name one with --sales-amount <column>.',
  noSharedKey: () => 'Name them with --sales-id/--customer-id or --sales-name/--customer-name.',
  noKeyColumn: () => 'Add one, or name another sheet with --financials-sheet <sheet>.',
  noReceivablesAmount: () => 'Name one with --receivables-column amount=<column> or openAmount=<column>.',
  noReceivablesKey: (a) => `Name it with --receivables-column ${a.role}=<column>.`,
  badThresholds: () => '--thresholds takes two percentages a,b, e.g. 80,95.',
  badPeriodDate: () => '--from and --to take dates as yyyy-mm-dd.',
  periodReversed: () => 'Give --to a date on or after --from.',
  badSelection: () => 'Use --forms all, needs-survey, tier:A|B|C|D, grade:<a grade of the scorecard> or keys:K1,K2.',
};

/** An InputError as the command line prints it: the dictionary's English message and the flag that settles it. */
export function cliErrorText(error: InputError): string {
  const hint = error.code ? HINTS[error.code]?.(error.args) ?? '' : '';
  return inputErrorText(error, 'en', hint);
}
