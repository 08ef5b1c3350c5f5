import { quoteSheet } from '../cells/address';
import { MAX_FORMULA_LENGTH } from '../plan/check-plan';
import { InputError } from '../problems';

function occurrences(text: string, piece: string): number {
  let count = 0;
  for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + piece.length)) count++;
  return count;
}

/**
 * Refuses, before anything is written, when the longest credit formula would
 * be longer than Excel allows, naming the sheet whose name makes it so: of
 * the sheets the formulas point at (the scorecard, a financials sheet), the
 * one whose quoted name takes the most characters.
 */
export function checkFormulaLength(longest: string, sheets: readonly string[]): void {
  if (longest.length <= MAX_FORMULA_LENGTH) return;
  const weighed = sheets.map((sheet) => {
    const count = occurrences(longest, `${quoteSheet(sheet)}!`);
    return { sheet, count, chars: count * (quoteSheet(sheet).length + 1) };
  });
  const worst = weighed.reduce((a, b) => (b.chars > a.chars ? b : a));
  const args = { length: longest.length.toLocaleString('en'), sheet: worst.sheet, count: String(worst.count) };
  throw new InputError(
    `The credit formulas would be ${args.length} characters long, more than the 8,192 Excel allows, because of the name of sheet '${worst.sheet}' ` +
      `(it appears ${worst.count} times in each score formula). Nothing was written. Give that sheet a shorter name, without apostrophes, then run again.`,
    { code: 'formulaTooLong', args, candidates: [worst.sheet] },
  );
}
