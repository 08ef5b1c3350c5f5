import { checkRect } from './a1';
import { DoubleContext, type SyncStats, newStats } from './context';
import { fail } from './errors';
import type { Cell } from './sheet-model';
import { WorkbookModel } from './workbook-model';
import { referenceFormula } from './proxies/names';

/** A cell as a test describes it: stored as is, no typed-input parsing. */
export type DescribedCell = string | number | boolean | null | { formula: string; value?: string | number | boolean };

export interface SheetDescription {
  name: string;
  /** Row-major cells from A1. */
  rows?: DescribedCell[][];
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
}

export interface ExcelDouble {
  readonly model: WorkbookModel;
  /** Sync counts and payload sizes over every run. */
  readonly stats: SyncStats;
  /** Like Excel.run: a fresh context; pending commands are synced when the callback resolves. */
  run<T>(callback: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A context of the double, for tests that drive the double directly. */
  context(): DoubleContext;
}

function toCell(described: DescribedCell): Cell | null {
  if (described === null || described === '') return null;
  if (typeof described === 'object') return { value: described.value, formula: described.formula };
  return { value: described };
}

export function createExcelDouble(description: BookDescription): ExcelDouble {
  if (description.sheets.length === 0) fail('InvalidArgument', 'a workbook has at least one sheet');
  const model = new WorkbookModel();
  for (const s of description.sheets) {
    const sheet = model.addSheet(s.name);
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
    if ('formula' in n) model.addName({ name: n.name, comment: '', ref: null, formula: n.formula });
    else {
      const ref = { sheet: model.sheet(n.sheet), rect: checkRect({ row: n.row, col: n.col, rows: 1, cols: 1 }) };
      model.addName({ name: n.name, comment: n.comment ?? '', ref, formula: referenceFormula(ref) });
    }
  }
  const stats = newStats();
  const context = (): DoubleContext => new DoubleContext(model, stats);
  return {
    model,
    stats,
    context,
    async run(callback) {
      const ctx = context();
      const result = await callback(ctx as unknown as Excel.RequestContext);
      if (ctx.pending > 0) await ctx.sync();
      return result;
    },
  };
}
