import type { CellWrite } from '../cells/cell';
import { columnLetter } from '../cells/address';
import type { Language } from '../columns/layout';
import { compileTemplate, ROW } from '../credit/formula-template';
import { TemplateFiller } from '../credit/template-filler';
import { label, labelWith } from '../i18n/labels';
import type { ControlAggregates } from './aggregates';
import { CONTROL_COL, CONTROL_COLUMNS } from './control-columns';
import {
  availableFormula, exposureFormula, holdAmountFormula, limitUsedFormula, statusAlsoFormula, statusCodeFormula, statusFormula, utilisationFormula,
  type ControlCellRefs, type StatusTexts,
} from './control-formulas';
import type { ControlRules } from './control-rules';
import { statusOf, type ControlCondition, type ControlDecisions, type ControlStatus } from './status';

/** Sheet columns (0-based) of the customer sheet the control formulas point at, besides the owned ones. */
export interface ControlSourceColumns {
  /** The credit step's recommended-limit column. */
  recommendedLimit: number;
  approvedLimit: number | null;
  openOrders: number | null;
}

// The formula columns, in the order of the templates.
const FORMULA_COLS = [
  CONTROL_COL.limitUsed, CONTROL_COL.exposure, CONTROL_COL.available, CONTROL_COL.utilisation,
  CONTROL_COL.status, CONTROL_COL.statusAlso, CONTROL_COL.holdAmount, CONTROL_COL.statusCode,
] as const;

/**
 * Writes the control columns of one run, a customer row at a time: the
 * aggregates as values, the rest as formulas with the core's values cached.
 * The formulas are compiled once per run.
 */
export class ControlRowWriter {
  private readonly filler: TemplateFiller;
  private readonly templates: string[];
  private readonly texts: StatusTexts;
  private readonly statusText: Record<ControlStatus, string>;
  private readonly na: string;
  private readonly noteNoPaid: string;
  private readonly noteNoSales: string;
  private readonly noteSeparator: string;

  constructor(
    /** Column (0-based) of each owned control column, in CONTROL_COLUMNS order. */
    own: readonly number[],
    source: ControlSourceColumns,
    rules: ControlRules,
    lang: Language,
  ) {
    const at = (col: number) => `${columnLetter(col)}${ROW}`;
    const ownAt = (i: number) => at(own[i]!);
    const refs: ControlCellRefs = {
      openReceivables: ownAt(CONTROL_COL.openReceivables),
      overdueBuckets: [1, 2, 3, 4, 5].map((k) => ownAt(CONTROL_COL.buckets + k)) as unknown as ControlCellRefs['overdueBuckets'],
      limitUsed: ownAt(CONTROL_COL.limitUsed),
      exposure: ownAt(CONTROL_COL.exposure),
      holdAmount: ownAt(CONTROL_COL.holdAmount),
      statusCode: ownAt(CONTROL_COL.statusCode),
      recommendedLimit: at(source.recommendedLimit),
      approvedLimit: source.approvedLimit === null ? null : at(source.approvedLimit),
      openOrders: source.openOrders === null ? null : at(source.openOrders),
    };
    this.statusText = {
      ok: label('control.status.ok', lang),
      nearLimit: label('control.status.nearLimit', lang),
      overLimit: label('control.status.overLimit', lang),
      overdueHold: label('control.status.overdueHold', lang),
      noCredit: label('control.status.noCredit', lang),
    };
    this.texts = { ...this.statusText, onRecommended: labelWith('control.status.onRecommended', lang, { status: '' }), separator: label('control.list.separator', lang) };
    this.na = label('value.na', lang);
    this.noteNoPaid = label('control.note.noPaidHistory', lang);
    this.noteNoSales = label('control.note.noRecentSales', lang);
    this.noteSeparator = label('control.note.separator', lang);
    this.templates = [
      limitUsedFormula(refs), exposureFormula(refs), availableFormula(refs), utilisationFormula(refs, this.na),
      statusFormula(refs, this.texts), statusAlsoFormula(refs, this.texts), holdAmountFormula(refs, rules.bucketEdges), statusCodeFormula(refs),
    ].map((f) => `=${f}`);
    this.filler = new TemplateFiller(this.templates.map(compileTemplate));
  }

  /** The text of a status and of the other conditions, as the formulas show them. */
  statusCell(code: number, onRecommended: boolean): { status: string; also: string } {
    const { status, others } = statusOf(code);
    return {
      status: this.statusText[status] + (onRecommended ? this.texts.onRecommended : ''),
      also: others.map((o: ControlCondition) => this.statusText[o]).join(this.texts.separator),
    };
  }

  /** The longest formula of a row whose number has this many digits (every formula must stay under 400 characters). */
  longestFormula(rowDigits: number): string {
    const row = '9'.repeat(rowDigits);
    return this.filler.fill(row, row).reduce((a, b) => (b.length > a.length ? b : a), '');
  }

  /** The cells of customer `c` on sheet row `row` (0-based), in CONTROL_COLUMNS order. */
  row(c: number, row: number, agg: ControlAggregates, d: ControlDecisions): CellWrite[] {
    const cells = new Array<CellWrite>(CONTROL_COLUMNS.length);
    const value = (x: number) => (Number.isNaN(x) ? null : x);
    cells[CONTROL_COL.openReceivables] = agg.openReceivables[c]!;
    cells[CONTROL_COL.overdue] = agg.overdue[c]!;
    for (let k = 0; k < 6; k++) cells[CONTROL_COL.buckets + k] = agg.buckets[k]![c]!;
    cells[CONTROL_COL.oldestDaysPastDue] = value(agg.oldestDaysPastDue[c]!);
    cells[CONTROL_COL.avgDaysLate] = value(agg.avgDaysLate[c]!);
    cells[CONTROL_COL.onTimeShare] = value(agg.onTimeShare[c]!);
    cells[CONTROL_COL.dso] = value(agg.dso[c]!);
    const notes: string[] = [];
    if (agg.paidDocuments[c] === 0) notes.push(this.noteNoPaid);
    if (Number.isNaN(agg.dso[c]!)) notes.push(this.noteNoSales);
    cells[CONTROL_COL.notes] = notes.length > 0 ? notes.join(this.noteSeparator) : null;

    const text = this.statusCell(d.code[c]!, d.onRecommended[c] === 1);
    const utilisation = d.utilisation[c]!;
    const values: (string | number)[] = [
      d.limitUsed[c]!, d.exposure[c]!, d.available[c]!, Number.isNaN(utilisation) ? this.na : utilisation,
      text.status, text.also, d.holdAmount[c]!, d.code[c]!,
    ];
    const digits = String(row + 1);
    const formulas = this.filler.fill(digits, digits);
    for (let k = 0; k < FORMULA_COLS.length; k++) cells[FORMULA_COLS[k]!] = { formula: formulas[k]!, value: values[k]! };
    return cells;
  }
}
