import { label, type LabelId } from '../i18n/labels';
import { approvalRoute } from './approval-route';
import type { CreditRequest, FormContext, FormCustomer } from './form-data';
import { FORM_COLS, FormPiece } from './form-piece';
import { identityRows, section, stamp, title, twoPairs, wide } from './form-blocks';

/**
 * 客戶授信申請表: application, customer, trading record, assessment, the
 * request, a signature box per approval level the amount needs, the rules,
 * and the decision block.
 */
export function authorizationForm(c: FormCustomer, request: CreditRequest, ctx: FormContext): FormPiece {
  const L = (id: LabelId) => label(id, ctx.lang);
  const f = new FormPiece();
  title(f, L('form.authorization'));
  stamp(f, c, ctx);

  section(f, L('form.applicant'));
  twoPairs(f, [L('form.applicantName'), null], [L('form.department'), null]);
  twoPairs(f, [L('form.applicationDate'), null], ['', null]);

  section(f, L('form.customerSection'));
  identityRows(f, c, ctx, false);

  section(f, L('form.tradingRecord'));
  twoPairs(f, [L('form.netSales'), c.netSales, '#,##0'], [L('form.avgMonthly'), c.avgMonthlySales, '#,##0']);
  twoPairs(f, [L('form.tier'), c.tier], [L('form.outstanding'), c.profile.outstanding ?? null, '#,##0']);

  section(f, L('form.assessment'));
  twoPairs(f, [L('form.score'), c.score, '0.0'], [L('form.grade'), c.grade]);
  wide(f, L('form.reasons'), c.reasons);

  section(f, L('form.request'));
  twoPairs(f, [L('form.requested'), request.amount, '#,##0'], [L('form.recommended'), c.recommendedLimit, '#,##0']);
  twoPairs(f, [L('form.terms'), request.termsDays], [L('form.method'), null]);
  wide(f, L('form.guarantee'), null, 30);

  section(f, L('form.route'));
  const head = f.newRow();
  f.put(head, 0, 2, L('form.level'));
  f.put(head, 2, 3, L('form.signature'));
  f.put(head, 5, 3, L('form.date'));
  f.style(head, 0, 1, FORM_COLS, { bold: true, horizontal: 'center' });
  f.box(head, 0, 1, FORM_COLS);
  for (const level of approvalRoute(ctx.levels, request.amount)) {
    const row = f.newRow(32);
    f.put(row, 0, 2, level.name);
    f.put(row, 2, 3, null);
    f.put(row, 5, 3, null);
    f.style(row, 0, 1, FORM_COLS, { vertical: 'center' });
    f.box(row, 0, 1, FORM_COLS);
  }

  section(f, L('form.rules'));
  for (const id of ['form.overLimit', 'form.badDebt'] as const) {
    const row = f.newRow(32);
    f.put(row, 0, FORM_COLS, L(id));
    f.style(row, 0, 1, FORM_COLS, { wrap: true, vertical: 'top' });
  }

  section(f, L('form.decision'));
  twoPairs(f, [L('form.approvedAmount'), null], [L('form.effectiveDate'), null]);
  twoPairs(f, [L('form.nextReview'), null], ['', null]);
  return f;
}
