import { gte, lte } from '../credit/excel-math';
import type { ControlAggregates } from './aggregates';
import { lowerEdges, type ControlRules } from './control-rules';

/** A customer's credit status; several conditions can hold at once. */
export type ControlStatus = 'ok' | 'nearLimit' | 'overLimit' | 'notRated' | 'overdueHold' | 'noCredit';
export type ControlCondition = Exclude<ControlStatus, 'ok'>;

/**
 * Conditions, most severe first: the status is the first that holds. Not
 * rated (no approved and no recommended limit: no limit at all) excludes no
 * credit, over and near limit; it ranks below overdue hold, which stops
 * shipping whatever the rating (a fact about payment), so a held customer
 * shows the hold and lists not rated beside it.
 */
export const SEVERITY: readonly ControlCondition[] = ['noCredit', 'overdueHold', 'notRated', 'overLimit', 'nearLimit'];

/**
 * Each condition's bit in the status code (the code column holds their sum),
 * so that the more severe condition has the higher bit. Near limit is only
 * set when over limit is not: over limit says more.
 */
export const STATUS_BIT: Readonly<Record<ControlCondition, number>> = { nearLimit: 1, overLimit: 2, notRated: 4, overdueHold: 8, noCredit: 16 };

/** How many values a status code can take (every bit set is the largest). */
export const STATUS_CODES = 2 * STATUS_BIT.noCredit;

export interface StatusInputs {
  aggregates: Pick<ControlAggregates, 'customers' | 'openReceivables' | 'buckets'>;
  /** Per customer: the approved limit where its cell holds a number, else NaN. */
  approvedLimit: Float64Array;
  /** The recommended limit of the credit step, NaN where it is none (not rated). */
  recommendedLimit: Float64Array;
  /** Open orders where the cell holds a number, else NaN; null when the customer sheet has no such column. */
  openOrders: Float64Array | null;
  rules: ControlRules;
}

/** What the formula columns evaluate to, per customer: the core's value of each cell. */
export interface ControlDecisions {
  /** The approved limit, else the recommended one; NaN (n/a) when there is neither: not rated, no limit. */
  limitUsed: Float64Array;
  /** 1 where the recommended limit is the limit: the approved one is not a number (the status says so). */
  onRecommended: Uint8Array;
  exposure: Float64Array;
  /** Limit − exposure; NaN (n/a) without a limit. */
  available: Float64Array;
  /** Exposure ÷ limit; NaN (n/a) when there is no limit or it is not above 0. */
  utilisation: Float64Array;
  /** What is more than the hold days past due, in whole buckets (see lowerEdges). */
  holdAmount: Float64Array;
  code: Uint8Array;
}

/**
 * Decides every customer's status as the formulas of control-formulas.ts do,
 * operation for operation, with the spreadsheet's comparisons (gte, lte).
 */
export function decideStatuses(input: StatusInputs): ControlDecisions {
  const { aggregates: agg, approvedLimit, recommendedLimit, openOrders, rules } = input;
  const n = agg.customers;
  const limitUsed = new Float64Array(n);
  const onRecommended = new Uint8Array(n);
  const exposure = new Float64Array(n);
  const available = new Float64Array(n);
  const utilisation = new Float64Array(n);
  const holdAmount = new Float64Array(n);
  const code = new Uint8Array(n);
  const lower = lowerEdges(rules.bucketEdges);
  // Which overdue buckets count towards the hold: (lower edge >= hold days), as the formula compares.
  const counts = lower.map((edge) => (gte(edge, rules.holdDays) ? 1 : 0));
  const [, b1, b2, b3, b4, b5] = agg.buckets;
  const over = 1 + rules.tolerancePct;
  for (let c = 0; c < n; c++) {
    const approved = approvedLimit[c]!;
    const recommended = recommendedLimit[c]!;
    const limit = Number.isFinite(approved) ? approved : Number.isFinite(recommended) ? recommended : NaN;
    const hasLimit = Number.isFinite(limit);
    limitUsed[c] = limit;
    onRecommended[c] = !Number.isFinite(approved) && hasLimit ? 1 : 0;
    const orders = openOrders ? openOrders[c]! : NaN;
    const e = agg.openReceivables[c]! + (rules.countOrders && Number.isFinite(orders) ? orders : 0);
    exposure[c] = e;
    available[c] = hasLimit ? limit - e : NaN;
    utilisation[c] = hasLimit && limit > 0 ? e / limit : NaN;
    const hold = counts[0]! * b1[c]! + counts[1]! * b2[c]! + counts[2]! * b3[c]! + counts[3]! * b4[c]! + counts[4]! * b5[c]!;
    holdAmount[c] = hold;
    let bits = 0;
    if (!lte(hold, rules.holdMinimum)) bits += STATUS_BIT.overdueHold;
    if (!hasLimit) bits += STATUS_BIT.notRated;
    else {
      if (lte(limit, 0)) bits += STATUS_BIT.noCredit;
      if (!lte(e, limit * over + rules.toleranceAmount)) bits += STATUS_BIT.overLimit;
      else if (!lte(limit, 0) && gte(e, rules.nearLimit * limit)) bits += STATUS_BIT.nearLimit;
    }
    code[c] = bits;
  }
  return { limitUsed, onRecommended, exposure, available, utilisation, holdAmount, code };
}

/** The status a code shows, and the other conditions that hold (most severe first). */
export function statusOf(code: number): { status: ControlStatus; others: ControlCondition[] } {
  const held = SEVERITY.filter((s) => (code & STATUS_BIT[s]) !== 0);
  return held.length === 0 ? { status: 'ok', others: [] } : { status: held[0]!, others: held.slice(1) };
}
