/** Writes 客戶資料: title on row 1, blank row 2, headers on row 3, one plain row per customer (no table). */
import type ExcelJS from 'exceljs';
import { APPROVED_LIMIT_HEADER, CUSTOMER_HEADERS, CUSTOMER_HEADER_ROW, CUSTOMER_SHEET, CUSTOMER_TITLE, FINANCIAL_HEADERS, WHOLE_FORMAT } from './layout';
import type { Customer, SampleValue } from './types';

const WIDTHS = [10, 34, 44, 18, 12, 16, 15, 8, 16, 34, 22, 10];
const FINANCIAL_WIDTH = 15;
const MONEY_COLUMNS = new Set(['資本額', '年營業額', ...FINANCIAL_HEADERS, APPROVED_LIMIT_HEADER]);

function customerRow(c: Customer): SampleValue[] {
  const f = c.financials;
  return [
    c.id, c.name, c.address, c.phone, c.trade, c.principal, c.capital, c.employees, c.annualRevenue,
    c.bankAccount, c.taxId, c.payment,
    f?.currentAssets ?? null, f?.inventories ?? null, f?.quickAssets ?? null, f?.currentLiabilities ?? null,
    f?.totalLiabilities ?? null, f?.openingAssets ?? null, f?.closingAssets ?? null, f?.salesRevenue ?? null,
    f?.netProfit ?? null,
    ...c.ratings,
    c.approvedLimit ?? null,
  ];
}

export function writeCustomerSheet(wb: ExcelJS.Workbook, rows: readonly Customer[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(CUSTOMER_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: CUSTOMER_HEADER_ROW }] });
  const title = ws.getCell(1, 1);
  title.value = CUSTOMER_TITLE;
  title.font = { bold: true, size: 14 };

  const header = ws.getRow(CUSTOMER_HEADER_ROW);
  header.values = [...CUSTOMER_HEADERS];
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });

  rows.forEach((customer, i) => {
    ws.getRow(CUSTOMER_HEADER_ROW + 1 + i).values = customerRow(customer);
  });

  CUSTOMER_HEADERS.forEach((name, i) => {
    const column = ws.getColumn(i + 1);
    column.width = WIDTHS[i] ?? (FINANCIAL_HEADERS.includes(name as never) ? FINANCIAL_WIDTH : Math.max(8, name.length * 2 + 2));
    if (MONEY_COLUMNS.has(name) || name === '員工數') {
      for (let r = CUSTOMER_HEADER_ROW + 1; r <= CUSTOMER_HEADER_ROW + rows.length; r++) ws.getCell(r, i + 1).numFmt = WHOLE_FORMAT;
    }
  });
  return ws;
}
