/** Data model of the generated sample, before it is written to a workbook. */

/** A value as written to a cell: ExcelJS error values are `{ error: '#N/A' }`. */
export type SampleValue = string | number | Date | null | { error: '#N/A' };

/** One of the eleven management ratings: 1–5, a word 優/良/中/差/劣, blank, or an invalid entry. */
export type Rating = number | string | null;

export interface Financials {
  currentAssets: number | null; // 流動資產
  inventories: number | null; // 存貨
  quickAssets: number | null; // 速動資產 (given for some rows only)
  currentLiabilities: number | null; // 流動負債
  totalLiabilities: number | null; // 負債總額
  openingAssets: number | null; // 期初資產總額
  closingAssets: number | null; // 期末資產總額
  salesRevenue: number | null; // 銷售收入
  netProfit: number | null; // 淨利潤
}

export interface Customer {
  id: string; // 客戶編號
  name: string; // 客戶名稱
  address: string;
  phone: string;
  trade: string; // 業種
  principal: string; // 負責人
  capital: number; // 資本額
  employees: number; // 員工數
  annualRevenue: number; // 年營業額
  bankAccount: string; // 銀行賬號
  taxId: string; // 稅號
  payment: string | null; // 付款情形
  financials: Financials | null;
  ratings: Rating[]; // eleven, in RATING_HEADERS order
  approvedLimit?: number | null; // 核准額度 (blank for most)
}

/** One row of 應收帳款: an invoice (or a credit note, negative) and how it was paid. */
export interface Invoice {
  customerId: string; // 客戶編號
  customerName: string; // 客戶名稱
  number: string; // 發票號碼
  date: Date; // 發票日期
  dueDate: Date; // 到期日
  amount: number; // 金額
  paidAmount: number | null; // 已收金額 (blank: paid in full when 收款日期 is set)
  paidDate: Date | null; // 收款日期 (blank: open)
}

/** Sales plan per customer: relative weight (0 = prospect) and how it trades. */
export interface SalesProfile {
  customerId: string;
  kind: 'normal' | 'prospect' | 'net-negative' | 'net-zero';
  weight: number;
  /** Active window as day offsets from the ledger start (inclusive). */
  firstDay: number;
  lastDay: number;
}

export interface SalesLine {
  date: Date; // 日期
  orderNo: string; // 單號
  customerId: SampleValue; // 客戶編號
  customerName: SampleValue; // 客戶名稱
  product: string; // 品名
  quantity: SampleValue; // 數量
  unitPrice: SampleValue; // 單價
  amount: SampleValue; // 金額
}

/** A deliberately bad (or awkward but valid) cell, for the README and the tests. */
export interface BadCell {
  sheet: string;
  cell: string; // A1 address
  value: string; // how it appears
  expected: string; // what a reader should do with it
}
