import { isBlank, type CellValue } from '../cells/cell';
import { cellAddress } from '../cells/address';
import { problemAt } from '../i18n/problem-text';
import type { Problem, ScorecardProblemCode } from '../problems';

/** What a scorecard cell holds, as problem.item.* templates name it. */
type ItemId =
  | 'ratioThreshold' | 'ratioPoints' | 'ratioOtherwise' | 'weight' | 'wordRating' | 'word'
  | 'minScore' | 'limitFactor' | 'creditMonths' | 'netWorthCap' | 'roundingUnit' | 'levelName' | 'levelMax'
  | 'maxMissingRatios' | 'maxMissingRatings'
  | 'bands' | 'userFactors' | 'keys' | 'grades' | 'levels' | 'gradeName' | 'factorName' | 'userWeight';
export interface Item {
  args: Record<string, string>;
}
export const item = (id: ItemId, args: Record<string, string> = {}): Item => ({ args: { item: id, ...args } });

/** Reading and checking cells of one scorecard sheet: every problem names its cell. */
export class CellReader {
  readonly problems: Problem[] = [];
  constructor(readonly sheet: string, private readonly block: CellValue[][]) {}

  at(row: number, col: number): CellValue {
    return this.block[row]?.[col] ?? null;
  }

  /** A problem worded by its template only (the English reason is the template's, as the pane's is). */
  report(row: number, col: number, code: ScorecardProblemCode, args: Record<string, string> = {}): void {
    this.problems.push(problemAt(this.sheet, cellAddress(row, col), code, args));
  }

  blankRow(row: number, cols: readonly number[]): boolean {
    return cols.every((c) => isBlank(this.at(row, c)));
  }

  /** Every number has bounds, so that no score, limit or level can overflow. */
  num(row: number, col: number, what: Item, [min, max]: readonly [number, number]): number {
    const v = this.at(row, col);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      const found = JSON.stringify(v);
      this.report(row, col, v === null ? 'scorecardBlankNumber' : 'scorecardNumber', { ...what.args, found });
      return NaN;
    }
    if (v < min) this.report(row, col, 'scorecardBelow', { ...what.args, min: String(min), found: String(v) });
    else if (v > max) this.report(row, col, 'scorecardAbove', { ...what.args, max: String(max), found: String(v) });
    return v;
  }

  text(row: number, col: number, what: Item): string {
    const v = this.at(row, col);
    if (isBlank(v)) { this.report(row, col, 'scorecardBlank', what.args); return ''; }
    return String(v).trim();
  }

  /** A rating 1–5 a key stands for. */
  rating(row: number, col: number): number {
    const value = this.num(row, col, item('wordRating'), [1, Infinity]);
    // NaN: already reported as not a number.
    if (!Number.isNaN(value) && (value > 5 || !Number.isInteger(value))) this.report(row, col, 'scorecardWordRating', { found: String(value) });
    return value;
  }

  /**
   * The rows of a table area in use: the non-blank ones (in `cols`) from the
   * top. Reports, by cell, a blank row among them (a gap), anything in the
   * row below the area (a row too many) and fewer rows than `min`.
   */
  tableRows(first: number, area: number, cols: readonly number[], what: Item, min: number): number[] {
    const rows: number[] = [];
    let last = -1;
    for (let i = 0; i < area; i++) if (!this.blankRow(first + i, cols)) last = i;
    for (let i = 0; i <= last; i++) {
      if (this.blankRow(first + i, cols)) this.report(first + i, cols[0]!, 'scorecardGap', what.args);
      else rows.push(first + i);
    }
    const below = cols.find((c) => !isBlank(this.at(first + area, c)));
    if (below !== undefined) this.report(first + area, below, 'scorecardTooManyRows', { ...what.args, max: String(area) });
    // Named at the first row to fill (gaps are reported already).
    if (rows.length < min && rows.length === last + 1) this.report(first + rows.length, cols[0]!, 'scorecardTooFewRows', { ...what.args, min: String(min) });
    return rows;
  }
}
