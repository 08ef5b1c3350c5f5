import type { Language } from '../core/columns/layout';
import { levelName } from '../core/forms/form-language';

/**
 * Customers per approval level with the levels named as the pane names them
 * (levelName): a built-in level, "no credit" and "survey needed" in
 * `language`, whatever the workbook's language; a level typed on the
 * scorecard as typed. Two names that read the same in `language` are one
 * level, their customers added.
 */
export function levelCounts(levels: Readonly<Record<string, number>>, language: Language): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [level, customers] of Object.entries(levels)) {
    const name = levelName(level, language);
    out[name] = (out[name] ?? 0) + customers;
  }
  return out;
}
