import { normalizeHeader } from '../cells/normalize';
import type { Role } from './roles';

/**
 * Header synonyms per role in English, Traditional and Simplified Chinese.
 * Matching is exact after normalizeHeader (case, width, spaces and
 * punctuation ignored), so "Customer ID", "customer_id" and "客戶 編號" match,
 * but "Ship Date" or "年營業額" (annual revenue, a profile figure) do not
 * pass for a sales date or a sales amount.
 */
const SYNONYMS: Partial<Record<Role, string[]>> = {
  customerId: [
    'customer id', 'customer code', 'customer no', 'customer number', 'customer #', 'client id', 'client code',
    'account id', 'account code', 'cust id', 'cust no',
    '客戶編號', '客戶代號', '客戶代碼', '客戶編碼', '客戶id', '客戶號',
    '客户编号', '客户代号', '客户代码', '客户编码', '客户id', '客户号',
  ],
  customerName: [
    'customer name', 'customer', 'client', 'client name', 'company name', 'account name',
    '客戶名稱', '客戶', '客戶全稱', '客戶簡稱', '公司名稱', '名稱',
    '客户名称', '客户', '客户全称', '客户简称', '公司名称', '名称',
  ],
  date: [
    'date', 'order date', 'invoice date', 'sales date', 'transaction date', 'posting date',
    '日期', '訂單日期', '銷售日期', '出貨日期', '發票日期', '單據日期', '交易日期',
    '订单日期', '销售日期', '出货日期', '发票日期', '单据日期', '交易日期',
  ],
  amount: [
    'amount', 'sales', 'sales amount', 'net amount', 'line amount', 'line total', 'total amount', 'net sales amount',
    '金額', '銷售金額', '銷售額', '銷貨金額', '總金額', '小計', '含稅金額', '未稅金額',
    '金额', '销售金额', '销售额', '销货金额', '总金额', '小计', '含税金额', '未税金额',
  ],
  quantity: [
    'quantity', 'qty', 'units', 'volume',
    '數量', '銷售數量', '销售数量', '数量',
  ],
  unitPrice: [
    'unit price', 'price', 'selling price',
    '單價', '售價', '銷售單價', '单价', '售价', '销售单价',
  ],
  quickAssets: ['quick assets', '速動資產', '速动资产'],
  currentAssets: ['current assets', '流動資產', '流動資產合計', '流动资产', '流动资产合计'],
  inventories: ['inventories', 'inventory', 'stock', '存貨', '存货'],
  currentLiabilities: ['current liabilities', '流動負債', '流動負債合計', '流动负债', '流动负债合计'],
  totalLiabilities: ['total liabilities', 'liabilities', '負債總額', '負債合計', '负债总额', '负债合计'],
  totalAssets: ['total assets', 'assets', '資產總額', '資產合計', '资产总额', '资产合计'],
  openingTotalAssets: ['opening total assets', 'total assets opening', 'total assets beginning', '期初資產總額', '期初资产总额'],
  closingTotalAssets: ['closing total assets', 'total assets closing', 'total assets ending', '期末資產總額', '期末资产总额'],
  salesRevenue: ['sales revenue', 'revenue', 'net revenue', '銷售收入', '營業收入', '销售收入', '营业收入'],
  netProfit: ['net profit', 'net income', '淨利潤', '淨利', '稅後淨利', '净利润', '净利', '税后净利'],
  period: ['period', 'fiscal year', 'year', 'statement date', '年度', '會計年度', '期間', '报表日期', '報表日期', '会计年度', '期间'],
  'rating:principal': ["principal's credibility", 'principal credibility', '負責人評信', '负责人评信'],
  'rating:scale': ['scale and nature', 'scale and nature of business', '企業規模及企業性質', '企业规模及企业性质'],
  'rating:salesAbility': ['sales ability', '銷售能力', '销售能力'],
  'rating:knowHow': ['operating know-how', 'operating knowhow', '經營技術', '经营技术'],
  'rating:capitalGrowth': ['capital growth', 'capital growth 3 years', '近三年資本增長', '近三年资本增长'],
  'rating:profitTrend': ['profit trend', 'profit 3 years', '近三年贏利情況', '近三年盈利情況', '近三年赢利情况', '近三年盈利情况'],
  'rating:employeeComplaints': ['employee complaints', '員工抱怨', '员工抱怨'],
  'rating:supplierEvaluation': ['supplier evaluation', 'evaluation by suppliers', '供料客戶評價', '供料客户评价'],
  'rating:bankCredit': ['bank credit', '銀行往來信用', '银行往来信用'],
  'rating:peerStanding': ['peer standing', 'credit among peers', '同業信用評價', '同业信用评价'],
  'rating:industryOutlook': ['industry outlook', '行業景氣', '行业景气'],
  address: ['address', '地址', '公司地址'],
  phone: ['phone', 'telephone', 'tel', '電話', '电话', '聯絡電話', '联系电话'],
  industry: ['industry', 'segment', '業種', '行業', '业种', '行业'],
  principalName: ['principal', 'owner', 'legal representative', '負責人', '负责人'],
  capital: ['registered capital', 'capital', '資本額', '资本额', '註冊資本', '注册资本'],
  employees: ['employees', 'headcount', '員工數', '员工数', '員工人數', '员工人数'],
  annualRevenue: ['annual revenue', '年營業額', '年营业额'],
  bankAccount: ['bank account', 'bank', '銀行賬號', '銀行帳號', '银行账号', '往來銀行', '往来银行'],
  taxNumber: ['tax number', 'tax id', 'vat number', '稅號', '税号', '統一編號', '统一编号'],
  paymentRecord: ['payment record', 'payment history', '付款情形', '付款記錄', '付款记录'],
  outstanding: ['outstanding', 'accounts receivable', 'receivable', '應收帳款', '应收账款', '未收款', '目前應收', '目前应收'],
  // Receivables ledger (credit control). Its document date is `date` ("invoice date", 發票日期) and its amount `amount`.
  documentNumber: [
    'document number', 'document no', 'doc no', 'invoice number', 'invoice no', 'invoice id', 'bill number', 'bill no', 'voucher number', 'voucher no',
    '發票號碼', '發票號', '單據號碼', '單據編號', '憑證號碼', '憑證編號', '應收單號',
    '发票号码', '发票号', '单据号码', '单据编号', '凭证号码', '凭证编号', '应收单号',
  ],
  dueDate: [
    'due date', 'payment due date', 'due on', 'net due date', 'maturity date',
    '到期日', '到期日期', '應收到期日', '收款到期日', '付款到期日',
    '应收到期日', '收款到期日', '付款到期日',
  ],
  openAmount: [
    'open amount', 'amount open', 'open balance', 'balance', 'balance due', 'amount due', 'remaining amount', 'outstanding amount', 'residual amount',
    '未收金額', '未收餘額', '餘額', '應收餘額', '未沖金額', '未沖銷金額', '未收款金額',
    '未收金额', '未收余额', '余额', '应收余额', '未冲金额', '未冲销金额', '未收款金额',
  ],
  paidDate: [
    'paid date', 'date paid', 'payment date', 'paid on', 'receipt date', 'date received', 'settlement date', 'clearing date', 'cleared date',
    '付款日期', '付款日', '收款日期', '收款日', '實收日期', '沖帳日期', '沖銷日期',
    '实收日期', '冲账日期', '冲销日期',
  ],
  paidAmount: [
    'paid amount', 'amount paid', 'payment amount', 'received amount', 'amount received',
    '已收金額', '收款金額', '實收金額', '已付金額', '付款金額', '沖帳金額', '已沖金額',
    '已收金额', '收款金额', '实收金额', '已付金额', '付款金额', '冲账金额', '已冲金额',
  ],
  // Credit-control inputs on the customer sheet.
  approvedLimit: [
    'approved credit limit', 'approved limit', 'credit limit', 'approved credit',
    '核准額度', '核定額度', '核准信用額度', '授信額度', '信用額度', '核准授信額度',
    '核准额度', '核定额度', '核准信用额度', '授信额度', '信用额度', '核准授信额度',
  ],
  openOrders: [
    'open orders', 'open order amount', 'open orders amount', 'unshipped orders', 'unshipped order amount', 'order backlog',
    '未出貨訂單金額', '未出貨訂單', '未出貨金額', '未交訂單金額', '未交貨訂單金額',
    '未出货订单金额', '未出货订单', '未发货订单金额', '未发货订单', '未出货金额', '未交订单金额',
  ],
  creditTermsDays: [
    'credit terms', 'credit terms days', 'credit days', 'payment terms days', 'terms days', 'days of credit',
    '授信天數', '信用天數', '付款天數', '收款天數', '帳期', '帳期天數', '賬期', '賬期天數', '信用期間',
    '授信天数', '信用天数', '付款天数', '收款天数', '账期', '账期天数', '信用期间',
  ],
};

const LOOKUP: Map<string, Role> = (() => {
  const map = new Map<string, Role>();
  for (const [role, words] of Object.entries(SYNONYMS) as [Role, string[]][]) {
    for (const word of words) map.set(normalizeHeader(word), role);
  }
  return map;
})();

/** The role a header names, or null. */
export function roleOfHeader(header: string): Role | null {
  return LOOKUP.get(normalizeHeader(header)) ?? null;
}
