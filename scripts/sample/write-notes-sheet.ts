/** Writes 說明: a few lines describing the sample (neither a customer nor a sales sheet). */
import type ExcelJS from 'exceljs';
import { NOTES_SHEET, SAMPLE_AS_OF } from './layout';
import type { BadCell, Invoice } from './types';

export function writeNotesSheet(wb: ExcelJS.Workbook, customerCount: number, salesLines: number, invoices: readonly Invoice[], badCells: readonly BadCell[]): ExcelJS.Worksheet {
  const asOf = SAMPLE_AS_OF.toISOString().slice(0, 10);
  const withLedger = new Set(invoices.map((v) => v.customerId)).size;
  const ws = wb.addWorksheet(NOTES_SHEET);
  const lines = [
    'Credit Desk 範例活頁簿 (sample workbook)',
    '',
    `客戶資料: ${customerCount} 家客戶 (標題在第 1 列, 欄名在第 3 列), 含財務報表欄位與 11 項經營管理評分 (1–5 或 優/良/中/差/劣).`,
    `銷售明細: 表格 SalesLedger, ${salesLines} 筆明細, 2024-11-01 至 2026-10-31; 退貨為負數量與負金額.`,
    `應收帳款: ${invoices.length} 張發票與折讓單 (${withLedger} 家客戶), 截至 ${asOf} (帳齡請以此日為基準日); 收款日期空白為未收, 已收金額小於金額為部分收款, 負金額為折讓.`,
    '客戶資料的「核准額度」欄為使用者自行核定的額度 (空白者以建議額度為準).',
    '所有公司、人名、電話、帳號與數字均為虛構, 由 scripts/make-sample.ts 以固定亂數種子產生 (npm run sample).',
    '',
    '刻意放入的問題資料 (deliberate bad or awkward cells):',
    ...badCells.map((b) => `  ${b.sheet}!${b.cell}  ${b.value}  →  ${b.expected}`),
  ];
  lines.forEach((text, i) => {
    ws.getCell(i + 1, 1).value = text === '' ? null : text;
  });
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getColumn(1).width = 110;
  return ws;
}
