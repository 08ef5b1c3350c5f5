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
  notRated: string;
  /** Appended to the status when the approved limit is not a number, e.g. " (recommended limit)". */
  onRecommended: string;
  /** Between the other conditions, e.g. ", ". */
  separator: string;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The approved limit when its cell holds a number, else the recommended limit
 * when it is one, else n/a: a customer not rated has no limit (not a limit of
 * 0, which is no credit). The cells that use it test ISNUMBER first.
 */
export function limitUsedFormula(r: ControlCellRefs, na: string): string {
  const recommended = `IF(ISNUMBER(${r.recommendedLimit}),${r.recommendedLimit},${quote(na)})`;
  return r.approvedLimit ? `IF(ISNUMBER(${r.approvedLimit}),${r.approvedLimit},${recommended})` : recommended;
}

/** Open receivables, plus the open orders when the scorecard counts them (1) and the cell holds a number. */
export function exposureFormula(r: ControlCellRefs): string {
  return r.openOrders ? `${r.openReceivables}+IF(AND(${N.countOrders}=1,ISNUMBER(${r.openOrders})),${r.openOrders},0)` : r.openReceivables;
}

/** Limit − exposure; n/a without a limit (never a negative figure made from a missing limit). */
export function availableFormula(r: ControlCellRefs, na: string): string {
  return `IF(ISNUMBER(${r.limitUsed}),${r.limitUsed}-${r.exposure},${quote(na)})`;
}

/** Exposure ÷ limit; n/a without a limit or when it is not above 0. */
export function utilisationFormula(r: ControlCellRefs, na: string): string {
  const l = r.limitUsed;
  return `IF(ISNUMBER(${l}),IF(${l}>0,${r.exposure}/${l},${quote(na)}),${quote(na)})`;
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

/**
 * The status code (status.ts STATUS_BIT): overdue hold 8; without a limit not
 * rated 4, else no credit 16, over limit 2, else near limit 1.
 */
export function statusCodeFormula(r: ControlCellRefs): string {
  const l = r.limitUsed;
  const e = r.exposure;
  const limited = `(${l}<=0)*16+IF(${e}>${l}*(1+${N.tolerancePct})+${N.toleranceAmount},2,(${l}>0)*(${e}>=${N.nearLimit}*${l}))`;
  return `(${r.holdAmount}>${N.holdMinimum})*8+IF(ISNUMBER(${l}),${limited},4)`;
}

/** The most severe condition's text, and that the limit is the recommended one (there is a limit, none approved). */
export function statusFormula(r: ControlCellRefs, t: StatusTexts): string {
  const c = r.statusCode;
  const status = `IF(${c}>=16,${quote(t.noCredit)},IF(${c}>=8,${quote(t.overdueHold)},IF(${c}>=4,${quote(t.notRated)},`
    + `IF(${c}>=2,${quote(t.overLimit)},IF(${c}=1,${quote(t.nearLimit)},${quote(t.ok)})))))`;
  const onRecommended = `IF(ISNUMBER(${r.limitUsed}),${quote(t.onRecommended)},"")`;
  return r.approvedLimit ? `${status}&IF(ISNUMBER(${r.approvedLimit}),"",${onRecommended})` : `${status}&${onRecommended}`;
}

/** The other conditions that hold, most severe first: each bit set below a higher one. */
export function statusAlsoFormula(r: ControlCellRefs, t: StatusTexts): string {
  const c = r.statusCode;
  const item = (bit: number, text: string) => `IF(AND(${c}>=${2 * bit},MOD(${c},${2 * bit})>=${bit}),${quote(t.separator + text)},"")`;
  return `MID(${item(8, t.overdueHold)}&${item(4, t.notRated)}&${item(2, t.overLimit)}&${item(1, t.nearLimit)},${t.separator.length + 1},999)`;
}
