import { fail } from './errors';
import type { Input } from './input';
import { type Rect, formatAddress, intersects } from './a1';
import { type PageModel, newPageModel } from './page-model';

/**
 * One stored cell. `value` is undefined for a formula whose result the double
 * does not know (it does not calculate); "" means empty.
 */
export interface Cell {
  value: string | number | boolean | undefined;
  formula?: string;
  numberFormat?: string;
  quotePrefix?: boolean;
  style?: CellStyle;
  borders?: CellBorders;
  /** The data validation rule; absent: none. */
  validation?: ValidationModel;
}

/** A cell's data validation: the rule's type ("List", "WholeNumber", ...), a list rule's criteria, the error alert once set. */
export interface ValidationModel {
  type: string;
  list?: { source: string; inCellDropDown: boolean };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
}

/** A threaded comment or a note, anchored at one cell (the double keeps their text only). */
export interface CellNote {
  row: number;
  col: number;
  content: string;
}

export type CellSide = 'top' | 'bottom' | 'left' | 'right';

/** One edge of one cell, as Excel stores it per cell (a grid sets both cells along an inside line). */
export interface BorderModel {
  style: string;
  weight: string;
  color: string;
}

export type CellBorders = Partial<Record<CellSide, BorderModel>>;

/** The cell formatting the double models, beyond number formats. */
export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  fontName?: string;
  fontColor?: string;
  italic?: boolean;
  /** Excel.RangeUnderlineStyle: "None", "Single", ... */
  underline?: string;
  fill?: string;
  wrap?: boolean;
  /** Range.format.horizontalAlignment / verticalAlignment. */
  horizontal?: string;
  vertical?: string;
  /** Range.format.protection.locked: whether the cell is locked once its sheet is protected. */
  locked?: boolean;
}

/** What Office reports for a cell without that formatting. */
export const DEFAULT_STYLE: Required<CellStyle> = {
  bold: false, fontSize: 11, fontName: 'Calibri', fontColor: '#000000', italic: false, underline: 'None',
  fill: '#FFFFFF', wrap: false, horizontal: 'General', vertical: 'Bottom', locked: true,
};

/** What a cell edge without a border reads as. */
export const NO_BORDER: BorderModel = { style: 'None', weight: 'Thin', color: '#000000' };

export interface TableModel {
  name: string;
  sheet: SheetModel;
  headerRow: number;
  firstCol: number;
  lastCol: number;
  lastRow: number;
}

export interface CellValueRule {
  operator: string;
  formula1: string;
  formula2?: string;
}

export interface ConditionalFormatModel {
  type: 'CellValue';
  areas: Rect[];
  rule?: CellValueRule;
  fill?: string;
  font?: string;
}

export const DEFAULT_COLUMN_WIDTH_POINTS = 48;
/** Calibri 11's standard row height; Excel allows 0 to 409 points. */
export const DEFAULT_ROW_HEIGHT_POINTS = 15;
export const MAX_ROW_HEIGHT_POINTS = 409;

function isEmpty(cell: Cell): boolean {
  return cell.value === '' && cell.formula === undefined;
}

export class SheetModel {
  readonly columnWidths = new Map<number, number>();
  /** Columns hidden through Range.columnHidden. */
  readonly hiddenColumns = new Set<number>();
  /** Columns grouped in the outline through Range.group. */
  readonly groupedColumns = new Set<number>();
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly rowHeights = new Map<number, number>();
  /** Merged areas, each at least two cells, never overlapping. */
  readonly merges: Rect[] = [];
  readonly page: PageModel = newPageModel();
  /** Horizontal manual page breaks: the row each one precedes, with the column it was added at. */
  readonly pageBreaks: { row: number; col: number }[] = [];
  showGridlines = true;
  /** Worksheet.comments (threaded comments) and Worksheet.notes, in the order they were added. */
  readonly comments: CellNote[] = [];
  readonly notes: CellNote[] = [];
  /** Worksheet.protection.protected: writes to locked cells (all are, by Excel's default) fail with AccessDenied. */
  isProtected = false;
  private readonly rows: (Cell | undefined)[][] = [];

