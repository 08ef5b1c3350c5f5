import { problemText } from '../../src/core/i18n/problem-text';
import type { Problem } from '../../src/core/problems';

/** A problem's English, as the command line and --json word it (problems carry only a code and arguments). */
export function reasonOf(problem: Pick<Problem, 'code' | 'args'>): string {
  return problemText(problem, 'en');
}
