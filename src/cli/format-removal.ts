import type { FormsRemoval } from '../app/remove-forms';
import type { Language } from '../core/columns/layout';
import { formatCount } from '../core/i18n/format-number';
import { label, labelWith } from './i18n/labels';

/** Sheet names quoted and listed as the language does ('A', 'B' / 「A」、「B」). */
function sheetList(sheets: readonly string[], language: Language): string {
  return sheets.map((name) => labelWith('cli.quoted', language, { name })).join(label('control.list.separator', language));
}

type RemovalLine = 'cli.removal.removed' | 'cli.removal.kept' | 'cli.removal.unchecked' | 'cli.removal.earlierNext' | 'cli.removal.earlierKept';

/**
 * What `remove-forms` did, in lines for stdout, in the language asked for.
 * `earlier`: the form sheets of earlier runs still in the output
 * (earlier-forms.ts); once this run has nothing left, they are the next
 * remove-forms would remove, and the line says so.
 */
export function formatRemoval(outcome: FormsRemoval, language: Language, earlier: readonly string[] = []): string[] {
  const { remove, keptEdited, unchecked } = outcome;
  const line = (id: RemovalLine, sheets: readonly string[]) =>
    labelWith(id, language, { count: formatCount(sheets.length), sheets: sheetList(sheets, language) });
  const thisRunLeft = keptEdited.length + unchecked.length > 0;
  return [
    remove.length > 0 ? line('cli.removal.removed', remove) : label('cli.removal.nothing', language),
    ...(keptEdited.length > 0 ? [line('cli.removal.kept', keptEdited)] : []),
    ...(unchecked.length > 0 ? [line('cli.removal.unchecked', unchecked)] : []),
    ...(earlier.length > 0 ? [line(thisRunLeft ? 'cli.removal.earlierKept' : 'cli.removal.earlierNext', earlier)] : []),
  ];
}
