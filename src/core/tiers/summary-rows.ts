import { isBlank, type CellValue } from '../cells/cell';
import { cellAddress } from '../cells/address';
import { normalizeHeader } from '../cells/normalize';
import { problemAt } from '../i18n/problem-text';
import type { Problem } from '../problems';

/** Labels of a summary row (compared as headers are: case, width, spaces and punctuation ignored). */
const SUMMARY_LABELS = new Set(
  ['total', 'totals', 'grand total', 'subtotal', 'sub total', '合計', '合计', '總計', '总计', '小計', '小计', '總合計', '总合计'].map(normalizeHeader),
);

/** True for a cell reading "Total", "Grand total", "合計", "小计"… */
export function isSummaryLabel(value: CellValue): boolean {
  return typeof value === 'string' && SUMMARY_LABELS.has(normalizeHeader(value));
}

type Column = { col: number; values: readonly CellValue[] };

/** The column holding row i's summary label: the key, or (the key blank) another column read; undefined for any other row. */
function summaryLabelAt(key: Column, others: readonly Column[], i: number): Column | undefined {
  const keyValue = key.values[i] ?? null;
  if (isSummaryLabel(keyValue)) return key;
  return isBlank(keyValue) ? others.find((c) => isSummaryLabel(c.values[i] ?? null)) : undefined;
}

export interface TrailingSummary {
  /** Data rows to keep: the list ends on the row before the first summary row (all of them when there is none). */
  keep: number;
  /** One problem per summary row, at the cell holding its label. */
  problems: Problem[];
}

/**
 * Summary rows at the bottom of a list read column-wise ("Total" under the
 * last customer or sale): a row whose key cell is a summary label, or whose
 * key cell is blank and another cell read is one. Rows below the last
 * non-blank row are ignored; several summary rows in a row are all found.
 */
export function trailingSummaryRows(sheet: string, firstRow: number, key: Column, others: readonly Column[]): TrailingSummary {
  const all = [key, ...others];
  const problems: Problem[] = [];
  let end = key.values.length;
  for (;;) {
    let last = end - 1;
    while (last >= 0 && all.every((c) => isBlank(c.values[last] ?? null))) last--;
    if (last < 0) break;
    const at = summaryLabelAt(key, others, last);
    if (!at) break;
    problems.push(problemAt(sheet, cellAddress(firstRow + last, at.col), 'summaryRow', { value: JSON.stringify(at.values[last]) }));
    end = last;
  }
  problems.reverse();
  return { keep: problems.length > 0 ? end : key.values.length, problems };
}

export interface SummaryRows extends TrailingSummary {
  /** Indices (below keep) of the summary rows between data rows ("小計" under a group of customers). */
  within: number[];
}

/**
 * Summary rows anywhere in a list: those at the bottom end it (trailingSummaryRows);
 * one between data rows is no data either, and is reported as such (its own
 * wording: the list goes on below it). Problems in sheet order.
 */
export function summaryRows(sheet: string, firstRow: number, key: Column, others: readonly Column[]): SummaryRows {
  const trailing = trailingSummaryRows(sheet, firstRow, key, others);
  const within: number[] = [];
  const problems: Problem[] = [];
  for (let i = 0; i < trailing.keep; i++) {
    const at = summaryLabelAt(key, others, i);
    if (!at) continue;
    within.push(i);
    problems.push(problemAt(sheet, cellAddress(firstRow + i, at.col), 'summaryRow', { value: JSON.stringify(at.values[i]), variant: 'within' }));
  }
  return { keep: trailing.keep, within, problems: [...problems, ...trailing.problems] };
}

/** The list's values as far as it goes (`keep`), a summary row within it read as a blank row: no data, in no total. */
export function listValues(values: readonly CellValue[], rows: SummaryRows): CellValue[] {
  const kept = values.slice(0, rows.keep);
  for (const i of rows.within) if (i < kept.length) kept[i] = null;
  return kept;
}
