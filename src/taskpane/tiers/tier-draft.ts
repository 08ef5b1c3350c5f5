import type { LabelId } from '../i18n/labels';
import { percentToFractions, periodDateSerial, type TierMode } from '../../core/tiers/tier-options';
import type { PaneChoices } from '../host/pane-host';

type TierChoice = PaneChoices['tier'];

/** The tier settings as typed: text until it reads as numbers and dates. */
export interface TierDraft {
  mode: TierMode;
  a: string;
  b: string;
  /** yyyy-mm-dd or '' (no bound), as a date input gives it. */
  from: string;
  to: string;
}

export interface DraftReading {
  /** Null while any field is invalid. */
  tier: TierChoice | null;
  errors: Partial<Record<'thresholds' | 'from' | 'to', LabelId>>;
}

export function draftOf(tier: TierChoice): TierDraft {
  return { mode: tier.mode, a: String(tier.thresholds[0]), b: String(tier.thresholds[1]), from: tier.from ?? '', to: tier.to ?? '' };
}

function dateSerial(text: string): number | null | 'invalid' {
  if (text === '') return null;
  return periodDateSerial(text) ?? 'invalid';
}

/** Reads the draft: limits in percent with 0 < A < B ≤ 100; dates as yyyy-mm-dd, the period not ending before it starts. */
export function readDraft(draft: TierDraft): DraftReading {
  const errors: DraftReading['errors'] = {};
  const a = draft.a.trim() === '' ? NaN : Number(draft.a);
  const b = draft.b.trim() === '' ? NaN : Number(draft.b);
  if (percentToFractions(a, b) === null) errors.thresholds = 'pane.tiers.thresholdsInvalid';
  const from = dateSerial(draft.from);
  const to = dateSerial(draft.to);
  if (from === 'invalid') errors.from = 'pane.tiers.dateInvalid';
  if (to === 'invalid') errors.to = 'pane.tiers.dateInvalid';
  else if (typeof from === 'number' && typeof to === 'number' && to < from) errors.to = 'pane.tiers.periodInvalid';
  if (Object.keys(errors).length > 0) return { tier: null, errors };
  return {
    tier: {
      mode: draft.mode,
      thresholds: [a, b],
      ...(draft.from !== '' ? { from: draft.from } : {}),
      ...(draft.to !== '' ? { to: draft.to } : {}),
    },
    errors,
  };
}
