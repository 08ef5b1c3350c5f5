import type { FormsRemoval } from '../../app/remove-forms';
import type { Language } from '../../core/columns/layout';
import { labelWith } from '../i18n/labels';
import { formatCount } from './format';

/** Sheet names as a sentence lists them: quoted as the language quotes (“A”, “B” / 「A」、「B」). */
export function sheetList(sheets: readonly string[], language: Language): string {
  return sheets.map((name) => labelWith('pane.forms.remove.sheet', language, { name })).join(language === 'en' ? ', ' : '、');
}

/** What a removal did, one sentence per kind of sheet, for the pane's message. */
export function removalLines(outcome: FormsRemoval, language: Language): string[] {
  const line = (id: 'pane.forms.remove.done' | 'pane.forms.remove.kept' | 'pane.forms.remove.unchecked', sheets: readonly string[]) =>
    labelWith(id, language, { count: formatCount(sheets.length), sheets: sheetList(sheets, language) });
  return [
    outcome.remove.length > 0 ? line('pane.forms.remove.done', outcome.remove) : labelWith('pane.forms.remove.nothing', language, {}),
    ...(outcome.keptEdited.length > 0 ? [line('pane.forms.remove.kept', outcome.keptEdited)] : []),
    ...(outcome.unchecked.length > 0 ? [line('pane.forms.remove.unchecked', outcome.unchecked)] : []),
  ];
}
