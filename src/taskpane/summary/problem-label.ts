import { quoteSheet } from '../../core/cells/address';
import type { Problem } from '../../core/problems';

/** Where a problem is, as the user would type it in Excel's Name Box: `'Sales 2024'!B7`, or just the sheet. */
export function problemLocation(problem: Problem): string {
  return problem.cell === '' ? problem.sheet : `${quoteSheet(problem.sheet)}!${problem.cell}`;
}

export function problemLabel(problem: Problem): string {
  return `${problemLocation(problem)} — ${problem.reason}`;
}
