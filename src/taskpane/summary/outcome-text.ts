import type { StepsSummary } from '../../app/run-steps';
import type { Language } from '../../core/columns/layout';
import { label, labelWith } from '../i18n/labels';
import { gradedCustomers } from './credit-rows';
import { formatCount } from './format';

/**
 * What the ribbon's "Run all" tells the user after a successful run, or null
 * when there is nothing to report beyond the written columns.
 */
export function outcomeText(summary: StepsSummary, language: Language): string | null {
  if (summary.problems.length === 0 && summary.rowsSkipped === 0) return null;
  const { credit } = summary;
  return [
    labelWith('pane.ribbon.tiered', language, { customers: formatCount(summary.customers), rows: formatCount(summary.rowsRead) }),
    ...(credit ? [labelWith('pane.ribbon.graded', language, { customers: formatCount(gradedCustomers(credit)) })] : []),
    labelWith('pane.ribbon.found', language, { skipped: formatCount(summary.rowsSkipped), problems: formatCount(summary.problems.length) }),
    label('pane.ribbon.whereToLook', language),
  ].join('\n');
}
