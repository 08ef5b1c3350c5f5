import type { Language } from '../../core/columns/layout';
import { edgeLabels, type LabelId as CoreLabelId } from '../../core/i18n/labels';
import { PREVIEW_LABELS } from '../preview/preview-labels';
import { PANE_LABELS } from './pane-labels';

/** The texts only the pane, the ribbon command and the browser preview show (the core never names them). */
const PANE_ONLY = { ...PANE_LABELS, ...PREVIEW_LABELS } as const satisfies Record<string, Record<Language, string>>;

/** A label the pane can show: the core's dictionary and the pane's own texts. */
export type LabelId = CoreLabelId | keyof typeof PANE_ONLY;

export const { label, labelWith } = edgeLabels(PANE_ONLY);
