import { checkDeleteSheet } from '../../core/forms/form-removal';
import { MARKER_PREFIX } from '../../core/plan/owned-columns';
import type { DeleteSheetOp } from '../../core/plan/write-ops';
import type { OfficeLimits } from './limits';
import { inputError } from '../../core/i18n/input-error-text';
import type { InputError } from '../../core/problems';
import { readNames } from './read-names';

/**
 * Before a plan deletes a sheet: its marker and the other owned names it
 * removes must be on that sheet now (the names read again, two syncs), or
 * nothing is written (InputError notFormSheet).
 */
export async function checkDeletes(context: Excel.RequestContext, ops: DeleteSheetOp[], limits: OfficeLimits): Promise<void> {
  if (ops.length === 0) return;
  const names = await readNames(context, MARKER_PREFIX, limits);
  for (const op of ops) checkDeleteSheet(op, names);
}

/**
 * Queues one deletion: the op's names first (a workbook name that refers
 * into a deleted sheet would stay as "=#REF!"), then Worksheet.delete()
 * (ExcelApi 1.1). `names` and `deleted` are what this run has seen deleted
 * (lower case), kept up to date, so that a request queued again after Excel
 * refused one part-way does only what is left.
 */
export function queueDeleteSheet(context: Excel.RequestContext, op: DeleteSheetOp, names: Set<string>, deleted: Set<string>): void {
  for (const name of [op.marker, ...op.names]) {
    const key = name.toLowerCase();
    if (!names.has(key)) continue;
    context.workbook.names.getItem(name).delete();
    names.delete(key);
  }
  const key = op.sheet.toLowerCase();
  if (deleted.has(key)) return;
  context.workbook.worksheets.getItem(op.sheet).delete();
  deleted.add(key);
}

/** The workbook's structure is protected, so the plan's form sheets cannot be deleted. */
export function workbookProtectedRemove(): InputError {
  return inputError('workbookProtectedRemove');
}
