import { looksLikeCell } from '../../core/cells/address';

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
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!([A-Za-z]{1,3}[0-9]+)$/.exec(candidate);
  if (m) return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, cell: m[3]!.toUpperCase() };
  return sheets.includes(candidate) ? { sheet: candidate, cell: '' } : null;
}

/**
 * A sheet name as Excel writes it in a reference: bare when it is a name of
 * letters (any script), digits, '_' and '.' that cannot be read as a cell
 * (`銷售明細`, `Sales`), quoted otherwise (`'Sales 2024'`, `'A1'`, `'Bob''s'`).
 */
function sheetInReference(sheet: string): string {
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !looksLikeCell(sheet);
  return bare ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Where a target is, as the user would type it in Excel's Name Box: `銷售明細!C7`, `'Sales 2024'!B7`, or just the sheet. */
export function placeOf(target: CellTarget): string {
  return target.cell === '' ? target.sheet : `${sheetInReference(target.sheet)}!${target.cell}`;
}
