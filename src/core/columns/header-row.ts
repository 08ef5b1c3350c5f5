import type { CellValue } from '../cells/cell';
import { roleOfHeader } from './synonyms';
import type { Role } from './roles';

export interface HeaderCandidate {
  row: number;
  /** Column indexes per role; several when the header names a role twice. */
  matches: Map<Role, number[]>;
}

/** Header rows are looked for in the first rows of a sheet. */
export const HEADER_PROBE_ROWS = 30;

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** Roles named by one row, skipping the columns the add-in owns. */
export function matchRow(row: CellValue[], skipCols: ReadonlySet<number>): Map<Role, number[]> {
  const matches = new Map<Role, number[]>();
  row.forEach((cell, col) => {
    if (skipCols.has(col) || typeof cell !== 'string') return;
    const role = roleOfHeader(cell);
    if (role) matches.set(role, [...(matches.get(role) ?? []), col]);
  });
  return matches;
}

/**
 * The row of a probe that names a customer key and the most roles; the
 * earliest such row wins a tie. Null when no row names a customer key.
 */
export function findHeaderRow(probe: CellValue[][], skipCols: ReadonlySet<number>): HeaderCandidate | null {
  let best: HeaderCandidate | null = null;
  probe.forEach((row, index) => {
    const matches = matchRow(row, skipCols);
    if (!matches.has('customerId') && !matches.has('customerName')) return;
    if (!best || matches.size > best.matches.size) best = { row: index, matches };
  });
  return best;
}
