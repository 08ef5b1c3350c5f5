import { createOfficePort } from '../../src/ports/office/office-port';
import { type DescribedCell, createExcelDouble } from '../support/excel-double';
import { type ContractSheet, describeUserContentContract, rectOf } from '../support/user-content-contract';

/** The case on the Excel double: cells as described, the rest set up through Office.js as a user's add-in would. */
async function officePort(sheet: ContractSheet) {
  // Excel always calculates: a formula shows its value, cached or not.
  const rows = sheet.rows.map((line) => line.map((v): DescribedCell => (v !== null && typeof v === 'object' ? { formula: v.formula, value: v.calculated } : v)));
  const book = createExcelDouble({ sheets: [{ name: sheet.name, rows }] });
  await book.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet.name);
    const range = (a1: string) => {
      const r = rectOf(a1);
      return ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
    };
    for (const c of sheet.comments ?? []) ws.comments.add(c.cell, c.text);
    for (const v of sheet.validations ?? []) range(v.range).dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
    for (const f of sheet.fills ?? []) range(f.range).format.fill.color = f.color;
    for (const n of sheet.numberFormats ?? []) range(n.range).numberFormat = [[n.format]];
    for (const b of sheet.bold ?? []) range(b.range).format.font.bold = true;
    // A whole row: every cell of it, up to the last column.
    for (const row of sheet.boldRows ?? []) ws.getRangeByIndexes(row - 1, 0, 1, 16_384).format.font.bold = true;
    await context.sync();
  });
  return createOfficePort(book.context() as unknown as Excel.RequestContext);
}

describeUserContentContract('Office port on the Excel double', officePort);
