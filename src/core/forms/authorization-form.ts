import { label, labelWith, type LabelId } from '../i18n/labels';
import { approvalRoute } from './approval-route';
import { balanceValue, currentLimitFormat, routeSentence, routeTotal, statusText, statusWarnings, utilisationValue } from './control-fields';
import type { CreditRequest, FormContext, FormCustomer, FormPosition } from './form-data';
import { BODY_PT, fitRows, formHeight, PAGE_BODY_PT } from './form-fit';
import { FormPiece } from './form-piece';
import { levelsRule, routeToFillSentence } from './route-to-fill';
import { amountFormat, amountText, gradeText, scoreValue, heading, identityRows, note, periodsNote, section, SHORT_SIGNATURE_PT, SIGNATURE_PT, smaller, twoPairs, wide } from './form-blocks';

/** The warnings the application prints above its approval block: what the approver must see before signing. */
export function requestWarnings(c: Pick<FormCustomer, 'grade' | 'recommendedLimit' | 'control'>, request: CreditRequest, ctx: Pick<FormContext, 'lang' | 'noCreditGrades'>): string[] {
  const L = (id: LabelId) => label(id, ctx.lang);
  // The customer's standing first: an overdue hold stops shipping whatever is approved.
  const warnings: string[] = statusWarnings(c.control, ctx.lang);
  // A zero asked for on purpose: nothing to sign unless the customer owes something, which the approvers still sign for.
  const owes = c.control !== undefined && c.control.exposure > 0;
  if (request.amount !== null && request.amount <= 0) {
    warnings.push(owes ? labelWith('form.warnZeroExposure', ctx.lang, { exposure: amountText(c.control!.exposure, ctx.lang) }) : L('form.warnZero'));
  }
  if (c.recommendedLimit !== null && request.amount !== null && request.amount > c.recommendedLimit) {
    warnings.push(L('form.warnAbove')
      .replace('{over}', amountText(request.amount - c.recommendedLimit, ctx.lang))
      .replace('{limit}', amountText(c.recommendedLimit, ctx.lang)));
  }
  if (ctx.noCreditGrades.includes(c.grade)) warnings.push(L('form.warnNoCreditGrade').replace('{grade}', c.grade));
  if (c.grade === 'notRated') warnings.push(L('form.warnNotRated'));
  return warnings;
}

/**
 * How an application keeps to its page with a long approval route, a filled
 * customer card and every warning: step 1 makes the signature boxes
 * SHORT_SIGNATURE_PT tall, step 2 prints the two rules at 9 pt, step 3 the
 * customer card and the trading record at 9 pt, step 4 the rules at 8 pt,
 * step 5 the card, the trading record and the assessment at 8 pt. Each step
 * is taken only when the form does not fit without it; nothing is left out.
 */
const COMPACT_STEPS = 5;
const rulesSize = (compact: number) => (compact >= 4 ? 8 : compact >= 2 ? 9 : BODY_PT);
const cardSize = (compact: number) => (compact >= 5 ? 8 : compact >= 3 ? 9 : BODY_PT);

/**
 * 客戶授信申請表: application, customer, trading record, assessment, the
 * request and its warnings, a signature box per approval level the amount
 * needs (none for a zero request of a customer owing nothing; every level,
 * with their rule, for an amount left to fill in), the rules, and the
 * decision block.
 */
export function authorizationForm(c: FormCustomer, request: CreditRequest, ctx: FormContext, position: FormPosition = { n: 1, of: 1 }): FormPiece {
  let piece = authorizationPiece(c, request, ctx, position, 0);
  for (let step = 1; step <= COMPACT_STEPS && formHeight(piece) > PAGE_BODY_PT; step++) piece = authorizationPiece(c, request, ctx, position, step);
  return piece;
}

