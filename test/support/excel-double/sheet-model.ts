import { fail } from './errors';
import type { Input } from './input';
import type { Rect } from './a1';

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
}

/** The cell formatting the double models, beyond number formats. */
export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  fill?: string;
  wrap?: boolean;
}

/** What Office reports for a cell without that formatting. */
export const DEFAULT_STYLE: Required<CellStyle> = { bold: false, fontSize: 11, fill: '#FFFFFF', wrap: false };

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

function isEmpty(cell: Cell): boolean {
  return cell.value === '' && cell.formula === undefined;
}

export class SheetModel {
  readonly columnWidths = new Map<number, number>();
  readonly conditionalFormats: ConditionalFormatModel[] = [];
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

  clearFormats(rect: Rect): void {
    this.forEachStored(rect, (cell) => {
      delete cell.numberFormat;
      delete cell.quotePrefix;
      delete cell.style;
    });
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
        const formatted = cell?.numberFormat !== undefined || cell?.style !== undefined;
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
