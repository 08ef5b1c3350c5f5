import { inputError } from '../../core/i18n/input-error-text';
import type { InputError } from '../../core/problems';

/**
 * The InputErrors the Office port raises itself: what Excel does that the
 * user can settle. Code and arguments only: every language's message,
 * English included, is the dictionary's (src/core/i18n/error-labels.ts).
 */

const seconds = (ms: number): string => String(Math.round(ms / 100) / 10);

/** A sync that did not settle within OfficeLimits.syncTimeoutMs. */
export function excelTimeout(ms: number): InputError {
  return inputError('excelTimeout', { seconds: seconds(ms) });
}

/** Excel refused a batch because the user is editing a cell (InvalidOperationInCellEditMode). */
export function cellEditMode(): InputError {
  return inputError('cellEditMode');
}

export function sheetProtected(sheet: string): InputError {
  return inputError('sheetProtected', { sheet });
}

export function workbookProtected(): InputError {
  return inputError('workbookProtected');
}

/** A cell of the key column no longer reads what the run read: rows were inserted, deleted or sorted meanwhile. */
export function rowsMoved(sheet: string, cell: string, expected: string, found: string): InputError {
  return inputError('rowsMoved', { sheet, cell, expected, found });
}

/**
 * Adding columns to a table would shift cells right of it, in its rows, that
 * hold the user's content; `held` is a UserContentKind, `value` the cell's
 * value (JSON) when that is what it holds.
 */
export function tableBlocked(table: string, sheet: string, cell: string, held: string, value: string): InputError {
  return inputError('tableBlocked', { table, sheet, cell, held, value });
}

/** Excel's calculated-column fill changed a formula the run wrote (read back after the last write). */
export function formulaChanged(sheet: string, cell: string): InputError {
  return inputError('formulaChanged', { sheet, cell });
}
