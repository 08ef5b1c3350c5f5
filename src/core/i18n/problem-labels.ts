/** Problem reasons as the pane shows them, merged into the one dictionary in labels.ts. {value} etc. are filled in. */
export const PROBLEM_LABELS = {
  'problem.blankKey': { en: 'blank customer key', 'zh-Hant': '客戶代號空白', 'zh-Hans': '客户代号空白' },
  'problem.blankKeyRow': { en: 'blank customer key: the row gets no results', 'zh-Hant': '客戶代號空白：此列不寫入結果', 'zh-Hans': '客户代号空白：此行不写入结果' },
  'problem.badNumber': { en: '{what} is not a number: {value}', 'zh-Hant': '{what}不是數字：{value}', 'zh-Hans': '{what}不是数字：{value}' },
  'problem.badDate': { en: 'date {value} cannot be read: the row cannot be placed in the period', 'zh-Hant': '日期 {value} 無法讀取：此列無法歸入期間', 'zh-Hans': '日期 {value} 无法读取：此行无法归入期间' },
  'problem.duplicateKey': { en: 'duplicate customer key {key} (first at {first}): results are written on the first row only', 'zh-Hant': '客戶代號 {key} 重複 (首見於 {first})：結果只寫在第一列', 'zh-Hans': '客户代号 {key} 重复 (首见于 {first})：结果只写在第一行' },
  'problem.unknownCustomer': { en: "unknown customer {key}: not on customer sheet '{sheet}', left out of the totals", 'zh-Hant': '未知客戶 {key}：不在客戶工作表「{sheet}」中，不計入合計', 'zh-Hans': '未知客户 {key}：不在客户工作表「{sheet}」中，不计入合计' },
  'problem.badRating': { en: 'rating {value} is not 1–5 or a rating word: counted as missing (0 points)', 'zh-Hant': '評等 {value} 不是 1–5 或評等用語：視為缺漏 (0 分)', 'zh-Hans': '评等 {value} 不是 1–5 或评等用语：视为缺漏 (0 分)' },
  'problem.textFigure': { en: '{value} where a number is needed: the ratios using it show n/a until it is a number', 'zh-Hant': '{value} 應為數字：使用它的比率顯示「不適用」，直到改為數字', 'zh-Hans': '{value} 应为数字：使用它的比率显示「不适用」，直到改为数字' },
  'problem.what.amount': { en: 'amount', 'zh-Hant': '金額', 'zh-Hans': '金额' },
  'problem.what.quantity': { en: 'quantity', 'zh-Hant': '數量', 'zh-Hans': '数量' },
  'problem.what.unitPrice': { en: 'unit price', 'zh-Hant': '單價', 'zh-Hans': '单价' },
} as const;
