import type { InputColumnsRequest } from '../../app/add-input-columns';
import type { StepsRequest } from '../../app/run-steps';
import { readDate } from '../../core/cells/normalize';
import { InputError } from '../../core/problems';
import { validPercentLimits, type TierOptions } from '../../core/tiers/tier-options';
import type { PaneChoices, PaneRunRequest } from './pane-host';

/** The period as Excel date serials; an unreadable date is refused by name. */
function period(tier: PaneChoices['tier']): TierOptions['period'] {
  const serial = (text: string | undefined) => {
    if (text === undefined || text === '') return undefined;
    const d = readDate(text);
    if (!d.ok) throw new InputError(`The period takes dates as yyyy-mm-dd, not "${text}".`, { code: 'badPeriodDate', args: { text } });
    return d.serial;
  };
  const from = serial(tier.from);
  const to = serial(tier.to);
  if (from === undefined && to === undefined) return undefined;
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/** The tier settings as the core takes them (fractions, date serials); limits out of order are refused. */
function tierOptions(tier: PaneChoices['tier']): TierOptions {
  const [a, b] = tier.thresholds;
  if (!validPercentLimits(a, b)) {
    throw new InputError(`The tier limits must satisfy 0 < A < B <= 100, not ${a} and ${b}.`, { code: 'badThresholds', args: { a: String(a), b: String(b) } });
  }
  const range = period(tier);
  return { mode: tier.mode, thresholds: [a / 100, b / 100], ...(range ? { period: range } : {}) };
}

/**
 * What a host hands to addInputColumns for the pane's "Add the input
 * columns": the sheet choices, and the tier settings a scorecard run would
 * plan with when the scorecard must be made first.
 */
export function inputColumnsRequest(choices: PaneChoices, now: Date): InputColumnsRequest {
  return { options: tierOptions(choices.tier), overrides: choices.overrides, today: now };
}

/**
 * What a host hands to runSteps for a pane request. `choices.tier.thresholds`
 * are percentages as the user types them (80, 95), like the command line's
 * --thresholds; the core takes fractions. Shared by the Excel and preview hosts.
 */
export function stepsRequest(request: PaneRunRequest, now: Date): StepsRequest {
  const { choices, steps } = request;
  const options = tierOptions(choices.tier);
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
