import type { CellValue } from '../cells/cell';
import type { StatementRole } from '../columns/roles';
import * as excel from './excel-math';
import type { Ratio } from './scorecard-config';

// Bound once (see scoring.ts).
const { isNumber } = excel;

export type FigureRole = Exclude<StatementRole, 'period'>;
/** One row's statement figures: undefined where the sheet has no such column, null where the cell is blank. */
export type FigureValues = Partial<Record<FigureRole, CellValue>>;
/** The reference a formula uses for each statement figure the sheet has. */
export type FigureRefs = Partial<Record<FigureRole, string>>;

/** The first of two figures the sheet has a column for (a column, not its value, decides). */
export function either<T>(a: T | undefined, b: T | undefined): T | undefined {
  return a !== undefined ? a : b;
}
/** A quotient, or null when it overflows (IFERROR turns the spreadsheet's #NUM! into "not available" too). */
const quotient = (a: number, b: number): number | null => (Number.isFinite(a / b) ? a / b : null);

/** Guarded a / b: not available unless both are numbers and b > 0. */
function division(a: CellValue | undefined, b: CellValue | undefined): number | null {
  return isNumber(a) && isNumber(b) && b > 0 ? quotient(a, b) : null;
}

function quickRatio({ quickAssets: qa, currentAssets: ca, inventories: inv, currentLiabilities: cl }: FigureValues): number | null {
  if (!isNumber(cl) || cl <= 0) return null;
  if (isNumber(qa)) return quotient(qa, cl);
  return isNumber(ca) && isNumber(inv) ? quotient(ca - inv, cl) : null;
}

function assetTurnover(s: FigureValues): number | null {
  const close = either(s.closingTotalAssets, s.totalAssets);
  const open = s.openingTotalAssets;
  if (open === undefined) return division(s.salesRevenue, close);
  if (!isNumber(s.salesRevenue) || !isNumber(close)) return null;
  const average = isNumber(open) ? (open + close) / 2 : close;
  // An average that overflows is #NUM! in the sheet: not available.
  return Number.isFinite(average) && average > 0 ? quotient(s.salesRevenue, average) : null;
}

/** The four ratios of the domain brief §4 (null: not available, for missing, zero or negative denominators). */
export function ratioValues(s: FigureValues): Record<Ratio, number | null> {
  return {
    quickRatio: quickRatio(s),
    debtRatio: division(s.totalLiabilities, either(s.totalAssets, s.closingTotalAssets)),
    assetTurnover: assetTurnover(s),
    netMargin: division(s.netProfit, s.salesRevenue),
  };
}

type Culprit = { result: Ratio; role: FigureRole };

/** The figure with the largest magnitude among those given (all numbers). */
function largest(s: FigureValues, roles: FigureRole[]): FigureRole {
  let best = roles[0]!;
  for (const role of roles) if (Math.abs(s[role] as number) > Math.abs(s[best] as number)) best = role;
  return best;
}

/**
 * The ratios that are not available although every figure they need is a
 * number and their denominator is above 0: they overflowed (a figure too
 * large, or a quotient beyond what a number holds). Each comes with the
 * figure to report, the largest of its inputs.
 */
