import type { Role, SourceOverrides } from '../../core/columns/roles';

export type SheetChoice = 'salesSheet' | 'customerSheet' | 'financialsSheet';
export type ColumnGroup = 'salesColumns' | 'customerColumns';

/** Column choices made on a sheet no longer apply once another sheet is chosen. */
const COLUMNS_OF: Partial<Record<SheetChoice, ColumnGroup>> = { salesSheet: 'salesColumns', customerSheet: 'customerColumns' };

/** Chooses a sheet (null: recognise it automatically), dropping the column choices made on the previous one. */
export function withSheet(overrides: SourceOverrides, which: SheetChoice, sheet: string | null): SourceOverrides {
  const next: SourceOverrides = { ...overrides };
  if (sheet === null) delete next[which];
  else next[which] = sheet;
  const group = COLUMNS_OF[which];
  if (group && overrides[which] !== next[which]) delete next[group];
  return next;
}

/** Chooses a column by letter for a role (null: recognise it by its header). */
export function withColumn(overrides: SourceOverrides, group: ColumnGroup, role: Role, letter: string | null): SourceOverrides {
  const columns: Partial<Record<Role, string>> = { ...overrides[group] };
  if (letter === null) delete columns[role];
  else columns[role] = letter;
  const next: SourceOverrides = { ...overrides, [group]: columns };
  if (Object.keys(columns).length === 0) delete next[group];
  return next;
}
