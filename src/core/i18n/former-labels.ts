import type { LabelId } from './labels';

/**
 * Header texts earlier releases wrote for an owned column whose label has
 * since been reworded (mainland terms in Simplified Chinese). They are read
 * as the add-in's own header, so a workbook scored before keeps its column;
 * the next run writes the current text over it.
 */
const FORMER_HEADERS: Partial<Record<LabelId, readonly string[]>> = {
  'col.statementRow': ['财务资料行'],
  // Simplified Chinese says 缺失数据 for "missing" (as the dated header always did); earlier releases wrote 缺漏资料.
  'col.missing': ['缺漏资料'],
};

export function formerHeaders(id: LabelId): readonly string[] {
  return FORMER_HEADERS[id] ?? [];
}
