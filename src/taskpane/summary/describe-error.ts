import type { Language } from '../../core/columns/layout';
import type { InputErrorParts } from '../../core/i18n/input-error-text';
import { paneErrorText } from '../i18n/error-text';
import { label, labelWith } from '../i18n/labels';
import { InputError } from '../../core/problems';

export interface ErrorDescription extends InputErrorParts {
  /** Names the user can pick from (InputError candidates), possibly empty. */
  candidates: string[];
  /** Not an Error at all: the message is the thrown value as text. */
  unexpected: boolean;
}

/** Turns anything a run can throw into what the user is told; never loses the message. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof InputError) {
    const { message, code, args, problems, candidates } = error;
    return { message, code, args, problems, candidates: [...candidates], unexpected: false };
  }
  if (error instanceof Error) return { message: error.message || error.name, candidates: [], unexpected: false };
  return { message: String(error), candidates: [], unexpected: true };
}

/** The message in the pane's language: an InputError's from its template, any other error's as it is. */
export function errorMessage(description: ErrorDescription, language: Language): string {
  return description.unexpected ? labelWith('pane.unexpectedFailure', language, { what: description.message }) : paneErrorText(description, language);
}

/** The message and its candidates as one text, for places that show plain text. */
export function errorText(error: unknown, language: Language): string {
  const description = describeError(error);
  const message = errorMessage(description, language);
  return description.candidates.length === 0 ? message : `${message}\n${label('pane.candidates', language)} ${description.candidates.join(', ')}`;
}
