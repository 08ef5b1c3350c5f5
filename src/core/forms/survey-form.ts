import { FACTORS } from '../columns/roles';
import { label, labelWith, type LabelId } from '../i18n/labels';
import { quoteValue } from '../i18n/quote-values';
import { RATIOS } from '../credit/scorecard-config';
import type { FormContext, FormCustomer, FormPosition } from './form-data';
import { BODY_PT, fitRows, formHeight, PAGE_BODY_PT } from './form-fit';
import { FORM_COLS, FormPiece } from './form-piece';
import { amountFormat, gradeText, heading, scoreValue, identityRows, MISSING_FILL, note, periodsNote, section, SHORT_SIGNATURE_PT, SIGNATURE_PT, signaturePair, signatureRow, smaller, twoPairs, wide } from './form-blocks';
import { CREDIT_COL, CREDIT_COLUMNS, RATIO_LABEL } from '../credit/credit-columns';
import { balanceValue, overdueValue, paymentRecordText, statusText, statusWarnings } from './control-fields';
import { userFactorCode } from '../credit/user-factors';
import { missingInputCode, parseMissingInput } from '../credit/missing-input';


/**
 * How a survey form keeps to its page when the scorecard's own factors (up to
 * nine rows more), a filled customer card and the credit status's warnings
 * make it longer: step 1 puts the two signatures side by side, each with its
 * date in the box, step 2 prints the indicator and factor tables (their heads
 * and the rating scale too) at 9 pt, step 3 makes the signature box
 * SHORT_SIGNATURE_PT tall, step 4 prints the tables at 8 pt, step 5 prints the
 * customer card and the trading section at 9 pt, step 6 at 8 pt. Each step is
 * taken only when the form does not fit without it; nothing is left out.
 */
const COMPACT_STEPS = 6;
const tableSize = (compact: number) => (compact >= 4 ? 8 : compact >= 2 ? 9 : BODY_PT);
const cardSize = (compact: number) => (compact >= 6 ? 8 : compact >= 5 ? 9 : BODY_PT);

/** 客戶信用狀況調查表: identity, trading, the four indicators, the eleven factors and the user's own ticked, result, signatures. */
export function surveyForm(c: FormCustomer, ctx: FormContext, position: FormPosition = { n: 1, of: 1 }): FormPiece {
  let piece = surveyPiece(c, ctx, position, 0);
  for (let step = 1; step <= COMPACT_STEPS && formHeight(piece) > PAGE_BODY_PT; step++) piece = surveyPiece(c, ctx, position, step);
  return piece;
}

