import type ExcelJS from 'exceljs';
import { InputError } from '../../src/core/problems';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { dateToSerial } from '../../src/core/cells/normalize';
import { changedParts } from '../support/package-diff';
import { columnBelow, failThroughFile, makeWorkbook, roundTrip, runThroughFile, snapshot, type SheetSpec } from '../support/workbooks';
import { reasonOf } from '../support/reason-of';

const customers: SheetSpec = {
  name: 'Customers',
  rows: [
    ['Customer list'], [],
    ['Customer ID', 'Customer name', 'Notes'],
    ['C1', 'Alpha', 'keep me'],
    ['C2', 'Beta', null],
    ['C3', 'Gamma', null],
    ['c1 ', 'Alpha again', null],
    [null, 'No key', null],
    ['C4', 'Prospect', null],
  ],
};
const sales: SheetSpec = {
  name: 'Sales',
  table: 'SalesTable',
  rows: [
    ['Date', 'Customer ID', 'Amount'],
    [new Date(Date.UTC(2025, 0, 5)), 'C1', 800],
    [new Date(Date.UTC(2025, 1, 5)), 'Ｃ2', '150'],
    [new Date(Date.UTC(2025, 2, 5)), 'C3', 50],
    [new Date(Date.UTC(2025, 2, 6)), 'C3', { error: '#N/A' }],
    [new Date(Date.UTC(2025, 2, 7)), 'C9', 99],
    [new Date(Date.UTC(2025, 2, 8)), null, 10],
    [new Date(Date.UTC(2025, 2, 9)), 'C2', 'abc'],
  ],
};

const tiers = (options = defaultTierOptions()) => ({ steps: ['tiers'] as const, options });
const run = (wb: ExcelJS.Workbook | Uint8Array, options = defaultTierOptions()) => runThroughFile(wb, tiers(options));

