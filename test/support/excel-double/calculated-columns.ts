/**
 * Excel's calculated columns: a formula entered in a column of a table's data
 * body is copied into every row of that column (office-js #5909, #2093 "by
 * design"), each copy with its relative row references moved to its row —
 * even when every row was written a formula of its own. The double does the
 * same after each write, taking the formula of the topmost row written in
 * the table, so a column whose rows differ in shape comes out changed, as it
 * would in Excel.
 */
import { interpretInput, type Input } from './input';
import type { SheetModel } from './sheet-model';
import type { WorkbookModel } from './workbook-model';

/** Moves the relative row of every A1 reference outside string literals by `delta` (names, functions like LOG10( and $-rows stay). */
export function shiftRows(formula: string, delta: number): string {
  return formula.split(/("(?:[^"]|"")*")/).map((piece, i) => (i % 2 === 1 ? piece
    : piece.replace(/(?<![\w.])(\$?[A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/g, (whole, col: string, dollar: string, row: string) =>
      (dollar ? whole : `${col}${Number(row) + delta}`)))).join('');
}

/** After a write of `inputs` at (row, col) on `sheet`: fills each table column that got a formula. */
export function fillCalculatedColumns(model: WorkbookModel, sheet: SheetModel, row: number, col: number, inputs: Input[][]): void {
  for (const table of model.tables) {
    if (table.sheet !== sheet) continue;
    const first = Math.max(row, table.headerRow + 1);
    const last = Math.min(row + inputs.length - 1, table.lastRow);
    if (first > last) continue;
    for (let c = Math.max(col, table.firstCol); c <= Math.min(col + (inputs[0]?.length ?? 0) - 1, table.lastCol); c++) {
      const source = inputs[first - row]![c - col]!;
      if (source.kind !== 'formula') continue;
      for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
        const copy = `=${shiftRows(source.formula.replace(/^=/, ''), r - first)}`;
        if (sheet.cell(r, c)?.formula !== copy) sheet.write(r, c, interpretInput(copy));
      }
    }
  }
}
