import { FACTORS } from '../columns/roles';
import { label, type LabelId } from '../i18n/labels';
import { RATIOS } from '../credit/scorecard-config';
import type { FormContext, FormCustomer, FormPosition } from './form-data';
import { BODY_PT, fitRows } from './form-fit';
import { FORM_COLS, FormPiece } from './form-piece';
import { amountFormat, gradeText, heading, identityRows, MISSING_FILL, note, periodsNote, section, signatureRow, twoPairs, wide } from './form-blocks';
import { CREDIT_COL, CREDIT_COLUMNS, RATIO_LABEL } from '../credit/credit-columns';
import { paymentRecordText } from './control-fields';


/** 客戶信用狀況調查表: identity, trading, the four indicators, the eleven factors ticked, result, signatures. */
export function surveyForm(c: FormCustomer, ctx: FormContext, position: FormPosition = { n: 1, of: 1 }): FormPiece {
  const L = (id: LabelId) => label(id, ctx.lang);
  const f = new FormPiece();
  heading(f, L('form.survey'), c, ctx, position);

  section(f, L('form.identity'));
  identityRows(f, c, ctx, true);

  section(f, L('form.trading'));
  const money = amountFormat(ctx.lang);
  twoPairs(f, [L('form.netSales'), c.netSales, money], [L('form.tier'), c.tier]);
  if (c.control) {
    // The control step's figures: how the customer pays and what it owes, on the as-of day the periods note gives.
    wide(f, L('form.payment'), paymentRecordText(c.control, ctx.lang));
    twoPairs(f, [L('form.outstanding'), c.control.openReceivables, money], [L('form.overdue'), c.control.overdue, money]);
  } else twoPairs(f, [L('form.payment'), c.profile.paymentRecord ?? null], [L('form.outstanding'), c.profile.outstanding ?? null, money]);
  periodsNote(f, ctx);
  // What the credit step could not find is this survey's to collect: those fields are highlighted.
  const missing = new Set(c.missing);

  section(f, L('form.financial'));
  const head = f.newRow();
  f.style(head, 0, RATIOS.length + 1, FORM_COLS, { fontSize: BODY_PT, wrap: true, vertical: 'center' });
  [[0, 1, 'form.indicator'], [1, 3, 'form.formula'], [4, 1, 'form.benchmark'], [5, 1, 'form.value'], [6, 2, 'form.assessmentCol']].forEach(([col, cols, id]) =>
    f.put(head, col as number, cols as number, L(id as LabelId)));
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
  f.style(scale, 3, 1, 5, { horizontal: 'center' });
  f.style(scale + 1, 0, FACTORS.length, FORM_COLS, { fontSize: BODY_PT, wrap: true, vertical: 'center' });
  for (const factor of FACTORS) {
    const row = f.newRow();
    f.put(row, 0, 3, L(`factor.${factor}` as LabelId));
    const rating = c.ratings[factor];
    for (let v = 5; v >= 1; v--) f.put(row, 3 + (5 - v), 1, rating === v ? '✓' : null);
    f.style(row, 3, 1, 5, { horizontal: 'center', ...(missing.has(`rating:${factor}`) ? { fill: MISSING_FILL } : {}) });
  }
  f.box(scale, 0, FACTORS.length + 1, FORM_COLS);

  section(f, L('form.result'));
  twoPairs(f, [L('form.score'), c.score, '0.0'], [L('form.grade'), gradeText(c.grade, ctx.lang)]);
  wide(f, L('form.reasons'), c.reasons);
  if (RATIOS.some((r) => missing.has(r)) || FACTORS.some((x) => missing.has(`rating:${x}`))) note(f, L('form.missingNote'));

  signatureRow(f, L('form.surveyedBy'), L('form.date'));
  signatureRow(f, L('form.reviewedBy'), L('form.date'));
  fitRows(f);
  return f;
}
