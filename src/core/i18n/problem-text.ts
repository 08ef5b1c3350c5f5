import type { Language } from '../columns/layout';
import type { Problem } from '../problems';
import { label, labelWith, type LabelId } from './labels';

/** A problem's reason in the given language (the English reason when it has no template). */
export function problemText(problem: Problem, language: Language): string {
  if (!problem.code) return problem.reason;
  const args = { ...problem.args };
  if (args.what) args.what = label(`problem.what.${args.what}` as LabelId, language);
  return labelWith(`problem.${problem.code}` as LabelId, language, args);
}
