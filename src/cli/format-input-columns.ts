import type { InputColumnsSummary } from '../app/add-input-columns';

/** What --add-input-columns did, a line per added column, for a person reading a terminal. */
export function formatInputColumns(s: InputColumnsSummary): string[] {
  const where = `'${s.sheet}'${s.table ? ` (table ${s.table})` : ''}`;
  if (s.columns.length === 0) return [`No input column is missing on ${where}: nothing was added.`];
  const lines = s.columns.map((c) => `Added column ${c.letter} "${c.header}" (${c.role}) to ${where}`);
  if (s.scorecard) {
    lines.push(s.scorecard.created
      ? `Made the scorecard '${s.scorecard.sheet}' with the default rules: the rating columns' drop-downs list its rating keys.`
      : `The rating columns' drop-downs list the rating keys of the scorecard '${s.scorecard.sheet}'.`);
  }
  lines.push('The columns are yours: fill them in, then score credit (Credit Desk never writes them again).');
  return lines;
}
