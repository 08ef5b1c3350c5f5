import type { Language } from '../columns/layout';
import type { Problem, ProblemCode } from '../problems';
import { label, labelWith, type LabelId } from './labels';
import { quoteValues } from './quote-values';

/** A problem's reason in the given language, from its code's template. */
export function problemText(problem: Pick<Problem, 'code' | 'args'>, language: Language): string {
  // A cell's text the core quoted as JSON reads in the language's quotes (「abc」, “abc”).
  const args = quoteValues({ ...problem.args }, language);
  if (args.what) args.what = label(`problem.what.${args.what}` as LabelId, language);
  if (args.ratio) args.ratio = label(`col.${args.ratio}` as LabelId, language);
  if (args.factor) args.factor = label(`factor.${args.factor}` as LabelId, language);
  if (args.result) args.result = label(`col.${args.result}` as LabelId, language);
  if (args.effect) args.effect = label(`problem.effect.${args.effect}` as LabelId, language);
  if (args.item) args.item = labelWith(`problem.item.${args.item}` as LabelId, language, args);
  // A variant words the same problem for another case (a summary row within a list, not under it).
  const id = args.variant ? `problem.${problem.code}.${args.variant}` as LabelId : `problem.${problem.code}` as const;
  return labelWith(id, language, args);
}

/** A problem by its cell, code and arguments: its text, in any language, is problemText's (the edges word it). */
export function problemAt(sheet: string, cell: string, code: ProblemCode, args: Record<string, string> = {}): Problem {
  return { sheet, cell, code, args };
}
