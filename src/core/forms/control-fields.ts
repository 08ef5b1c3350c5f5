import type { Language } from '../columns/layout';
import type { ControlFigures } from '../control/control-figures';
import { label, labelWith } from '../i18n/labels';
import { amountText, isoDayText } from './form-blocks';

/** A number of days as printed: one decimal at most. */
const daysText = (days: number) => String(Math.round(days * 10) / 10);

/**
 * The survey's payment record from the control figures: the as-of day, then
 * average days late and the on-time share (or that nothing was paid in the
 * window), then the oldest open document's days past due.
 */
export function paymentRecordText(c: ControlFigures, asOf: string, lang: Language): string {
  const parts = c.avgDaysLate === null || c.onTimeShare === null
    ? [label('form.payNoHistory', lang)]
    : [labelWith('form.payLate', lang, { days: daysText(c.avgDaysLate) }), labelWith('form.payOnTime', lang, { share: `${Math.round(c.onTimeShare * 100)}%` })];
  parts.push(c.oldestDaysPastDue !== null && c.oldestDaysPastDue > 0
    ? labelWith('form.payOldest', lang, { days: String(c.oldestDaysPastDue) })
    : label('form.payNoneOverdue', lang));
  return labelWith('form.payAsOf', lang, { date: isoDayText(asOf, lang) }) + parts.join(label('form.sep', lang));
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
export function routeSentence(requested: number, c: ControlFigures | undefined, asOf: string | undefined, lang: Language): string {
  const total = amountText(routeTotal(requested, c), lang);
  if (c === undefined || asOf === undefined) return labelWith('form.routeLimit', lang, { total });
  const date = isoDayText(asOf, lang);
  return c.exposure > requested
    ? labelWith('form.routeExposure', lang, { total, date, requested: amountText(requested, lang) })
    : labelWith('form.routeRequested', lang, { total, date, exposure: amountText(c.exposure, lang) });
}

/** The warning that the customer is over its current limit (as its credit status says), or null. */
export function overLimitWarning(c: ControlFigures | undefined, lang: Language): string | null {
  if (c === undefined || !c.overLimit) return null;
  return labelWith('form.warnOverLimit', lang, {
    exposure: amountText(c.exposure, lang), limit: amountText(c.limitUsed, lang), over: amountText(c.exposure - c.limitUsed, lang),
  });
}