  constructor(public name: string) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row]?.[col];
  }

  private ensure(row: number, col: number): Cell {
    const line = (this.rows[row] ??= []);
    return (line[col] ??= { value: '' });
  }

  hasContent(row: number, col: number): boolean {
    const cell = this.cell(row, col);
    return cell !== undefined && !isEmpty(cell);
  }

  /** A value, a formula, formatting or data validation in the cell. */
  hasAnything(row: number, col: number): boolean {
    const cell = this.cell(row, col);
    if (!cell) return false;
    return !isEmpty(cell) || cell.numberFormat !== undefined || cell.style !== undefined || cell.borders !== undefined || cell.validation !== undefined;
  }

  /** The stored cells of a row from column `from` on with anything in them (see hasAnything), by column. */
  usedColumnsFrom(row: number, from: number): number[] {
    const line = this.rows[row];
    if (!line) return [];
    const cols: number[] = [];
    for (let c = from; c < line.length; c++) if (this.hasAnything(row, c)) cols.push(c);
    return cols;
  }

  /**
   * Inserts one empty cell at column `at` in each row of the band, shifting
   * the cells from there on one column right (Excel's "shift cells right"
   * for cells; comments and notes go with their cell). The caller has checked
   * that nothing would leave the sheet.
   */
  insertCellsRight(band: { row: number; rows: number }, at: number): void {
    for (let r = band.row; r < band.row + band.rows; r++) {
      const line = this.rows[r];
      if (line && line.length > at) line.splice(at, 0, undefined);
    }
    for (const note of [...this.comments, ...this.notes]) {
      if (note.row >= band.row && note.row < band.row + band.rows && note.col >= at) note.col += 1;
    }
  }

  /**
   * Inserts empty rows above row `at`, moving the cells, comments, notes and
   * merged areas below them down (what another user's "Insert rows" does to
   * this sheet; the workbook model moves tables and names).
   */
  insertRows(at: number, count: number): void {
    if (this.rows.length > at) this.rows.splice(at, 0, ...Array.from({ length: count }, () => [] as (Cell | undefined)[]));
    for (const note of [...this.comments, ...this.notes]) if (note.row >= at) note.row += count;
    for (const m of this.merges) {
      if (m.row >= at) m.row += count;
      else if (m.row + m.rows > at) fail('NotEmulated', `inserting rows through the merged area ${this.area(m)}`);
    }
  }

  /** Applies one typed input (see input.ts) to a cell. */
  write(row: number, col: number, input: Input): void {
    if (input.kind === 'unchanged') return;
    const cell = this.ensure(row, col);
    delete cell.formula;
    delete cell.quotePrefix;
    if (input.kind === 'clear') cell.value = '';
    else if (input.kind === 'formula') {
      cell.formula = input.formula;
      cell.value = undefined;
    } else {
      cell.value = input.value;
      if (input.quotePrefix) cell.quotePrefix = true;
    }
  }

  /** Stores a cell as described by a test (no typed-input parsing). */
  put(row: number, col: number, cell: Cell): void {
    (this.rows[row] ??= [])[col] = { ...cell };
  }

  setNumberFormat(row: number, col: number, format: string | null): void {
    if (format === null) return;
    this.ensure(row, col).numberFormat = format === '' ? 'General' : format;
  }

  clearContents(rect: Rect): void {
    this.forEachStored(rect, (cell) => {
      cell.value = '';
      delete cell.formula;
    });
  }

  setStyle<K extends keyof CellStyle>(rect: Rect, key: K, value: Required<CellStyle>[K]): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) (this.ensure(r, c).style ??= {})[key] = value;
    }
  }

  styleAt<K extends keyof CellStyle>(row: number, col: number, key: K): Required<CellStyle>[K] {
    const own: CellStyle[K] | undefined = this.cell(row, col)?.style?.[key];
    return own === undefined ? DEFAULT_STYLE[key] : (own as Required<CellStyle>[K]);
  }

  /** Sets (a rule) or removes (null) the data validation of every cell of the rectangle. */
  setValidation(rect: Rect, rule: ValidationModel | null): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (rule !== null) this.ensure(r, c).validation = { ...rule };
        else delete this.cell(r, c)?.validation;
      }
    }
  }

  /** The type of the cell's validation rule, or null. */
  validationAt(row: number, col: number): string | null {
    return this.cell(row, col)?.validation?.type ?? null;
  }

  validationRuleAt(row: number, col: number): ValidationModel | null {
    return this.cell(row, col)?.validation ?? null;
  }

  /** True when every cell of the rectangle is unlocked (Range.format.protection.locked = false). */
  allUnlocked(rect: Rect): boolean {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) if (this.styleAt(r, c, 'locked')) return false;
    }
    return true;
  }

  clearFormats(rect: Rect): void {
    for (const area of this.merges.filter((m) => intersects(m, rect))) this.unmerge(area, rect);
    this.forEachStored(rect, (cell) => {
      delete cell.numberFormat;
      delete cell.quotePrefix;
      delete cell.style;
      delete cell.borders;
    });
  }

  setBorder(row: number, col: number, side: CellSide, change: Partial<BorderModel>): void {
    const borders = (this.ensure(row, col).borders ??= {});
    borders[side] = { ...(borders[side] ?? NO_BORDER), ...change };
  }

  borderAt(row: number, col: number, side: CellSide): BorderModel {
    return this.cell(row, col)?.borders?.[side] ?? NO_BORDER;
  }

  /**
   * Range.merge: Excel keeps only the top-left cell's value. Merging a range
   * that already is one merged area changes nothing; areas wholly inside the
   * range become part of it. What Excel does with values in the other cells
   * or with areas that stick out of the range is not emulated.
   */
  merge(rect: Rect): void {
    if (rect.rows * rect.cols === 1) return;
    const touched = this.merges.filter((m) => intersects(m, rect));
    if (touched.length === 1 && sameRect(touched[0], rect)) return;
    const outside = touched.find((m) => !contains(rect, m));
    if (outside) fail('NotEmulated', `merging ${this.area(rect)} across the merged area ${this.area(outside)}`);
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const topLeft = r === rect.row && c === rect.col;
        if (!topLeft && this.hasContent(r, c)) fail('NotEmulated', `merging ${this.area(rect)}: ${this.area({ row: r, col: c, rows: 1, cols: 1 })} is not empty`);
      }
    }
    for (const m of touched) this.merges.splice(this.merges.indexOf(m), 1);
    this.merges.push({ ...rect });
  }

  /** Range.unmerge and clearing formats: areas wholly inside the range are split; others are not emulated. */
  unmerge(area: Rect, within: Rect): void {
    if (!contains(within, area)) fail('NotEmulated', `unmerging part of the merged area ${this.area(area)}`);
    this.merges.splice(this.merges.indexOf(area), 1);
  }

  private area(rect: Rect): string {
    return formatAddress(this.name, rect);
  }

  private forEachStored(rect: Rect, visit: (cell: Cell) => void): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const line = this.rows[r];
      if (!line) continue;
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const cell = line[c];
        if (cell) visit(cell);
      }
    }
  }

  /** Range.values of a cell. Refuses formulas whose result is unknown. */
  valueAt(row: number, col: number): string | number | boolean {
    const cell = this.cell(row, col);
    if (!cell) return '';
    if (cell.value === undefined) {
      fail('NotEmulated', `${this.name} R${row + 1}C${col + 1}: the double does not calculate ${cell.formula}`);
    }
    return cell.value;
  }

  formulaAt(row: number, col: number): string | number | boolean {
    const cell = this.cell(row, col);
    return cell?.formula ?? this.valueAt(row, col);
  }

  numberFormatAt(row: number, col: number): string {
    return this.cell(row, col)?.numberFormat ?? 'General';
  }

  /** Smallest rectangle holding contents (and, unless valuesOnly, formats). */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = -1, bottom = -1, left = Infinity, right = -1;
    this.rows.forEach((line, r) => {
      line.forEach((cell, c) => {
        const formatted = cell?.numberFormat !== undefined || cell?.style !== undefined || cell?.borders !== undefined;
        const used = cell !== undefined && (!isEmpty(cell) || (!valuesOnly && formatted));
        if (!used) return;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    if (top < 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

/** True when inner lies wholly inside outer. */
export function contains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col
    && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}
