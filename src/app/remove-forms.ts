import type { CellValue } from '../core/cells/cell';
import { lastFormRun, planFormRemoval, type FormRemoval } from '../core/forms/form-removal';
import { MARKER_PREFIX } from '../core/plan/owned-columns';
import type { WorkbookPort } from '../ports/workbook-port';

/** What "remove the form sheets of the last run" would do, or did. */
export type FormsRemoval = Omit<FormRemoval, 'ops'>;

/**
 * Reads the add-in's names and the used range's values of the last forms
 * run's sealed sheets, and works out which go (of `confirmed`, when given)
 * and which stay; writes nothing.
 */
async function plan(port: WorkbookPort, confirmed?: readonly string[]): Promise<FormRemoval> {
  const names = await port.readNames(MARKER_PREFIX);
  const last = lastFormRun(names);
  const sheets = last.sealed.length > 0 ? await port.listSheets() : [];
  const values = new Map<string, CellValue[][]>();
  for (const s of last.sealed) {
    const info = sheets.find((i) => i.name === s.sheet) ?? sheets.find((i) => i.name.toLowerCase() === s.sheet.toLowerCase());
    // A name resolves to a sheet that exists: the port read both just now.
    if (!info) throw new Error(`form sheet '${s.sheet}' named by ${s.marker} is not among the workbook's sheets`);
    const cols = Array.from({ length: info.columnCount }, (_, c) => c);
    values.set(s.sheet, info.rowCount === 0 || cols.length === 0 ? [] : await port.readColumns({ sheet: info.name, firstRow: 0, rows: info.rowCount, cols }));
  }
  return planFormRemoval(names, values, confirmed);
}

/** The sheets the removal would delete, and those it would keep; writes nothing. */
export async function findFormsToRemove(port: WorkbookPort): Promise<FormsRemoval> {
  const { remove, keptEdited, unchecked } = await plan(port);
  return { remove, keptEdited, unchecked };
}

/**
 * Deletes the last forms run's sheets that are still unedited, of
 * `confirmed` (the list the user agreed to) or, without it, all of them
 * (the command line, where the command is the confirmation). Looks again
 * before deleting: a sheet edited since the user was asked is kept.
 */
export async function removeFormSheets(port: WorkbookPort, confirmed?: readonly string[]): Promise<FormsRemoval> {
  const { ops, ...outcome } = await plan(port, confirmed);
  if (ops.length > 0) await port.apply(ops);
  return outcome;
}
