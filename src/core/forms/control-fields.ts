import type { CellValue } from '../cells/cell';
import type { Language } from '../columns/layout';
import type { ControlFigures } from '../control/control-figures';
import type { ControlStatus } from '../control/status';
import { label, labelWith, type LabelId } from '../i18n/labels';
import { amountFormat, amountText } from './form-blocks';
import type { FormControl } from './form-data';

/** A number of days as printed: one decimal at most. */
const daysText = (days: number) => String(Math.round(days * 10) / 10);

/**
 * The survey's payment record from the control figures (their as-of day is
 * in the periods note): average days late and the on-time share (or that
 * nothing was paid in the window), the oldest open document's days past due,
 * then the DSO (n/a, with why, for a net credit balance or no recent sales).
 */
export function paymentRecordText(c: FormControl, lang: Language): string {
  const parts = c.avgDaysLate === null || c.onTimeShare === null
    ? [label('form.payNoHistory', lang)]
    : [labelWith('form.payLate', lang, { days: daysText(c.avgDaysLate) }), labelWith('form.payOnTime', lang, { share: `${Math.round(c.onTimeShare * 100)}%` })];
  parts.push(c.oldestDaysPastDue !== null && c.oldestDaysPastDue > 0
    ? labelWith('form.payOldest', lang, { days: String(c.oldestDaysPastDue) })
    : label('form.payNoneOverdue', lang));
  parts.push(c.dso !== null && c.dso >= 0
    ? labelWith('form.payDso', lang, { days: daysText(c.dso) })
    : labelWith('form.payDsoNa', lang, { reason: label(c.dso === null ? 'form.naNoRecentSales' : 'form.naCreditBalance', lang) }));
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

/** The warning that the customer is over its current limit (as its credit status says), by how much, or null. */
function overLimitWarning(c: ControlFigures | undefined, lang: Language): string | null {
  // Over limit needs a limit: a customer not rated (limitUsed null) is never over it.
  if (c === undefined || !c.overLimit || c.limitUsed === null) return null;
  const limit = c.limitUsed;
  return labelWith('form.warnOverLimit', lang, {
    status: label('control.status.overLimit', lang), exposure: amountText(c.exposure, lang), limit: amountText(limit, lang), over: amountText(c.exposure - limit, lang),
  });
}

/** The warning that the customer is on overdue hold, with what the hold counted and the rule, or null. */
function holdWarning(c: FormControl, lang: Language): string | null {
  if (c.status !== 'overdueHold' && !c.others.includes('overdueHold')) return null;
  const { amount, pastDays, days, minimum } = c.hold;
  return labelWith(pastDays === days ? 'form.warnHold' : 'form.warnHoldBuckets', lang, {
    status: label('control.status.overdueHold', lang), amount: amountText(amount, lang), pastDays, days, minimum: amountText(minimum, lang),
  });
}

/** What the credit status says the reader must act on, stated with its figures: the overdue hold, then over the limit. */
export function statusWarnings(c: FormControl | undefined, lang: Language): string[] {
  if (c === undefined) return [];
  return [holdWarning(c, lang), overLimitWarning(c, lang)].filter((w): w is string => w !== null);
}

/**
 * The credit status as the status column shows it (with "(recommended
 * limit)" where no limit is approved), and the other conditions that hold.
 * Each status is worded by its label, so a status the control step adds
 * needs only its label.
 */
export function statusText(c: FormControl, lang: Language): string {
  const word = (s: ControlStatus) => label(`control.status.${s}` as LabelId, lang);
  const status = c.onRecommended ? labelWith('control.status.onRecommended', lang, { status: word(c.status) }) : word(c.status);
  if (c.others.length === 0) return status;
  return labelWith('form.statusAlso', lang, { status, others: c.others.map(word).join(label('control.list.separator', lang)) });
}

/** An amount the customer owes as printed: a negative one (credit notes net above the invoices) is a credit balance, in words. */
export function balanceValue(amount: number, lang: Language): CellValue {
  return amount < 0 ? labelWith('form.creditBalance', lang, { amount: amountText(-amount, lang) }) : amount;
}

/**
 * The overdue amount as printed: none when nothing is owed past due; the
 * credit balance of the past-due documents is stated here unless the
 * outstanding amount states the customer's (the reader sees it once).
 */
export function overdueValue(c: Pick<ControlFigures, 'overdue' | 'openReceivables'>, lang: Language): CellValue {
  if (c.overdue > 0) return c.overdue;
  if (c.overdue < 0 && c.openReceivables >= 0) return labelWith('form.noneCreditBalance', lang, { amount: amountText(-c.overdue, lang) });
  return label('form.none', lang);
}

/**
 * Utilisation as printed: n/a, with why, for a limit of 0, without a limit
 * (not rated) or for a net credit balance (the sheet's cell stays as computed).
 */
export function utilisationValue(c: FormControl, lang: Language): CellValue {
  if (c.utilisation === null) return labelWith('form.naBecause', lang, { reason: label(c.limitUsed === null ? 'form.naNotRated' : 'form.naLimitZero', lang) });
  if (c.utilisation < 0) return labelWith('form.naBecause', lang, { reason: label('form.naCreditBalance', lang) });
  return c.utilisation;
}
