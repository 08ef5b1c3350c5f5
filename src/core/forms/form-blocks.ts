import { toCellWrite, type CellValue } from '../cells/cell';
import type { Language } from '../columns/layout';
import { label, labelWith, type LabelId } from '../i18n/labels';
import type { FormContext, FormCustomer, FormPosition } from './form-data';
import { BODY_PT } from './form-fit';
import { FORM_COLS, type FormPiece } from './form-piece';

const SECTION_FILL = '#D9E1F2';
const LABEL_FILL = '#F2F2F2';
export const WARNING_FILL = '#FCE4D6';
/** A field the survey is to fill in (its input is missing). */
export const MISSING_FILL = '#FFF2CC';
/** Section headings and the company line: larger than the body. */
export const HEADING_PT = 11;
export const TITLE_PT = 16;
/** A box to sign in: 15 mm and more. */
export const SIGNATURE_PT = 43;
/** A box to sign in on a form short of room: 12 mm, still a signature and a date. */
export const SHORT_SIGNATURE_PT = 34;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date (and time) as the form's language writes it: 2026年12月1日 09:00, or 1 Dec 2026 09:00. */
export function formDate(d: Date, lang: Language, withTime = true): string {
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  const day = lang === 'en' ? `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}` : `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
  return withTime ? `${day} ${time}` : day;
}

/** A yyyy-mm-dd day as formDate writes it (without time); '—' when unknown. */
export function isoDayText(iso: string | null, lang: Language): string {
  if (iso === null) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return formDate(new Date(y!, m! - 1, d!), lang, false);
}

/** A yyyy-mm month as the form's language writes it: Dec 2024, or 2024年12月. */
export function isoMonthText(iso: string, lang: Language): string {
  const [y, m] = iso.split('-').map(Number);
  return lang === 'en' ? `${MONTHS[m! - 1]} ${y}` : `${y}年${m}月`;
}

/** What the figures cover: the sales period of the tiers and the 12 months the limit averages. */
export function periodsNote(f: FormPiece, ctx: FormContext): void {
  const p = ctx.periods;
  if (!p) return;
  const window = p.limitWindow;
  note(f, labelWith('form.periods', ctx.lang, {
    from: isoDayText(p.sales.from, ctx.lang), to: isoDayText(p.sales.to, ctx.lang),
    windowFrom: window ? isoMonthText(window.from, ctx.lang) : '—', windowTo: window ? isoMonthText(window.to, ctx.lang) : '—',
  }) + (ctx.controlAsOf === undefined ? '' : labelWith('form.periodsReceivables', ctx.lang, { date: isoDayText(ctx.controlAsOf, ctx.lang) })));
}

/** A grade as the form prints it: not rated in the form's language. */
export function gradeText(grade: FormCustomer['grade'], lang: Language): string {
  return grade === 'notRated' ? label('value.notRated', lang) : grade;
}

/**
 * The credit score as printed: none for a customer not rated, as its score
 * counts the missing inputs as 0 and would read as poor credit (the reasons
 * say what is missing).
 */
export function scoreValue(c: Pick<FormCustomer, 'grade' | 'score'>, lang: Language): CellValue {
  return c.grade === 'notRated' ? label('form.scoreNone', lang) : c.score;
}

/** The number format of an amount: with its unit 元 in Chinese; English forms say "amounts in currency units" once. */
export function amountFormat(lang: Language): string {
  return lang === 'en' ? '#,##0' : '#,##0" 元"';
}

/** An amount as text, as amountFormat prints it. */
export function amountText(amount: number, lang: Language): string {
  const n = Math.round(amount).toLocaleString('en-US');
  return lang === 'en' ? n : `${n} 元`;
}

/** Every form cell: body size, wrapped, centred vertically (later styles override). */
function base(f: FormPiece, row: number): void {
  f.style(row, 0, 1, FORM_COLS, { fontSize: BODY_PT, wrap: true, vertical: 'center' });
}

/** The title (on A1: a copied form sheet is known by it), the company from the scorecard or a visible prompt to set it there, the stamp. */
export function heading(f: FormPiece, titleText: string, c: FormCustomer, ctx: FormContext, position: FormPosition): void {
  const L = (id: LabelId) => label(id, ctx.lang);
  const row = f.newRow(24);
  base(f, row);
  f.put(row, 0, FORM_COLS, titleText);
  f.style(row, 0, 1, FORM_COLS, { bold: true, fontSize: TITLE_PT, horizontal: 'center', vertical: 'center' });
  const company = f.newRow();
  base(f, company);
  const name = (ctx.company ?? '').trim();
  f.put(company, 0, FORM_COLS, name === '' ? L('form.companyMissing') : name);
  f.style(company, 0, 1, FORM_COLS, { bold: name !== '', fontSize: HEADING_PT, horizontal: 'center', ...(name === '' ? { fill: WARNING_FILL } : {}) });
  stamp(f, c, ctx, position);
}

/** "Figures as of 1 Dec 2026 09:00 · source 客戶資料!A5 · amounts in currency units · form 2 of 7". */
export function stamp(f: FormPiece, c: FormCustomer, ctx: FormContext, position: FormPosition): void {
  const L = (id: LabelId) => label(id, ctx.lang);
  const row = f.newRow();
  base(f, row);
  const of = L('form.formOf').replace('{n}', String(position.n)).replace('{of}', String(position.of));
  f.put(row, 0, FORM_COLS, [`${L('form.asOf')}: ${ctx.asOf}`, `${L('form.source')}: ${c.source}`, L('form.unit'), of].join(L('form.sep')));
  f.style(row, 0, 1, FORM_COLS, { horizontal: 'right' });
}

/** A form short of room: the rows from `from` to the last printed at `pt`, smaller than the body text (a `pt` not smaller changes nothing). */
export function smaller(f: FormPiece, from: number, pt: number): void {
  if (pt < BODY_PT && from < f.rows) f.style(from, 0, f.rows - from, FORM_COLS, { fontSize: pt });
}

/** A section band; with `cols` the heading takes the first columns only and the caller fills the rest (a table's column heads). */
export function section(f: FormPiece, text: string, cols: number = FORM_COLS): number {
  const row = f.newRow(16);
  base(f, row);
  f.put(row, 0, cols, text);
  f.style(row, 0, 1, FORM_COLS, { bold: true, fill: SECTION_FILL });
  f.style(row, 0, 1, cols, { fontSize: HEADING_PT });
  f.box(row, 0, 1, FORM_COLS, 'outline');
  return row;
}

type Pair = [string, CellValue | undefined, string?];

/** A row of two label/value pairs: A label, B–D value, E label, F–H value. */
export function twoPairs(f: FormPiece, left: Pair, right: Pair): number {
  const row = f.newRow();
  base(f, row);
  f.put(row, 0, 1, left[0]);
  f.put(row, 1, 3, toCellWrite(left[1]), left[2]);
  f.put(row, 4, 1, right[0]);
  f.put(row, 5, 3, toCellWrite(right[1]), right[2]);
  f.style(row, 0, 1, 1, { fill: LABEL_FILL, bold: true });
  f.style(row, 4, 1, 1, { fill: LABEL_FILL, bold: true });
  f.style(row, 1, 1, 3, { horizontal: 'left' });
  f.style(row, 5, 1, 3, { horizontal: 'left' });
  f.box(row, 0, 1, FORM_COLS);
  return row;
}

/** A label and a value across the rest of the row. */
export function wide(f: FormPiece, text: string, value: CellValue | undefined, height?: number): number {
  const row = f.newRow(height);
  base(f, row);
  f.put(row, 0, 1, text);
  f.put(row, 1, FORM_COLS - 1, toCellWrite(value));
  f.style(row, 0, 1, 1, { fill: LABEL_FILL, bold: true });
  f.style(row, 1, 1, FORM_COLS - 1, { horizontal: 'left' });
  f.box(row, 0, 1, FORM_COLS);
  return row;
}

/** A line of text across the form (rules, warnings). */
export function note(f: FormPiece, text: string, warning = false): number {
  const row = f.newRow();
  base(f, row);
  f.put(row, 0, FORM_COLS, text);
  f.style(row, 0, 1, FORM_COLS, { horizontal: 'left', ...(warning ? { bold: true, fill: WARNING_FILL } : {}) });
  if (warning) f.box(row, 0, 1, FORM_COLS, 'outline');
  return row;
}

/** Customer identity; the survey form prints the full card, the application a shorter one. */
export function identityRows(f: FormPiece, c: FormCustomer, ctx: FormContext, full: boolean): void {
  const L = (id: LabelId) => label(id, ctx.lang);
  const money = amountFormat(ctx.lang);
  const p = c.profile;
  twoPairs(f, [L('form.name'), c.name], [L('form.id'), c.id]);
  wide(f, L('form.address'), p.address);
  twoPairs(f, [L('form.phone'), p.phone], [L('form.industry'), p.industry]);
  twoPairs(f, [L('form.principal'), p.principalName], [L('form.capital'), p.capital, money]);
  if (!full) return;
  twoPairs(f, [L('form.employees'), p.employees, '#,##0'], [L('form.annualRevenue'), p.annualRevenue, money]);
  twoPairs(f, [L('form.bank'), p.bankAccount], [L('form.tax'), p.taxNumber]);
}

/** A signature line: label, a blank box to sign in, date label, a blank box. */
export function signatureRow(f: FormPiece, who: string, date: string): number {
  const row = f.newRow(SIGNATURE_PT);
  base(f, row);
  f.put(row, 0, 1, who);
  f.put(row, 1, 3, null);
  f.put(row, 4, 1, date);
  f.put(row, 5, 3, null);
  f.style(row, 0, 1, 1, { fill: LABEL_FILL, bold: true });
  f.style(row, 4, 1, 1, { fill: LABEL_FILL, bold: true });
  f.box(row, 0, 1, FORM_COLS);
  return row;
}

/** Two signatures on one row (a form short of room): each label, then a box to sign in with its date line at the box's foot. */
export function signaturePair(f: FormPiece, who: readonly [string, string], dateLine: string, height: number): number {
  const row = f.newRow(height);
  base(f, row);
  for (const [i, col] of [0, 4].entries()) {
    f.put(row, col, 1, who[i]!);
    f.put(row, col + 1, 3, dateLine);
    f.style(row, col, 1, 1, { fill: LABEL_FILL, bold: true });
    f.style(row, col + 1, 1, 3, { horizontal: 'left', vertical: 'bottom' });
  }
  f.box(row, 0, 1, FORM_COLS);
  return row;
}
