/**
 * Arithmetic the way the spreadsheet formulas do it, so that the core's
 * values equal what Excel and LibreOffice compute from the same formulas.
 */

/** Spreadsheet comparisons treat values equal to about 15 significant digits. */
export function nearlyEqual(a: number, b: number): boolean {
  return a === b || (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-15 * Math.max(Math.abs(a), Math.abs(b)));
}

export const gte = (a: number, b: number): boolean => a > b || nearlyEqual(a, b);
export const lte = (a: number, b: number): boolean => a < b || nearlyEqual(a, b);

/** Spreadsheets keep 15 significant digits: round there before rounding decimals. */
function fifteen(x: number): number {
  return Number(x.toPrecision(15));
}

/** ROUND(x, digits), half away from zero. */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const y = fifteen(x) * f;
  return (Math.sign(y) * Math.round(Math.abs(fifteen(y)))) / f;
}

/** ROUNDDOWN(x, 0): towards zero. */
export function roundDown(x: number): number {
  return Math.trunc(fifteen(x));
}

export function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Excel's TRIM: removes ASCII spaces at both ends and collapses runs of them inside. */
export function excelTrim(text: string): string {
  return text.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
}
