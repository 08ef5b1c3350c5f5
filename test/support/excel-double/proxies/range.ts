import { type Rect, checkRect, formatAddress, intersects, subtract } from '../a1';
import { fail } from '../errors';
import { fillCalculatedColumns } from '../calculated-columns';
import { type Input, interpretInput } from '../input';
import { compileR1C1 } from '../r1c1';
import type { SheetModel } from '../sheet-model';
import type { WorkbookModel } from '../workbook-model';
import { READ_CELL_LIMIT, type DoubleContext } from '../context';
import { ClientObjectDouble } from './client-object';
import { RangeFormatDouble } from './range-format';
import { ConditionalFormatCollectionDouble } from './conditional-formats';
import { DataValidationDouble } from './data-validation';
import { WorksheetDouble } from './worksheet';

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

const CELL_PROPERTIES = new Set(['values', 'formulas', 'numberFormat']);

/**
 * Checks a 2D array against the range; a 1x1 array broadcasts where
 * `broadcast` (numberFormat), and a single value where `scalar` (formulasR1C1:
 * one value applies to every cell of the range).
 */
function shaped(values: unknown, rect: Rect, what: string, broadcast: boolean, scalar = false): unknown[][] {
  if (values === null || values === undefined) fail('InvalidArgument', `${what} cannot be set to ${values}`);
  if (scalar && !Array.isArray(values)) return Array.from({ length: rect.rows }, () => Array.from({ length: rect.cols }, () => values));
  if (!Array.isArray(values) || !values.every(Array.isArray)) {
    fail('NotEmulated', `${what} set to a single value; the double takes 2D arrays only`);
  }
  const rows = values as unknown[][];
  if (broadcast && rows.length === 1 && rows[0].length === 1) {
    return Array.from({ length: rect.rows }, () => Array.from({ length: rect.cols }, () => rows[0][0]));
  }
  if (rows.length !== rect.rows || rows.some((r) => r.length !== rect.cols)) {
    const got = `${rows.length}x${rows[0]?.length ?? 0}`;
    fail('InvalidArgument', `${what}: ${got} array for a ${rect.rows}x${rect.cols} range`);
  }
  return rows;
}

/** Table header cells inside the range: writes there are limited to non-blank text. */
function checkHeaders(model: WorkbookModel, ref: RangeRef, inputs: Input[][] | null): void {
  for (const t of model.tables) {
    const { row, col, rows, cols } = ref.rect;
    if (t.sheet !== ref.sheet || t.headerRow < row || t.headerRow >= row + rows) continue;
    const names = model.columnNames(t);
    for (let c = Math.max(col, t.firstCol); c <= Math.min(col + cols - 1, t.lastCol); c++) {
      const input = inputs ? inputs[t.headerRow - row][c - col] : { kind: 'clear' as const };
      if (input.kind === 'unchanged') continue;
      if (input.kind !== 'value' || typeof input.value !== 'string' || input.value === '') {
        fail('NotEmulated', `blanking or computing table "${t.name}" header cells`);
      }
      names[c - t.firstCol] = input.value;
    }
    if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) {
      fail('NotEmulated', `duplicate headers in table "${t.name}" (Excel renames them)`);
    }
  }
}

export class RangeDouble extends ClientObjectDouble<RangeRef> {
  private formatProxy?: RangeFormatDouble;
  private conditionalProxy?: ConditionalFormatCollectionDouble;
  private validationProxy?: DataValidationDouble;
  private worksheetProxy?: WorksheetDouble;

  static at(context: DoubleContext, parent: ClientObjectDouble<unknown>, method: string, args: unknown[], resolve: () => RangeRef | null): RangeDouble {
    return new RangeDouble(context, { kind: 'method', parent, method, args, resolve });
  }

