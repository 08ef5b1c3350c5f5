import type { FormsRemoval } from '../app/remove-forms';
import { formMarkerNumber } from '../core/forms/form-seal';
import type { NamedCell } from '../core/workbook-shape';

/**
 * The form sheets left after a removal that belong to earlier forms runs, in
 * the order they were made: every sheet still marked as a form (its marker on
 * A1) but those of the run just handled (kept edited or unchecked). A second
 * remove-forms goes on to the most recent of those runs once nothing of this
 * one is left, so the user is told before that happens.
 */
export function earlierFormSheets(namesAfter: readonly NamedCell[], outcome: FormsRemoval): string[] {
  const ofThisRun = new Set([...outcome.keptEdited, ...outcome.unchecked].map((s) => s.toLowerCase()));
  return namesAfter
    .map((n) => ({ sheet: n.sheet, number: n.row === 0 && n.col === 0 ? formMarkerNumber(n.name) : null }))
    .filter((m): m is { sheet: string; number: number } => m.number !== null && !ofThisRun.has(m.sheet.toLowerCase()))
    .sort((a, b) => a.number - b.number)
    .map((m) => m.sheet);
}
