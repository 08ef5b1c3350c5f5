import type { CreditSummary } from '../core/credit/credit-summary';
import type { RunSummary } from '../core/run-summary';
import type { WorkbookPort } from '../ports/workbook-port';
import { planCredit } from './plan-credit';
import { planTiers, type TierRunRequest } from './plan-tiers';

export const STEPS = ['tiers', 'credit'] as const;
export type Step = (typeof STEPS)[number];

export interface StepsRequest extends TierRunRequest {
  steps: readonly Step[];
}

export interface StepsSummary extends RunSummary {
  credit?: CreditSummary;
}

/**
 * Runs the chosen steps as one unit: every step reads and checks first, then
 * a single apply writes them all, so a refusal in any step writes nothing.
 * The credit step always tiers first (its limits use the tiering's sales).
 */
export async function runSteps(port: WorkbookPort, request: StepsRequest): Promise<StepsSummary> {
  const progress = request.onProgress ?? (() => undefined);
  const tier = await planTiers(port, request);
  let summary: StepsSummary = tier.summary;
  const ops = [...tier.ops];
  if (request.steps.includes('credit')) {
    progress({ stage: 'Scoring credit', fraction: 0.65 });
    const credit = await planCredit(port, tier);
    ops.push(...credit.ops);
    summary = { ...summary, problems: [...summary.problems, ...credit.problems], credit: credit.summary };
  }
  progress({ stage: `Writing '${tier.target.sheet}'`, fraction: 0.8 });
  await port.apply(ops);
  progress({ stage: 'Done', fraction: 1 });
  return summary;
}
