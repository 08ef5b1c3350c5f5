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
    const keyValue = key.values[last] ?? null;
    const at = isSummaryLabel(keyValue) ? key : isBlank(keyValue) ? others.find((c) => isSummaryLabel(c.values[last] ?? null)) : undefined;
    if (!at) break;
    problems.push(problemAt(sheet, cellAddress(firstRow + last, at.col), 'summaryRow', { value: JSON.stringify(at.values[last]) }));
    end = last;
  }
  problems.reverse();
  return { keep: problems.length > 0 ? end : key.values.length, problems };
}
