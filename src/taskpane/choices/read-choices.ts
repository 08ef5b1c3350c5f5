import { LANGUAGES, type Language } from '../../core/columns/layout';
import type { SourceOverrides } from '../../core/columns/roles';
import { FORM_KINDS, type FormKind } from '../../core/forms/form-sheets';
import type { PaneChoices } from '../host/pane-host';


const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextMap = (v: unknown) => isRecord(v) && Object.values(v).every(isText);

function overridesOf(v: unknown): SourceOverrides | null {
  if (!isRecord(v)) return null;
  const { customerSheet, salesSheet, financialsSheet, customerColumns, salesColumns } = v;
  const sheetsOk = [customerSheet, salesSheet, financialsSheet].every((s) => s === undefined || isText(s));
  const columnsOk = [customerColumns, salesColumns].every((c) => c === undefined || isTextMap(c));
  return sheetsOk && columnsOk ? (v as SourceOverrides) : null;
}

/**
 * Choices read back from where a host saved them (document settings, a file):
 * checked field by field, since the workbook may have been edited by an older
 * version or by hand. Throws, naming what is wrong, rather than guessing.
 */
export function readChoices(value: unknown): PaneChoices {
  if (!isRecord(value)) throw new Error('the saved choices are not an object');
  const { overrides, tier, forms } = value;
  const o = overridesOf(overrides);
  if (o === null) throw new Error('the saved sheet and column choices are malformed');
  if (!isRecord(tier) || (tier.mode !== 'sales' && tier.mode !== 'headcount')) throw new Error('the saved tier mode is malformed');
  const t = tier.thresholds;
  if (!Array.isArray(t) || t.length !== 2 || !t.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw new Error('the saved tier limits are malformed');
  }
  if (![tier.from, tier.to].every((d) => d === undefined || isText(d))) throw new Error('the saved period is malformed');
  if (!isRecord(forms) || !LANGUAGES.includes(forms.lang as Language) || typeof forms.batch !== 'boolean') {
    throw new Error('the saved form choices are malformed');
  }
  // Choices saved before form types could be chosen have none: both forms, as then.
  const kinds = forms.kinds === undefined ? [...FORM_KINDS] : forms.kinds;
  if (!Array.isArray(kinds) || kinds.length === 0 || !kinds.every((k) => FORM_KINDS.includes(k as FormKind))) {
    throw new Error('the saved form types are malformed');
  }
  return {
    overrides: o,
    tier: {
      mode: tier.mode,
      thresholds: [t[0] as number, t[1] as number],
      ...(isText(tier.from) ? { from: tier.from } : {}),
      ...(isText(tier.to) ? { to: tier.to } : {}),
    },
    forms: { kinds: FORM_KINDS.filter((k) => kinds.includes(k)), lang: forms.lang as Language, batch: forms.batch },
  };
}
