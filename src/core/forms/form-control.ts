import { gte } from '../credit/excel-math';
import type { ControlAggregates } from '../control/aggregates';
import { controlFigures, orNull } from '../control/control-figures';
import { lowerEdges, type ControlRules } from '../control/control-rules';
import { statusOf, type ControlDecisions } from '../control/status';
import type { FormControl } from './form-data';

/** Customer `c`'s control figures and decision for the forms, from the control step's aggregates, decisions and rules. */
export function formControl(agg: ControlAggregates, d: ControlDecisions, c: number, rules: ControlRules): FormControl {
  const { status, others } = statusOf(d.code[c]!);
  // The hold counts whole buckets, from the first whose lower edge is at least the hold days (decideStatuses compares so);
  // with none (hold days above the last edge) nothing counts and the hold never applies.
  const pastDays = lowerEdges(rules.bucketEdges).find((edge) => gte(edge, rules.holdDays)) ?? rules.holdDays;
  return {
    ...controlFigures(agg, d, c),
    status, others,
    utilisation: orNull(d.utilisation[c]!),
    dso: orNull(agg.dso[c]!),
    hold: { amount: d.holdAmount[c]!, pastDays, days: rules.holdDays, minimum: rules.holdMinimum },
  };
}
