/** Writes 應收帳款 as a plain range (header on row 1), one row per invoice or credit note. */
import type ExcelJS from 'exceljs';
import { DATE_FORMAT, MONEY_FORMAT, RECEIVABLES_HEADERS, RECEIVABLES_SHEET } from './layout';
import type { Invoice } from './types';

const WIDTHS = [10, 34, 18, 12, 12, 15, 15, 12];
const FORMATS: Readonly<Record<number, string>> = { 4: DATE_FORMAT, 5: DATE_FORMAT, 6: MONEY_FORMAT, 7: MONEY_FORMAT, 8: DATE_FORMAT };

export function writeReceivablesSheet(wb: ExcelJS.Workbook, invoices: readonly Invoice[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(RECEIVABLES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = ws.getRow(1);
  header.values = [...RECEIVABLES_HEADERS];
  header.font = { bold: true };
  invoices.forEach((v, i) => {
    ws.getRow(i + 2).values = [v.customerId, v.customerName, v.number, v.date, v.dueDate, v.amount, v.paidAmount, v.paidDate];
  });
  WIDTHS.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const [col, numFmt] of Object.entries(FORMATS)) {
    for (let r = 2; r <= invoices.length + 1; r++) ws.getCell(r, Number(col)).numFmt = numFmt;
  }
  return ws;
}
