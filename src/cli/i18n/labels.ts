import type { Language } from '../../core/columns/layout';
import { fillLabel, label as coreLabel, type LabelId as CoreLabelId } from '../../core/i18n/labels';
import { CLI_LABELS } from './cli-labels';
import { CLI_FILE_LABELS } from './file-labels';
import { CLI_MESSAGE_LABELS } from './message-labels';
import { CLI_OUTPUT_LABELS } from './output-labels';

/** Every text only the command line prints: its run summary, its other output and its messages. */
export const CLI_ONLY = { ...CLI_LABELS, ...CLI_OUTPUT_LABELS, ...CLI_MESSAGE_LABELS, ...CLI_FILE_LABELS } satisfies Record<string, Record<Language, string>>;

/** A label the command line can print: the core's dictionary and the command line's own texts. */
export type LabelId = CoreLabelId | keyof typeof CLI_ONLY;

function isCliOnly(id: LabelId): id is keyof typeof CLI_ONLY {
  return id in CLI_ONLY;
}

export function label(id: LabelId, language: Language): string {
  return isCliOnly(id) ? CLI_ONLY[id][language] : coreLabel(id, language);
}

/** The label with each `{name}` replaced by its value; a placeholder without a value is a bug and throws. */
export function labelWith(id: LabelId, language: Language, values: Readonly<Record<string, string | number>>): string {
  return fillLabel(id, label(id, language), values);
}
