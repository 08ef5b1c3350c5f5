import type { FormsRemoval } from '../app/remove-forms';

const quoted = (sheets: readonly string[]) => sheets.map((s) => `'${s}'`).join(', ');
const sheetsWord = (n: number) => (n === 1 ? 'form sheet' : 'form sheets');

/** What `remove-forms` did, in lines for stdout. */
export function formatRemoval(outcome: FormsRemoval): string[] {
  const lines: string[] = [];
  const { remove, keptEdited, unchecked } = outcome;
  lines.push(remove.length > 0
    ? `Removed ${remove.length} ${sheetsWord(remove.length)} of the last forms run: ${quoted(remove)}.`
    : 'Removed no sheet: the last forms run left no unedited form sheet.');
  if (keptEdited.length > 0) lines.push(`Kept ${keptEdited.length} ${sheetsWord(keptEdited.length)} edited since the run: ${quoted(keptEdited)}.`);
  if (unchecked.length > 0) {
    lines.push(`Kept ${unchecked.length} ${sheetsWord(unchecked.length)} Credit Desk cannot check (made before this version, or by a run that stopped part-way): `
      + `${quoted(unchecked)}. Delete them yourself if you no longer need them.`);
  }
  return lines;
}
