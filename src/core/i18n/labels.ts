import type { Language } from '../columns/layout';

/**
 * Every label the add-in writes into a workbook or shows in the pane, in the
 * three languages. Layout code refers to labels by id only.
 */
const LABELS = {
  'col.customerId': { en: 'Customer ID', 'zh-Hant': '客戶編號', 'zh-Hans': '客户编号' },
  'col.customerName': { en: 'Customer name', 'zh-Hant': '客戶名稱', 'zh-Hans': '客户名称' },
  'col.netSales': { en: 'Net sales', 'zh-Hant': '銷售淨額', 'zh-Hans': '销售净额' },
  'col.share': { en: 'Share', 'zh-Hant': '佔比', 'zh-Hans': '占比' },
  'col.cumShare': { en: 'Cumulative share', 'zh-Hant': '累計佔比', 'zh-Hans': '累计占比' },
  'col.rank': { en: 'Rank', 'zh-Hant': '排名', 'zh-Hans': '排名' },
  'col.tier': { en: 'ABC tier', 'zh-Hant': 'ABC 分類', 'zh-Hans': 'ABC 分类' },
  'sheet.customers': { en: 'Customers', 'zh-Hant': '客戶', 'zh-Hans': '客户' },
} as const satisfies Record<string, Record<Language, string>>;

export type LabelId = keyof typeof LABELS;

export function label(id: LabelId, language: Language): string {
  return LABELS[id][language];
}

/** The label in every language (to recognise a header the add-in wrote in any of them). */
export function allLabels(id: LabelId): string[] {
  return Object.values(LABELS[id]);
}
