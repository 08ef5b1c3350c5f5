import { toCellWrite, type CellValue } from '../cells/cell';
import { label } from '../i18n/labels';
import type { FormContext, FormCustomer } from './form-data';
import { FORM_COLS, type FormPiece } from './form-piece';

const SECTION_FILL = '#D9E1F2';
const LABEL_FILL = '#F2F2F2';

export function title(f: FormPiece, text: string): void {
  const row = f.newRow(28);
  f.put(row, 0, FORM_COLS, text);
  f.style(row, 0, 1, FORM_COLS, { bold: true, fontSize: 16, horizontal: 'center', vertical: 'center' });
}

/** "Figures as of … · source 客戶資料!5". */
export function stamp(f: FormPiece, c: FormCustomer, ctx: FormContext): void {
  const row = f.newRow();
  f.put(row, 0, FORM_COLS, `${label('form.asOf', ctx.lang)}: ${ctx.asOf} · ${label('form.source', ctx.lang)}: ${c.source}`);
  f.style(row, 0, 1, FORM_COLS, { horizontal: 'right', fontSize: 9 });
}

export function section(f: FormPiece, text: string): void {
  const row = f.newRow(20);
  f.put(row, 0, FORM_COLS, text);
  f.style(row, 0, 1, FORM_COLS, { bold: true, fill: SECTION_FILL, vertical: 'center' });
  f.box(row, 0, 1, FORM_COLS, 'outline');
}

type Pair = [string, CellValue | undefined, string?];

/** A row of two label/value pairs: A label, B–D value, E label, F–H value. */
export function twoPairs(f: FormPiece, left: Pair, right: Pair): number {
  const row = f.newRow();
  f.put(row, 0, 1, left[0]);
  f.put(row, 1, 3, toCellWrite(left[1]), left[2]);
  f.put(row, 4, 1, right[0]);
  f.put(row, 5, 3, toCellWrite(right[1]), right[2]);
  f.style(row, 0, 1, 1, { fill: LABEL_FILL, bold: true });
  f.style(row, 4, 1, 1, { fill: LABEL_FILL, bold: true });
  f.style(row, 1, 1, 7, { horizontal: 'left', wrap: true });
  f.box(row, 0, 1, FORM_COLS);
  return row;
}

/** A label and a value across the rest of the row. */
export function wide(f: FormPiece, text: string, value: CellValue | undefined, height?: number): number {
  const row = f.newRow(height);
  f.put(row, 0, 1, text);
  f.put(row, 1, FORM_COLS - 1, toCellWrite(value));
  f.style(row, 0, 1, 1, { fill: LABEL_FILL, bold: true });
  f.style(row, 1, 1, FORM_COLS - 1, { horizontal: 'left', wrap: true, vertical: 'top' });
  f.box(row, 0, 1, FORM_COLS);
  return row;
}

/** Customer identity; the survey form prints the full card, the application a shorter one. */
export function identityRows(f: FormPiece, c: FormCustomer, ctx: FormContext, full: boolean): void {
  const L = (id: Parameters<typeof label>[0]) => label(id, ctx.lang);
  const p = c.profile;
  twoPairs(f, [L('form.name'), c.name], [L('form.id'), c.id]);
  wide(f, L('form.address'), p.address);
  twoPairs(f, [L('form.phone'), p.phone], [L('form.industry'), p.industry]);
  twoPairs(f, [L('form.principal'), p.principalName], [L('form.capital'), p.capital, '#,##0']);
  if (!full) return;
  twoPairs(f, [L('form.employees'), p.employees, '#,##0'], [L('form.annualRevenue'), p.annualRevenue, '#,##0']);
  twoPairs(f, [L('form.bank'), p.bankAccount], [L('form.tax'), p.taxNumber]);
}

/** A signature line: label, a blank box to sign in, date label, a blank box. */
export function signatureRow(f: FormPiece, who: string, date: string): number {
  const row = f.newRow(30);
  f.put(row, 0, 1, who);
  f.put(row, 1, 3, null);
  f.put(row, 4, 1, date);
  f.put(row, 5, 3, null);
  f.style(row, 0, 1, FORM_COLS, { vertical: 'center' });
  f.style(row, 0, 1, 1, { fill: LABEL_FILL, bold: true });
  f.style(row, 4, 1, 1, { fill: LABEL_FILL, bold: true });
  f.box(row, 0, 1, FORM_COLS);
  return row;
}
