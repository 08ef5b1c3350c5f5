import type { Language } from '../columns/layout';
import type { ControlFigures } from '../control/control-figures';
import { label, labelWith } from '../i18n/labels';
import { amountFormat, amountText } from './form-blocks';

/** A number of days as printed: one decimal at most. */
const daysText = (days: number) => String(Math.round(days * 10) / 10);

/**
 * The survey's payment record from the control figures (their as-of day is
 * in the periods note): average days late and the on-time share (or that
 * nothing was paid in the window), then the oldest open document's days past due.
 */
export function paymentRecordText(c: ControlFigures, lang: Language): string {
  const parts = c.avgDaysLate === null || c.onTimeShare === null
    ? [label('form.payNoHistory', lang)]
    : [labelWith('form.payLate', lang, { days: daysText(c.avgDaysLate) }), labelWith('form.payOnTime', lang, { share: `${Math.round(c.onTimeShare * 100)}%` })];
  parts.push(c.oldestDaysPastDue !== null && c.oldestDaysPastDue > 0
    ? labelWith('form.payOldest', lang, { days: String(c.oldestDaysPastDue) })
    : label('form.payNoneOverdue', lang));
  return parts.join(label('form.sep', lang));
}

/**
 * The total exposure a request allows, which the approval route is decided on:
 * the requested amount is a limit, the cap on everything the customer owes
 * (its current exposure counts within it, domain brief §6 step 4), so the
 * total is the request, or the current exposure where that is higher
 * (the approver then signs for what the customer already holds).
 */
export function routeTotal(requested: number, c: ControlFigures | undefined): number {
  return c === undefined ? requested : Math.max(requested, c.exposure);
}

/** The one sentence saying what the approval route covers. */
export function routeSentence(requested: number, c: ControlFigures | undefined, lang: Language): string {
  const total = amountText(routeTotal(requested, c), lang);
  if (c === undefined) return labelWith('form.routeLimit', lang, { total });
  return labelWith(c.exposure > requested ? 'form.routeExposure' : 'form.routeRequested', lang, { total });
}

/** The current limit's number format: the amount's, and "(recommended)" when no limit is approved. */
export function currentLimitFormat(c: ControlFigures, lang: Language): string {
  const money = amountFormat(lang);
  return c.onRecommended ? `${money}" ${label('form.recommendedSuffix', lang).replace(/"/g, '')}"` : money;
}

/** The warning that the customer is over its current limit (as its credit status says), or null. */
export function overLimitWarning(c: ControlFigures | undefined, lang: Language): string | null {
  if (c === undefined || !c.overLimit) return null;
  return labelWith('form.warnOverLimit', lang, {
    exposure: amountText(c.exposure, lang), limit: amountText(c.limitUsed, lang), over: amountText(c.exposure - c.limitUsed, lang),
  });
}
