import type { Language } from '../columns/layout';
import { FACTORS } from '../columns/roles';
import { label, labelWith, type LabelId } from '../i18n/labels';
import { RATIO_LABEL } from './credit-columns';
import type { LimitReason, NotRatedReason, RowExplanation } from './limit-reason';
import { RATIOS } from './scorecard-config';

/** Labels of the scored items, RATIOS then FACTORS (LostPoints.item indexes them). */
export const ITEM_LABELS: readonly LabelId[] = [...RATIOS.map((r) => RATIO_LABEL[r]), ...FACTORS.map((f) => `factor.${f}` as LabelId)];

/** An amount as the reasons print it: whole, with thousands separators. */
export function amountWords(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function pointsWords(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function limitWords(reason: LimitReason, lang: Language, window: string): string {
  switch (reason.code) {
    case 'noSalesHistory':
    case 'capOverflow':
      return label(`reason.${reason.code}`, lang);
    case 'noRecentSales':
      return labelWith('reason.noRecentSales', lang, { window });
    case 'gradeFactorZero':
      return labelWith('reason.gradeFactorZero', lang, { grade: reason.grade });
    case 'netWorthNotPositive':
      return labelWith('reason.netWorthNotPositive', lang, { netWorth: amountWords(reason.netWorth) });
    case 'belowRoundingUnit':
      return labelWith('reason.belowRoundingUnit', lang, { base: amountWords(reason.base), unit: amountWords(reason.unit) });
    case 'capped':
      return labelWith('reason.capped', lang, { share: `${pointsWords(reason.share * 100)}%`, netWorth: amountWords(reason.netWorth) });
  }
}

function notRatedWords(r: NotRatedReason, lang: Language): string {
  return labelWith('reason.notRated', lang, {
    ratios: r.missingRatios, ratioCount: RATIOS.length, ratings: r.missingRatings, factorCount: r.factorCount,
    maxRatios: r.maxMissingRatios, maxRatings: r.maxMissingRatings,
  });
}

/** The separator between the parts of a reasons or missing-inputs cell. */
export function listSeparator(lang: Language): string {
  return lang === 'en' ? '; ' : '；';
}

/**
 * A row's reasons in a language: why it is not rated, why its limit is 0 or
 * capped, then the rated items that cost most points ("Quick ratio −10").
 * `window` is the last month of the 12-month average (yyyy-mm). Null when
 * there is nothing to explain.
 */
export function explanationWords(e: RowExplanation, lang: Language, window: string): string | null {
  const parts: string[] = [];
  if (e.notRated) parts.push(notRatedWords(e.notRated, lang));
  if (e.limit) parts.push(limitWords(e.limit, lang, window));
  for (const { item, points, name } of e.lost) parts.push(`${name ?? label(ITEM_LABELS[item]!, lang)} −${pointsWords(points)}`);
  return parts.length === 0 ? null : parts.join(listSeparator(lang));
}
