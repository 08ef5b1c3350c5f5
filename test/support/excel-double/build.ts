import { checkRect } from './a1';
import { DoubleContext, type DoubleRunOptions, type SyncStats, newStats } from './context';
import { fail } from './errors';
import { Faults } from './faults';
import { evaluateConstant } from './name-formulas';
import type { Cell } from './sheet-model';
import { WorkbookModel } from './workbook-model';
import { referenceFormula } from './name-formulas';

/** A cell as a test describes it: stored as is, no typed-input parsing. */
export type DescribedCell = string | number | boolean | null | { formula: string; value?: string | number | boolean };

export interface SheetDescription {
  name: string;
  /** Row-major cells from A1. */
  rows?: DescribedCell[][];
  /** Worksheet protection is on (every cell locked, Excel's default). */
  protected?: boolean;
}

export interface TableDescription {
  name: string;
  sheet: string;
  /** Header row and first column, 0-based; rows counts the header. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type NameDescription =
  | { name: string; sheet: string; row: number; col: number; comment?: string }
  | { name: string; formula: string };

export interface BookDescription {
  sheets: SheetDescription[];
  tables?: TableDescription[];
  names?: NameDescription[];
  /** The workbook uses the 1904 date system (Excel's workbook option; Mac workbooks of old). */
  date1904?: boolean;
  /** The workbook's structure is protected: no sheet can be added. */
  protectedStructure?: boolean;
}

export interface ExcelDouble {
  readonly model: WorkbookModel;
  /** Sync counts and payload sizes over every run. */
  readonly stats: SyncStats;
  /** Faults to inject: failed, hung or null-returning syncs, another user's edits, cell edit mode (faults.ts). */
  readonly faults: Faults;
  /** The options of every run(), in order ({} for a run without options). */
  readonly runOptions: Excel.RunOptions[];
  /** Like Excel.run: a fresh context; pending commands are synced when the callback resolves. */
  run<T>(callback: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Excel.run(options, batch): the double reads delayForCellEdit (see Faults.enterCellEditMode). */
  run<T>(options: Excel.RunOptions, callback: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A context of the double, for tests that drive the double directly. */
  context(options?: Partial<DoubleRunOptions>): DoubleContext;
}

function toCell(described: DescribedCell): Cell | null {
  if (described === null || described === '') return null;
  if (typeof described === 'object') return { value: described.value, formula: described.formula };
  return { value: described };
}

export function createExcelDouble(description: BookDescription): ExcelDouble {
  if (description.sheets.length === 0) fail('InvalidArgument', 'a workbook has at least one sheet');
  const model = new WorkbookModel();
  model.date1904 = description.date1904 === true;
  for (const s of description.sheets) {
    const sheet = model.addSheet(s.name);
    sheet.isProtected = s.protected === true;
    (s.rows ?? []).forEach((line, r) => line.forEach((described, c) => {
      const cell = toCell(described);
      if (cell) sheet.put(r, c, cell);
    }));
  }
  for (const t of description.tables ?? []) {
    checkRect(t);
    model.addTable({ name: t.name, sheet: model.sheet(t.sheet), headerRow: t.row, firstCol: t.col, lastCol: t.col + t.cols - 1, lastRow: t.row + t.rows - 1 });
  }
  for (const n of description.names ?? []) {
    if ('formula' in n) {
      const value = evaluateConstant(n.formula, model.date1904);
      model.addName({ name: n.name, comment: '', ref: null, formula: n.formula, ...(value === null ? {} : { value }) });
    }
    else {
      const ref = { sheet: model.sheet(n.sheet), rect: checkRect({ row: n.row, col: n.col, rows: 1, cols: 1 }) };
      model.addName({ name: n.name, comment: n.comment ?? '', ref, formula: referenceFormula(ref) });
    }
  }
  model.protectedStructure = description.protectedStructure === true;
  const stats = newStats();
  const faults = new Faults();
  const runOptions: Excel.RunOptions[] = [];
  const context = (options: Partial<DoubleRunOptions> = {}): DoubleContext =>
    new DoubleContext(model, stats, faults, { delayForCellEdit: options.delayForCellEdit === true });
  async function run<T>(
    first: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
    second?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    const options = typeof first === 'function' ? {} : first;
    const callback = typeof first === 'function' ? first : second;
    if (!callback) throw new TypeError('excel-double: run(options) without a batch function');
    runOptions.push(options);
    const ctx = context({ delayForCellEdit: options.delayForCellEdit === true });
    const result = await callback(ctx as unknown as Excel.RequestContext);
    if (ctx.pending > 0) await ctx.sync();
    return result;
  }
  return { model, stats, faults, runOptions, context, run };
}
