import type { Language } from '../columns/layout';
import type { Role } from '../columns/roles';
import { InputError, type InputErrorCode, type InputErrorDetail } from '../problems';
import { label, labelWith, type LabelId } from './labels';
import { problemText } from './problem-text';
import { quoteValues } from './quote-values';
import { roleLabel } from './role-label';

/** What the text of an InputError is made from (the pane keeps these, not the error); only the message for any other error. */
export type InputErrorParts = Pick<InputError, 'message'> & Partial<Pick<InputError, 'code' | 'args' | 'problems'>>;

/**
 * An InputError's message in the given language, then the hint the caller
 * adds (the pane's error.hint.*, src/taskpane/i18n/error-text.ts; the command
 * line's flags, src/cli/flag-hints.ts), then its cell problems one per line;
 * the message as it is when it has no template.
 */
export function inputErrorText(error: InputErrorParts, language: Language, hint = ''): string {
  if (!error.code) return error.message;
  // A cell's text the core quoted as JSON reads in the language's quotes (「abc」, “abc”).
  const args: Record<string, string> = { ...quoteValues(error.args ?? {}, language) };
  // What a refused cell holds: its value as it is, or the kind of content in the reader's language.
  if (args.held) args.held = args.held === 'value' ? args.value ?? '' : label(`error.held.${args.held}` as LabelId, language);
  if (args.kind) args.kind = label(`error.kind.${args.kind}` as LabelId, language);
  if (args.role) args.role = roleLabel(args.role as Role, language);
  const message = labelWith(`error.${error.code}`, language, args);
  const cells = (error.problems ?? []).map((p) => labelWith('error.cellProblem', language, { cell: `${p.sheet}!${p.cell}`, reason: problemText(p, language) }));
  // English sentences are spaced; Chinese ones follow the 。 directly.
  return [hint === '' ? message : `${message}${language === 'en' ? ' ' : ''}${hint}`, ...cells].join('\n');
}

/** An InputError worded by its code only: its message is the dictionary's English, without a hint (the caller adds its own). */
export function inputError(code: InputErrorCode, args: Record<string, string> = {}, detail: Omit<InputErrorDetail, 'code' | 'args'> = {}): InputError {
  const message = inputErrorText({ message: '', code, args, problems: detail.problems ?? [] }, 'en', '');
  return new InputError(message, { ...detail, code, args });
}
