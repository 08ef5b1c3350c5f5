import type { CellValue } from '../cells/cell';
import type { StatementRole } from '../columns/roles';
import { isNumber } from './excel-math';
import type { Ratio } from './scorecard-config';

/** A statement figure of one customer: its value and the reference a formula uses for it. */
export interface Figure {
  value: CellValue;
  ref: string;
}
export type Figures = Partial<Record<Exclude<StatementRole, 'period'>, Figure>>;

/**
 * A ratio's value (null = not available) and the formula that computes it:
 * null when its inputs have no columns at all, undefined when not asked for
 * (formulas are built once per run as templates, values for every row).
 */
export interface RatioOutcome {
  value: number | null;
  formula?: string | null;
}

const NA = (na: string) => `"${na.replace(/"/g, '""')}"`;
/** A quotient, or null when it overflows (IFERROR turns the spreadsheet's #NUM! into "not available" too). */
const quotient = (a: number, b: number): number | null => (Number.isFinite(a / b) ? a / b : null);
const guarded = (expr: string, na: string) => `IFERROR(${expr},${NA(na)})`;
const num = (f: Figure | undefined): f is Figure => f !== undefined && isNumber(f.value);
const v = (f: Figure) => f.value as number;

function quickRatio(s: Figures, na: string, withFormula: boolean): RatioOutcome {
  const { quickAssets: qa, currentAssets: ca, inventories: inv, currentLiabilities: cl } = s;
  const hasSplit = ca !== undefined && inv !== undefined;
  if (!cl || (!qa && !hasSplit)) return { value: null, formula: null };
  const usable = num(qa) || (num(ca) && num(inv));
  const value = num(cl) && usable && v(cl) > 0 ? quotient(num(qa) ? v(qa) : v(ca!) - v(inv!), v(cl)) : null;
  if (!withFormula) return { value };
  const alternatives = [qa ? `ISNUMBER(${qa.ref})` : null, hasSplit ? `AND(ISNUMBER(${ca.ref}),ISNUMBER(${inv.ref}))` : null].filter(Boolean);
  const split = hasSplit ? `(${ca.ref}-${inv.ref})` : '';
  const numerator = qa && hasSplit ? `IF(ISNUMBER(${qa.ref}),${qa.ref},${split})` : qa ? qa.ref : split;
  return {
    value,
    formula: `IF(AND(ISNUMBER(${cl.ref}),OR(${alternatives.join(',')})),IF(${cl.ref}>0,${guarded(`${numerator}/${cl.ref}`, na)},${NA(na)}),${NA(na)})`,
  };
}

/** Guarded a / b: not available unless both are numbers and b > 0. */
function division(a: Figure | undefined, b: Figure | undefined, na: string, withFormula: boolean): RatioOutcome {
  if (!a || !b) return { value: null, formula: null };
  const value = num(a) && num(b) && v(b) > 0 ? quotient(v(a), v(b)) : null;
  if (!withFormula) return { value };
  return { value, formula: `IF(AND(ISNUMBER(${a.ref}),ISNUMBER(${b.ref})),IF(${b.ref}>0,${guarded(`${a.ref}/${b.ref}`, na)},${NA(na)}),${NA(na)})` };
}

function assetTurnover(s: Figures, na: string, withFormula: boolean): RatioOutcome & { closingOnly: boolean } {
  const sr = s.salesRevenue;
  const close = s.closingTotalAssets ?? s.totalAssets;
  const open = s.openingTotalAssets;
  if (!open) return { ...division(sr, close, na, withFormula), closingOnly: num(sr) && num(close) };
  if (!sr || !close) return { value: null, formula: null, closingOnly: false };
  const average = num(open) ? (v(open) + v(close)) / 2 : num(close) ? v(close) : NaN;
  const value = num(sr) && num(close) && average > 0 ? quotient(v(sr), average) : null;
  const closingOnly = num(sr) && num(close) && !num(open);
  if (!withFormula) return { value, closingOnly };
  const avg = `IF(ISNUMBER(${open.ref}),(${open.ref}+${close.ref})/2,${close.ref})`;
  return {
    value,
    formula: `IF(AND(ISNUMBER(${sr.ref}),ISNUMBER(${close.ref})),IF(${avg}>0,${guarded(`${sr.ref}/${avg}`, na)},${NA(na)}),${NA(na)})`,
    closingOnly,
  };
}

/** The four ratios of the domain brief §4, with "not available" for missing, zero or negative denominators. */
export function computeRatios(s: Figures, na: string, withFormula = true): { ratios: Record<Ratio, RatioOutcome>; closingOnly: boolean } {
  const turnover = assetTurnover(s, na, withFormula);
  return {
    ratios: {
      quickRatio: quickRatio(s, na, withFormula),
      debtRatio: division(s.totalLiabilities, s.totalAssets ?? s.closingTotalAssets, na, withFormula),
      assetTurnover: { value: turnover.value, ...(withFormula ? { formula: turnover.formula ?? null } : {}) },
      netMargin: division(s.netProfit, s.salesRevenue, na, withFormula),
    },
    closingOnly: turnover.closingOnly,
  };
}
