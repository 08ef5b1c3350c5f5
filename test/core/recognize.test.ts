import type { CellValue } from '../../src/core/cells/cell';
import { recognize } from '../../src/core/columns/recognize';
import { InputError } from '../../src/core/problems';
import type { SheetInfo } from '../../src/core/workbook-shape';

function input(sheets: { name: string; rows: CellValue[][]; table?: boolean }[], overrides = {}) {
  const infos: SheetInfo[] = sheets.map((s) => ({
    name: s.name,
    rowCount: s.rows.length,
    columnCount: Math.max(0, ...s.rows.map((r) => r.length)),
    tables: s.table ? [{ name: `T_${s.name}`, headerRow: 0, firstCol: 0, lastCol: s.rows[0]!.length - 1, lastRow: s.rows.length - 1 }] : [],
  }));
  return { sheets: infos, probes: sheets.map((s) => s.rows), ownedColumns: new Map(), ownSheets: new Set<string>(), overrides };
}

describe('recognising the customer and sales sheets by their headers', () => {
  test('Traditional Chinese headers below a title row, sales as an Excel table', () => {
    const r = recognize(input([
      { name: '客戶資料', rows: [['客戶資料卡'], [], ['客戶編號', '客戶名稱', '年營業額'], ['C1', '甲', 100]] },
      { name: '銷售明細', rows: [['日期', '客戶編號', '數量', '單價', '金額'], [45000, 'C1', 1, 2, 2]], table: true },
    ]));
    expect(r.customers).toMatchObject({ sheet: '客戶資料', headerRow: 2, firstDataRow: 3, columns: { customerId: 0, customerName: 1 }, language: 'zh-Hant' });
    expect(r.sales).toMatchObject({ sheet: '銷售明細', columns: { date: 0, customerId: 1, quantity: 2, unitPrice: 3, amount: 4 }, table: { name: 'T_銷售明細' } });
    expect(r.keyRole).toBe('customerId');
  });

  test('Simplified Chinese and English headers, matched regardless of case, width and spacing', () => {
    const r = recognize(input([
      { name: 'Sheet1', rows: [['客户 编号', '客户名称']] },
      { name: 'Sheet2', rows: [['ORDER DATE', 'customer_id', 'Qty', 'Unit Price']] },
    ]));
    expect(r.customers?.language).toBe('zh-Hans');
    expect(r.sales.columns).toEqual({ date: 0, customerId: 1, quantity: 2, unitPrice: 3 });
  });

  test('annual revenue on a customer sheet is not taken for a sales amount', () => {
    const r = recognize(input([
      { name: 'C', rows: [['客戶名稱', '年營業額', '銷售收入']] },
      { name: 'S', rows: [['日期', '客戶名稱', '金額']] },
    ]));
    expect(r.customers?.sheet).toBe('C');
    expect(r.sales.sheet).toBe('S');
    expect(r.keyRole).toBe('customerName');
  });

  test('no customer sheet: customers is null (they will be derived from the sales rows)', () => {
    const r = recognize(input([{ name: 'Orders', rows: [['Order Date', 'Customer ID', 'Customer Name', 'Sales']] }]));
    expect(r.customers).toBeNull();
    expect(r.keyRole).toBe('customerId');
  });

  test('two amount columns are reported with the candidates, not guessed', () => {
    const run = () => recognize(input([{ name: 'S', rows: [['Customer', 'Amount', 'Sales']] }]));
    expect(run).toThrow(InputError);
    expect(run).toThrow('Sheet “S” has 2 columns for “Amount”: B (Amount), C (Sales).');
  });

  test('two sales sheets are reported with both names', () => {
    const run = () => recognize(input([
      { name: '2024', rows: [['Date', 'Customer', 'Amount']] },
      { name: '2025', rows: [['Date', 'Customer', 'Amount']] },
    ]));
    expect(run).toThrow('More than one sheet looks like the sales sheet: 2024, 2025.');
    try { run(); } catch (e) { expect((e as InputError).candidates).toEqual(['2024', '2025']); }
  });

  test('overrides choose the sheet and a column by letter or by header text', () => {
    const sheets = [
      { name: '2024', rows: [['Date', 'Customer', 'Amount', 'Sales']] },
      { name: '2025', rows: [['Date', 'Customer', 'Amount']] },
    ];
    expect(recognize(input(sheets, { salesSheet: '2024', salesColumns: { amount: 'D' } })).sales.columns.amount).toBe(3);
    expect(recognize(input(sheets, { salesSheet: '2024', salesColumns: { amount: 'Amount' } })).sales.columns.amount).toBe(2);
    expect(() => recognize(input(sheets, { salesSheet: 'nope' }))).toThrow('There is no sheet named “nope”. Sheets: 2024, 2025.');
  });

  test('no sales sheet at all says what headers are needed', () => {
    expect(() => recognize(input([{ name: 'Notes', rows: [['hello']] }]))).toThrow(/No sales sheet found/);
  });

  test('sales by ID and customers by name only cannot be joined, and says so', () => {
    expect(() => recognize(input([
      { name: 'C', rows: [['Customer name']] },
      { name: 'S', rows: [['Customer ID', 'Amount']] },
    ]))).toThrow(/share no customer column/);
  });
});
