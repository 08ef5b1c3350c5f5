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
  const y = x * f;
  const frac = Math.abs(y - Math.trunc(y));
  // Only a value next to a half needs the slow 15-digit path to round as the spreadsheet does.
  if (Math.abs(frac - 0.5) > 1e-6) return Math.round(Math.abs(y)) * Math.sign(y) / f;
  const z = fifteen(x) * f;
  return (Math.sign(z) * Math.round(Math.abs(fifteen(z)))) / f;
}

/** ROUNDDOWN(x, 0): towards zero. */
export function roundDown(x: number): number {
  const t = Math.trunc(x);
  // Only a value just below a whole number can round up to it at 15 digits.
  return Math.abs(x - t) < 1 - 1e-6 ? t : Math.trunc(fifteen(x));
}

export function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Excel's TRIM: removes ASCII spaces at both ends and collapses runs of them inside. */
export function excelTrim(text: string): string {
  return text.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
}
