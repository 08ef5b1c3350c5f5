import type { Language } from '../columns/layout';
import { allLabels, label, type LabelId } from '../i18n/labels';

/** The built-in approval level names, in scorecard order (see defaultScorecard). */
const DEFAULT_LEVELS: readonly LabelId[] = ['level.accountManager', 'level.salesManager', 'level.regionalManager', 'level.headOffice'];
/** What the level column holds where no scorecard level applies. */
const OTHER_LEVELS: readonly LabelId[] = ['value.noCredit', 'value.surveyNeeded'];

/**
 * A scorecard level name in the form's (or the pane's) language: a built-in
 * default name, "no credit" or "survey needed" (in any language) becomes the
 * same in `lang`; a name the user typed stays as typed.
 */
export function levelName(name: string, lang: Language): string {
  const typed = name.trim();
  for (const id of [...DEFAULT_LEVELS, ...OTHER_LEVELS]) if (allLabels(id).includes(typed)) return label(id, lang);
  return name;
}
