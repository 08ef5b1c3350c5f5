/**
 * What the command line prints besides the run summary (cli-labels.ts): the
 * remove-forms outcome, the --add-input-columns outcome and the progress
 * lines on stderr. Same rules as cli-labels.ts: `{name}` placeholders, counts
 * in brackets so no language needs plural forms. The Chinese progress words
 * are the pane's (pane.stage.*), with the sheet named where the pane has none.
 */
export const CLI_OUTPUT_LABELS = {
  // A sheet or file named in a sentence.
  'cli.quoted': { en: "'{name}'", 'zh-Hant': '「{name}」', 'zh-Hans': '“{name}”' },

  // The last forms run is the most recent one whose sheets are still there: after a removal, the run before it (cli.removal.earlier*).
  'cli.removal.removed': {
    en: 'Removed the form sheets of the most recent forms run still in the workbook ({count}): {sheets}.',
    'zh-Hant': '已移除活頁簿中最近一次產生的表單工作表（{count} 張）：{sheets}。',
    'zh-Hans': '已删除工作簿中最近一次生成的表单工作表（{count} 张）：{sheets}。',
  },
  'cli.removal.earlierNext': {
    en: 'Left alone: form sheets of earlier forms runs ({count}): {sheets}. Running credit-desk remove-forms on the output would remove the most recent of those runs next.',
    'zh-Hant': '未變動更早幾次產生的表單工作表（{count} 張）：{sheets}。若對輸出檔案再執行 credit-desk remove-forms，將移除其中最近一次產生的表單。',
    'zh-Hans': '未改动更早几次生成的表单工作表（{count} 张）：{sheets}。若对输出文件再运行 credit-desk remove-forms，将删除其中最近一次生成的表单。',
  },
  'cli.removal.earlierKept': {
    en: 'Left alone: form sheets of earlier forms runs ({count}): {sheets}.',
    'zh-Hant': '未變動更早幾次產生的表單工作表（{count} 張）：{sheets}。',
    'zh-Hans': '未改动更早几次生成的表单工作表（{count} 张）：{sheets}。',
  },
  'cli.removal.nothing': {
    en: 'Removed no sheet: the last forms run left no unedited form sheet.',
    'zh-Hant': '未移除任何工作表：上次產生的表單工作表中，沒有未經編輯的工作表。',
    'zh-Hans': '未删除任何工作表：上次生成的表单工作表中，没有未经编辑的工作表。',
  },
  'cli.removal.kept': {
    en: 'Kept form sheets edited since the run ({count}): {sheets}.',
    'zh-Hant': '已保留之後曾被編輯的表單工作表（{count} 張）：{sheets}。',
    'zh-Hans': '已保留之后曾被编辑的表单工作表（{count} 张）：{sheets}。',
  },
  'cli.removal.unchecked': {
    en: 'Kept form sheets Credit Desk cannot check ({count}; made before this version, or by a run that stopped part-way): {sheets}. Delete them yourself if you no longer need them.',
    'zh-Hant': '另保留 Credit Desk 無法檢查的表單工作表（{count} 張；由舊版產生，或產生時中途停止）：{sheets}。若不再需要，請自行刪除。',
    'zh-Hans': '另保留 Credit Desk 无法检查的表单工作表（{count} 张；由旧版本生成，或生成时中途停止）：{sheets}。如不再需要，请自行删除。',
  },

  // {where} is the sheet (cli.quoted), or cli.inputs.table around it; {role} is the role's code, as --customer-column takes it.
  'cli.inputs.table': { en: '{sheet} (table {table})', 'zh-Hant': '{sheet}（表格 {table}）', 'zh-Hans': '{sheet}（表格 {table}）' },
  'cli.inputs.nothing': {
    en: 'No input column is missing on {where}: nothing was added.',
    'zh-Hant': '{where}沒有缺少的輸入欄位：未新增任何欄位。',
    'zh-Hans': '{where}没有缺少的输入列：未添加任何列。',
  },
  'cli.inputs.added': {
    en: 'Added column {letter} "{header}" ({role}) to {where}',
    'zh-Hant': '已在{where}新增 {letter} 欄「{header}」（{role}）',
    'zh-Hans': '已在{where}添加 {letter} 列“{header}”（{role}）',
  },
  'cli.inputs.scorecardMade': {
    en: "Made the scorecard {sheet} with the default rules: the rating columns' drop-downs list its rating keys.",
    'zh-Hant': '已依預設規則建立評分表{sheet}：評等欄的下拉式清單列出其中的評等與用語。',
    'zh-Hans': '已按默认规则创建评分表{sheet}：评级列的下拉列表列出其中的评级与用语。',
  },
  'cli.inputs.scorecard': {
    en: "The rating columns' drop-downs list the rating keys of the scorecard {sheet}.",
    'zh-Hant': '評等欄的下拉式清單列出評分表{sheet}中的評等與用語。',
    'zh-Hans': '评级列的下拉列表列出评分表{sheet}中的评级与用语。',
  },
  'cli.inputs.yours': {
    en: 'The columns are yours: fill them in, then score credit (Credit Desk never writes them again).',
    'zh-Hant': '這些欄位屬於您：請填寫後再評定信用（Credit Desk 之後不會再寫入）。',
    'zh-Hans': '这些列属于您：请填写后再评定信用（Credit Desk 之后不会再写入）。',
  },

  // The progress lines, one per step of the run (core ProgressStep); {name} is a sheet, or the output file.
  'cli.stage.finding': { en: 'Finding the customer and sales sheets', 'zh-Hant': '正在尋找客戶與銷售工作表', 'zh-Hans': '正在查找客户与销售工作表' },
  'cli.stage.reading': { en: 'Reading sales rows of {name}', 'zh-Hant': '正在讀取{name}的銷售資料', 'zh-Hans': '正在读取{name}的销售数据' },
  'cli.stage.tiering': { en: 'Tiering customers', 'zh-Hant': '正在為客戶分級', 'zh-Hans': '正在为客户分级' },
  'cli.stage.scoring': { en: 'Scoring credit', 'zh-Hant': '正在評定信用', 'zh-Hans': '正在评定信用' },
  'cli.stage.control': { en: 'Checking receivables against the limits', 'zh-Hant': '正在核對應收帳款與額度', 'zh-Hans': '正在核对应收账款与额度' },
  'cli.stage.forms': { en: 'Laying out the forms', 'zh-Hant': '正在編排表單', 'zh-Hans': '正在编排表单' },
  'cli.stage.writing': { en: 'Writing {name}', 'zh-Hant': '正在寫入{name}', 'zh-Hans': '正在写入{name}' },
  'cli.stage.done': { en: 'Done', 'zh-Hant': '完成', 'zh-Hans': '完成' },
} as const;
