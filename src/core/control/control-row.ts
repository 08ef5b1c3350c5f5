import * as cellKinds from '../cells/cell';
import type { CellWrite, SharedFormula } from '../cells/cell';
import { columnLetter } from '../cells/address';
import type { Language } from '../columns/layout';
import { ROW, sharedFormula } from '../credit/formula-template';
import { label, labelWith } from '../i18n/labels';
import type { ControlAggregates } from './aggregates';
import * as controlColumns from './control-columns';
import {
  availableFormula, exposureFormula, holdAmountFormula, limitUsedFormula, statusAlsoFormula, statusCodeFormula, statusFormula, utilisationFormula,
  type ControlCellRefs, type StatusTexts,
} from './control-formulas';
import type { ControlRules } from './control-rules';
import * as status from './status';
import type { ControlCondition, ControlDecisions, ControlStatus } from './status';

// Bound once (see credit/scoring.ts): row() runs for every customer, and under tsx each use of an imported name is a getter call.
const { CONTROL_COL, CONTROL_COLUMNS } = controlColumns;
const { SharedFormulaCell } = cellKinds;
const { statusOf } = status;
const COLUMN_COUNT = CONTROL_COLUMNS.length;
const BUCKETS = CONTROL_COL.buckets;

/** A figure as a cell: NaN is blank. */
function valueCell(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

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
  /** The formulas of FORMULA_COLS, each its column's. */
  private readonly shared: SharedFormula[];
  private readonly texts: StatusTexts;
  private readonly statusText: Record<ControlStatus, string>;
  private readonly na: string;
  private readonly noteNoPaid: string;
  private readonly noteNoSales: string;
  private readonly noteSeparator: string;
  /** statusCell's texts by code × 2 + onRecommended (status.ts STATUS_CODES). */
  private readonly cellTexts: { status: string; also: string }[] = [];

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
      overdueBuckets: [ownAt(CONTROL_COL.buckets + 1), ownAt(CONTROL_COL.buckets + 2), ownAt(CONTROL_COL.buckets + 3), ownAt(CONTROL_COL.buckets + 4), ownAt(CONTROL_COL.buckets + 5)],
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
      notRated: label('control.status.notRated', lang),
    };
    this.texts = { ...this.statusText, onRecommended: labelWith('control.status.onRecommended', lang, { status: '' }), separator: label('control.list.separator', lang) };
    this.na = label('value.na', lang);
    this.noteNoPaid = label('control.note.noPaidHistory', lang);
    this.noteNoSales = label('control.note.noRecentSales', lang);
    this.noteSeparator = label('control.note.separator', lang);
    const formulas = [
      limitUsedFormula(refs, this.na), exposureFormula(refs), availableFormula(refs, this.na), utilisationFormula(refs, this.na),
      statusFormula(refs, this.texts), statusAlsoFormula(refs, this.texts), holdAmountFormula(refs, rules.bucketEdges), statusCodeFormula(refs),
    ];
    this.shared = formulas.map((f, k) => sharedFormula(`=${f}`, own[FORMULA_COLS[k]!]!));
    for (let code = 0; code < status.STATUS_CODES; code++) this.cellTexts.push(this.statusCell(code, false), this.statusCell(code, true));
  }

  /** The text of a status and of the other conditions, as the formulas show them. */
  statusCell(code: number, onRecommended: boolean): { status: string; also: string } {
    const held = statusOf(code);
    return {
      status: this.statusText[held.status] + (onRecommended ? this.texts.onRecommended : ''),
      also: held.others.map((o: ControlCondition) => this.statusText[o]).join(this.texts.separator),
    };
  }

  /** The longest formula of a row whose number has this many digits (every formula must stay under 400 characters). */
  longestFormula(rowDigits: number): string {
    const row = 10 ** rowDigits - 2;
    return this.shared.map((f) => f.a1(row)).reduce((a, b) => (b.length > a.length ? b : a), '');
  }

  /** The cells of customer `c` on sheet row `row` (0-based), in CONTROL_COLUMNS order. */
  row(c: number, row: number, agg: ControlAggregates, d: ControlDecisions): CellWrite[] {
    const cells = new Array<CellWrite>(COLUMN_COUNT);
    cells[CONTROL_COL.openReceivables] = agg.openReceivables[c]!;
    cells[CONTROL_COL.overdue] = agg.overdue[c]!;
    for (let k = 0; k < 6; k++) cells[BUCKETS + k] = agg.buckets[k]![c]!;
    cells[CONTROL_COL.oldestDaysPastDue] = valueCell(agg.oldestDaysPastDue[c]!);
    cells[CONTROL_COL.avgDaysLate] = valueCell(agg.avgDaysLate[c]!);
    cells[CONTROL_COL.onTimeShare] = valueCell(agg.onTimeShare[c]!);
    cells[CONTROL_COL.dso] = valueCell(agg.dso[c]!);
    const noPaid = agg.paidDocuments[c] === 0;
    const noSales = Number.isNaN(agg.dso[c]!);
    cells[CONTROL_COL.notes] = noPaid && noSales ? this.noteNoPaid + this.noteSeparator + this.noteNoSales : noPaid ? this.noteNoPaid : noSales ? this.noteNoSales : null;

    const text = this.cellTexts[d.code[c]! * 2 + d.onRecommended[c]!]!;
    const na = this.na;
    const limitUsed = d.limitUsed[c]!;
    const available = d.available[c]!;
    const utilisation = d.utilisation[c]!;
    // In FORMULA_COLS order, each cell caching the core's value (n/a where the formula shows it).
    const f = this.shared;
    cells[FORMULA_COLS[0]] = new SharedFormulaCell(f[0]!, row, Number.isNaN(limitUsed) ? na : limitUsed);
    cells[FORMULA_COLS[1]] = new SharedFormulaCell(f[1]!, row, d.exposure[c]!);
    cells[FORMULA_COLS[2]] = new SharedFormulaCell(f[2]!, row, Number.isNaN(available) ? na : available);
    cells[FORMULA_COLS[3]] = new SharedFormulaCell(f[3]!, row, Number.isNaN(utilisation) ? na : utilisation);
    cells[FORMULA_COLS[4]] = new SharedFormulaCell(f[4]!, row, text.status);
    cells[FORMULA_COLS[5]] = new SharedFormulaCell(f[5]!, row, text.also);
    cells[FORMULA_COLS[6]] = new SharedFormulaCell(f[6]!, row, d.holdAmount[c]!);
    cells[FORMULA_COLS[7]] = new SharedFormulaCell(f[7]!, row, d.code[c]!);
    return cells;
  }
}