  protected read(ref: RangeRef, name: string): unknown {
    const { sheet, rect } = ref;
    // Excel has been seen to return null values instead of failing (office-js #4783, #6781): a planned fault here.
    if (name === 'values' && this.context.valuesComeBackNull(rect.rows * rect.cols)) return null;
    if (CELL_PROPERTIES.has(name) && rect.rows * rect.cols > READ_CELL_LIMIT) {
      fail('RangeExceedsLimit', `${rect.rows * rect.cols} cells read at once`);
    }
    const grid = (cell: (r: number, c: number) => unknown): unknown[][] =>
      Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (_, j) => cell(rect.row + i, rect.col + j)));
    switch (name) {
      case 'values': return grid((r, c) => sheet.valueAt(r, c));
      case 'formulas': return grid((r, c) => sheet.formulaAt(r, c));
      case 'numberFormat': return grid((r, c) => sheet.numberFormatAt(r, c));
      case 'address': return formatAddress(sheet.name, rect);
      case 'rowIndex': return rect.row;
      case 'columnIndex': return rect.col;
      case 'rowCount': return rect.rows;
      case 'columnCount': return rect.cols;
      default: return this.unknown(name);
    }
  }

  get values(): unknown[][] { return this.prop('values'); }
  get formulas(): unknown[][] { return this.prop('formulas'); }
  get numberFormat(): unknown[][] { return this.prop('numberFormat'); }
  get address(): string { return this.prop('address'); }
  get rowIndex(): number { return this.prop('rowIndex'); }
  get columnIndex(): number { return this.prop('columnIndex'); }
  get rowCount(): number { return this.prop('rowCount'); }
  get columnCount(): number { return this.prop('columnCount'); }

  set values(values: unknown[][]) { this.queueWrite('values', values); }
  set formulas(values: unknown[][]) { this.queueWrite('formulas', values); }
  /** Range.formulasR1C1 (ExcelApi 1.2): a 2D array or one value for every cell; each formula is read relative to its cell. */
  set formulasR1C1(values: unknown) { this.queueWrite('formulasR1C1', values); }

  /** values and formulas take input as if typed (see input.ts); formulasR1C1's formulas are made A1 text per cell first. */
  private queueWrite(what: string, values: unknown): void {
    this.queueSet(what, values, (ref) => {
      const r1c1 = what === 'formulasR1C1';
      if (r1c1 && !Array.isArray(values) && this.context.faults.refuseScalarFormulasR1C1) fail('InvalidArgument', 'formulasR1C1 takes a 2D array on this host');
      const compiled = new Map<string, (row: number, col: number) => string>();
      const a1 = (text: string, row: number, col: number): string => {
        let fill = compiled.get(text);
        if (!fill) compiled.set(text, (fill = compileR1C1(text)));
        return fill(row, col);
      };
      const inputs = shaped(values, ref.rect, what, false, r1c1).map((row, i) => row.map((value, j) =>
        interpretInput(r1c1 && typeof value === 'string' && value.startsWith('=') ? a1(value, ref.rect.row + i, ref.rect.col + j) : value)));
      checkHeaders(this.context.model, ref, inputs);
      inputs.forEach((row, i) => row.forEach((input, j) => ref.sheet.write(ref.rect.row + i, ref.rect.col + j, input)));
      fillCalculatedColumns(this.context.model, ref.sheet, ref.rect.row, ref.rect.col, inputs);
    });
  }

  /** Range.columnHidden (ExcelApi 1.2): hides or shows every column of the range. */
  set columnHidden(hidden: boolean) {
    this.queueSet('columnHidden', hidden, (ref) => {
      if (typeof hidden !== 'boolean') fail('InvalidArgument', `columnHidden ${String(hidden)}`);
      for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) {
        if (hidden) ref.sheet.hiddenColumns.add(c);
        else ref.sheet.hiddenColumns.delete(c);
      }
    });
  }

  /** Range.group (ExcelApi 1.10): only grouping by columns is emulated, at one outline level. */
  group(groupOption: string): void {
    this.queueCall('group', [groupOption], (ref) => {
      if (groupOption !== 'ByColumns') fail('NotEmulated', `group('${groupOption}')`);
      for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) ref.sheet.groupedColumns.add(c);
    });
  }

  /** Range.hideGroupDetails (ExcelApi 1.10): collapses the column group, hiding its columns. */
  hideGroupDetails(groupOption: string): void {
    this.queueCall('hideGroupDetails', [groupOption], (ref) => {
      if (groupOption !== 'ByColumns') fail('NotEmulated', `hideGroupDetails('${groupOption}')`);
      for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) {
        if (!ref.sheet.groupedColumns.has(c)) fail('InvalidOperation', 'hideGroupDetails on columns that are not grouped');
        ref.sheet.hiddenColumns.add(c);
      }
    });
  }

  set numberFormat(formats: unknown[][]) {
    this.queueSet('numberFormat', formats, (ref) => {
      const grid = shaped(formats, ref.rect, 'numberFormat', true);
      if (grid.some((row) => row.some((f) => f !== null && typeof f !== 'string'))) {
        fail('InvalidArgument', 'numberFormat entries must be strings or null');
      }
      grid.forEach((row, i) => row.forEach((f, j) => ref.sheet.setNumberFormat(ref.rect.row + i, ref.rect.col + j, f as string | null)));
    });
  }

  clear(applyTo: string = 'All'): void {
    this.queueCall('clear', [applyTo], (ref) => {
      if (!['All', 'Contents', 'Formats'].includes(applyTo)) fail('NotEmulated', `clear('${applyTo}')`);
      if (applyTo !== 'Formats') {
        checkHeaders(this.context.model, ref, null);
        ref.sheet.clearContents(ref.rect);
      }
      if (applyTo !== 'Contents') {
        ref.sheet.clearFormats(ref.rect);
        clearConditionalFormats(ref);
      }
    });
  }

  /**
   * Merges the range (across: each row on its own). Cells of an Excel table
   * cannot be merged. See SheetModel.merge for what is emulated.
   */
  merge(across = false): void {
    this.queueCall('merge', [across], (ref) => {
      const { sheet, rect } = ref;
      if (this.context.model.tables.some((t) => t.sheet === sheet && intersects(this.context.model.tableRect(t), rect))) {
        fail('InvalidOperation', `cannot merge cells of a table (${formatAddress(sheet.name, rect)})`);
      }
      if (!across) sheet.merge(rect);
      else for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.merge({ ...rect, row: r, rows: 1 });
    });
  }

  unmerge(): void {
    this.queueCall('unmerge', [], (ref) => {
      for (const area of ref.sheet.merges.filter((m) => intersects(m, ref.rect))) ref.sheet.unmerge(area, ref.rect);
    });
  }

  /** Activates the range's sheet and selects the range (one area: the double has no multi-area selection). */
  select(): void {
    this.queueCall('select', [], (ref) => this.context.model.select(ref.sheet, ref.rect));
  }

  get format(): RangeFormatDouble {
    return (this.formatProxy ??= new RangeFormatDouble(this.context, () => this.entityOrNull()));
  }

  /** Range.dataValidation (ExcelApi 1.8). */
  get dataValidation(): DataValidationDouble {
    return (this.validationProxy ??= new DataValidationDouble(this.context, () => this.entityOrNull()));
  }

  get conditionalFormats(): ConditionalFormatCollectionDouble {
    return (this.conditionalProxy ??= new ConditionalFormatCollectionDouble(this.context, () => this.entityOrNull()));
  }

  /** The same proxy on every access, as in Office.js (load on it, read it after sync). */
  get worksheet(): WorksheetDouble {
    return (this.worksheetProxy ??= new WorksheetDouble(this.context, { kind: 'nav', derive: () => this.entityOrNull()?.sheet ?? null }));
  }
}

/** Removes the range from every conditional format's areas (Excel trims formats that overlap). */
export function clearConditionalFormats(ref: RangeRef): void {
  const list = ref.sheet.conditionalFormats;
  for (const cf of [...list]) {
    cf.areas = cf.areas.flatMap((area) => subtract(area, ref.rect));
    if (cf.areas.length === 0) list.splice(list.indexOf(cf), 1);
  }
}

export function rangeRef(sheet: SheetModel, rect: Rect): RangeRef {
  return { sheet, rect: checkRect(rect) };
}
