import type { CellValue, CellWrite } from '../cells/cell';
import { cellAddress, columnLetter } from '../cells/address';
import { normalizeHeader } from '../cells/normalize';
import type { Language, SheetLayout } from '../columns/layout';
import { allLabels, label, labelWith, type LabelId } from '../i18n/labels';
import { formerHeaders } from '../i18n/former-labels';
import { inputError } from '../i18n/input-error-text';
import type { NamedCell } from '../workbook-shape';
import type { WriteOp } from './write-ops';

/** Defined names the add-in stores in the workbook start with this. */
export const MARKER_PREFIX = 'CreditDesk_';

/**
 * Which step's columns a column is among, as Excel shows them: the step's
 * columns in view, or its columns grouped in the outline and collapsed (the
 * credit step's statement row and points, the control step's helpers).
 */
export type ColumnGroup = 'tiers' | 'credit' | 'creditCollapsed' | 'control' | 'controlCollapsed';

/** A column the add-in owns: written by it, found again by its marker name. */
export interface OwnedColumnSpec {
  /** The column's name in the code, unique across the steps (the key of CREDIT_COL, CONTROL_COL, TIER_COL). */
  id: string;
  group: ColumnGroup;
  /** Marker name, stored as a workbook-scoped defined name on the header cell. */
  marker: string;
  /** The header (and, for a dated column, the header of earlier releases, still accepted as this column's). */
  label: LabelId;
  format: string;
  width: number;
  /**
   * A header that states what its values are as of: the template (with
   * {window} or {date}) the run fills in; any filling is this column's header.
   */
  dated?: { label: LabelId; arg: HeaderArg };
  /**
   * A header naming something of the user's (a scorecard factor of theirs):
   * `label` is then a template with {name}, filled with this; any filling is
   * this column's header, so that renaming the thing renames the column.
   */
  named?: string;
}

/** What a dated header states: the 12-month window of the averages (yyyy-mm of its last month), the run's date, or an aging bucket's days ("31–60"). */
export type HeaderArg = 'window' | 'date' | 'bucket1' | 'bucket2' | 'bucket3' | 'bucket4' | 'bucket5';
export type HeaderArgs = Readonly<Partial<Record<HeaderArg, string>>>;

/** The header a column gets in this run. */
export function ownedHeader(spec: OwnedColumnSpec, language: Language, args: HeaderArgs | undefined): string {
  if (spec.named !== undefined) return labelWith(spec.label, language, { name: spec.named });
  if (!spec.dated) return label(spec.label, language);
  const value = args?.[spec.dated.arg];
  if (value === undefined) throw new Error(`ownedHeader: column ${spec.marker} states a ${spec.dated.arg}, and none was given`);
  return labelWith(spec.dated.label, language, { [spec.dated.arg]: value });
}

/** True when `header` (normalised) is some filling of the template's {arg} (a column naming a factor of the user's), in any language. */
function fillsTemplate(template: LabelId, arg: string, header: string): boolean {
  return allLabels(template).some((text) => {
    const [before, after] = normalizeHeader(text).split(`{${arg}}`);
    return after !== undefined && header.length > before!.length + after.length && header.startsWith(before!) && header.endsWith(after);
  });
}

/** True when `header` (normalised) is this column's header, in any language and of any run. */
function isOwnHeader(spec: OwnedColumnSpec, header: string): boolean {
  if (spec.named !== undefined) return fillsTemplate(spec.label, 'name', header);
  if ([...allLabels(spec.label), ...formerHeaders(spec.label)].some((l) => normalizeHeader(l) === header)) return true;
  if (!spec.dated) return false;
  const arg = `{${spec.dated.arg}}`;
  return allLabels(spec.dated.label).some((template) => {
    const [before, after] = normalizeHeader(template).split(arg);
    return after !== undefined && header.length > before!.length + after.length && header.startsWith(before!) && header.endsWith(after);
  });
}

export interface Placement {
  spec: OwnedColumnSpec;
  col: number;
  /** False when the marker already points at this column's header cell. */
  isNew: boolean;
}

/**
 * Where each owned column goes: where its marker points when the marker sits
 * on this sheet's header row, otherwise appended to the right of the user's
 * data (of the table, when the data is an Excel table).
 */
export function placeOwnedColumns(layout: SheetLayout, specs: readonly OwnedColumnSpec[], markers: NamedCell[]): Placement[] {
  const existing = new Map<string, number>();
  for (const m of markers) {
    if (m.sheet === layout.sheet && m.row === layout.headerRow) existing.set(m.name.toLowerCase(), m.col);
  }
  const ownedCols = [...existing.values()];
  const lastHeader = layout.headers.reduce((last, h, col) => (h !== '' ? col : last), -1);
  // Owned columns may already sit beyond the table's known edge when an earlier step of this run adds them.
  let next = Math.max(layout.table ? layout.table.lastCol : lastHeader, ...ownedCols) + 1;
  return specs.map((spec) => {
    const col = existing.get(spec.marker.toLowerCase());
    return col !== undefined ? { spec, col, isNew: false } : { spec, col: next++, isNew: true };
  });
}

