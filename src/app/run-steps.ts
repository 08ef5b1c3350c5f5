import { checkWritePlan } from '../core/plan/check-plan';
import type { KeyColumnGuard } from '../core/plan/write-ops';
import type { CreditSummary } from '../core/credit/credit-summary';
import type { FormSheet } from '../core/forms/form-sheets';
import type { RunSummary } from '../core/run-summary';
import type { WorkbookPort } from '../ports/workbook-port';
import { planControl, type ControlRunSummary } from './plan-control';
import { planCredit } from './plan-credit';
import { planForms, type FormsRequest } from './plan-forms';
import { planTiers, type TierPlan, type TierRunRequest } from './plan-tiers';

/** The steps the command line offers (`--steps`). */
export const STEPS = ['tiers', 'credit', 'control', 'forms'] as const;
/**
 * A step of runSteps: those of STEPS, and 'scorecard', which runs alone and
 * makes the scorecard sheet when the workbook has none (the pane's "Open the
 * scorecard"); it tiers and scores nothing.
 */
export type Step = (typeof STEPS)[number] | 'scorecard';
/**
 * What a run does unless told otherwise: forms are made only when asked for;
 * credit control runs when the workbook has a receivables sheet.
 */
export const DEFAULT_STEPS: readonly Step[] = ['tiers', 'credit', 'control'];

export interface StepsRequest extends TierRunRequest {
  steps: readonly Step[];
  /** Required when steps include 'forms'. */
  forms?: FormsRequest;
  /**
   * The control step: the day aging is measured on (default: the run's day),
   * and whether a workbook without a receivables sheet is refused (the step
   * asked for by name) or the step is left out (Run all, the default steps).
   */
  control?: { asOf?: Date; required: boolean };
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
  /** The control step; absent when it did not run (not asked for, or no receivables sheet). */
  control?: ControlRunSummary;
  forms?: { sheets: FormSheet[] };
  /**
   * The 'scorecard' step: the scorecard sheet, and whether this run made it.
   * The RunSummary fields then describe what was read; of it, nothing is written.
   */
  scorecard?: { sheet: string; created: boolean };
}

/**
 * The 'scorecard' step: plans the tiering and the credit step as a credit run
 * does (so the sheet is named and laid out as that run would make it), and
 * writes only the scorecard sheet's ops: none when the workbook has one.
 */
async function runScorecard(port: WorkbookPort, request: StepsRequest): Promise<StepsSummary> {
  const progress = request.onProgress ?? (() => undefined);
  checkCancelled(request.signal);
  const tier = await planTiers(port, request);
  checkCancelled(request.signal);
  const credit = await planCredit(port, tier, request.today);
  const sheet = credit.summary.scorecardSheet;
  const ops = credit.ops.filter((op) => op.sheet === sheet);
  checkWritePlan(ops);
  checkCancelled(request.signal);
  progress({ step: 'writing', stage: `Writing '${sheet}'`, sheet, fraction: 0.8 });
  await port.apply(ops);
  progress({ step: 'done', stage: 'Done', fraction: 1 });
  return { ...tier.summary, scorecard: { sheet, created: credit.summary.scorecardCreated } };
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
  if (request.steps.includes('scorecard')) {
    if (request.steps.some((step) => step !== 'scorecard')) throw new Error("runSteps: the 'scorecard' step runs alone (the credit step makes the scorecard too)");
    return runScorecard(port, request);
  }
  checkCancelled(request.signal);
  const tier = await planTiers(port, request);
  let summary: StepsSummary = tier.summary;
  // Loops below, not push(...): a large plan has more ops than a call takes arguments.
  const ops = [...tier.ops];
  if (request.steps.includes('credit') || request.steps.includes('control') || request.steps.includes('forms')) {
    checkCancelled(request.signal);
    progress({ step: 'scoring', stage: 'Scoring credit', fraction: 0.6 });
    const credit = await planCredit(port, tier, request.today);
    for (const op of credit.ops) ops.push(op);
    summary = { ...summary, problems: [...summary.problems, ...credit.problems], credit: credit.summary };
    const control = request.steps.includes('control')
      ? await planControl(port, tier, credit, {
        asOf: request.control?.asOf ?? request.today ?? new Date(), required: request.control?.required ?? false,
        onFound: () => progress({ step: 'control', stage: 'Checking receivables against the limits', fraction: 0.65 }),
      })
      : null;
    if (control) {
      for (const op of control.ops) ops.push(op);
      summary = { ...summary, problems: [...summary.problems, ...control.problems], control: control.summary };
    }
    if (request.steps.includes('forms')) {
      checkCancelled(request.signal);
      progress({ step: 'forms', stage: 'Laying out the forms', fraction: 0.7 });
      const taken = new Set([...tier.sheets.map((s) => s.name), tier.target.sheet, credit.summary.scorecardSheet].map((n) => n.toLowerCase()));
      // Forms plan after control: they print its figures (open receivables, exposure, …) where it ran.
      const forms = await planForms(port, tier, credit, request.forms!, taken, control ? { figuresAt: control.figuresAt, asOf: control.summary.asOf } : null);
      for (const op of forms.ops) ops.push(op);
      summary = { ...summary, forms: { sheets: forms.sheets } };
    }
  }
  checkWritePlan(ops);
  checkCancelled(request.signal);
  progress({ step: 'writing', stage: `Writing '${tier.target.sheet}'`, sheet: tier.target.sheet, fraction: 0.8 });
  const applied = await port.apply(ops, { keys: keyGuards(tier) });
  if (applied && applied.problems.length > 0) summary = { ...summary, problems: [...summary.problems, ...applied.problems] };
  progress({ step: 'done', stage: 'Done', fraction: 1 });
  return summary;
}

/**
 * The customer sheet's key column as planTiers read it, one key per target
 * row: a port that writes in several requests stops when it no longer reads
 * so (rows inserted or sorted meanwhile). None for a sheet the run derives
 * (it writes the keys itself).
 */
function keyGuards(tier: TierPlan): KeyColumnGuard[] {
  const role = tier.recognition.keyRole;
  const col = tier.target.columns[role];
  if (tier.summary.derivedCustomerSheet || col === undefined) return [];
  // identity holds the key as read: as id for an ID key, as name for a name key.
  const keys = tier.identity.map((row) => (role === 'customerId' ? row.id : row.name));
  return [{ sheet: tier.target.sheet, col, firstRow: tier.target.firstDataRow, keys }];
}
