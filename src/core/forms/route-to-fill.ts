import type { Language } from '../columns/layout';
import type { ControlFigures } from '../control/control-figures';
import { label, labelWith } from '../i18n/labels';
import { approvalRoute } from './approval-route';
import { amountText } from './form-blocks';
import type { FormContext } from './form-data';

/**
 * The approval levels' rule as one line, each level with the most it
 * approves (the last, without a maximum, above the one before it), so the
 * approvers of an amount written in by hand can see which of them sign.
 */
export function levelsRule(levels: FormContext['levels'], lang: Language): string {
  const parts = levels.map((level, i) => {
    if (level.max !== null) return labelWith('form.levelUpTo', lang, { level: level.name, max: amountText(level.max, lang) });
    const below = levels[i - 1]?.max;
    return below === undefined || below === null
      ? labelWith('form.levelAny', lang, { level: level.name })
      : labelWith('form.levelAbove', lang, { level: level.name, max: amountText(below, lang) });
  });
  return labelWith('form.routeLevels', lang, { levels: parts.join(label('form.levelSep', lang)) });
}

/**
 * What the approval section says when the amount is left to fill in: the
 * route depends on it; a customer who owes something already needs the
 * levels its exposure needs (the request caps the exposure: routeTotal).
 */
export function routeToFillSentence(levels: FormContext['levels'], c: ControlFigures | undefined, lang: Language): string {
  const depends = label('form.routeToFill', lang);
  if (c === undefined || c.exposure <= 0) return depends;
  const least = approvalRoute(levels, c.exposure).at(-1)!;
  return labelWith('form.routeToFillExposure', lang, { route: depends, exposure: amountText(c.exposure, lang), level: least.name });
}
