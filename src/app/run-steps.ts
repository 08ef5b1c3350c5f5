import { checkWritePlan } from '../core/plan/check-plan';
import type { CreditSummary } from '../core/credit/credit-summary';
import type { FormSheet } from '../core/forms/form-sheets';
import type { RunSummary } from '../core/run-summary';
import type { WorkbookPort } from '../ports/workbook-port';
import { planCredit } from './plan-credit';
import { planForms, type FormsRequest } from './plan-forms';
import { planTiers, type TierRunRequest } from './plan-tiers';

export const STEPS = ['tiers', 'credit', 'forms'] as const;
export type Step = (typeof STEPS)[number];
/** What a run does unless told otherwise: forms are made only when asked for. */
export const DEFAULT_STEPS: readonly Step[] = ['tiers', 'credit'];

export interface StepsRequest extends TierRunRequest {
  steps: readonly Step[];
  /** Required when steps include 'forms'. */
  forms?: FormsRequest;
  /**
   * Cancels the run while it reads and plans (CancelledError, nothing
   * written). Once writing starts the run completes, so the workbook never
   * holds half a step.
   */
  signal?: AbortSignal;
}

/** The user cancelled before anything was written. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled: nothing was written.');
    this.name = 'CancelledError';
  }
}

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

export interface StepsSummary extends RunSummary {
  credit?: CreditSummary;
  forms?: { sheets: FormSheet[]; pageSetupByHand: boolean };
}

/**
 * Runs the chosen steps as one unit: every step reads and checks first, then
 * a single apply writes them all, so a refusal in any step writes nothing.
 * Credit always tiers first (its limits use the tiering's sales); forms
 * always score credit first (they print the grade and limit).
 */
export async function runSteps(port: WorkbookPort, request: StepsRequest): Promise<StepsSummary> {
  const progress = request.onProgress ?? (() => undefined);
  if (request.steps.includes('forms') && !request.forms) throw new Error('runSteps: the forms step needs a forms request');
  checkCancelled(request.signal);
  const tier = await planTiers(port, request);
  let summary: StepsSummary = tier.summary;
  // Loops below, not push(...): a large plan has more ops than a call takes arguments.
  const ops = [...tier.ops];
  if (request.steps.includes('credit') || request.steps.includes('forms')) {
    checkCancelled(request.signal);
    progress({ step: 'scoring', stage: 'Scoring credit', fraction: 0.6 });
    const credit = await planCredit(port, tier);
    for (const op of credit.ops) ops.push(op);
    summary = { ...summary, problems: [...summary.problems, ...credit.problems], credit: credit.summary };
    if (request.steps.includes('forms')) {
      checkCancelled(request.signal);
      progress({ step: 'forms', stage: 'Laying out the forms', fraction: 0.7 });
      const taken = new Set([...tier.sheets.map((s) => s.name), tier.target.sheet, credit.summary.scorecardSheet].map((n) => n.toLowerCase()));
      const forms = await planForms(port, tier, credit, request.forms!, taken);
      for (const op of forms.ops) ops.push(op);
      summary = { ...summary, forms: { sheets: forms.sheets, pageSetupByHand: forms.pageSetupByHand } };
    }
  }
  checkWritePlan(ops);
  checkCancelled(request.signal);
  progress({ step: 'writing', stage: `Writing '${tier.target.sheet}'`, fraction: 0.8 });
  await port.apply(ops);
  progress({ step: 'done', stage: 'Done', fraction: 1 });
  return summary;
}
