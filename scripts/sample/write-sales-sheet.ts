/** Writes 銷售明細 as the Excel table SalesLedger (header on row 1). */
import type ExcelJS from 'exceljs';
import { DATE_FORMAT, MONEY_FORMAT, SALES_HEADERS, SALES_SHEET, SALES_TABLE, WHOLE_FORMAT } from './layout';
import type { SalesLine } from './types';

const WIDTHS = [12, 16, 11, 34, 24, 10, 12, 15];
const FORMATS: Readonly<Record<number, string>> = { 1: DATE_FORMAT, 6: WHOLE_FORMAT, 7: MONEY_FORMAT, 8: MONEY_FORMAT };

export function writeSalesSheet(wb: ExcelJS.Workbook, lines: readonly SalesLine[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(SALES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addTable({
    name: SALES_TABLE,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: SALES_HEADERS.map((name) => ({ name, filterButton: true })),
    rows: lines.map((l) => [l.date, l.orderNo, l.customerId, l.customerName, l.product, l.quantity, l.unitPrice, l.amount]),
  });
  WIDTHS.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const [col, numFmt] of Object.entries(FORMATS)) {
    for (let r = 2; r <= lines.length + 1; r++) ws.getCell(r, Number(col)).numFmt = numFmt;
  }
  return ws;
}
