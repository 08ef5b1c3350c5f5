/**
 * Column roles, rating factors and header words as messages, the Data section
 * and the input columns name them (role-label.ts, input-needs.ts), merged into
 * the one dictionary in labels.ts. Their ids keep the pane. prefix they had
 * when only the pane used them.
 */
export const ROLE_LABELS = {
  'pane.role.date': { en: 'Date', 'zh-Hant': '日期', 'zh-Hans': '日期' },
  'pane.role.amount': { en: 'Amount', 'zh-Hant': '金額', 'zh-Hans': '金额' },
  'pane.role.quantity': { en: 'Quantity', 'zh-Hant': '數量', 'zh-Hans': '数量' },
  'pane.role.unitPrice': { en: 'Unit price', 'zh-Hant': '單價', 'zh-Hans': '单价' },
  'pane.role.quickAssets': { en: 'Quick assets', 'zh-Hant': '速動資產', 'zh-Hans': '速动资产' },
  'pane.role.currentAssets': { en: 'Current assets', 'zh-Hant': '流動資產', 'zh-Hans': '流动资产' },
  'pane.role.inventories': { en: 'Inventories', 'zh-Hant': '存貨', 'zh-Hans': '存货' },
  'pane.role.currentLiabilities': { en: 'Current liabilities', 'zh-Hant': '流動負債', 'zh-Hans': '流动负债' },
  'pane.role.totalLiabilities': { en: 'Total liabilities', 'zh-Hant': '負債總額', 'zh-Hans': '负债总额' },
  'pane.role.totalAssets': { en: 'Total assets', 'zh-Hant': '資產總額', 'zh-Hans': '资产总额' },
  'pane.role.openingTotalAssets': { en: 'Opening total assets', 'zh-Hant': '期初資產總額', 'zh-Hans': '期初资产总额' },
  'pane.role.closingTotalAssets': { en: 'Closing total assets', 'zh-Hant': '期末資產總額', 'zh-Hans': '期末资产总额' },
  'pane.role.salesRevenue': { en: 'Sales revenue', 'zh-Hant': '銷售收入', 'zh-Hans': '销售收入' },
  'pane.role.netProfit': { en: 'Net profit', 'zh-Hant': '淨利潤', 'zh-Hans': '净利润' },
  'pane.role.period': { en: 'Period', 'zh-Hant': '期間', 'zh-Hans': '期间' },
  'pane.missing.rating': { en: 'Rating: {factor}', 'zh-Hant': '評等：{factor}', 'zh-Hans': '评级：{factor}' },
  'pane.missing.openingTotalAssets': {
    en: 'Opening total assets (turnover used the closing figure)',
    'zh-Hant': '期初資產總額（周轉率以期末計）',
    'zh-Hans': '期初资产总额（周转率以期末计）',
  },
  'pane.missing.salesHistory': { en: 'Sales dates (no 12-month average)', 'zh-Hant': '銷售日期（無法計算近12月月均）', 'zh-Hans': '销售日期（无法计算近12月月均）' },
  'pane.header.scale': { en: 'Scale and nature of business', 'zh-Hant': '企業規模及企業性質', 'zh-Hans': '企业规模及企业性质' },
  'pane.header.peerStanding': { en: 'Credit among peers', 'zh-Hant': '同業信用評價', 'zh-Hans': '同业信用评价' },
} as const;
