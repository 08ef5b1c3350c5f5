import type { Language } from '../../core/columns/layout';
import { ERROR_LABELS } from '../../core/i18n/error-labels';
import { inputErrorText, type InputErrorParts } from '../../core/i18n/input-error-text';
import { label, labelWith } from './labels';

/** The pane's hint after an error's message (where in the pane to settle it: its Data section), or '' for an error without one. */
export function paneHint(error: InputErrorParts, language: Language): string {
  const id = `error.hint.${error.code}`;
  return id in ERROR_LABELS ? labelWith(id as keyof typeof ERROR_LABELS, language, { section: label('pane.tab.data', language) }) : '';
}

/** An InputError as the pane words it: the dictionary's message, the pane's hint, then its cell problems. */
export function paneErrorText(error: InputErrorParts, language: Language): string {
  return inputErrorText(error, language, paneHint(error, language));
}
