import { cellAddress, columnLetter } from '../cells/address';
import { normalizeHeader } from '../cells/normalize';
import type { SheetLayout } from '../columns/layout';
import { problemAt } from '../i18n/problem-text';
import type { Problem } from '../problems';
import { missingInputCode, type MissingInputCode } from './missing-input';
import type { UserFactor } from './scorecard-config';
import { ROW } from './scorecard-layout';
import { inputRef, type InputColumn, type UserFactorRole } from './statement-inputs';

/** The rating column's role of the user's k-th factor (0-based k): its defined name on a financials sheet is CreditDesk_RatingUser<k + 1>. */
const userFactorRole = (k: number): UserFactorRole => `rating:user${k + 1}`;

/** The missing-input code of a user's factor: `rating:` and its name, as the built-in ones are `rating:<factor>`. */
export const userFactorCode = (factor: UserFactor): MissingInputCode => missingInputCode({ kind: 'userRating', name: factor.name });

/**
 * The rating columns of the user's own factors: for each, the one column of
 * the input sheet (the customer or financials sheet) whose header matches its
 * name, compared as headers are (case, spaces and punctuation ignored). A
 * factor with no such column, with two, or with a column the credit step
 * already reads or Credit Desk owns (`taken`) is a problem at its scorecard
 * cell: the scorecard is then invalid.
 */
export function userFactorColumns(
  scorecardSheet: string,
  factors: readonly UserFactor[],
  layout: SheetLayout | null,
  taken: ReadonlySet<number>,
  crossSheet: boolean,
  statementRow: string,
): { columns: InputColumn[]; problems: Problem[] } {
  const columns: InputColumn[] = [];
  const problems: Problem[] = [];
  factors.forEach((factor, k) => {
    const cell = cellAddress(ROW.userFactors + k, 0);
    const found = JSON.stringify(factor.name);
    if (!layout) {
      problems.push(problemAt(scorecardSheet, cell, 'scorecardFactorNoSheet', { found }));
      return;
    }
    const key = normalizeHeader(factor.name);
    const matches = layout.headers.flatMap((h, col) => (key !== '' && normalizeHeader(h) === key ? [col] : []));
    const sheet = layout.sheet;
    if (matches.length === 0) problems.push(problemAt(scorecardSheet, cell, 'scorecardFactorNoColumn', { found, sheet }));
    else if (matches.length > 1) problems.push(problemAt(scorecardSheet, cell, 'scorecardFactorColumnTwice', { found, sheet, columns: matches.map(columnLetter).join(', ') }));
    else if (taken.has(matches[0]!)) problems.push(problemAt(scorecardSheet, cell, 'scorecardFactorColumnTaken', { found, sheet, column: columnLetter(matches[0]!) }));
    else {
      const role = userFactorRole(k);
      columns.push({ role, factor: null, userFactor: k, col: matches[0]!, ref: inputRef(role, matches[0]!, crossSheet, statementRow) });
    }
  });
  return { columns, problems };
}
