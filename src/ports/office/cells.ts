import type { CellValue } from '../../core/cells/cell';

/**
 * Range.values as the core wants it. Office already gives errors as their
 * text ("#N/A") and dates as serial numbers; an empty cell comes back as "".
 * Excel always calculates, so a formula cell always has a value here: this
 * port never returns FORMULA_WITHOUT_VALUE (core/cells/cell.ts).
 */
export function normaliseCell(value: unknown): CellValue {
  if (value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error(`Excel returned an unexpected cell value: ${JSON.stringify(value)}`);
}

/** Office's error code, when the thrown value carries one (OfficeExtension.Error does). */
export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function checkCount(what: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number >= 0, got ${value}`);
}
