/** Sheet names, headers and formats of the sample workbook. */

export const CUSTOMER_SHEET = '客戶資料';
export const SALES_SHEET = '銷售明細';
export const NOTES_SHEET = '說明';
export const RECEIVABLES_SHEET = '應收帳款';
export const SALES_TABLE = 'SalesLedger';

export const CUSTOMER_TITLE = '客戶資料卡 (範例)';
/** Row of the customer sheet that holds the headers (row 1 title, row 2 blank). */
export const CUSTOMER_HEADER_ROW = 3;

export const IDENTITY_HEADERS = [
  '客戶編號', '客戶名稱', '地址', '電話', '業種', '負責人', '資本額', '員工數', '年營業額', '銀行賬號', '稅號', '付款情形',
] as const;

export const FINANCIAL_HEADERS = [
  '流動資產', '存貨', '速動資產', '流動負債', '負債總額', '期初資產總額', '期末資產總額', '銷售收入', '淨利潤',
] as const;

export const RATING_HEADERS = [
  '負責人評信', '企業規模及企業性質', '銷售能力', '經營技術', '近三年資本增長', '近三年贏利情況',
  '員工抱怨', '供料客戶評價', '銀行往來信用', '同業信用評價', '行業景氣',
] as const;

/** The approved credit limit the user keeps (blank: the recommended limit applies), after the ratings. */
export const APPROVED_LIMIT_HEADER = '核准額度';

export const CUSTOMER_HEADERS: readonly string[] = [...IDENTITY_HEADERS, ...FINANCIAL_HEADERS, ...RATING_HEADERS, APPROVED_LIMIT_HEADER];

export const SALES_HEADERS = ['日期', '單號', '客戶編號', '客戶名稱', '品名', '數量', '單價', '金額'] as const;

/** One row per invoice or credit note; blank 收款日期 = open, 已收金額 below 金額 = a partial payment. */
export const RECEIVABLES_HEADERS = ['客戶編號', '客戶名稱', '發票號碼', '發票日期', '到期日', '金額', '已收金額', '收款日期'] as const;

export const DATE_FORMAT = 'yyyy-mm-dd';
export const MONEY_FORMAT = '#,##0.00';
export const WHOLE_FORMAT = '#,##0';

/** First and last day of the ledger (UTC midnight), 24 months. */
export const LEDGER_START = new Date(Date.UTC(2024, 10, 1));
export const LEDGER_END = new Date(Date.UTC(2026, 9, 31));

/** The day the sample's receivables are measured on (the ledger's last day): the demo and the tests pass it as the as-of date. */
export const SAMPLE_AS_OF = LEDGER_END;

/** SAMPLE_AS_OF as the run takes an as-of date: that calendar day at local midnight (the step reads the local day). */
export function sampleAsOfDate(): Date {
  return new Date(SAMPLE_AS_OF.getUTCFullYear(), SAMPLE_AS_OF.getUTCMonth(), SAMPLE_AS_OF.getUTCDate());
}

/** Fixed workbook timestamps so repeated runs give the same file. */
export const WORKBOOK_DATE = new Date(Date.UTC(2026, 10, 1, 9, 0, 0));

export const RATING_WORDS: Readonly<Record<number, string>> = { 5: '優', 4: '良', 3: '中', 2: '差', 1: '劣' };
