/**
 * Labels of the credit-control step (receivables, exposure, status), merged
 * into the one dictionary in labels.ts. Terms follow the domain brief §10.
 */
export const CONTROL_LABELS = {
  // Column roles, as the Data section names them.
  'pane.role.documentNumber': { en: 'Document number', 'zh-Hant': '單據號碼', 'zh-Hans': '单据号码' },
  'pane.role.dueDate': { en: 'Due date', 'zh-Hant': '到期日', 'zh-Hans': '到期日' },
  'pane.role.openAmount': { en: 'Open amount', 'zh-Hant': '未收金額', 'zh-Hans': '未收金额' },
  'pane.role.paidDate': { en: 'Paid date', 'zh-Hant': '收款日期', 'zh-Hans': '收款日期' },
  'pane.role.paidAmount': { en: 'Paid amount', 'zh-Hant': '已收金額', 'zh-Hans': '已收金额' },
  'pane.role.approvedLimit': { en: 'Approved credit limit', 'zh-Hant': '核准額度', 'zh-Hans': '核准额度' },
  'pane.role.openOrders': { en: 'Open orders', 'zh-Hant': '未出貨訂單金額', 'zh-Hans': '未发货订单金额' },
  'pane.role.creditTermsDays': { en: 'Credit terms (days)', 'zh-Hant': '授信天數', 'zh-Hans': '授信天数' },

  // The owned columns (src/core/control/control-columns.ts).
  'col.control.openReceivables': { en: 'Open receivables', 'zh-Hant': '應收帳款餘額', 'zh-Hans': '应收账款余额' },
  'col.control.overdue': { en: 'Overdue', 'zh-Hant': '逾期金額', 'zh-Hans': '逾期金额' },
  'col.control.notDue': { en: 'Not yet due', 'zh-Hant': '未到期', 'zh-Hans': '未到期' },
  // Bucket headers: without their days (a header of an earlier run is still this column's), and with the run's days (bucketDays: "31–60").
  'col.control.bucket1': { en: 'Past due: bucket 1', 'zh-Hant': '逾期：第1級', 'zh-Hans': '逾期：第1级' },
  'col.control.bucket2': { en: 'Past due: bucket 2', 'zh-Hant': '逾期：第2級', 'zh-Hans': '逾期：第2级' },
  'col.control.bucket3': { en: 'Past due: bucket 3', 'zh-Hant': '逾期：第3級', 'zh-Hans': '逾期：第3级' },
  'col.control.bucket4': { en: 'Past due: bucket 4', 'zh-Hant': '逾期：第4級', 'zh-Hans': '逾期：第4级' },
  'col.control.bucket5': { en: 'Past due: bucket 5', 'zh-Hant': '逾期：第5級', 'zh-Hans': '逾期：第5级' },
  'col.control.bucket1.dated': { en: 'Past due {bucket1} days', 'zh-Hant': '逾期 {bucket1} 天', 'zh-Hans': '逾期 {bucket1} 天' },
  'col.control.bucket2.dated': { en: 'Past due {bucket2} days', 'zh-Hant': '逾期 {bucket2} 天', 'zh-Hans': '逾期 {bucket2} 天' },
  'col.control.bucket3.dated': { en: 'Past due {bucket3} days', 'zh-Hant': '逾期 {bucket3} 天', 'zh-Hans': '逾期 {bucket3} 天' },
  'col.control.bucket4.dated': { en: 'Past due {bucket4} days', 'zh-Hant': '逾期 {bucket4} 天', 'zh-Hans': '逾期 {bucket4} 天' },
  'col.control.bucket5.dated': { en: 'Past due {bucket5} days', 'zh-Hant': '逾期 {bucket5} 天', 'zh-Hans': '逾期 {bucket5} 天' },
  'col.control.oldestDaysPastDue': { en: 'Oldest days past due', 'zh-Hant': '最長逾期天數', 'zh-Hans': '最长逾期天数' },
  'col.control.avgDaysLate': { en: 'Avg days late (365 d)', 'zh-Hant': '平均逾期付款天數 (近365天)', 'zh-Hans': '平均逾期付款天数 (近365天)' },
  'col.control.onTimeShare': { en: 'Paid on time (365 d)', 'zh-Hant': '準時付款比例 (近365天)', 'zh-Hans': '准时付款比例 (近365天)' },
  'col.control.dso': { en: 'Days sales outstanding (90 d)', 'zh-Hant': '應收帳款周轉天數 (近90天)', 'zh-Hans': '应收账款周转天数 (近90天)' },
  'col.control.notes': { en: 'Credit control notes', 'zh-Hant': '授信管理備註', 'zh-Hans': '授信管理备注' },
  'col.control.limitUsed': { en: 'Limit used', 'zh-Hant': '適用額度', 'zh-Hans': '适用额度' },
  'col.control.exposure': { en: 'Exposure', 'zh-Hant': '信用暴露', 'zh-Hans': '信用占用' },
  'col.control.available': { en: 'Available credit', 'zh-Hant': '可用額度', 'zh-Hans': '可用额度' },
  'col.control.utilisation': { en: 'Utilisation', 'zh-Hant': '額度使用率', 'zh-Hans': '额度使用率' },
  'col.control.status': { en: 'Credit status', 'zh-Hant': '信用狀態', 'zh-Hans': '信用状态' },
  'col.control.statusAlso': { en: 'Credit status: also', 'zh-Hant': '信用狀態：其他', 'zh-Hans': '信用状态：其他' },
  'col.control.holdAmount': { en: 'Overdue beyond hold days', 'zh-Hant': '逾期超過停止出貨天數金額', 'zh-Hans': '逾期超过停止发货天数金额' },
  'col.control.statusCode': { en: 'Credit status code', 'zh-Hant': '信用狀態代碼', 'zh-Hans': '信用状态代码' },

  // What the status formula shows (src/core/control/status.ts), most severe last.
  'control.status.ok': { en: 'OK', 'zh-Hant': '正常', 'zh-Hans': '正常' },
  'control.status.nearLimit': { en: 'Near limit', 'zh-Hant': '接近額度', 'zh-Hans': '接近额度' },
  'control.status.overLimit': { en: 'Over limit', 'zh-Hant': '超過額度', 'zh-Hans': '超过额度' },
  'control.status.overdueHold': { en: 'Overdue hold', 'zh-Hant': '逾期停止出貨', 'zh-Hans': '逾期停止发货' },
  'control.status.noCredit': { en: 'No credit (cash or collateral)', 'zh-Hant': '不授信 (現金或擔保)', 'zh-Hans': '不授信 (现金或担保)' },
  'control.status.notRated': { en: 'Not rated: survey needed', 'zh-Hant': '未評等：需辦理信用調查', 'zh-Hans': '未评级：需办理信用调查' },
  'control.status.onRecommended': { en: '{status} (recommended limit)', 'zh-Hant': '{status} (依建議額度)', 'zh-Hans': '{status} (依建议额度)' },
  'control.list.separator': { en: ', ', 'zh-Hant': '、', 'zh-Hans': '、' },

  // The notes column: why a figure is blank.
  'control.note.noPaidHistory': { en: 'no documents paid in the 365 days', 'zh-Hant': '近365天無已收款單據', 'zh-Hans': '近365天无已收款单据' },
  'control.note.noRecentSales': { en: 'no net sales in the 90 days: no days sales outstanding', 'zh-Hant': '近90天無銷售淨額：無法計算周轉天數', 'zh-Hans': '近90天无销售净额：无法计算周转天数' },
  'control.note.separator': { en: '; ', 'zh-Hant': '；', 'zh-Hans': '；' },

  // The control rules on the scorecard (src/core/control/control-rules.ts).
  'sc.alert.title': { en: 'Credit Desk scorecard', 'zh-Hant': 'Credit Desk 評分表', 'zh-Hans': 'Credit Desk 评分表' },
  'sc.alert.number': { en: 'Enter a number from {min} to {max}.', 'zh-Hant': '請輸入 {min} 至 {max} 的數字。', 'zh-Hans': '请输入 {min} 至 {max} 的数字。' },
  'sc.alert.whole': { en: 'Enter a whole number from {min} to {max}.', 'zh-Hant': '請輸入 {min} 至 {max} 的整數。', 'zh-Hans': '请输入 {min} 至 {max} 的整数。' },
  'sc.control.title': { en: '8. Credit control (exposure, aging, holds)', 'zh-Hant': '八、授信後管理 (信用暴露、帳齡、停止出貨)', 'zh-Hans': '八、授信后管理 (信用占用、账龄、停止发货)' },
  'sc.control.bucketEdge': { en: 'Aging edge {edge} (days past due)', 'zh-Hant': '帳齡第{edge}區間上限 (逾期天數)', 'zh-Hans': '账龄第{edge}区间上限 (逾期天数)' },
  'sc.control.nearLimit': { en: 'Near limit from utilisation', 'zh-Hant': '額度使用率達此比例為接近額度', 'zh-Hans': '额度使用率达此比例为接近额度' },
  'sc.control.tolerancePct': { en: 'Tolerance over the limit (%)', 'zh-Hant': '超額容許比例', 'zh-Hans': '超额容许比例' },
  'sc.control.toleranceAmount': { en: 'Tolerance over the limit (amount)', 'zh-Hant': '超額容許金額', 'zh-Hans': '超额容许金额' },
  'sc.control.holdDays': { en: 'Overdue hold: days past due over', 'zh-Hant': '逾期停止出貨：逾期天數超過', 'zh-Hans': '逾期停止发货：逾期天数超过' },
  'sc.control.holdMinimum': { en: 'Overdue hold: overdue amount above', 'zh-Hant': '逾期停止出貨：逾期金額高於', 'zh-Hans': '逾期停止发货：逾期金额高于' },
  'sc.control.countOrders': { en: 'Open orders count in exposure (1 yes, 0 no)', 'zh-Hant': '未出貨訂單計入信用暴露 (1 是，0 否)', 'zh-Hans': '未发货订单计入信用占用 (1 是，0 否)' },
} as const;
