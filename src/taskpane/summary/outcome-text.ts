import type { StepsSummary } from '../../app/run-steps';
import { LABELS } from '../labels';
import { gradedCustomers } from './credit-rows';
import { countOf } from './format';

const { nouns } = LABELS;

/**
 * What the ribbon's "Run all" tells the user after a successful run, or null
 * when there is nothing to report beyond the written columns.
 */
export function outcomeText(summary: StepsSummary): string | null {
  if (summary.problems.length === 0 && summary.rowsSkipped === 0) return null;
  const { credit } = summary;
  return [
    LABELS.runAll.tiered(countOf(summary.customers, ...nouns.customer), countOf(summary.rowsRead, ...nouns.salesRow)),
    ...(credit ? [LABELS.runAll.graded(countOf(gradedCustomers(credit), ...nouns.customer))] : []),
    LABELS.runAll.found(countOf(summary.rowsSkipped, ...nouns.row), countOf(summary.problems.length, ...nouns.problem)),
    LABELS.runAll.whereToLook(credit ? LABELS.actions.credit : LABELS.actions.tier),
  ].join('\n');
}
