/**
 * The credit-control rules, editable on the scorecard (domain brief §10).
 * The formulas read them through the workbook-scoped names of CONTROL_NAMES;
 * the run reads the bucket edges (aging is a value refreshed each run).
 */
export interface ControlRules {
  /** Upper edges, in days past due, of the first four overdue buckets; ascending whole numbers ≥ 1. */
  bucketEdges: readonly [number, number, number, number];
  /** Near limit from this utilisation (exposure ÷ limit) on; 0.9 is 90%. */
  nearLimit: number;
  /** Over limit: exposure above limit × (1 + tolerancePct) + toleranceAmount; 0.05 is 5%. */
  tolerancePct: number;
  toleranceAmount: number;
  /** Overdue hold: what is more than holdDays past due adds up to more than holdMinimum. */
  holdDays: number;
  holdMinimum: number;
  /** Whether open orders count in the exposure (1 on the scorecard) or not (0). */
  countOrders: boolean;
}

export function defaultControlRules(): ControlRules {
  return { bucketEdges: [30, 60, 90, 180], nearLimit: 0.9, tolerancePct: 0, toleranceAmount: 0, holdDays: 60, holdMinimum: 1000, countOrders: true };
}

/** The defined names over the rules' cells on the scorecard, which the control formulas use. */
export const CONTROL_NAMES = {
  /** Four cells, ascending: read by the run, not by a formula (the buckets are values). */
  bucketEdges: 'CreditDesk_ControlBucketEdges',
  nearLimit: 'CreditDesk_ControlNearLimit',
  tolerancePct: 'CreditDesk_ControlTolerancePct',
  toleranceAmount: 'CreditDesk_ControlToleranceAmount',
  holdDays: 'CreditDesk_ControlHoldDays',
  holdMinimum: 'CreditDesk_ControlHoldMinimum',
  /** 1: open orders count in the exposure; 0: they do not. */
  countOrders: 'CreditDesk_ControlCountOrders',
} as const;

/** What is wrong with one rule value, for the scorecard reader to report by cell. */
export interface ControlRuleIssue {
  rule: keyof ControlRules;
  /** Which edge (0-based) for bucketEdges. */
  index?: number;
  kind: 'notNumber' | 'notWhole' | 'below' | 'above' | 'notAscending';
  /** The bound broken (below / above), or the edge it must exceed (notAscending). */
  bound?: number;
}

/**
 * The rules' values that the step cannot work with: edges must be ascending
 * whole days from 1, hold days a whole number ≥ 0, the near-limit share in
 * (0, 1], tolerances and the hold minimum ≥ 0.
 */
export function controlRuleIssues(rules: ControlRules): ControlRuleIssue[] {
  const issues: ControlRuleIssue[] = [];
  const number = (rule: keyof ControlRules, value: number, index?: number): boolean => {
    if (Number.isFinite(value)) return true;
    issues.push({ rule, kind: 'notNumber', ...(index !== undefined ? { index } : {}) });
    return false;
  };
  rules.bucketEdges.forEach((edge, index) => {
    if (!number('bucketEdges', edge, index)) return;
    if (!Number.isInteger(edge)) issues.push({ rule: 'bucketEdges', index, kind: 'notWhole' });
    else if (edge < 1) issues.push({ rule: 'bucketEdges', index, kind: 'below', bound: 1 });
    else if (index > 0 && Number.isFinite(rules.bucketEdges[index - 1]!) && edge <= rules.bucketEdges[index - 1]!) {
      issues.push({ rule: 'bucketEdges', index, kind: 'notAscending', bound: rules.bucketEdges[index - 1]! });
    }
  });
  if (number('nearLimit', rules.nearLimit)) {
    if (rules.nearLimit <= 0) issues.push({ rule: 'nearLimit', kind: 'below', bound: 0 });
    else if (rules.nearLimit > 1) issues.push({ rule: 'nearLimit', kind: 'above', bound: 1 });
  }
  for (const rule of ['tolerancePct', 'toleranceAmount', 'holdMinimum'] as const) {
    if (number(rule, rules[rule]) && rules[rule] < 0) issues.push({ rule, kind: 'below', bound: 0 });
  }
  if (number('holdDays', rules.holdDays)) {
    if (!Number.isInteger(rules.holdDays)) issues.push({ rule: 'holdDays', kind: 'notWhole' });
    else if (rules.holdDays < 0) issues.push({ rule: 'holdDays', kind: 'below', bound: 0 });
  }
  return issues;
}

/**
 * The lower edge of each overdue bucket (1–30 starts after 0): a bucket
 * counts towards the overdue hold when its lower edge is at least the hold
 * days, so the hold counts whole buckets (hold days 45 count what is more
 * than 60 days past due with the default edges).
 */
export function lowerEdges(edges: ControlRules['bucketEdges']): [number, number, number, number, number] {
  return [0, edges[0], edges[1], edges[2], edges[3]];
}

/** The days of each bucket as its header states them: "1–30", "31–60", …, ">180" (not yet due has none). */
export function bucketDays(edges: ControlRules['bucketEdges']): [string, string, string, string, string] {
  const lower = lowerEdges(edges);
  return [0, 1, 2, 3].map((k) => `${lower[k]! + 1}–${edges[k]}`).concat(`>${edges[3]}`) as [string, string, string, string, string];
}
