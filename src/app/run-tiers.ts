import type { RunSummary } from '../core/run-summary';
import type { WorkbookPort } from '../ports/workbook-port';
import { planTiers, type TierRunRequest } from './plan-tiers';

export type { TierRunRequest } from './plan-tiers';

/**
 * Tiers the customers and writes the owned columns: nothing is written
 * until every check has passed. Throws InputError for unusable input.
 */
export async function runTiers(port: WorkbookPort, request: TierRunRequest): Promise<RunSummary> {
  const plan = await planTiers(port, request);
  request.onProgress?.({ stage: `Writing '${plan.target.sheet}'`, fraction: 0.8 });
  await port.apply(plan.ops);
  request.onProgress?.({ stage: 'Done', fraction: 1 });
  return plan.summary;
}
