/**
 * Subtotal rows between groups (小計, 合計, Total) on the customer, sales and
 * receivables sheets of a real .xlsx (through the file port): each is
 * reported by its label's cell, gets no results (its owned cells stay blank)
 * and counts in no total — the run reads as the same book without them.
 */
import type ExcelJS from 'exceljs';
import { DEFAULT_STEPS } from '../../src/app/run-steps';
import { dateToSerial } from '../../src/core/cells/normalize';
import { problemText } from '../../src/core/i18n/problem-text';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { columnBelow, makeWorkbook, runThroughFile, type Grid } from '../support/workbooks';

const d = (y: number, m: number, day: number) => dateToSerial(y, m, day);
const AS_OF = new Date(2026, 5, 30);
const request = { steps: [...DEFAULT_STEPS], options: defaultTierOptions(), today: AS_OF, control: { asOf: AS_OF, required: true } };

const CUSTOMERS: Grid = [
  ['K1', '甲公司', 100000],
  ['小計', null, 100000], // the key cell is the label
  ['K2', '乙公司', null],
  [null, '合計', 100000], // the key blank, the name the label
  ['K3', '丙公司', 50000],
];
const SALES: Grid = [[d(2026, 3, 1), 'K1', 90000], [null, '小計', 90000], [d(2026, 4, 1), 'K2', 40000], [d(2026, 5, 1), 'K3', 30000]];
const RECEIVABLES: Grid = [
  ['K1', 'A1', d(2026, 5, 1), d(2026, 5, 31), 60000, 60000],
  ['K1', 'A2', d(2026, 6, 10), d(2026, 7, 10), 50000, 50000],
  ['小計', null, null, null, 110000, 110000],
  ['K2', 'B1', d(2026, 1, 1), d(2026, 1, 31), 5000, 5000],
  ['K3', 'C1', d(2026, 6, 1), d(2026, 7, 1), 1000, 1000],
];
const isSubtotal = (row: Grid[number]) => row[0] === '小計' || row[1] === '小計' || row[1] === '合計';

function book(withSubtotals: boolean): ExcelJS.Workbook {
  const rows = (grid: Grid) => (withSubtotals ? grid : grid.filter((r) => !isSubtotal(r)));
  return makeWorkbook([
    { name: '客戶資料', rows: [['客戶編號', '客戶名稱', '核准額度'], ...rows(CUSTOMERS)] },
    { name: '銷售明細', rows: [['日期', '客戶編號', '金額'], ...rows(SALES)] },
    { name: '應收帳款', rows: [['客戶編號', '發票號碼', '發票日期', '到期日', '金額', '未收金額'], ...rows(RECEIVABLES)] },
  ]);
}

/** The customer sheet's values right of the user's three columns, by sheet row (1-based), formulas as their text. */
function ownedCells(wb: ExcelJS.Workbook, row: number): unknown[] {
  const found: unknown[] = [];
  wb.getWorksheet('客戶資料')!.getRow(row).eachCell((cell, col) => { if (col > 3) found.push(cell.value); });
  return found;
}

describe('subtotal rows within the lists', () => {
  test('each is reported once, at its label, in Traditional Chinese as a row between rows', async () => {
    const { summary } = await runThroughFile(book(true), request);
    const summaries = summary.problems.filter((p) => p.code === 'summaryRow');
    expect(summaries.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['銷售明細!B3', '客戶資料!A3', '客戶資料!B5', '應收帳款!A4']);
    // Not taken for a customer nobody sold to, an unknown customer, or a blank key.
    expect(summary.problems.map((p) => p.code).filter((c) => c !== 'summaryRow')).toEqual(
      (await runThroughFile(book(false), request)).summary.problems.map((p) => p.code));
    expect(problemText(summaries[1]!, 'zh-Hant')).toBe('清單中間的合計列 「小計」：此列不讀取（清單在其下方繼續）');
    expect(problemText(summaries[2]!, 'zh-Hant')).toBe('清單中間的合計列 「合計」：此列不讀取（清單在其下方繼續）');
  });

  test('the totals are those of the same book without the subtotal rows', async () => {
    const withRows = (await runThroughFile(book(true), request)).summary;
    const without = (await runThroughFile(book(false), request)).summary;
    expect(withRows.customers).toBe(3);
    expect(withRows.unknownCustomers).toEqual({ rows: 0, amount: 0, keys: [] });
    expect(withRows.tiers).toEqual(without.tiers);
    expect(withRows.salesByTier).toEqual(without.salesByTier);
    expect(withRows.credit?.grades).toEqual(without.credit?.grades);
    const { heldCustomers: heldWith, ...controlWith } = withRows.control!;
    const { heldCustomers: heldWithout, ...controlWithout } = without.control!;
    expect(controlWith).toEqual(controlWithout);
    expect(controlWith.exposureTotal).toBe(116000);
    expect(heldWith.map((h) => [h.id, h.status])).toEqual(heldWithout.map((h) => [h.id, h.status]));
  });

  test('a subtotal row gets nothing in any owned column; the customers around it get their results', async () => {
    const { wb } = await runThroughFile(book(true), request);
    expect(ownedCells(wb, 3)).toEqual([]);
    expect(ownedCells(wb, 5)).toEqual([]);
    expect(ownedCells(wb, 2).length).toBeGreaterThan(10);
    expect(columnBelow(wb, '客戶資料', '應收帳款餘額')).toEqual([110000, null, 5000, null, 1000]);
    // The user's cells are as they were.
    expect(columnBelow(wb, '客戶資料', '核准額度')).toEqual([100000, 100000, null, 100000, 50000]);
    expect(columnBelow(wb, '客戶資料', '客戶編號')).toEqual(['K1', '小計', 'K2', null, 'K3']);
  });
});
