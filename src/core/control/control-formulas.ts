import { lowerEdges, CONTROL_NAMES as N, type ControlRules } from './control-rules';

/**
 * The control step's live formulas. Each takes cell references in the row
 * being written (A1 with the ROW placeholder of credit/formula-template.ts,
 * e.g. "AB\u0001"), so one compiled template serves every row and the column
 * is one formula in R1C1 terms. They use only functions Excel 2016 and
 * LibreOffice share (IF, ISNUMBER, AND, MID, MOD) and the scorecard's names
 * (CONTROL_NAMES); status.ts computes the same values.
 */
export interface ControlCellRefs {
  openReceivables: string;
  /** The five overdue buckets (1–30 … over 180 with the default edges), in that order. */
  overdueBuckets: readonly [string, string, string, string, string];
  limitUsed: string;
  exposure: string;
  holdAmount: string;
  statusCode: string;
  /** The credit step's recommended limit (a number, or text when the customer is not rated). */
  recommendedLimit: string;
  /** The user's columns on the customer sheet; null when the sheet has none. */
  approvedLimit: string | null;
  openOrders: string | null;
}

/** The texts the status formulas show, in the customer sheet's language. */
export interface StatusTexts {
  ok: string;
  nearLimit: string;
  overLimit: string;
  overdueHold: string;
  noCredit: string;
  /** Appended to the status when the approved limit is not a number, e.g. " (recommended limit)". */
  onRecommended: string;
  /** Between the other conditions, e.g. ", ". */
  separator: string;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The approved limit when its cell holds a number, else the recommended limit when it is one, else 0 (no credit). */
export function limitUsedFormula(r: ControlCellRefs): string {
  const recommended = `IF(ISNUMBER(${r.recommendedLimit}),${r.recommendedLimit},0)`;
  return r.approvedLimit ? `IF(ISNUMBER(${r.approvedLimit}),${r.approvedLimit},${recommended})` : recommended;
}

/** Open receivables, plus the open orders when the scorecard counts them (1) and the cell holds a number. */
export function exposureFormula(r: ControlCellRefs): string {
  return r.openOrders ? `${r.openReceivables}+IF(AND(${N.countOrders}=1,ISNUMBER(${r.openOrders})),${r.openOrders},0)` : r.openReceivables;
}

export function availableFormula(r: ControlCellRefs): string {
  return `${r.limitUsed}-${r.exposure}`;
}

/** Exposure ÷ limit; n/a when the limit is not above 0. */
export function utilisationFormula(r: ControlCellRefs, na: string): string {
  return `IF(${r.limitUsed}>0,${r.exposure}/${r.limitUsed},${quote(na)})`;
}

/**
 * What is more than the hold days past due: the overdue buckets whose lower
 * edge is at least the hold days. The edges are those the buckets were
 * worked out with in this run (literals), so an edited edge on the
 * scorecard cannot mismatch them before the next run.
 */
export function holdAmountFormula(r: ControlCellRefs, edges: ControlRules['bucketEdges']): string {
  return lowerEdges(edges).map((edge, k) => `(${edge}>=${N.holdDays})*${r.overdueBuckets[k]}`).join('+');
}

/** The status code (status.ts STATUS_BIT): no credit 8, overdue hold 4, over limit 2, else near limit 1. */
export function statusCodeFormula(r: ControlCellRefs): string {
  const l = r.limitUsed;
  const e = r.exposure;
  return `(${l}<=0)*8+(${r.holdAmount}>${N.holdMinimum})*4+IF(${e}>${l}*(1+${N.tolerancePct})+${N.toleranceAmount},2,(${l}>0)*(${e}>=${N.nearLimit}*${l}))`;
}

/** The most severe condition's text, and which limit it was measured against. */
export function statusFormula(r: ControlCellRefs, t: StatusTexts): string {
  const c = r.statusCode;
  const status = `IF(${c}>=8,${quote(t.noCredit)},IF(${c}>=4,${quote(t.overdueHold)},IF(${c}>=2,${quote(t.overLimit)},IF(${c}=1,${quote(t.nearLimit)},${quote(t.ok)}))))`;
  return r.approvedLimit ? `${status}&IF(ISNUMBER(${r.approvedLimit}),"",${quote(t.onRecommended)})` : `${status}&${quote(t.onRecommended)}`;
}

/** The other conditions that hold, most severe first: each bit set below a higher one. */
export function statusAlsoFormula(r: ControlCellRefs, t: StatusTexts): string {
  const c = r.statusCode;
  const item = (bit: number, text: string) => `IF(AND(${c}>=${2 * bit},MOD(${c},${2 * bit})>=${bit}),${quote(t.separator + text)},"")`;
  return `MID(${item(4, t.overdueHold)}&${item(2, t.overLimit)}&${item(1, t.nearLimit)},${t.separator.length + 1},999)`;
}
