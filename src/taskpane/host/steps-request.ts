import type { InputColumnsRequest } from '../../app/add-input-columns';
import type { StepsRequest } from '../../app/run-steps';
import { tierOptionsFromTyped } from '../../core/tiers/tier-options';
import type { PaneChoices, PaneRunRequest } from './pane-host';

/**
 * What a host hands to addInputColumns for the pane's "Add the input
 * columns": the sheet choices, and the tier settings a scorecard run would
 * plan with when the scorecard must be made first.
 */
export function inputColumnsRequest(choices: PaneChoices, now: Date): InputColumnsRequest {
  return { options: tierOptionsFromTyped(choices.tier), overrides: choices.overrides, today: now };
}

/**
 * What a host hands to runSteps for a pane request. `choices.tier.thresholds`
 * are percentages as the user types them (80, 95), like the command line's
 * --thresholds; the core takes fractions. Shared by the Excel and preview hosts.
 */
export function stepsRequest(request: PaneRunRequest, now: Date): StepsRequest {
  const { choices, steps } = request;
  const options = tierOptionsFromTyped(choices.tier);
  let forms: StepsRequest['forms'];
  if (steps.includes('forms')) {
    if (!request.selection) throw new Error('stepsRequest: the forms step needs a selection of customers.');
    forms = { selection: request.selection, kinds: choices.forms.kinds, batch: choices.forms.batch, lang: choices.forms.lang, now };
  }
  return {
    steps,
    options,
    overrides: choices.overrides,
    onProgress: request.onProgress,
    signal: request.signal,
    ...(forms ? { forms } : {}),
    ...(request.control ? { control: request.control } : {}),
  };
}
