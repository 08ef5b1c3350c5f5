import type { ControlAggregates } from './aggregates';
import { STATUS_BIT, type ControlDecisions } from './status';

/** One customer's credit-control figures as the forms print them (null: none, e.g. no paid history). */
export interface ControlFigures {
  openReceivables: number;
  overdue: number;
  oldestDaysPastDue: number | null;
  avgDaysLate: number | null;
  onTimeShare: number | null;
  /** The approved limit, else the recommended one (onRecommended); null when there is neither (not rated: no limit). */
  limitUsed: number | null;
  onRecommended: boolean;
  exposure: number;
  /** Null without a limit. */
  available: number | null;
  /** The status's over-limit condition (tolerance included), as the status column decides it. */
  overLimit: boolean;
}

/** NaN (the core's blank) as null. */
export const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** The figures of customer index `c`, from the core's aggregates and decisions. */
export function controlFigures(agg: ControlAggregates, d: ControlDecisions, c: number): ControlFigures {
  return {
    openReceivables: agg.openReceivables[c]!,
    overdue: agg.overdue[c]!,
    oldestDaysPastDue: orNull(agg.oldestDaysPastDue[c]!),
    avgDaysLate: orNull(agg.avgDaysLate[c]!),
    onTimeShare: orNull(agg.onTimeShare[c]!),
    limitUsed: orNull(d.limitUsed[c]!),
    onRecommended: d.onRecommended[c] === 1,
    exposure: d.exposure[c]!,
    available: orNull(d.available[c]!),
    overLimit: (d.code[c]! & STATUS_BIT.overLimit) !== 0,
  };
}