describe('tiering a workbook in place through the .xlsx port', () => {
  test('writes net sales, share, cumulative share, rank and tier next to the user data', async () => {
    const { summary, wb } = await run(makeWorkbook([customers, sales]));
    expect(columnBelow(wb, 'Customers', 'Net sales', 3)).toEqual([800, 150, 50, null, null, 0]);
    expect(columnBelow(wb, 'Customers', 'ABC tier', 3)).toEqual(['A', 'B', 'C', null, null, 'D']);
    expect(columnBelow(wb, 'Customers', 'Rank', 3)).toEqual([1, 2, 3, null, null, null]);
    expect(columnBelow(wb, 'Customers', 'Share', 3)[0]).toBeCloseTo(0.8, 12);
    expect(columnBelow(wb, 'Customers', 'Cumulative share', 3)[1]).toBeCloseTo(0.95, 12);
    const ws = wb.getWorksheet('Customers')!;
    expect(ws.getCell('D3').value).toBe('Net sales'); // right after the user's last header (Notes, column C)
    expect(ws.getCell('D4').numFmt).toBe('#,##0.00');
    expect(ws.getCell('E4').numFmt).toBe('0.00%');
    expect(summary).toMatchObject({
      customers: 4,
      tiers: { A: 1, B: 1, C: 1, D: 1 },
      salesByTier: { A: 800, B: 150, C: 50, D: 0 },
      rowsRead: 7,
      rowsSkipped: 4,
      unknownCustomers: { rows: 1, amount: 99, keys: ['C9'] },
      duplicateKeys: ['c1'],
    });
  });

  test('reports every bad row with its sheet and cell', async () => {
    const { summary } = await run(makeWorkbook([customers, sales]));
    const where = summary.problems.map((p) => `${p.sheet}!${p.cell}`);
    expect(where).toEqual(expect.arrayContaining(['Sales!C5', 'Sales!B7', 'Sales!C8', 'Sales!B6', 'Customers!A7', 'Customers!A8']));
    expect(reasonOf(summary.problems.find((p) => p.cell === 'C5')!)).toBe('amount is not a number: "#N/A"');
    expect(reasonOf(summary.problems.find((p) => p.cell === 'C8')!)).toMatch(/not a number: "abc"/);
    expect(reasonOf(summary.problems.find((p) => p.cell === 'B6')!)).toMatch(/unknown customer "C9"/);
    expect(reasonOf(summary.problems.find((p) => p.cell === 'A7')!)).toMatch(/duplicate customer key/);
  });

  test('a second run changes nothing, also after saving and reopening', async () => {
    const first = await run(makeWorkbook([customers, sales]));
    const second = await run(first.bytes);
    expect(changedParts(first.bytes, second.bytes)).toEqual([]);
    expect(snapshot(second.wb)).toEqual(snapshot(first.wb));
    // Saved and reopened by another program (ExcelJS rewrites the whole file), then run again.
    const reopened = await roundTrip(first.wb);
    expect(snapshot((await run(reopened)).wb)).toEqual(snapshot(await roundTrip(reopened)));
  });

  test('owned columns are found by their marker even after the user moved them', async () => {
    const { wb } = await run(makeWorkbook([customers, sales]));
    // The user inserts a column before the add-in's columns; like Excel, ExcelJS moves the defined names along.
    const edited = wb.getWorksheet('Customers')!;
    edited.spliceColumns(4, 0, []);
    edited.getCell('D3').value = 'My column';
    expect(edited.getCell('E3').value).toBe('Net sales');
    const ws = (await run(wb)).wb.getWorksheet('Customers')!;
    expect(ws.getCell('D3').value).toBe('My column');
    expect(ws.getCell('E3').value).toBe('Net sales');
    expect(ws.getCell('J3').value).toBeNull();
  });

  test('refuses, naming the column, when a column it needs holds user data, and writes nothing', async () => {
    const wb = makeWorkbook([customers, sales]);
    wb.getWorksheet('Customers')!.getCell('F20').value = 'user note';
    const { error, changed } = await failThroughFile(wb, tiers());
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/column F of sheet “Customers”.*cell F20 of that column holds your data \("user note"\)/);
    expect(changed).toEqual([]);
  });

  test('refuses when the user has written over an owned column header', async () => {
    const { wb } = await run(makeWorkbook([customers, sales]));
    wb.getWorksheet('Customers')!.getCell('H3').value = 'Rank (my notes)';
    await expect(run(wb)).rejects.toThrow('Column H of sheet “Customers” was Credit Desk’s “ABC tier” column, but its header now reads "Rank (my notes)"');
  });

  test('customer data in an Excel table gains the owned columns as table columns', async () => {
    const custTable: SheetSpec = { name: 'Cust', table: 'CustTable', rows: [['Customer ID', 'Customer name'], ['C1', 'Alpha'], ['C2', 'Beta']] };
    const { wb: back } = await run(makeWorkbook([custTable, sales]));
    const t = snapshot(back).tables as Record<string, { ref: string; columns: string[] }>;
    expect(t.CustTable).toEqual({ ref: 'A1:G3', columns: ['Customer ID', 'Customer name', 'Net sales', 'Share', 'Cumulative share', 'Rank', 'ABC tier'] });
    expect(columnBelow(back, 'Cust', 'ABC tier')).toEqual(['A', 'B']);
  });

  test('the period filter keeps only rows between from and to', async () => {
    const { summary, wb } = await run(makeWorkbook([customers, sales]), { ...defaultTierOptions(), period: { from: dateToSerial(2025, 2, 1), to: dateToSerial(2025, 2, 28) } });
    expect(summary.tiers).toEqual({ A: 1, B: 0, C: 0, D: 3 });
    expect(columnBelow(wb, 'Customers', 'Net sales', 3)).toEqual([0, 150, 0, null, null, 0]);
  });

  test('without a customer sheet, a new customer sheet is made from the sales rows and the ledger is untouched', async () => {
    const before = snapshot(await roundTrip(makeWorkbook([sales])));
    const first = await run(makeWorkbook([sales]));
    const { summary, wb } = first;
    expect(summary).toMatchObject({ derivedCustomerSheet: true, customerSheet: 'Customers', customers: 4 });
    expect(columnBelow(wb, 'Customers', 'Customer ID')).toEqual(['C1', 'Ｃ2', 'C3', 'C9']);
    expect(columnBelow(wb, 'Customers', 'ABC tier')).toEqual(['A', 'A', 'C', 'B']);
    const after = snapshot(wb);
    for (const [addr, cell] of before.cells) expect(after.cells.get(addr)).toEqual(cell);
    expect([...after.cells.keys()].filter((a) => a.startsWith('Sales!'))).toEqual([...before.cells.keys()].filter((a) => a.startsWith('Sales!')));
    const second = await run(first.bytes);
    expect(changedParts(first.bytes, second.bytes)).toEqual([]);
    expect(snapshot(second.wb)).toEqual(snapshot(wb));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Sales', 'Customers']);
  });

  test('with a period, a customer list made from the sales rows still holds every customer: those without sales in it are tier D, and the rows outside it are counted', async () => {
    const { summary, wb } = await run(makeWorkbook([sales]), { ...defaultTierOptions(), period: { from: dateToSerial(2025, 2, 1), to: dateToSerial(2025, 2, 28) } });
    expect(columnBelow(wb, 'Customers', 'Customer ID')).toEqual(['C1', 'Ｃ2', 'C3', 'C9']);
    expect(columnBelow(wb, 'Customers', 'ABC tier')).toEqual(['D', 'A', 'D', 'D']);
    // The February row is read; the January and the five March rows lie outside the period.
    expect(summary).toMatchObject({ customers: 4, tiers: { A: 1, B: 0, C: 0, D: 3 }, rowsRead: 1, rowsOutsidePeriod: 6 });
  });

  test('quantity × unit price is used when there is no amount column', async () => {
    const { summary, wb } = await run(makeWorkbook([
      { name: 'C', rows: [['客戶名稱'], ['甲'], ['乙']] },
      { name: 'S', rows: [['日期', '客戶名稱', '數量', '單價'], [45000, '甲', 3, 10], [45001, '乙', 1, 2.5]] },
    ]));
    expect(columnBelow(wb, 'C', '銷售淨額')).toEqual([30, 2.5]);
    expect(summary.salesByTier.A).toBe(30);
  });
});