/** What makes a cell the user's (the ports' UserContentKind). */
export type HeldKind = 'value' | 'formula' | 'comment' | 'validation' | 'style';

/**
 * The first cell of a column the add-in would add that holds something of
 * the user's, as a port finds it (WorkbookPort.findUserContent; 0-based),
 * with the cell's value when that is what it holds.
 */
export interface FoundContent {
  row: number;
  col: number;
  kind: HeldKind;
  value?: CellValue;
}

/**
 * Refuses, naming the column, the cell and what it holds, to write column
 * `col` (under `header`, as the sheet will show it) because the user's work
 * is there: `held`, its first such cell from the header row down.
 */
export function refuseHeldColumn(layout: SheetLayout, col: number, header: string, held: FoundContent): never {
  const letter = columnLetter(col);
  if (held.col !== col || held.row < layout.headerRow) {
    throw new Error(`user content reported at R${held.row + 1}C${held.col + 1} for column ${letter} from row ${layout.headerRow + 1}`);
  }
  if (held.kind === 'value' && held.value === undefined) throw new Error(`user content at ${cellAddress(held.row, held.col)} is a value, but the value was not read`);
  const value = held.kind === 'value' ? JSON.stringify(held.value) : '';
  const args = { column: letter, sheet: layout.sheet, header, cell: cellAddress(held.row, col), value, held: held.kind };
  throw inputError('columnHoldsData', args);
}

/**
 * Refuses, naming the column and the cell, when a column the add-in would
 * write holds the user's work: a new column with anything of the user's in
 * it (`found[i]`, placement i's first such cell from the header row to the
 * last data row: a value, a formula whatever it returns, a comment, data
 * validation or formatting), or an owned column whose header the user has
 * replaced (`contents[i]`, placement i's cells from the header row; only the
 * header is used). An owned column's formats are the add-in's own and never count.
 */
export function checkOwnedColumns(
  layout: SheetLayout,
  placements: Placement[],
  contents: readonly (readonly CellValue[])[],
  found: readonly (FoundContent | null | undefined)[],
): void {
  placements.forEach((p, i) => {
    const letter = columnLetter(p.col);
    // The header as the sheet shows it: the user finds the column by it, whatever the pane's language.
    const header = p.spec.named !== undefined ? ownedHeader(p.spec, layout.language, undefined) : label(p.spec.label, layout.language);
    if (p.isNew) {
      const held = found[i];
      if (held) refuseHeldColumn(layout, p.col, header, held);
      return;
    }
    const cells = contents[i] ?? [];
    const current = normalizeHeader(cells[0] ?? null);
    if (!isOwnHeader(p.spec, current)) {
      const args = { column: letter, sheet: layout.sheet, header, found: String(JSON.stringify(cells[0])), marker: p.spec.marker };
      throw inputError('ownedHeaderChanged', args);
    }
  });
}

/** Header, values, number formats, widths and markers of the owned columns. */
export function ownedColumnWrites(
  layout: SheetLayout,
  placements: Placement[],
  values: CellWrite[][],
  language: Language,
  /** What dated headers state (required when a column is dated). */
  headerArgs?: HeaderArgs,
): WriteOp[] {
  const { sheet, headerRow, firstDataRow } = layout;
  const rows = layout.lastRow - firstDataRow + 1;
  const ops: WriteOp[] = [];
  const header = (p: Placement) => ownedHeader(p.spec, language, headerArgs);
  const newInTable = placements.filter((p) => p.isNew && layout.table);
  if (layout.table && newInTable.length > 0) {
    ops.push({ op: 'tableColumns', sheet, table: layout.table.name, headers: newInTable.map(header) });
  }
  placements.forEach((p, i) => {
    ops.push({ op: 'values', sheet, row: headerRow, col: p.col, values: [[header(p)]] });
    if (rows > 0) {
      ops.push({ op: 'values', sheet, row: firstDataRow, col: p.col, values: (values[i] ?? []).map((v) => [v]) });
      ops.push({ op: 'numberFormat', sheet, row: firstDataRow, col: p.col, rows, cols: 1, format: p.spec.format });
    }
    if (p.isNew) ops.push({ op: 'columnWidth', sheet, col: p.col, width: p.spec.width });
    ops.push({ op: 'name', name: p.spec.marker, sheet, row: headerRow, col: p.col, comment: `Credit Desk owns this column (${p.spec.label}).` });
  });
  return ops;
}
