import type { CellValue } from '../../../src/core/cells/cell';
import { recognize, type RecognizeInput } from '../../../src/core/columns/recognize';
import { CONTROL_CUSTOMER_ROLES, isRole, RECEIVABLE_ROLES, type SourceOverrides } from '../../../src/core/columns/roles';
import { receivablesColumns, receivablesToRead } from '../../../src/core/control/receivables-columns';
import { recognizeReceivables } from '../../../src/core/control/receivables-sheet';
import { cliErrorText } from '../../../src/cli/flag-hints';
import { paneErrorText } from '../../../src/taskpane/i18n/error-text';
import { inputErrorText } from '../../../src/core/i18n/input-error-text';
import { roleLabel } from '../../../src/core/i18n/role-label';
import { InputError } from '../../../src/core/problems';
import type { SheetInfo } from '../../../src/core/workbook-shape';

function input(sheets: { name: string; rows: CellValue[][] }[], overrides: SourceOverrides = {}): RecognizeInput {
  const infos: SheetInfo[] = sheets.map((s) => ({ name: s.name, rowCount: s.rows.length, columnCount: Math.max(...s.rows.map((r) => r.length)), tables: [] }));
  return { sheets: infos, probes: sheets.map((s) => s.rows), ownedColumns: new Map(), ownSheets: new Set<string>(), overrides };
}
function both(sheets: { name: string; rows: CellValue[][] }[], overrides: SourceOverrides = {}) {
  const i = input(sheets, overrides);
  const recognition = recognize(i);
  return { recognition, receivables: recognizeReceivables(i, recognition) };
}
function thrown(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('Nothing was thrown.');
}

const CUSTOMERS = { name: '客戶資料', rows: [['客戶編號', '客戶名稱', '核准額度', '未出貨訂單金額', '授信天數'], ['C1', '甲', 100000, 5000, 30]] };
const SALES = { name: '銷售明細', rows: [['日期', '客戶編號', '金額'], [46000, 'C1', 100]] };
const RECEIVABLES = { name: '應收帳款', rows: [['應收帳款明細'], [], ['客戶編號', '發票號碼', '發票日期', '到期日', '金額', '收款日期', '已收金額'], ['C1', 'A-1', 46000, 46030, 100, null, null]] };