function surveyPiece(c: FormCustomer, ctx: FormContext, position: FormPosition, compact: number): FormPiece {
  const L = (id: LabelId) => label(id, ctx.lang);
  const f = new FormPiece();
  heading(f, L('form.survey'), c, ctx, position);

  section(f, L('form.identity'));
  const card = f.rows;
  identityRows(f, c, ctx, true);
  smaller(f, card, cardSize(compact));

  section(f, L('form.trading'));
  const trading = f.rows;
  const money = amountFormat(ctx.lang);
  twoPairs(f, [L('form.netSales'), c.netSales, money], [L('form.tier'), c.tier]);
  if (c.control) {
    // The control step's figures: how the customer pays and what it owes, on the as-of day the periods note gives.
    wide(f, L('form.payment'), paymentRecordText(c.control, ctx.lang));
    twoPairs(f, [L('form.outstanding'), balanceValue(c.control.openReceivables, ctx.lang), money], [L('form.overdue'), overdueValue(c.control, ctx.lang), money]);
    // The credit status as its column shows it, and why for a hold or over the limit (the limit itself is the application's).
    wide(f, L('col.control.status'), statusText(c.control, ctx.lang));
    for (const warning of statusWarnings(c.control, ctx.lang)) note(f, warning, true);
  } else twoPairs(f, [L('form.payment'), c.profile.paymentRecord ?? null], [L('form.outstanding'), c.profile.outstanding ?? null, money]);
  periodsNote(f, ctx);
  smaller(f, trading, cardSize(compact));
  // What the credit step could not find is this survey's to collect: those fields are highlighted.
  const missing = new Set(c.missing);

  // The table's five column heads on a row of their own, at the table's size.
  const band = section(f, L('form.financial'));
  const tablePt = tableSize(compact);
  f.style(band + 1, 0, RATIOS.length + 1, FORM_COLS, { fontSize: tablePt, wrap: true, vertical: 'center' });
  const head = f.newRow();
  const heads = [[0, 1, 'form.indicator'], [1, 3, 'form.formula'], [4, 1, 'form.benchmark'], [5, 1, 'form.value'], [6, 2, 'form.assessmentCol']] as const;
  heads.forEach(([col, cols, id]) => f.put(head, col, cols, L(id)));
  f.style(head, 0, 1, FORM_COLS, { bold: true, horizontal: 'center' });
  for (const r of RATIOS) {
    const row = f.newRow();
    const value = c.ratios[r];
    f.put(row, 0, 1, L(RATIO_LABEL[r]));
    f.put(row, 1, 3, L(`form.f.${r}` as LabelId));
    f.put(row, 5, 1, value ?? L(missing.has(r) ? 'form.toFill' : 'value.na'), value === null ? undefined : CREDIT_COLUMNS[CREDIT_COL[r]]!.format);
    if (missing.has(r)) f.style(row, 5, 1, 1, { fill: MISSING_FILL });
    f.put(row, 4, 1, L(`form.b.${r}` as LabelId));
    f.style(row, 6, 1, 2, { horizontal: 'center' });
    f.put(row, 6, 2, `${c.ratioPoints[r]} / ${ctx.ratioMaxPoints[r]} ${L('form.points')}`);
  }
  f.box(head, 0, RATIOS.length + 1, FORM_COLS);

  // The rating scale heads the factor table on the section band itself: a row less, so the form keeps to one page.
  const scale = section(f, L('form.management'), 3);
  (['form.r5', 'form.r4', 'form.r3', 'form.r2', 'form.r1'] as const).forEach((id, i) => f.put(scale, 3 + i, 1, L(id)));
  f.style(scale, 3, 1, 5, { horizontal: 'center', fontSize: tablePt });
  // The user's own factors follow the eleven, by the names typed on the scorecard: each of them scores the customer too.
  const users = c.userFactors ?? [];
  const factorRows = FACTORS.length + users.length;
  f.style(scale + 1, 0, factorRows, FORM_COLS, { fontSize: tablePt, wrap: true, vertical: 'center' });
  // A rating cell that held something else: the five boxes say what was written and that it was not read (the signer sees it, not a blank).
  const unread = new Map((c.unreadRatings ?? []).map((u) => [u.code as string, u.written]));
  const factorRow = (name: string, rating: number | null, missingCode: string) => {
    const row = f.newRow();
    f.put(row, 0, 3, name);
    const written = unread.get(missingCode);
    if (written !== undefined) f.put(row, 3, 5, labelWith('form.unreadRating', ctx.lang, { value: quoteValue(JSON.stringify(written), ctx.lang) }));
    else for (let v = 5; v >= 1; v--) f.put(row, 3 + (5 - v), 1, rating === v ? '✓' : null);
    f.style(row, 3, 1, 5, { horizontal: 'center', ...(missing.has(missingCode) ? { fill: MISSING_FILL } : {}) });
  };
  for (const factor of FACTORS) factorRow(L(`factor.${factor}` as LabelId), c.ratings[factor], missingInputCode({ kind: 'rating', factor }));
  for (const u of users) factorRow(u.name, u.rating, userFactorCode(u));
  f.box(scale, 0, factorRows + 1, FORM_COLS);

  section(f, L('form.result'));
  twoPairs(f, [L('form.score'), scoreValue(c, ctx.lang), '0.0'], [L('form.grade'), gradeText(c.grade, ctx.lang)]);
  wide(f, L('form.reasons'), c.reasons);
  // The note explains the highlighting: only the inputs this form has a field for count (a ratio, a rating of a factor it lists).
  const onForm = (code: string) => {
    const input = parseMissingInput(code);
    return input?.kind === 'ratio' || input?.kind === 'rating' || (input?.kind === 'userRating' && users.some((u) => u.name === input.name));
  };
  if (c.missing.some(onForm)) note(f, L('form.missingNote'));

  if (compact >= 1) signaturePair(f, [L('form.surveyedBy'), L('form.reviewedBy')], L('form.dateInBox'), compact >= 3 ? SHORT_SIGNATURE_PT : SIGNATURE_PT);
  else {
    signatureRow(f, L('form.surveyedBy'), L('form.date'));
    signatureRow(f, L('form.reviewedBy'), L('form.date'));
  }
  fitRows(f);
  return f;
}