export function ratioOverflows(s: FigureValues, ratios: Record<Ratio, number | null>): Culprit[] {
  const found: Culprit[] = [];
  const { quickAssets: qa, currentAssets: ca, inventories: inv, currentLiabilities: cl, totalLiabilities: tl, salesRevenue: sr, netProfit: np } = s;
  if (ratios.quickRatio === null && isNumber(cl) && cl > 0) {
    if (isNumber(qa)) found.push({ result: 'quickRatio', role: largest(s, ['quickAssets', 'currentLiabilities']) });
    else if (isNumber(ca) && isNumber(inv)) found.push({ result: 'quickRatio', role: largest(s, ['currentAssets', 'inventories', 'currentLiabilities']) });
  }
  const assets: FigureRole = s.totalAssets !== undefined ? 'totalAssets' : 'closingTotalAssets';
  const a = s[assets];
  if (ratios.debtRatio === null && isNumber(tl) && isNumber(a) && a > 0) found.push({ result: 'debtRatio', role: largest(s, ['totalLiabilities', assets]) });
  const closeRole: FigureRole = s.closingTotalAssets !== undefined ? 'closingTotalAssets' : 'totalAssets';
  const close = s[closeRole];
  const open = s.openingTotalAssets;
  if (ratios.assetTurnover === null && isNumber(sr) && isNumber(close)) {
    const average = isNumber(open) ? (open + close) / 2 : close;
    if (!Number.isFinite(average) || average > 0) {
      found.push({ result: 'assetTurnover', role: largest(s, ['salesRevenue', ...(isNumber(open) ? ['openingTotalAssets' as const] : []), closeRole]) });
    }
  }
  if (ratios.netMargin === null && isNumber(np) && isNumber(sr) && sr > 0) found.push({ result: 'netMargin', role: largest(s, ['netProfit', 'salesRevenue']) });
  return found;
}

/** Whether turnover had to use closing total assets alone (the opening figure is missing). */
export function closingOnly(s: FigureValues): boolean {
  const close = either(s.closingTotalAssets, s.totalAssets);
  return isNumber(s.salesRevenue) && isNumber(close) && !isNumber(s.openingTotalAssets);
}

const NA = (na: string) => `"${na.replace(/"/g, '""')}"`;

/*
 * The ratio formulas. A denominator d is used as MAX(0,d): MAX skips text and
 * logical values in a reference, so a denominator that is missing, text, zero
 * or negative divides by 0, and IFERROR shows "not available" (as for an
 * overflow, #NUM!). A numerator a is divided by ISNUMBER(a) (TRUE is 1, FALSE
 * divides by 0), since a blank cell would count as 0; two figures by
 * COUNT(a,b)=2 the same way. Each input is referenced at most twice, so that a
 * formula stays short when its inputs are INDEX lookups on a financials sheet.
 */

/** A figure that must be a number: itself, or #DIV/0! (dividing by ISNUMBER's FALSE). */
const numeric = (a: string) => `${a}/ISNUMBER(${a})`;

function quickRatioFormula({ quickAssets: qa, currentAssets: ca, inventories: inv, currentLiabilities: cl }: FigureRefs, na: string): string | null {
  const hasSplit = ca !== undefined && inv !== undefined;
  if (!cl || (!qa && !hasSplit)) return null;
  const split = hasSplit ? `(${ca}-${inv})/(COUNT(${ca},${inv})=2)` : null;
  const numerator = qa ? (split ? `IF(ISNUMBER(${qa}),${qa},${split})` : numeric(qa)) : split!;
  return `IFERROR(${numerator}/MAX(0,${cl}),${NA(na)})`;
}

function divisionFormula(a: string | undefined, b: string | undefined, na: string): string | null {
  if (!a || !b) return null;
  return `IFERROR(${numeric(a)}/MAX(0,${b}),${NA(na)})`;
}

function assetTurnoverFormula(s: FigureRefs, na: string): string | null {
  const sr = s.salesRevenue;
  const close = either(s.closingTotalAssets, s.totalAssets);
  const open = s.openingTotalAssets;
  if (!open) return divisionFormula(sr, close, na);
  if (!sr || !close) return null;
  // IFERROR around the average too: one that overflows is #NUM!, not available.
  return `IFERROR(${sr}/(COUNT(${sr},${close})=2)/MAX(0,IF(ISNUMBER(${open}),(${open}+${close})/2,${close})),${NA(na)})`;
}

/** The formulas computing ratioValues' ratios from the cells (null: the sheet lacks the columns a ratio needs). */
export function ratioFormulas(s: FigureRefs, na: string): Record<Ratio, string | null> {
  return {
    quickRatio: quickRatioFormula(s, na),
    debtRatio: divisionFormula(s.totalLiabilities, either(s.totalAssets, s.closingTotalAssets), na),
    assetTurnover: assetTurnoverFormula(s, na),
    netMargin: divisionFormula(s.netProfit, s.salesRevenue, na),
  };
}
