import { label } from '../i18n/labels';
import type { WriteOp } from '../plan/write-ops';
import { authorizationForm } from './authorization-form';
import type { CreditRequest, FormContext, FormCustomer, FormPosition } from './form-data';
import { FORM_MARKER_PREFIX } from './form-marker';
import { type SheetSegment, withSeals } from './form-seal';
import { FORM_COLS, FORM_COLUMN_WIDTHS, formOps, type FormPiece } from './form-piece';
import { uniqueSheetName } from '../plan/sheet-name';
import { surveyForm } from './survey-form';

export type FormKind = 'survey' | 'authorization';
export const FORM_KINDS: readonly FormKind[] = ['survey', 'authorization'];

/** A sheet the forms step creates, as reported to the user (`sheets` in --json). */
export interface FormSheet {
  name: string;
  form: FormKind;
  /** Customer IDs (or names) on the sheet, in order. */
  customers: string[];
}

/**
 * Forms on one batch sheet at most: Excel keeps at most 1,026 manual page
 * breaks a sheet (one per form), so a larger batch goes on to "… (2)".
 */
export const FORMS_PER_BATCH_SHEET = 1000;
/** Excel's last row. */
const EXCEL_ROWS = 1_048_576;

const TITLE = { survey: 'form.survey', authorization: 'form.authorization' } as const;
const SHORT = { survey: 'form.surveyShort', authorization: 'form.authorizationShort' } as const;
/** No footer is printed: the bottom margin is small. */
const MARGINS = { top: 0.5, bottom: 0.3, left: 0.5, right: 0.5, header: 0.2, footer: 0.1 };

/** Header and footer text is Excel code: a literal "&" is written "&&". */
const escapeCodes = (text: string) => text.replace(/&/g, '&&');

function build(kind: FormKind, c: FormCustomer, ctx: FormContext, request: CreditRequest, position: FormPosition): FormPiece {
  return kind === 'survey' ? surveyForm(c, ctx, position) : authorizationForm(c, request, ctx, position);
}

function sheetOps(name: string, marker: string, kind: FormKind, pieces: FormPiece[], ctx: FormContext, company: string): WriteOp[] {
  const ops: WriteOp[] = [{ op: 'addSheet', sheet: name }, { op: 'name', name: marker, sheet: name, row: 0, col: 0, comment: 'Credit form made by Credit Desk.' }];
  FORM_COLUMN_WIDTHS.forEach((width, col) => ops.push({ op: 'columnWidth', sheet: name, col, width }));
  const starts: number[] = [];
  let top = 0;
  for (const piece of pieces) {
    starts.push(top);
    ops.push(...formOps(name, piece, top));
    top += piece.rows;
  }
  // A batch sheet holds at most FORMS_PER_BATCH_SHEET forms of a few dozen rows each: far below the limit.
  if (top > EXCEL_ROWS) throw new Error(`planFormSheets: ${pieces.length} forms need ${top} rows, more than Excel's ${EXCEL_ROWS}`);
  ops.push({
    op: 'pageSetup',
    sheet: name,
    printArea: { row: 0, col: 0, rows: top, cols: FORM_COLS },
    margins: MARGINS,
    // No &P / &N / &D: a page count runs across every sheet printed together, and &D is in the host's
    // date format; each form prints its own "form n of N" and its date in the form's language instead.
    header: { left: escapeCodes(company), center: '', right: escapeCodes(label(TITLE[kind], ctx.lang)) },
    footer: { left: '', center: '', right: '' },
    pageBreaksBefore: starts.slice(1),
  });
  return ops;
}

export interface FormsPlanInput {
  customers: FormCustomer[];
  requests: Map<string, CreditRequest>;
  ctx: FormContext;
  company: string;
  batch: boolean;
  /** Sheet names in use (lower case); the names chosen here are added. */
  taken: Set<string>;
  /** Which forms to make (default: both). */
  kinds?: readonly FormKind[];
  /** Number of the first sheet's marker name (see form-marker.ts). */
  firstMarker: number;
}

/**
 * New sheets for the forms, each marked as the add-in's: one sheet per form
 * and customer, or with `batch` one sheet per form holding every customer's
 * form, one per page (a thousand at most: then "… (2)", "… (3)").
 */
export function planFormSheets(input: FormsPlanInput): { ops: WriteOp[]; sheets: FormSheet[] } {
  const { customers, taken } = input;
  const ctx: FormContext = { ...input.ctx, company: input.company };
  const display = (c: FormCustomer) => String(c.id ?? c.name ?? c.key).trim();
  const ops: WriteOp[] = [];
  const sheets: FormSheet[] = [];
  const segments: SheetSegment[] = [];
  for (const kind of input.kinds ?? FORM_KINDS) {
    const groups: FormCustomer[][] = [];
    if (input.batch) for (let i = 0; i < customers.length; i += FORMS_PER_BATCH_SHEET) groups.push(customers.slice(i, i + FORMS_PER_BATCH_SHEET));
    else for (const c of customers) groups.push([c]);
    for (const group of groups) {
      if (group.length === 0) continue;
      const short = label(SHORT[kind], ctx.lang);
      const name = uniqueSheetName(input.batch ? `${short} (${label('form.batch', ctx.lang)})` : `${short}-${String(group[0]!.name ?? group[0]!.id ?? group[0]!.key)}`, taken);
      const pieces = group.map((c, i) => build(kind, c, ctx, input.requests.get(c.key)!, { n: i + 1, of: group.length }));
      const marker = `${FORM_MARKER_PREFIX}${input.firstMarker + sheets.length}`;
      const start = ops.length;
      // A loop, not push(...): a thousand forms make more ops than a call can take as arguments.
      for (const op of sheetOps(name, marker, kind, pieces, ctx, input.company)) ops.push(op);
      segments.push({ sheet: name, marker: input.firstMarker + sheets.length, start, end: ops.length });
      sheets.push({ name, form: kind, customers: group.map(display) });
    }
  }
  // Each sheet sealed with the run and what it holds, so that "remove the last run's forms" can tell it unedited.
  return { ops: withSeals(ops, segments, input.firstMarker), sheets };
}
