/**
 * Texts only the command line prints (its run summary), merged with the
 * core's dictionary in src/cli/i18n/labels.ts. `{name}` marks a value filled
 * in by labelWith(); every language of a label has the same placeholders.
 * Counts are written "label: n", so no language needs plural forms. The
 * English keeps the summary's columns aligned where a line pairs with the
 * one above it (the sales sheet under the customer sheet).
 */
export const CLI_LABELS = {
  'cli.customerSheet': { en: 'Customer sheet: {sheet}', 'zh-Hant': '客戶工作表：{sheet}', 'zh-Hans': '客户工作表：{sheet}' },
  'cli.customerSheet.derived': { en: '{sheet} (made from the sales rows)', 'zh-Hant': '{sheet}（依銷售資料建立）', 'zh-Hans': '{sheet}（根据销售数据创建）' },
  'cli.customerSheet.chosen': { en: '{sheet} (chosen: {reason})', 'zh-Hant': '{sheet}（採用原因：{reason}）', 'zh-Hans': '{sheet}（采用原因：{reason}）' },
  'cli.salesSheet': { en: 'Sales sheet:    {sheet}', 'zh-Hant': '銷售工作表：{sheet}', 'zh-Hans': '销售工作表：{sheet}' },
  'cli.rows': {
    en: 'Customers: {customers}   sales rows read: {read}   left out: {skipped}',
    'zh-Hant': '客戶：{customers}   已讀取銷售資料：{read} 筆   略過：{skipped} 筆',
    'zh-Hans': '客户：{customers}   已读取销售数据：{read} 条   跳过：{skipped} 条',
  },
  'cli.rowsOutsidePeriod': {
    en: '   outside the period: {outside}',
    'zh-Hant': '   期間外：{outside} 筆',
    'zh-Hans': '   期间外：{outside} 条',
  },
  'cli.period': { en: 'Sales period: {from} to {to}', 'zh-Hant': '銷售期間：{from} 至 {to}', 'zh-Hans': '销售期间：{from} 至 {to}' },
  // The tier table's column heads (its Net sales column is headed as the customer sheet's, col.netSales).
  'cli.tiers.tier': { en: 'Tier', 'zh-Hant': '分級', 'zh-Hans': '分级' },
  'cli.tiers.customers': { en: 'Customers', 'zh-Hant': '客戶數', 'zh-Hans': '客户数' },
  'cli.tiers.share': { en: 'Share of sales', 'zh-Hant': '銷售佔比', 'zh-Hans': '销售占比' },
  'cli.unknownCustomers': {
    en: 'Sales rows of customers not on the customer sheet: {rows} (amount {amount}): {keys}',
    'zh-Hant': '客戶不在客戶工作表中的銷售資料：{rows} 筆（金額 {amount}）：{keys}',
    'zh-Hans': '客户不在客户工作表中的销售数据：{rows} 条（金额 {amount}）：{keys}',
  },
  'cli.duplicateKeys': { en: 'Duplicate customer keys: {keys}', 'zh-Hant': '重複的客戶編號：{keys}', 'zh-Hans': '重复的客户编号：{keys}' },
  // Between the parts of one line ("scorecard …; figures from …").
  'cli.separator': { en: '; ', 'zh-Hant': '；', 'zh-Hans': '；' },

  'cli.credit.heading': { en: 'Credit ({details})', 'zh-Hant': '信用評分（{details}）', 'zh-Hans': '信用评分（{details}）' },
  'cli.credit.scorecard': { en: 'scorecard: {sheet}', 'zh-Hant': '評分表：{sheet}', 'zh-Hans': '评分表：{sheet}' },
  'cli.credit.scorecardCreated': {
    en: 'scorecard: {sheet}, created with the default rules',
    'zh-Hant': '評分表：{sheet}（以預設規則建立）',
    'zh-Hans': '评分表：{sheet}（按默认规则创建）',
  },
  'cli.credit.figuresFrom': { en: 'figures from: {sheet}', 'zh-Hant': '財務數字與評等取自：{sheet}', 'zh-Hans': '财务数据与评级取自：{sheet}' },
  'cli.credit.noFigures': { en: 'figures from: none found', 'zh-Hant': '財務數字與評等：未找到', 'zh-Hans': '财务数据与评级：未找到' },
  'cli.credit.severalPeriods': {
    en: '{count} customers have several statements, the latest period was used',
    'zh-Hant': '{count} 位客戶有多期報表，採用最新一期',
    'zh-Hans': '{count} 位客户有多期报表，采用最新一期',
  },
  'cli.credit.grades': { en: 'Grades: {grades}', 'zh-Hant': '信用等級：{grades}', 'zh-Hans': '信用等级：{grades}' },
  'cli.credit.notRated': {
    en: 'Not rated (too little to grade; a credit survey is needed): {count}',
    'zh-Hant': '未評等（資料不足以評等，需辦理信用調查）：{count}',
    'zh-Hans': '未评级（数据不足以评级，需办理信用调查）：{count}',
  },
  'cli.credit.notRatedForms': {
    en: '{text} (forms for them: --forms needs-survey)',
    'zh-Hant': '{text}（為其產生表單：--forms needs-survey）',
    'zh-Hans': '{text}（为其生成表单：--forms needs-survey）',
  },
  'cli.credit.limitTotal': {
    en: 'Recommended limits, total: {total} (average of the 12 months {from} to {to})',
    'zh-Hant': '建議額度合計：{total}（依 {from} 至 {to} 的12個月平均計算）',
    'zh-Hans': '建议额度合计：{total}（依 {from} 至 {to} 的12个月平均计算）',
  },
  'cli.credit.limitTotalUndated': {
    en: 'Recommended limits, total: {total} (no dated sales: no 12-month average)',
    'zh-Hant': '建議額度合計：{total}（銷售資料沒有日期，無法計算近12月月均）',
    'zh-Hans': '建议额度合计：{total}（销售数据没有日期，无法计算近12月月均）',
  },
  'cli.credit.zeroLimits': {
    en: 'Rated customers with a limit of 0: {count} (the Reasons column says why for each)',
    'zh-Hant': '額度為 0 的已評等客戶：{count}（「評等與額度說明」欄逐一說明原因）',
    'zh-Hans': '额度为 0 的已评级客户：{count}（“评级与额度说明”列逐一说明原因）',
  },
  'cli.credit.levels': { en: 'Approval levels: {levels}', 'zh-Hant': '審批層級：{levels}', 'zh-Hans': '审批层级：{levels}' },
  'cli.credit.missingCustomers': {
    en: 'Customers with missing inputs: {count}, first at {place}',
    'zh-Hant': '資料缺漏的客戶：{count}，第一位在 {place}',
    'zh-Hans': '数据缺失的客户：{count}，第一位在 {place}',
  },
  'cli.credit.missingInputs': { en: 'Missing, per input: {inputs}', 'zh-Hant': '各項缺漏資料：{inputs}', 'zh-Hans': '各项缺失数据：{inputs}' },

  'cli.control.heading': {
    en: 'Credit control (as of {asOf}; receivables: {sheet})',
    'zh-Hant': '授信後管理（基準日 {asOf}；應收帳款：{sheet}）',
    'zh-Hans': '授信后管理（基准日 {asOf}；应收账款：{sheet}）',
  },
  'cli.control.alsoSales': { en: '{sheet}, which is also the sales sheet', 'zh-Hant': '{sheet}，同時作為銷售工作表', 'zh-Hans': '{sheet}，同时作为销售工作表' },
  'cli.control.documents': { en: 'Documents: {count}', 'zh-Hant': '單據：{count} 筆', 'zh-Hans': '单据：{count} 条' },
  'cli.control.afterAsOf': {
    en: '{count} dated after the as-of date were left out',
    'zh-Hant': '{count} 筆日期晚於基準日，不列入',
    'zh-Hans': '{count} 条日期晚于基准日，不计入',
  },
  'cli.control.unknown': {
    en: '{count} of customers not on the customer sheet were left out (open {open})',
    'zh-Hant': '{count} 筆的客戶不在客戶工作表中，不列入（未收金額 {open}）',
    'zh-Hans': '{count} 条的客户不在客户工作表中，不计入（未收金额 {open}）',
  },
  'cli.control.exposure': {
    en: 'Exposure: {exposure}   overdue: {overdue}   more than 90 days past due: {longOverdue}',
    'zh-Hant': '信用暴露：{exposure}   逾期：{overdue}   逾期超過 90 天：{longOverdue}',
    'zh-Hans': '信用占用：{exposure}   逾期：{overdue}   逾期超过 90 天：{longOverdue}',
  },
  'cli.control.aging': { en: 'Aging: {buckets}', 'zh-Hant': '帳齡：{buckets}', 'zh-Hans': '账龄：{buckets}' },
  'cli.control.statuses': {
    en: "Status (each customer's most severe condition): {statuses}",
    'zh-Hant': '信用狀態（每位客戶最嚴重的情況）：{statuses}',
    'zh-Hans': '信用状态（每位客户最严重的情况）：{statuses}',
  },
  'cli.control.overLimit': {
    en: 'Over their limit, whatever the status shown: {customers} customers ({shown} show {status}, {other} a more severe status), {amount} above their limits in all',
    'zh-Hant': '超過額度的客戶（不論顯示的狀態）：{customers} 位（{shown} 位顯示「{status}」，{other} 位顯示更嚴重的狀態），合計超額 {amount}',
    'zh-Hans': '超过额度的客户（不论显示的状态）：{customers} 位（{shown} 位显示“{status}”，{other} 位显示更严重的状态），合计超额 {amount}',
  },
  'cli.control.held': {
    en: 'Held or over the limit ({count}), first at {place}',
    'zh-Hant': '停止出貨或超過額度（{count} 位），第一位在 {place}',
    'zh-Hans': '停止发货或超过额度（{count} 位），第一位在 {place}',
  },

  'cli.forms.heading': { en: 'Forms: {count} new sheet(s)', 'zh-Hant': '表單：新工作表 {count} 張', 'zh-Hans': '表单：新工作表 {count} 张' },
  'cli.forms.sheet': { en: '{name}: {form}, {count} customer(s)', 'zh-Hant': '{name}：{form}，客戶 {count} 位', 'zh-Hans': '{name}：{form}，客户 {count} 位' },
  'cli.problems.heading': { en: 'Problems ({count}):', 'zh-Hant': '問題（{count}）：', 'zh-Hans': '问题（{count}）：' },
  'cli.problems.problem': { en: '{place}: {reason}', 'zh-Hant': '{place}：{reason}', 'zh-Hans': '{place}：{reason}' },
  // A list cut short (form sheets, problems): the rest is in the JSON line.
  'cli.more': {
    en: '… and {count} more (all of them are in --json).',
    'zh-Hant': '……另有 {count} 項（完整清單見 --json）。',
    'zh-Hans': '……另有 {count} 项（完整列表见 --json）。',
  },
  'cli.written': { en: 'Written: {file}', 'zh-Hant': '已寫入：{file}', 'zh-Hans': '已写入：{file}' },
} as const;
