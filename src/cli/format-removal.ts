import type { FormsRemoval } from '../app/remove-forms';
import type { Language } from '../core/columns/layout';
import { formatCount } from '../core/i18n/format-number';
import { label, labelWith } from './i18n/labels';

/** Sheet names quoted and listed as the language does ('A', 'B' / 「A」、「B」). */
function sheetList(sheets: readonly string[], language: Language): string {
  return sheets.map((name) => labelWith('cli.quoted', language, { name })).join(label('control.list.separator', language));
}

/** What `remove-forms` did, in lines for stdout, in the language asked for. */
export function formatRemoval(outcome: FormsRemoval, language: Language): string[] {
  const { remove, keptEdited, unchecked } = outcome;
  const line = (id: 'cli.removal.removed' | 'cli.removal.kept' | 'cli.removal.unchecked', sheets: readonly string[]) =>
    labelWith(id, language, { count: formatCount(sheets.length), sheets: sheetList(sheets, language) });
  return [
    remove.length > 0 ? line('cli.removal.removed', remove) : label('cli.removal.nothing', language),
    ...(keptEdited.length > 0 ? [line('cli.removal.kept', keptEdited)] : []),
    ...(unchecked.length > 0 ? [line('cli.removal.unchecked', unchecked)] : []),
  ];
}
