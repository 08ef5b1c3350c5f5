import type { Language } from '../../core/columns/layout';
import { edgeLabels, type LabelId as CoreLabelId } from '../../core/i18n/labels';
import { CLI_LABELS } from './cli-labels';
import { CLI_FILE_LABELS } from './file-labels';
import { CLI_MESSAGE_LABELS } from './message-labels';
import { CLI_OUTPUT_LABELS } from './output-labels';

/** Every text only the command line prints: its run summary, its other output and its messages. */
export const CLI_ONLY = { ...CLI_LABELS, ...CLI_OUTPUT_LABELS, ...CLI_MESSAGE_LABELS, ...CLI_FILE_LABELS } satisfies Record<string, Record<Language, string>>;

/** A label the command line can print: the core's dictionary and the command line's own texts. */
export type LabelId = CoreLabelId | keyof typeof CLI_ONLY;

export const { label, labelWith } = edgeLabels(CLI_ONLY);
