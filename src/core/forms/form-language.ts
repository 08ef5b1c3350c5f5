import type { Language } from '../columns/layout';
import { FACTORS } from '../columns/roles';
import { RATIO_LABEL } from '../credit/credit-columns';
import { RATIOS } from '../credit/scorecard-config';
import { allLabels, label, type LabelId } from '../i18n/labels';

/** The built-in approval level names, in scorecard order (see defaultScorecard). */
const DEFAULT_LEVELS: readonly LabelId[] = ['level.accountManager', 'level.salesManager', 'level.regionalManager', 'level.headOffice'];

/**
 * A scorecard level name in the form's language: a built-in default name (in
 * any language) becomes the default in `lang`; a name the user typed stays as typed.
 */
export function levelName(name: string, lang: Language): string {
  const typed = name.trim();
  for (const id of DEFAULT_LEVELS) if (allLabels(id).includes(typed)) return label(id, lang);
  return name;
}

const ITEM_LABELS: readonly LabelId[] = [...RATIOS.map((r) => RATIO_LABEL[r]), ...FACTORS.map((f) => `factor.${f}` as LabelId)];

/**
 * The credit step's reasons ("label −points; …", written in the customer
 * sheet's language) with every item label in `lang`. A part that names no
 * known item is left as it is.
 */
export function reasonsIn(reasons: string | null, lang: Language): string | null {
  if (reasons === null) return null;
  return reasons.split('; ').map((part) => {
    const cut = part.lastIndexOf(' −');
    if (cut < 0) return part;
    const name = part.slice(0, cut);
    const id = ITEM_LABELS.find((item) => allLabels(item).includes(name));
    return id ? `${label(id, lang)}${part.slice(cut)}` : part;
  }).join(lang === 'en' ? '; ' : '；');
}
