import type { Language } from '../columns/layout';
import type { Role } from '../columns/roles';
import type { InputError } from '../problems';
import { label, labelWith, type LabelId } from './labels';
import { problemText } from './problem-text';
import { quoteValues } from './quote-values';
import { roleLabel } from './role-label';

/** What the text of an InputError is made from (the pane keeps these, not the error); only the message for any other error. */
export type InputErrorParts = Pick<InputError, 'message'> & Partial<Pick<InputError, 'code' | 'args' | 'problems'>>;

/**
 * An InputError's message in the given language, followed by its cell
 * problems one per line; the English message when it has no template.
 */
export function inputErrorText(error: InputErrorParts, language: Language): string {
  if (!error.code) return error.message;
  // A cell's text the core quoted as JSON reads in the language's quotes (「abc」, “abc”).
  const args: Record<string, string> = { ...quoteValues(error.args ?? {}, language), section: label('pane.tab.data', language) };
  // What a refused cell holds: its value as it is, or the kind of content in the reader's language.
  if (args.held) args.held = args.held === 'value' ? args.value ?? '' : label(`error.held.${args.held}` as LabelId, language);
  if (args.kind) args.kind = label(`error.kind.${args.kind}` as LabelId, language);
  if (args.role) args.role = roleLabel(args.role as Role, language);
  const cells = (error.problems ?? []).map((p) => labelWith('error.cellProblem', language, { cell: `${p.sheet}!${p.cell}`, reason: problemText(p, language) }));
  return [labelWith(`error.${error.code}`, language, args), ...cells].join('\n');
}
