import { readDate } from '../cells/normalize';
import { inputError } from '../i18n/input-error-text';

/** How customers are ranked into tiers (domain brief §3). */
export type TierMode = 'sales' | 'headcount';

export type Tier = 'A' | 'B' | 'C' | 'D';
export const TIERS: readonly Tier[] = ['A', 'B', 'C', 'D'];

export interface TierOptions {
  mode: TierMode;
  /**
   * Upper bounds of the "share before" for A and B, as fractions:
   * sales mode default [0.8, 0.95], head-count mode default [0.2, 0.5].
   */
  thresholds: [number, number];
  /** Optional period as Excel date serial numbers, inclusive on both ends. */
  period?: { from?: number; to?: number };
}

export const DEFAULT_THRESHOLDS: Record<TierMode, [number, number]> = {
  sales: [0.8, 0.95],
  headcount: [0.2, 0.5],
};

export function defaultTierOptions(mode: TierMode = 'sales'): TierOptions {
  return { mode, thresholds: [...DEFAULT_THRESHOLDS[mode]] as [number, number] };
}

/** A and B limits in percent, as the user types them: 0 < A < B ≤ 100. */
export function validPercentLimits(a: number, b: number): boolean {
  return a > 0 && a < b && b <= 100;
}

// The one conversion of tier settings as the user types them (the pane's fields, the command line's flags, the
// pane's saved choices) to the options the core takes.

/** Limits in percent (80, 95) as fractions (0.8, 0.95); null unless 0 < A < B ≤ 100. */
export function percentToFractions(a: number, b: number): [number, number] | null {
  return validPercentLimits(a, b) ? [a / 100, b / 100] : null;
}

/** Fractions as the percent the user sees and types (0.95 → 95, not 94.99999999999999). */
export function fractionsToPercent(limits: readonly [number, number]): [number, number] {
  const percent = (f: number) => Math.round(f * 100 * 1e9) / 1e9;
  return [percent(limits[0]), percent(limits[1])];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A period date typed as yyyy-mm-dd as its date serial; null for any other text or a day that does not exist. */
export function periodDateSerial(text: string): number | null {
  if (!ISO_DATE.test(text)) return null;
  const d = readDate(text);
  return d.ok ? d.serial : null;
}

/** The settings as typed: limits in percent, period dates as yyyy-mm-dd ('' or absent: no bound). */
export interface TypedTierSettings {
  mode: TierMode;
  thresholds: readonly [number, number];
  from?: string;
  to?: string;
}

/** The tier options of typed settings; refused with badThresholds, badPeriodDate or periodReversed (it would read no sales row), naming what was typed. */
export function tierOptionsFromTyped(typed: TypedTierSettings): TierOptions {
  const [a, b] = typed.thresholds;
  const thresholds = percentToFractions(a, b);
  if (!thresholds) throw inputError('badThresholds', { a: String(a), b: String(b) });
  const serial = (text: string | undefined) => {
    if (text === undefined || text === '') return undefined;
    const value = periodDateSerial(text);
    if (value === null) throw inputError('badPeriodDate', { text });
    return value;
  };
  const from = serial(typed.from);
  const to = serial(typed.to);
  if (from !== undefined && to !== undefined && to < from) throw inputError('periodReversed', { from: typed.from!, to: typed.to! });
  const period = from === undefined && to === undefined ? undefined : { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  return { mode: typed.mode, thresholds, ...(period ? { period } : {}) };
}