function authorizationPiece(c: FormCustomer, request: CreditRequest, ctx: FormContext, position: FormPosition, compact: number): FormPiece {
  const L = (id: LabelId) => label(id, ctx.lang);
  const money = amountFormat(ctx.lang);
  const f = new FormPiece();
  heading(f, L('form.authorization'), c, ctx, position);

  section(f, L('form.applicant'));
  twoPairs(f, [L('form.applicantName'), null], [L('form.department'), null]);
  twoPairs(f, [L('form.applicationDate'), null], ['', null]);

  section(f, L('form.customerSection'));
  const card = f.rows;
  identityRows(f, c, ctx, false);
  smaller(f, card, cardSize(compact));

  section(f, L('form.tradingRecord'));
  const trading = f.rows;
  twoPairs(f, [L('form.netSales'), c.netSales, money], [L('form.avgMonthly'), c.avgMonthlySales, money]);
  twoPairs(f, [L('form.tier'), c.tier], [L('form.outstanding'), c.control ? balanceValue(c.control.openReceivables, ctx.lang) : c.profile.outstanding ?? null, money]);
  periodsNote(f, ctx);
  smaller(f, trading, cardSize(compact));

  section(f, L('form.assessment'));
  const assessment = f.rows;
  twoPairs(f, [L('form.score'), scoreValue(c, ctx.lang), '0.0'], [L('form.grade'), gradeText(c.grade, ctx.lang)]);
  wide(f, L('form.reasons'), c.reasons);
  if (compact >= 5) smaller(f, assessment, 8);

  section(f, L('form.request'));
  twoPairs(f, [L('form.requested'), request.amount, money], [L('form.recommended'), c.recommendedLimit ?? L('value.notRated'), money]);
  twoPairs(f, [L('form.terms'), request.termsDays], [L('form.method'), null]);
  const control = c.control;
  if (control) {
    // Not rated: no limit, so nothing is available under it (as the control columns say: n/a) and all of the request is new credit.
    const limit = control.limitUsed;
    const above = limit === null ? labelWith('form.naBecause', ctx.lang, { reason: L('form.naNoCurrentLimit') })
      : request.amount === null ? null : Math.max(0, request.amount - limit);
    twoPairs(f, [L('form.currentLimit'), limit ?? L('value.notRated'), currentLimitFormat(control, ctx.lang)], [L('form.aboveCurrent'), above, money]);
    twoPairs(f, [L('form.exposure'), balanceValue(control.exposure, ctx.lang), money], [L('form.available'), control.available ?? L('value.na'), money]);
    // The credit status as its column shows it; the warnings below say why for a hold or over the limit.
    twoPairs(f, [L('col.control.status'), statusText(control, ctx.lang)], [L('col.control.utilisation'), utilisationValue(control, ctx.lang), '0.0%']);
  }
  wide(f, L('form.guarantee'), null, 26);
  for (const warning of requestWarnings(c, request, ctx)) note(f, warning, true);

  section(f, L('form.route'));
  const amount = request.amount;
  // An amount to fill in may need any level: each has its box, under the rule saying which sign.
  const total = amount === null ? null : routeTotal(amount, control);
  const route = total === null ? ctx.levels : total > 0 ? approvalRoute(ctx.levels, total) : [];
  if (route.length > 0) {
    if (amount === null) {
      note(f, routeToFillSentence(ctx.levels, control, ctx.lang));
      note(f, levelsRule(ctx.levels, ctx.lang));
    } else note(f, routeSentence(amount, control, ctx.lang));
    // Two levels a row, each with one box to sign and date in (15 mm tall): a route of four levels still fits the page.
    const head = f.newRow();
    const pairs = Math.min(2, route.length);
    for (let k = 0; k < pairs; k++) {
      f.put(head, 4 * k, 1, L('form.level'));
      f.put(head, 4 * k + 1, 3, `${L('form.signature')} / ${L('form.date')}`);
    }
    f.style(head, 0, 1, 4 * pairs, { fontSize: BODY_PT, wrap: true, bold: true, horizontal: 'center', vertical: 'center' });
    f.box(head, 0, 1, 4 * pairs);
  } else note(f, L('form.routeNone'));
  for (let i = 0; i < route.length; i += 2) {
    const row = f.newRow(compact >= 1 ? SHORT_SIGNATURE_PT : SIGNATURE_PT);
    const here = route.slice(i, i + 2);
    here.forEach((level, k) => {
      f.put(row, 4 * k, 1, level.name);
      f.put(row, 4 * k + 1, 3, null);
    });
    f.style(row, 0, 1, 4 * here.length, { fontSize: BODY_PT, wrap: true, vertical: 'center' });
    f.box(row, 0, 1, 4 * here.length);
  }

  section(f, L('form.rules'));
  const rules = f.rows;
  for (const id of ['form.overLimit', 'form.badDebt'] as const) note(f, L(id));
  smaller(f, rules, rulesSize(compact));

  section(f, L('form.decision'));
  twoPairs(f, [L('form.approvedAmount'), null], [L('form.effectiveDate'), null]);
  twoPairs(f, [L('form.nextReview'), null], ['', null]);
  fitRows(f);
  return f;
}
