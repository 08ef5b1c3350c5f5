import { FACTORS } from '../../src/core/columns/roles';
import type { FormContext, FormCustomer } from '../../src/core/forms/form-data';

export const FORM_BENCH_CONTEXT: FormContext = {
  lang: 'zh-Hant',
  asOf: '2026-11-22 10:00',
  levels: [{ name: '客戶經理', max: 100000 }, { name: '直銷部經理', max: 500000 }, { name: '地區公司經理', max: 2000000 }, { name: '總公司', max: null }],
  ratioMaxPoints: { quickRatio: 10, debtRatio: 10, assetTurnover: 10, netMargin: 10 },
  creditMonths: 1,
  noCreditGrades: ['C'],
};

/** Customers with every field filled, as the forms step hands them to the layout. */
export function benchFormCustomers(n: number): FormCustomer[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `c${i}`, id: `C${String(i).padStart(5, '0')}`, name: `台北宏達電子股份有限公司 ${i}`, source: `客戶資料!${i + 4}`,
    profile: { address: '台北市信義區松仁路 100 號', phone: '02-2345-6789', industry: '電子', principalName: '王大明', capital: 5e7, employees: 120 },
    netSales: 1e6 + i, avgMonthlySales: 80000 + i, tier: 'A',
    ratios: { quickRatio: 1.1, debtRatio: 0.45, assetTurnover: 3.2, netMargin: 0.08 },
    ratioPoints: { quickRatio: 10, debtRatio: 10, assetTurnover: 7, netMargin: 4 },
    ratings: Object.fromEntries(FACTORS.map((f, k) => [f, 1 + ((i + k) % 5)])) as FormCustomer['ratings'],
    score: 72.4, grade: 'A', reasons: '銷售淨利率 −6; 經營技術 −4; 行業景氣 −3.6', recommendedLimit: 10000 * (i % 300), missing: [],
  }));
}
