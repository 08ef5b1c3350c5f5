import type { Language } from '../columns/layout';
import { FORM_LABELS } from './form-labels';
import { PROBLEM_LABELS } from './problem-labels';
import { ERROR_LABELS } from './error-labels';
import { ROLE_LABELS } from './role-labels';
import { CONTROL_LABELS } from './control-labels';

/**
 * Every label the add-in writes into a workbook or words a message with, in
 * the three languages (the pane's own texts are in src/taskpane/i18n). Layout
 * code refers to labels by id only.
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
  'sheet.scorecard': { en: 'Credit Scorecard', 'zh-Hant': '信用評分表', 'zh-Hans': '信用评分表' },
  // The drop-down of a rating column Credit Desk adds for the user (data validation's error alert).
  'input.ratingAlertTitle': { en: 'Rating', 'zh-Hant': '評等', 'zh-Hans': '评级' },
  'input.ratingAlertMessage': {
    en: 'Choose a rating from the list: 1 (bad) to 5 (excellent), or a rating word of the scorecard “{sheet}”.',
    'zh-Hant': '請從清單選擇評等：1（劣）至 5（優），或評分表「{sheet}」中的評等用語。',
    'zh-Hans': '请从列表选择评级：1（劣）至 5（优），或评分表“{sheet}”中的评级用语。',
  },
  'col.avgMonthlySales': { en: 'Avg monthly sales (12 m)', 'zh-Hant': '近12月月均銷售', 'zh-Hans': '近12月月均销售' },
  'col.quickRatio': { en: 'Quick ratio', 'zh-Hant': '速動比率', 'zh-Hans': '速动比率' },
  'col.debtRatio': { en: 'Debt ratio', 'zh-Hant': '資產負債率', 'zh-Hans': '资产负债率' },
  'col.assetTurnover': { en: 'Total asset turnover', 'zh-Hant': '總資產周轉率', 'zh-Hans': '总资产周转率' },
  'col.netMargin': { en: 'Net profit margin', 'zh-Hant': '銷售淨利率', 'zh-Hans': '销售净利率' },
  'col.score': { en: 'Credit score', 'zh-Hant': '信用評分', 'zh-Hans': '信用评分' },
  'col.grade': { en: 'Credit grade', 'zh-Hant': '信用等級', 'zh-Hans': '信用等级' },
  'col.limit': { en: 'Recommended limit', 'zh-Hant': '建議額度', 'zh-Hans': '建议额度' },
  'col.level': { en: 'Approval level', 'zh-Hant': '審批層級', 'zh-Hans': '审批层级' },
  'col.missing': { en: 'Missing inputs', 'zh-Hant': '缺漏資料', 'zh-Hans': '缺失数据' },
  'col.reasons': { en: 'Points lost most', 'zh-Hant': '主要失分項目', 'zh-Hans': '主要失分项目' },
  'col.statementRow': { en: 'Statement row', 'zh-Hant': '財務資料列', 'zh-Hans': '财务数据行' },
  'col.points.quickRatio': { en: 'Points: Quick ratio', 'zh-Hant': '得分：速動比率', 'zh-Hans': '得分：速动比率' },
  'col.points.debtRatio': { en: 'Points: Debt ratio', 'zh-Hant': '得分：資產負債率', 'zh-Hans': '得分：资产负债率' },
  'col.points.assetTurnover': { en: 'Points: Total asset turnover', 'zh-Hant': '得分：總資產周轉率', 'zh-Hans': '得分：总资产周转率' },
  'col.points.netMargin': { en: 'Points: Net profit margin', 'zh-Hant': '得分：銷售淨利率', 'zh-Hans': '得分：销售净利率' },
  'col.points.principal': { en: 'Points: Principal\'s credibility', 'zh-Hant': '得分：負責人評信', 'zh-Hans': '得分：负责人评信' },
  'col.points.scale': { en: 'Points: Scale and nature of the business', 'zh-Hant': '得分：企業規模及企業性質', 'zh-Hans': '得分：企业规模及企业性质' },
  'col.points.salesAbility': { en: 'Points: Sales ability', 'zh-Hant': '得分：銷售能力', 'zh-Hans': '得分：销售能力' },
  'col.points.knowHow': { en: 'Points: Operating know-how', 'zh-Hant': '得分：經營技術', 'zh-Hans': '得分：经营技术' },
  'col.points.capitalGrowth': { en: 'Points: Capital growth (3 years)', 'zh-Hant': '得分：近三年資本增長', 'zh-Hans': '得分：近三年资本增长' },
  'col.points.profitTrend': { en: 'Points: Profit (3 years)', 'zh-Hant': '得分：近三年贏利情況', 'zh-Hans': '得分：近三年赢利情况' },
  'col.points.employeeComplaints': { en: 'Points: Employee complaints', 'zh-Hant': '得分：員工抱怨', 'zh-Hans': '得分：员工抱怨' },
  'col.points.supplierEvaluation': { en: 'Points: Evaluation by suppliers', 'zh-Hant': '得分：供料客戶評價', 'zh-Hans': '得分：供料客户评价' },
  'col.points.bankCredit': { en: 'Points: Bank credit', 'zh-Hant': '得分：銀行往來信用', 'zh-Hans': '得分：银行往来信用' },
  'col.points.peerStanding': { en: 'Points: Credit standing among peers', 'zh-Hant': '得分：同業信用評價', 'zh-Hans': '得分：同业信用评价' },
  'col.points.industryOutlook': { en: 'Points: Industry outlook', 'zh-Hant': '得分：行業景氣', 'zh-Hans': '得分：行业景气' },
  'col.limitCap': { en: 'Net-worth cap on the limit', 'zh-Hant': '淨值上限', 'zh-Hans': '净值上限' },
  'col.managementPoints': { en: 'Management points', 'zh-Hant': '經營管理得分', 'zh-Hans': '经营管理得分' },
  // A factor of the user's own: {name} is its name on the scorecard, or value.noFactor once it is gone from there.
  'col.points.userFactor': { en: 'Points: {name}', 'zh-Hant': '得分：{name}', 'zh-Hans': '得分：{name}' },
  'value.noFactor': { en: '(no longer on the scorecard)', 'zh-Hant': '(已不在評分表中)', 'zh-Hans': '(已不在评分表中)' },
  'sc.order': { en: 'Order (1 higher better, -1 lower better)', 'zh-Hant': '順序 (1 越高越好，-1 越低越好)', 'zh-Hans': '顺序 (1 越高越好，-1 越低越好)' },
  'sc.bands': { en: 'bands, worst first (1 to 8)', 'zh-Hant': '分段，由差至好 (1–8 段)', 'zh-Hans': '分段，由差至好 (1–8 段)' },
  'sc.key': { en: 'Rating or word', 'zh-Hant': '評等或用語', 'zh-Hans': '评级或用语' },
  'value.na': { en: 'n/a', 'zh-Hant': '不適用', 'zh-Hans': '不适用' },
  'value.noCredit': { en: 'No credit (cash or collateral)', 'zh-Hant': '不授信 (現金或擔保)', 'zh-Hans': '不授信 (现金或担保)' },
  'value.turnoverClosingOnly': { en: 'opening total assets (turnover uses closing)', 'zh-Hant': '期初資產總額 (周轉率以期末計)', 'zh-Hans': '期初资产总额 (周转率以期末计)' },
  'value.salesHistory': { en: 'sales dates (no 12-month average)', 'zh-Hant': '銷售日期 (無法計算月均)', 'zh-Hans': '销售日期 (无法计算月均)' },
  'sc.title': { en: 'Credit grade scoring items', 'zh-Hant': '信用等級評分項目表', 'zh-Hans': '信用等级评分项目表' },
  'sc.company': { en: 'Company', 'zh-Hant': '公司名稱', 'zh-Hans': '公司名称' },
  'sc.editable': {
    en: 'Yellow cells are inputs: edit them and every customer is regraded at once. Each table has its framed rows: add a row by typing in the first empty one, remove one by clearing it and moving the rows below it up; a row added or removed counts from the next run. Do not insert or delete sheet rows: Credit Desk reads these cells by position.',
    'zh-Hant': '黃色儲存格為可編輯的參數：修改後所有客戶即時重新評等。每個表格有框線內的固定列：在第一個空白列輸入即可新增一列；清除一列後，請將下方各列上移；增減的列自下次執行起生效。請勿插入或刪除工作表列：Credit Desk 依位置讀取。',
    'zh-Hans': '黄色单元格为可编辑的参数：修改后所有客户实时重新评级。每个表格有框线内的固定行：在第一个空白行输入即可新增一行；清除一行后，请将下方各行上移；增减的行自下次运行起生效。请勿插入或删除工作表行：Credit Desk 按位置读取。',
  },
  'sc.financial': { en: '1. Financial indicators (points by band)', 'zh-Hant': '一、財務指標 (依級距給分)', 'zh-Hans': '一、财务指标 (按区间给分)' },
  'sc.indicator': { en: 'Indicator', 'zh-Hant': '指標', 'zh-Hans': '指标' },
  'sc.direction': { en: 'Better when', 'zh-Hant': '方向', 'zh-Hans': '方向' },
  'sc.atLeast': { en: 'higher (≥)', 'zh-Hant': '越高越好 (≥)', 'zh-Hans': '越高越好 (≥)' },
  'sc.atMost': { en: 'lower (≤)', 'zh-Hant': '越低越好 (≤)', 'zh-Hans': '越低越好 (≤)' },
  'sc.threshold': { en: 'Threshold', 'zh-Hant': '門檻', 'zh-Hans': '门槛' },
  'sc.points': { en: 'Points', 'zh-Hant': '分數', 'zh-Hans': '分数' },
  'sc.otherwise': { en: 'Otherwise', 'zh-Hant': '其他', 'zh-Hans': '其他' },
  'sc.management': { en: '2. Management and standing (weight; rating 1–5 scores rating ÷ 5 × weight)', 'zh-Hant': '二、經營管理狀況 (權重；評等 1–5 得分 = 評等 ÷ 5 × 權重)', 'zh-Hans': '二、经营管理状况 (权重；评级 1–5 得分 = 评级 ÷ 5 × 权重)' },
  'sc.factor': { en: 'Factor', 'zh-Hant': '項目', 'zh-Hans': '项目' },
  'sc.weight': { en: 'Weight (points)', 'zh-Hant': '權重 (分)', 'zh-Hans': '权重 (分)' },
  'sc.words': { en: '3. Rating words (up to 30)', 'zh-Hant': '三、評等用語 (最多 30 個)', 'zh-Hans': '三、评级用语 (最多 30 个)' },
  'sc.word': { en: 'Word', 'zh-Hant': '用語', 'zh-Hans': '用语' },
  'sc.rating': { en: 'Rating (1–5)', 'zh-Hant': '評等 (1–5)', 'zh-Hans': '评级 (1–5)' },
  'sc.grades': { en: '4. Credit grades (2 to 8, best first; the names are yours)', 'zh-Hant': '四、信用等級 (2–8 級，由高至低；名稱可自訂)', 'zh-Hans': '四、信用等级 (2–8 级，由高至低；名称可自定义)' },
  'sc.grade': { en: 'Grade', 'zh-Hant': '等級', 'zh-Hans': '等级' },
  'sc.minScore': { en: 'Minimum score', 'zh-Hant': '最低分數', 'zh-Hans': '最低分数' },
  'sc.limitFactor': { en: 'Limit factor', 'zh-Hant': '額度係數', 'zh-Hans': '额度系数' },
  'sc.limitRule': { en: '5. Recommended limit = average monthly net sales (last 12 months) × credit months × limit factor, at most the cap × net worth, rounded down', 'zh-Hant': '五、建議額度 = 近12月平均月銷售淨額 × 信用月數 × 額度係數，不超過淨值 × 上限比例，無條件捨去', 'zh-Hans': '五、建议额度 = 近12月平均月销售净额 × 信用月数 × 额度系数，不超过净值 × 上限比例，向下取整' },
  'sc.creditMonths': { en: 'Credit months', 'zh-Hant': '信用月數', 'zh-Hans': '信用月数' },
  'sc.netWorthCap': { en: 'Cap (share of net worth)', 'zh-Hant': '上限 (淨值比例)', 'zh-Hans': '上限 (净值比例)' },
  'sc.roundingUnit': { en: 'Rounded down to (currency units)', 'zh-Hant': '捨去單位 (元)', 'zh-Hans': '取整单位 (元)' },
  'sc.levels': { en: '6. Approval levels (1 to 8: maximum amount each may approve; the last approves any amount)', 'zh-Hant': '六、審批層級 (1–8 層：可核准之最高額度；最後一層不限)', 'zh-Hans': '六、审批层级 (1–8 层：可核准的最高额度；最后一层不限)' },
  'sc.userFactor': { en: 'Your own factors (up to 9): the header of a ratings column on the customer or financials sheet', 'zh-Hant': '自訂項目 (最多 9 項)：客戶或財務資料工作表中評等欄的標題', 'zh-Hans': '自定义项目 (最多 9 项)：客户或财务数据工作表中评级列的标题' },
  'sc.level': { en: 'Level', 'zh-Hant': '層級', 'zh-Hans': '层级' },
  'sc.maxAmount': { en: 'Maximum amount', 'zh-Hant': '最高額度', 'zh-Hans': '最高额度' },
  'level.accountManager': { en: 'Account manager', 'zh-Hant': '客戶經理', 'zh-Hans': '客户经理' },
  'level.salesManager': { en: 'Direct-sales department manager', 'zh-Hant': '直銷部經理', 'zh-Hans': '直销部经理' },
  'level.regionalManager': { en: 'Regional company manager', 'zh-Hant': '地區公司經理', 'zh-Hans': '地区公司经理' },
  'level.headOffice': { en: 'Head office', 'zh-Hant': '總公司', 'zh-Hans': '总公司' },
  'factor.principal': { en: "Principal's credibility", 'zh-Hant': '負責人評信', 'zh-Hans': '负责人评信' },
  'factor.scale': { en: 'Scale and nature of the business', 'zh-Hant': '企業規模及企業性質', 'zh-Hans': '企业规模及企业性质' },
  'factor.salesAbility': { en: 'Sales ability', 'zh-Hant': '銷售能力', 'zh-Hans': '销售能力' },
  'factor.knowHow': { en: 'Operating know-how', 'zh-Hant': '經營技術', 'zh-Hans': '经营技术' },
  'factor.capitalGrowth': { en: 'Capital growth (3 years)', 'zh-Hant': '近三年資本增長', 'zh-Hans': '近三年资本增长' },
  'factor.profitTrend': { en: 'Profit (3 years)', 'zh-Hant': '近三年贏利情況', 'zh-Hans': '近三年赢利情况' },
  'factor.employeeComplaints': { en: 'Employee complaints', 'zh-Hant': '員工抱怨', 'zh-Hans': '员工抱怨' },
  'factor.supplierEvaluation': { en: 'Evaluation by suppliers', 'zh-Hant': '供料客戶評價', 'zh-Hans': '供料客户评价' },
  'factor.bankCredit': { en: 'Bank credit', 'zh-Hant': '銀行往來信用', 'zh-Hans': '银行往来信用' },
  'factor.peerStanding': { en: 'Credit standing among peers', 'zh-Hant': '同業信用評價', 'zh-Hans': '同业信用评价' },
  'factor.industryOutlook': { en: 'Industry outlook', 'zh-Hant': '行業景氣', 'zh-Hans': '行业景气' },
  'col.avgMonthlySales.dated': { en: 'Avg monthly sales (12 m to {window})', 'zh-Hant': '近12月月均銷售 (至 {window})', 'zh-Hans': '近12月月均销售 (至 {window})' },
  'col.missing.dated': { en: 'Missing inputs (run {date})', 'zh-Hant': '缺漏資料 ({date} 執行)', 'zh-Hans': '缺失数据 ({date} 运行)' },
  'col.reasons.dated': { en: 'Reasons (run {date})', 'zh-Hant': '評等與額度說明 ({date} 執行)', 'zh-Hans': '评级与额度说明 ({date} 运行)' },
  'value.notRated': { en: 'Not rated', 'zh-Hant': '未評等', 'zh-Hans': '未评级' },
  'value.surveyNeeded': { en: 'Survey needed', 'zh-Hant': '需辦理信用調查', 'zh-Hans': '需办理信用调查' },
  'value.missingWorth': { en: '{item} (up to {points} points)', 'zh-Hant': '{item} (最多 {points} 分)', 'zh-Hans': '{item} (最多 {points} 分)' },
  'sc.notRated': {
    en: '7. Not rated: a customer missing more than these is not graded (no limit; a credit survey is needed)',
    'zh-Hant': '七、未評等：缺漏超過下列數目的客戶不評等 (不給額度，需辦理信用調查)',
    'zh-Hans': '七、未评级：缺失超过下列数目的客户不评级 (不给额度，需办理信用调查)',
  },
  'sc.totals': { en: 'Points on offer', 'zh-Hant': '可得分數', 'zh-Hans': '可得分数' },
  'sc.totalFinancial': { en: 'Financial ratios (best bands)', 'zh-Hant': '財務指標 (最佳級距)', 'zh-Hans': '财务指标 (最佳区间)' },
  'sc.totalManagement': { en: 'Management (weights)', 'zh-Hant': '經營管理 (權重)', 'zh-Hans': '经营管理 (权重)' },
  'sc.total': { en: 'Total', 'zh-Hant': '合計', 'zh-Hans': '合计' },
  'sc.maxMissingRatios': { en: 'Most financial ratios missing for a grade', 'zh-Hant': '可評等的最多缺漏財務比率數', 'zh-Hans': '可评级的最多缺失财务比率数' },
  'sc.maxMissingRatings': { en: 'Most management ratings missing for a grade', 'zh-Hant': '可評等的最多缺漏經營評分數', 'zh-Hans': '可评级的最多缺失经营评分数' },
  'reason.notRated': {
    en: 'Not rated: {ratios} of {ratioCount} ratios and {ratings} of {factorCount} ratings missing (a grade allows {maxRatios} and {maxRatings})',
    'zh-Hant': '未評等：缺 {ratios} 項財務比率 (共 {ratioCount} 項) 及 {ratings} 項經營評分 (共 {factorCount} 項)；評等最多可缺 {maxRatios} 項及 {maxRatings} 項',
    'zh-Hans': '未评级：缺 {ratios} 项财务比率 (共 {ratioCount} 项) 及 {ratings} 项经营评分 (共 {factorCount} 项)；评级最多可缺 {maxRatios} 项及 {maxRatings} 项',
  },
  'reason.noSalesHistory': { en: 'Limit 0: the sales have no usable dates, so there is no 12-month average', 'zh-Hant': '額度為 0：銷售資料沒有可用的日期，無法計算近12月月均', 'zh-Hans': '额度为 0：销售数据没有可用的日期，无法计算近12月月均' },
  'reason.noRecentSales': { en: 'Limit 0: no net sales in the 12 months to {window}', 'zh-Hant': '額度為 0：至 {window} 的近12個月沒有銷售淨額', 'zh-Hans': '额度为 0：至 {window} 的近12个月没有销售净额' },
  'reason.gradeFactorZero': { en: 'Limit 0: grade {grade} has limit factor 0', 'zh-Hant': '額度為 0：等級 {grade} 的額度係數為 0', 'zh-Hans': '额度为 0：等级 {grade} 的额度系数为 0' },
  'reason.netWorthNotPositive': { en: 'Limit 0: net worth {netWorth} is not positive', 'zh-Hant': '額度為 0：淨值 {netWorth} 不為正數', 'zh-Hans': '额度为 0：净值 {netWorth} 不为正数' },
  'reason.capOverflow': { en: 'Limit 0: net worth is too large to compute the cap', 'zh-Hant': '額度為 0：淨值過大，無法計算上限', 'zh-Hans': '额度为 0：净值过大，无法计算上限' },
  'reason.belowRoundingUnit': { en: 'Limit 0: {base} is below the rounding unit {unit}', 'zh-Hant': '額度為 0：{base} 低於捨去單位 {unit}', 'zh-Hans': '额度为 0：{base} 低于取整单位 {unit}' },
  'reason.capped': { en: 'Limit capped at {share} of net worth {netWorth}', 'zh-Hant': '額度以淨值 {netWorth} 的 {share} 為上限', 'zh-Hans': '额度以净值 {netWorth} 的 {share} 为上限' },
  // Why a customer sheet was taken over others (src/core/i18n/customer-choice-text.ts).
  'choice.moreColumns': {
    en: 'it has more recognised columns ({columns}), among them every one of {sheets}',
    'zh-Hant': '它辨識出的欄位較多 ({columns} 欄)，涵蓋{sheets}的每一欄',
    'zh-Hans': '它识别出的列较多 ({columns} 列)，涵盖{sheets}的每一列',
  },
  'choice.sheetColumns': { en: "'{sheet}' ({columns})", 'zh-Hant': '「{sheet}」({columns} 欄)', 'zh-Hans': '“{sheet}”({columns} 列)' },
  'choice.separator': { en: ', ', 'zh-Hant': '、', 'zh-Hans': '、' },
  ...FORM_LABELS,
  ...PROBLEM_LABELS,
  ...ERROR_LABELS,
  ...ROLE_LABELS,
  ...CONTROL_LABELS,
} as const satisfies Record<string, Record<Language, string>>;

export type LabelId = keyof typeof LABELS;

export function label(id: LabelId, language: Language): string {
  return LABELS[id][language];
}

/** The label with each `{name}` replaced by its value; a placeholder without a value is a bug and throws. */
export function labelWith(id: LabelId, language: Language, values: Readonly<Record<string, string | number>>): string {
  return fillLabel(id, label(id, language), values);
}

/**
 * The lookup of an edge (the pane, the command line): its own texts, then the
 * core's dictionary; one mechanism, so that each edge declares only its texts.
 */
export function edgeLabels<Own extends Record<string, Record<Language, string>>>(own: Own) {
  type Id = LabelId | (keyof Own & string);
  const isOwn = (id: Id): id is keyof Own & string => id in own;
  const edgeLabel = (id: Id, language: Language): string => (isOwn(id) ? own[id]![language] : label(id, language));
  return {
    label: edgeLabel,
    /** The label with each `{name}` replaced by its value; a placeholder without a value is a bug and throws. */
    labelWith: (id: Id, language: Language, values: Readonly<Record<string, string | number>>): string => fillLabel(id, edgeLabel(id, language), values),
  };
}

/** A label's text with each `{name}` replaced by its value (the edges' dictionaries fill their own labels so too). */
export function fillLabel(id: string, text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Label ${id} needs a value for {${name}}.`);
    return String(value);
  });
}

/** The label in every language (to recognise a header the add-in wrote in any of them). */
export function allLabels(id: LabelId): string[] {
  return Object.values(LABELS[id]);
}
