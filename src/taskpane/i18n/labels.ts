import type { Language } from '../../core/columns/layout';
import { fillLabel, label as coreLabel, type LabelId as CoreLabelId } from '../../core/i18n/labels';
import { PREVIEW_LABELS } from '../preview/preview-labels';
import { PANE_LABELS } from './pane-labels';

/** The texts only the pane, the ribbon command and the browser preview show (the core never names them). */
const PANE_ONLY = { ...PANE_LABELS, ...PREVIEW_LABELS } as const satisfies Record<string, Record<Language, string>>;

/** A label the pane can show: the core's dictionary and the pane's own texts. */
export type LabelId = CoreLabelId | keyof typeof PANE_ONLY;

function isPaneOnly(id: LabelId): id is keyof typeof PANE_ONLY {
  return id in PANE_ONLY;
}

export function label(id: LabelId, language: Language): string {
  return isPaneOnly(id) ? PANE_ONLY[id][language] : coreLabel(id, language);
}

/** The label with each `{name}` replaced by its value; a placeholder without a value is a bug and throws. */
export function labelWith(id: LabelId, language: Language, values: Readonly<Record<string, string | number>>): string {
  return fillLabel(id, label(id, language), values);
}
