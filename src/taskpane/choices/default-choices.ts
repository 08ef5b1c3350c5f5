import type { Language } from '../../core/columns/layout';
import { FORM_KINDS } from '../../core/forms/form-sheets';
import { DEFAULT_THRESHOLDS, fractionsToPercent, type TierMode } from '../../core/tiers/tier-options';
import type { PaneChoices } from '../host/pane-host';

/** The default A and B limits of a mode, in percent as the pane shows them. */
export function defaultThresholds(mode: TierMode): [number, number] {
  return fractionsToPercent(DEFAULT_THRESHOLDS[mode]);
}

/**
 * The choices before the user makes any: recognise everything, sales mode,
 * all rows, forms in the pane's language on one batch sheet per form type
 * (one sheet per customer is chosen on purpose: it can make hundreds).
 */
export function defaultChoices(language: Language): PaneChoices {
  return {
    overrides: {},
    tier: { mode: 'sales', thresholds: defaultThresholds('sales') },
    forms: { kinds: [...FORM_KINDS], lang: language, batch: true },
  };
}
