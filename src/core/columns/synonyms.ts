import { normalizeHeader } from '../cells/normalize';
import type { Role } from './roles';

/**
 * Header synonyms per role in English, Traditional and Simplified Chinese.
 * Matching is exact after normalizeHeader (case, width, spaces and
 * punctuation ignored), so "Customer ID", "customer_id" and "客戶 編號" match,
 * but "Ship Date" or "年營業額" (annual revenue, a profile figure) do not
 * pass for a sales date or a sales amount.
 */
const SYNONYMS: Record<Role, string[]> = {
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
