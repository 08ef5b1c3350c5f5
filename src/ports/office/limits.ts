/**
 * Sizes that keep every sync inside Excel on the web's limits: 5 MB per
 * request and per response, 5,000,000 cells per read ("Resource limits and
 * performance optimization for Office Add-ins"). Desktop Excel has no such
 * limits; keeping to them everywhere costs a few extra syncs on big sheets.
 */
export interface OfficeLimits {
  /** Bytes one sync may carry each way. 4 MiB leaves 1 MiB under the limit for Office's own envelope. */
  payloadBudgetBytes: number;
  /** Cells one read may cover (Excel's limit is 5,000,000). */
  maxCellsPerRead: number;
  /** Response bytes per cell assumed for the first read block (a number or a short text, with JSON quoting). */
  initialBytesPerCell: number;
  /** Floor for the adapted estimate, so an empty block cannot make the next one huge. */
  minBytesPerCell: number;
  /** Multiplier on the bytes per cell a block actually returned, for the next block. */
  safetyFactor: number;
  /**
   * How long one sync may take before the port gives up with a clear message
   * (Excel has been seen to stop answering, office-js #1046; with
   * delayForCellEdit a sync also waits while the user edits a cell).
   */
  syncTimeoutMs: number;
}

export const DEFAULT_OFFICE_LIMITS: OfficeLimits = {
  payloadBudgetBytes: 4 * 1024 * 1024,
  maxCellsPerRead: 5_000_000,
  initialBytesPerCell: 32,
  minBytesPerCell: 8,
  safetyFactor: 2,
  syncTimeoutMs: 120_000,
};

export function resolveLimits(overrides: Partial<OfficeLimits> = {}): OfficeLimits {
  const limits = { ...DEFAULT_OFFICE_LIMITS, ...overrides };
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`Office limit ${key} must be a positive number, got ${value}`);
  }
  return limits;
}

/** UTF-8 length of a string, without allocating the encoded bytes. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Size of a value as JSON on the wire, in bytes. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}
