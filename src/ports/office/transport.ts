import { officeErrorCode } from './cells';
import type { OfficeLimits } from './limits';
import { cellEditMode, excelTimeout } from './port-errors';

/**
 * The port's own code for a read whose values (or formulas, number formats)
 * came back null: Excel has been seen to do that past 5,000,000 cells instead
 * of failing (office-js #4783, #6781), and a smaller read then succeeds.
 */
export const NULL_RESULT = 'NullResult';

export class NullResultError extends Error {
  readonly code = NULL_RESULT;

  constructor(message: string) {
    super(message);
    this.name = 'NullResultError';
  }
}

/**
 * Failures a smaller request may get past: the 5 MB limits, the
 * GeneralException Excel on the web gives for large requests (office-js
 * #1012, #1314), and null values.
 */
const HALVE_ON = new Set(['GeneralException', 'RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', NULL_RESULT]);

export function halvable(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code !== undefined && HALVE_ON.has(code);
}

/**
 * A loaded 2D property (values, formulas, numberFormat) of a rows x cols
 * range, checked: null (or a null row) is a NullResultError, another shape
 * than the range's an error.
 */
export function grid(value: unknown, rows: number, cols: number, what: string): unknown[][] {
  if (value === null || value === undefined || (Array.isArray(value) && value.some((row) => row === null || row === undefined))) {
    throw new NullResultError(`Excel returned no ${what} for a range of ${rows} x ${cols} cells`);
  }
  if (!Array.isArray(value) || value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new Error(`Excel returned ${what} of another shape than the range of ${rows} x ${cols} cells`);
  }
  return value as unknown[][];
}

/**
 * context.sync() with a watchdog: past limits.syncTimeoutMs the port stops
 * with excelTimeout (what that sync later does is kept as the error's cause,
 * never lost). A batch Excel refuses because a cell is being edited becomes
 * the cellEditMode InputError.
 */
export async function syncWithin(context: Excel.RequestContext, limits: OfficeLimits): Promise<void> {
  const sync = context.sync();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = excelTimeout(limits.syncTimeoutMs);
      sync.then(undefined, (late: unknown) => {
        (error as { cause?: unknown }).cause = late;
      });
      reject(error);
    }, limits.syncTimeoutMs);
  });
  try {
    await Promise.race([sync, timeout]);
  } catch (error) {
    if (officeErrorCode(error) === 'InvalidOperationInCellEditMode') {
      const refused = cellEditMode();
      (refused as { cause?: unknown }).cause = error;
      throw refused;
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `attempt` on `count` items (rows, steps); while Excel refuses in a
 * way a smaller request may fix (halvable), tries again on half as many,
 * down to one. Returns the result and the count it was read with.
 */
export async function halving<T>(count: number, attempt: (count: number) => Promise<T>): Promise<{ result: T; count: number }> {
  for (let n = count; ; n = Math.ceil(n / 2)) {
    try {
      return { result: await attempt(n), count: n };
    } catch (error) {
      if (!halvable(error) || n === 1) throw error;
    }
  }
}
