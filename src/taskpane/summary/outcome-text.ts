import type { RunSummary } from '../../core/run-summary';
import { countOf } from './format';

/**
 * What the ribbon's "Run all" tells the user after a successful run, or null
 * when there is nothing to report beyond the written columns.
 */
export function outcomeText(summary: RunSummary): string | null {
  if (summary.problems.length === 0 && summary.rowsSkipped === 0) return null;
  return [
    `Tiered ${countOf(summary.customers, 'customer', 'customers')} from ${countOf(summary.rowsRead, 'sales row', 'sales rows')}.`,
    `Skipped: ${countOf(summary.rowsSkipped, 'row', 'rows')}. Found: ${countOf(summary.problems.length, 'problem', 'problems')}.`,
    'Open Credit Desk from the Home tab and select "Tier customers" to see where they are.',
  ].join('\n');
}
