import { InputError } from '../../core/problems';
import { LABELS } from '../labels';

export interface ErrorDescription {
  message: string;
  /** Names the user can pick from (InputError candidates), possibly empty. */
  candidates: string[];
}

/** Turns anything a run can throw into text for the user; never loses the message. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof InputError) return { message: error.message, candidates: [...error.candidates] };
  if (error instanceof Error) return { message: error.message || error.name, candidates: [] };
  return { message: LABELS.unexpectedFailure(String(error)), candidates: [] };
}

export function errorText(error: unknown): string {
  const { message, candidates } = describeError(error);
  return candidates.length === 0 ? message : `${message}\n${LABELS.candidates(candidates.join(', '))}`;
}
