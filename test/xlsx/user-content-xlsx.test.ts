import ExcelJS from 'exceljs';
import { type ContractSheet, cellsIn, describeUserContentContract } from '../support/user-content-contract';
import { openThroughFile } from '../support/workbooks';

/** The case built with ExcelJS and written to an .xlsx file, opened by the package port as the command line opens one. */
async function packagePort(sheet: ContractSheet) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  sheet.rows.forEach((line, r) => line.forEach((v, c) => {
    if (v === null) return;
    ws.getCell(r + 1, c + 1).value = typeof v === 'object'
      ? ({ formula: v.formula.replace(/^=/, ''), ...(v.cached !== undefined ? { result: v.cached } : {}) } as ExcelJS.CellFormulaValue)
      : v;
  }));
  const each = (range: string, visit: (cell: ExcelJS.Cell) => void) => cellsIn(range).forEach(({ row, col }) => visit(ws.getCell(row + 1, col + 1)));
  for (const c of sheet.comments ?? []) each(c.cell, (cell) => (cell.note = c.text));
  for (const v of sheet.validations ?? []) {
    each(v.range, (cell) => (cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${v.list.join(',')}"`] }));
  }
  for (const f of sheet.fills ?? []) {
    each(f.range, (cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${f.color.slice(1)}` } }));
  }
  for (const n of sheet.numberFormats ?? []) each(n.range, (cell) => (cell.numFmt = n.format));
  for (const b of sheet.bold ?? []) each(b.range, (cell) => (cell.font = { name: 'Calibri', size: 11, bold: true }));
  // Row.font sets the row's own style (what a file keeps for a formatted row) and its cells'.
  for (const row of sheet.boldRows ?? []) ws.getRow(row).font = { name: 'Calibri', size: 11, bold: true };
  return (await openThroughFile(wb)).port;
}

describeUserContentContract('package port on a file ExcelJS wrote', packagePort);
