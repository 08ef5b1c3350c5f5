/**
 * The input columns Credit Desk adds for the user to fill (the pane's "Add
 * the input columns", the command line's --add-input-columns): empty columns
 * with recognised headers, number formats and, for ratings, a drop-down. They
 * are the user's from then on: no marker, and no later run writes them.
 */
import { columnLetter } from '../cells/address';
import type { SheetLayout } from '../columns/layout';
import type { Role } from '../columns/roles';
import { inputColumnHeader, type AddedRole } from '../credit/input-needs';
import { SCORECARD_NAMES } from '../credit/scorecard-sheet';
import { label, labelWith } from '../i18n/labels';
import type { NamedCell } from '../workbook-shape';
import { refuseHeldColumn, type FoundContent } from './owned-columns';
import type { WriteOp } from './write-ops';

export interface InputColumn {
  role: AddedRole;
  /** 0-based. */
  col: number;
  /** As the sheet shows it: in the sheet's header language. */
  header: string;
}

/** Amounts as whole numbers with thousands separators (decimals are kept, only not shown). */
const AMOUNT_FORMAT = '#,##0';
const PERIOD_FORMAT = { en: 'yyyy-mm-dd', 'zh-Hant': 'yyyy/mm/dd', 'zh-Hans': 'yyyy/mm/dd' } as const;
const WIDTH = { figure: 14, rating: 18, period: 12 } as const;

const isRating = (role: AddedRole): boolean => role.startsWith('rating:');

/** A role named by two headers is there (the credit step asks the user to choose one), not missing. */
export function layoutHas(layout: SheetLayout): (role: Role) => boolean {
  return (role) => layout.columns[role] !== undefined || layout.ambiguous[role] !== undefined;
}

/**
 * Where the columns go: right of everything on the header row (the user's
 * last header, the table's edge, the add-in's own columns), one after the other.
 */
export function placeInputColumns(layout: SheetLayout, roles: readonly AddedRole[], markers: readonly NamedCell[]): InputColumn[] {
  const lastHeader = layout.headers.reduce((last, h, col) => (h !== '' ? col : last), -1);
  const owned = markers.filter((m) => m.sheet === layout.sheet && m.row === layout.headerRow).map((m) => m.col);
  const first = Math.max(layout.table ? layout.table.lastCol : lastHeader, ...owned) + 1;
  return roles.map((role, i) => ({ role, col: first + i, header: inputColumnHeader(role, layout.language) }));
}

/**
 * Refuses, naming the cell and what it holds, when a column to add holds
 * anything of the user's from the header row to the last data row
 * (`found[i]`, column i's first such cell, as WorkbookPort.findUserContent
 * finds it): nothing of the user's is ever overwritten.
 */
export function checkInputColumns(layout: SheetLayout, columns: readonly InputColumn[], found: readonly (FoundContent | null)[]): void {
  if (found.length !== columns.length) throw new Error(`user content answered for ${found.length} columns, not ${columns.length}`);
  columns.forEach((c, i) => {
    const held = found[i];
    if (held) refuseHeldColumn(layout, c.col, c.header, held);
  });
}

/**
 * The writes: the headers (in a table, as new table columns), widths, and
 * over the data rows the amount or date format, or the rating drop-down:
 * list validation over the scorecard's rating keys (CreditDesk_RatingKeys,
 * "1"–"5" and the rating words), whose alert names `scorecardSheet`.
 */
export function inputColumnOps(layout: SheetLayout, columns: readonly InputColumn[], scorecardSheet: string): WriteOp[] {
  const { sheet, headerRow, firstDataRow, language } = layout;
  const rows = layout.lastRow - firstDataRow + 1;
  const ops: WriteOp[] = [];
  if (layout.table && columns.length > 0) ops.push({ op: 'tableColumns', sheet, table: layout.table.name, headers: columns.map((c) => c.header) });
  const alert = {
    title: label('input.ratingAlertTitle', language),
    message: labelWith('input.ratingAlertMessage', language, { sheet: scorecardSheet }),
  };
  for (const c of columns) {
    ops.push({ op: 'values', sheet, row: headerRow, col: c.col, values: [[c.header]] });
    const kind = isRating(c.role) ? 'rating' : c.role === 'period' ? 'period' : 'figure';
    ops.push({ op: 'columnWidth', sheet, col: c.col, width: WIDTH[kind] });
    if (rows <= 0) continue;
    const area = { sheet, row: firstDataRow, col: c.col, rows, cols: 1 };
    if (kind === 'rating') ops.push({ op: 'validation', ...area, list: { source: `=${SCORECARD_NAMES.ratingKeys}` }, alert });
    else ops.push({ op: 'numberFormat', ...area, format: kind === 'period' ? PERIOD_FORMAT[language] : AMOUNT_FORMAT });
  }
  return ops;
}

/** A column as the summary names it: 'V' and its header. */
export function columnName(c: InputColumn): { role: AddedRole; letter: string; header: string } {
  return { role: c.role, letter: columnLetter(c.col), header: c.header };
}
