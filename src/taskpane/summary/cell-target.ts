import { quoteSheet, unquoteSheet } from '../../core/cells/address';

/** A place in the workbook a link can go to: a sheet, and a cell on it ('' for the whole sheet). */
export interface CellTarget {
  sheet: string;
  cell: string;
}

/**
 * A candidate of a refusal as a link target: `Sheet!B5` or `'My sheet'!B5`
 * (scorecard cells), or a sheet of the workbook; null for anything else
 * (column letters, names that are not sheets).
 */
export function candidateTarget(candidate: string, sheets: readonly string[]): CellTarget | null {
  const m = /^('(?:[^']|'')+'|[^!']+)!([A-Za-z]{1,3}[0-9]+)$/.exec(candidate);
  if (m) return { sheet: unquoteSheet(m[1]!), cell: m[2]!.toUpperCase() };
  return sheets.includes(candidate) ? { sheet: candidate, cell: '' } : null;
}

/** Where a target is, as the user can type it in Excel's Name Box (the add-in's one quoting rule): `Sales!C7`, `'銷售明細'!C7`, or just the sheet. */
export function placeOf(target: CellTarget): string {
  return target.cell === '' ? target.sheet : `${quoteSheet(target.sheet)}!${target.cell}`;
}
