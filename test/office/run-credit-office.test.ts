import ExcelJS from 'exceljs';
import { DEFAULT_STEPS, runSteps } from '../../src/app/run-steps';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { createOfficePort } from '../../src/ports/office/office-port';
import { PAYLOAD_LIMIT_BYTES, createExcelDouble, formulaAt, numberFormatAt, sheetNames, valueAt, type DescribedCell } from '../support/excel-double';
import { runThroughFile } from '../support/workbooks';

const customers: DescribedCell[][] = [
  ['客戶編號', '客戶名稱', '流動資產', '存貨', '流動負債', '負債總額', '期末資產總額', '銷售收入', '淨利潤', '銷售能力', '銀行往來信用'],
  ['C1', '甲', 500, 100, 200, 300, 1000, 4000, 600, '優', 4],
  ['C2', '乙', null, 10, 0, 900, 800, 100, -5, 9, null],
  ['C3', '=not a formula', 50, 10, 20, 10, 100, 500, 50, '良', 3],
];
const sales: DescribedCell[][] = [['日期', '客戶編號', '金額'], [46000, 'C1', 1_200_000], [46100, 'C2', 50_000], [46200, 'C3', 3_000_000]];

function xlsxCell(ws: ExcelJS.Worksheet, r: number, c: number): unknown {
  const v = ws.getCell(r + 1, c + 1).value;
  if (v && typeof v === 'object' && 'formula' in v) return `=${v.formula}`;
  return v;
}

describe('the credit step through the Office.js port', () => {
  test('writes the same scorecard and the same formulas as the .xlsx port, within the request limit', async () => {
    const book = createExcelDouble({ sheets: [{ name: '客戶資料', rows: customers }, { name: '銷售', rows: sales }] });
    const office = await book.run((context) => runSteps(createOfficePort(context), { steps: DEFAULT_STEPS, options: defaultTierOptions() }));

    const source = new ExcelJS.Workbook();
    source.addWorksheet('客戶資料').addRows(customers as unknown[][]);
    source.addWorksheet('銷售').addRows(sales as unknown[][]);
    const { summary: xlsx, wb } = await runThroughFile(source);

    expect(office).toEqual(xlsx);
    expect(sheetNames(book)).toEqual(['客戶資料', '銷售', '信用評分表']);
    for (const sheet of ['客戶資料', '信用評分表']) {
      const ws = wb.getWorksheet(sheet)!;
      const rows = sheet === '客戶資料' ? 4 : 58;
      const cols = sheet === '客戶資料' ? 27 : 9;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const officeValue = formulaAt(book, sheet, r, c) ?? valueAt(book, sheet, r, c);
          const expected = xlsxCell(ws, r, c) ?? '';
          expect([sheet, r, c, officeValue ?? '']).toEqual([sheet, r, c, expected]);
        }
      }
    }
    expect(formulaAt(book, '客戶資料', 1, 21)).toMatch(/^=ROUND\(/);
    expect(numberFormatAt(book, '客戶資料', 1, 18)).toBe('0.0%');
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(book.stats.failedSyncs).toBe(0);
  });
});