describe('the receivables sheet: the sheet with a due-date column', () => {
  test('beside a sales ledger: found, with its columns; the sales and customer sheets are chosen as before', () => {
    const { recognition, receivables } = both([CUSTOMERS, SALES, RECEIVABLES]);
    expect(recognition.sales.sheet).toBe('銷售明細');
    expect(recognition.customers?.sheet).toBe('客戶資料');
    expect(recognition.customers?.columns).toEqual({ customerId: 0, customerName: 1, approvedLimit: 2, openOrders: 3, creditTermsDays: 4 });
    expect(receivables).toMatchObject({
      alsoSales: false,
      layout: { sheet: '應收帳款', headerRow: 2, firstDataRow: 3, columns: { customerId: 0, documentNumber: 1, date: 2, dueDate: 3, amount: 4, paidDate: 5, paidAmount: 6 }, language: 'zh-Hant' },
    });
  });

  test('an invoice list with due dates and no other sales sheet is the sales sheet too', () => {
    const { recognition, receivables } = both([CUSTOMERS, RECEIVABLES]);
    expect(recognition.sales.sheet).toBe('應收帳款');
    expect(receivables?.alsoSales).toBe(true);
  });

  test('Simplified Chinese and English headers; a balance column without an amount column; no receivables sheet at all', () => {
    const hans = both([
      { name: '客户', rows: [['客户编号', '核定额度', '未出货订单金额', '账期']] },
      SALES,
      { name: '应收账款', rows: [['客户编号', '单据编号', '单据日期', '到期日', '未收余额']] },
    ]);
    expect(hans.recognition.customers?.columns).toEqual({ customerId: 0, approvedLimit: 1, openOrders: 2, creditTermsDays: 3 });
    // Without an amount it is no sales sheet, and with a due date no customer sheet either.
    expect(hans.receivables?.layout.columns).toEqual({ customerId: 0, documentNumber: 1, date: 2, dueDate: 3, openAmount: 4 });
    const en = both([
      { name: 'Customers', rows: [['Customer ID', 'Approved credit limit', 'Open orders', 'Credit terms (days)']] },
      { name: 'AR', rows: [['Customer ID', 'Invoice No', 'Invoice date', 'Due date', 'Amount', 'Outstanding', 'Payment date']] },
    ]);
    expect(en.recognition.customers?.columns).toEqual({ customerId: 0, approvedLimit: 1, openOrders: 2, creditTermsDays: 3 });
    const layout = en.receivables!.layout;
    // An "outstanding" column is the open amount of a receivables sheet.
    expect(receivablesToRead(layout, 'customerId')).toEqual([
      { field: 'key', col: 0 }, { field: 'documentNumber', col: 1 }, { field: 'date', col: 2 }, { field: 'dueDate', col: 3 },
      { field: 'amount', col: 4 }, { field: 'openAmount', col: 5 }, { field: 'paidDate', col: 6 },
    ]);
    expect(both([CUSTOMERS, SALES]).receivables).toBeNull();
  });

  test('two candidates: the user chooses, as for sales sheets', () => {
    const error = thrown(() => both([CUSTOMERS, SALES, RECEIVABLES, { ...RECEIVABLES, name: '應收帳款 (2)' }]));
    expect(error.code).toBe('ambiguousSheet');
    expect(error.candidates).toEqual(['應收帳款', '應收帳款 (2)']);
    expect(cliErrorText(error)).toBe('More than one sheet looks like the receivables sheet: 應收帳款, 應收帳款 (2). Choose one with --receivables-sheet <sheet>.');
    expect(paneErrorText(error, 'zh-Hant')).toBe('有多張工作表像是應收帳款工作表：應收帳款, 應收帳款 (2)。請在「資料」區選擇其中一張。');
    const chosen = both([CUSTOMERS, SALES, RECEIVABLES, { ...RECEIVABLES, name: '應收帳款 (2)' }], { receivablesSheet: '應收帳款 (2)' });
    expect(chosen.receivables?.layout.sheet).toBe('應收帳款 (2)');
  });

  test('a named sheet that is not there, or has no header row', () => {
    expect(thrown(() => both([CUSTOMERS, SALES], { receivablesSheet: 'AR' })).code).toBe('noSuchSheet');
    const error = thrown(() => both([CUSTOMERS, SALES, { name: 'Notes', rows: [['hello']] }], { receivablesSheet: 'Notes' }));
    expect([error.code, error.args.kind]).toEqual(['notASourceSheet', 'receivables']);
    expect(inputErrorText(error, 'en')).toContain('so it cannot be the receivables sheet');
  });

  test('refused: a column named twice, no amount at all, no customer column to join by', () => {
    const twice = thrown(() => both([CUSTOMERS, SALES, { name: 'AR', rows: [['客戶編號', '到期日', '付款到期日', '金額']] }]));
    expect([twice.code, twice.candidates, twice.message]).toEqual(['ambiguousColumn', ['B', 'C'],
      'Sheet “AR” has 2 columns for “Due date”: B (到期日), C (付款到期日).']);
    expect(cliErrorText(twice)).toBe('Sheet “AR” has 2 columns for “Due date”: B (到期日), C (付款到期日). Choose one with --receivables-column dueDate=<column>.');
    expect(paneErrorText(twice, 'zh-Hans')).toBe('工作表“AR”有 2 列可作为“到期日”：B (到期日), C (付款到期日)。请在“数据”区选择其中一列。');
    const noAmount = thrown(() => both([CUSTOMERS, SALES, { name: 'AR', rows: [['客戶編號', '到期日']] }]));
    expect([noAmount.code, paneErrorText(noAmount, 'zh-Hant')]).toEqual(['noReceivablesAmount', '應收帳款工作表「AR」沒有金額欄，也沒有未收金額 (餘額) 欄。請在「資料」區選擇其中一欄。']);
    const noKey = thrown(() => both([CUSTOMERS, SALES, { name: 'AR', rows: [['客戶名稱', '到期日', '金額']] }]));
    expect([noKey.code, cliErrorText(noKey)]).toEqual(['noReceivablesKey',
      'Receivables sheet “AR” has no customer column to match the customer sheet by: it needs the customer ID or the customer name column the customer sheet has. Name it with --receivables-column customerId=<column>.']);
  });

  test('the columns as read: one array per field, from the first data row', () => {
    const { receivables } = both([CUSTOMERS, SALES, RECEIVABLES]);
    const layout = receivables!.layout;
    const toRead = receivablesToRead(layout, 'customerId');
    const cols = receivablesColumns(layout, toRead, toRead.map((t) => [`cell ${t.col}`]));
    expect(cols).toEqual({
      sheet: '應收帳款', firstRow: 3,
      key: { col: 0, values: ['cell 0'] }, documentNumber: { col: 1, values: ['cell 1'] }, date: { col: 2, values: ['cell 2'] }, dueDate: { col: 3, values: ['cell 3'] },
      amount: { col: 4, values: ['cell 4'] }, paidDate: { col: 5, values: ['cell 5'] }, paidAmount: { col: 6, values: ['cell 6'] },
    });
  });
});

describe('the new column roles', () => {
  test('are roles the command line takes, each with a name in every language', () => {
    for (const role of [...RECEIVABLE_ROLES, ...CONTROL_CUSTOMER_ROLES]) {
      expect(isRole(role)).toBe(true);
      const names = (['en', 'zh-Hant', 'zh-Hans'] as const).map((lang) => roleLabel(role, lang));
      expect(new Set(names).size).toBeGreaterThanOrEqual(2);
    }
    expect([roleLabel('dueDate', 'zh-Hant'), roleLabel('openOrders', 'zh-Hans'), roleLabel('approvedLimit', 'en')]).toEqual(['到期日', '未发货订单金额', 'Approved credit limit']);
  });
});
