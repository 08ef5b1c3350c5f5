import { InputError } from '../../core/problems';

/**
 * The InputErrors the Office port raises itself: what Excel does that the
 * user can settle (their messages in every language: src/core/i18n/error-labels.ts).
 */

const seconds = (ms: number): string => String(Math.round(ms / 100) / 10);

/** A sync that did not settle within OfficeLimits.syncTimeoutMs. */
export function excelTimeout(ms: number): InputError {
  return new InputError(
    `Excel did not answer within ${seconds(ms)} seconds, so Credit Desk stopped. If a cell is being edited, press Enter or Esc. `
    + 'Then run again: if this run had started writing, the next run notices and rewrites every column it writes.',
    { code: 'excelTimeout', args: { seconds: seconds(ms) } },
  );
}

/** Excel refused a batch because the user is editing a cell (InvalidOperationInCellEditMode). */
export function cellEditMode(): InputError {
  return new InputError(
    'Excel is editing a cell, so Credit Desk cannot work with the workbook. Press Enter or Esc to finish editing the cell, then run again.',
    { code: 'cellEditMode' },
  );
}

export function sheetProtected(sheet: string): InputError {
  return new InputError(
    `Sheet '${sheet}' is protected, so Credit Desk cannot write its results there. Nothing was written. `
    + 'Unprotect the sheet (Review > Unprotect Sheet), then run again.',
    { code: 'sheetProtected', args: { sheet } },
  );
}

export function workbookProtected(): InputError {
  return new InputError(
    "The workbook's structure is protected, so Credit Desk cannot add the sheets this run needs. Nothing was written. "
    + 'Unprotect the workbook (Review > Protect Workbook), then run again.',
    { code: 'workbookProtected' },
  );
}

/** A cell of the key column no longer reads what the run read: rows were inserted, deleted or sorted meanwhile. */
export function rowsMoved(sheet: string, cell: string, expected: string, found: string): InputError {
  return new InputError(
    `Rows of sheet '${sheet}' moved while Credit Desk was working (someone inserted, deleted or sorted rows): cell ${cell} now reads ${found}, `
    + `where Credit Desk had read ${expected}. Credit Desk stopped; nothing further was written. Run again.`,
    { code: 'rowsMoved', args: { sheet, cell, expected, found } },
  );
}

/**
 * Adding columns to a table would shift cells right of it, in its rows, that
 * hold the user's content; `held` is a UserContentKind, `value` the cell's
 * value (JSON) when that is what it holds.
 */
export function tableBlocked(table: string, sheet: string, cell: string, held: string, value: string): InputError {
  const what = held === 'value' ? value : `a ${held === 'comment' ? 'comment or note' : held === 'validation' ? 'data validation rule' : held === 'style' ? 'format' : 'formula'}`;
  return new InputError(
    `To add its columns to table '${table}', Credit Desk would have to shift the cells to the right of the table, and cell ${cell} of sheet '${sheet}' holds your data (${what}). `
    + 'This Excel cannot widen a table without shifting cells (that needs ExcelApi 1.13). Nothing was written. '
    + "Move that data out of the table's rows, or use a newer Excel, then run again.",
    { code: 'tableBlocked', args: { table, sheet, cell, held, value } },
  );
}

/** Excel's calculated-column fill changed a formula the run wrote (read back after the last write). */
export function formulaChanged(sheet: string, cell: string): InputError {
  return new InputError(
    `Excel changed the formula Credit Desk wrote in cell ${cell} of sheet '${sheet}' (a table column turned into a calculated column), `
    + 'so that column may show another customer\'s results. Undo the run (Ctrl+Z), and report this to Credit Desk\'s maintainers.',
    { code: 'formulaChanged', args: { sheet, cell } },
  );
}
