/**
 * The command line's messages about its arguments: wrong usage (exit 2), and
 * the flag that settles an input error (added after the core's message, see
 * flag-hints.ts). `{column}` and `{sheet}` in a hint are the placeholders of
 * the flags' values (cli.meta.*), in the reader's language.
 */
export const CLI_MESSAGE_LABELS = {
  'cli.meta.column': { en: '<column>', 'zh-Hant': '<欄>', 'zh-Hans': '<列>' },
  'cli.meta.sheet': { en: '<sheet>', 'zh-Hant': '<工作表>', 'zh-Hans': '<工作表>' },

  'cli.usage.seeHelp': { en: 'Run "credit-desk --help" for the options.', 'zh-Hant': '執行「credit-desk --help」查看各選項。', 'zh-Hans': '运行“credit-desk --help”查看各选项。' },
  'cli.usage.unknownCommand': {
    en: 'Unknown command "{command}". The commands are: credit-desk run <in.xlsx> -o <out.xlsx>, credit-desk remove-forms <in.xlsx> -o <out.xlsx>.',
    'zh-Hant': '沒有「{command}」這個指令。可用的指令：credit-desk run <in.xlsx> -o <out.xlsx>、credit-desk remove-forms <in.xlsx> -o <out.xlsx>。',
    'zh-Hans': '没有“{command}”这个命令。可用的命令：credit-desk run <in.xlsx> -o <out.xlsx>、credit-desk remove-forms <in.xlsx> -o <out.xlsx>。',
  },
  'cli.usage.noInput': {
    en: 'Name the workbook to read: credit-desk {command} <in.xlsx> -o <out.xlsx>.',
    'zh-Hant': '請指定要讀取的活頁簿：credit-desk {command} <in.xlsx> -o <out.xlsx>。',
    'zh-Hans': '请指定要读取的工作簿：credit-desk {command} <in.xlsx> -o <out.xlsx>。',
  },
  // Printed in English: the mistake is in the flag that names the language.
  'cli.usage.lang': {
    en: '--lang is zh-Hant, zh-Hans or en (or a tag such as zh-TW, zh-HK, zh-CN, zh-SG), not "{value}".',
    'zh-Hant': '--lang 只能是 zh-Hant、zh-Hans 或 en（或 zh-TW、zh-HK、zh-CN、zh-SG 等標記），不能是「{value}」。',
    'zh-Hans': '--lang 只能是 zh-Hant、zh-Hans 或 en（或 zh-TW、zh-HK、zh-CN、zh-SG 等标记），不能是“{value}”。',
  },
  'cli.usage.extra': { en: 'Unexpected arguments: {args}.', 'zh-Hant': '多出的引數：{args}。', 'zh-Hans': '多余的参数：{args}。' },
  'cli.usage.noOutput': { en: 'Name the output file with -o <out.xlsx>.', 'zh-Hant': '請以 -o <out.xlsx> 指定輸出檔案。', 'zh-Hans': '请用 -o <out.xlsx> 指定输出文件。' },
  'cli.usage.mode': { en: '--mode is sales or headcount, not "{value}".', 'zh-Hant': '--mode 只能是 sales 或 headcount，不能是「{value}」。', 'zh-Hans': '--mode 只能是 sales 或 headcount，不能是“{value}”。' },
  'cli.usage.steps': { en: 'Unknown step(s): {steps}. Steps: {known}.', 'zh-Hant': '沒有這些步驟：{steps}。可用的步驟：{known}。', 'zh-Hans': '没有这些步骤：{steps}。可用的步骤：{known}。' },
  'cli.usage.inputColumnsAlone': {
    en: '--add-input-columns runs alone: it adds the input columns and runs no step, so leave out --steps and --forms.',
    'zh-Hant': '--add-input-columns 須單獨使用：它只新增輸入欄位，不執行任何步驟，請勿同時指定 --steps 或 --forms。',
    'zh-Hans': '--add-input-columns 须单独使用：它只添加输入列，不运行任何步骤，请勿同时指定 --steps 或 --forms。',
  },
  // Options Node's parseArgs would refuse in its own words (read-options.ts); {option} as typed, {suggestion} the closest option.
  'cli.usage.unknownOption': { en: 'Unknown option {option}.', 'zh-Hant': '沒有 {option} 這個選項。', 'zh-Hans': '没有 {option} 这个选项。' },
  'cli.usage.didYouMean': {
    en: 'Unknown option {option}: did you mean {suggestion}?',
    'zh-Hant': '沒有 {option} 這個選項：您是指 {suggestion} 嗎？',
    'zh-Hans': '没有 {option} 这个选项：您是指 {suggestion} 吗？',
  },
  'cli.usage.switchValue': {
    en: '{option} is a switch and takes no value: write it alone, without "={value}".',
    'zh-Hant': '{option} 是開關選項，不接受值：請單獨寫出，不要加上「={value}」。',
    'zh-Hans': '{option} 是开关选项，不接受值：请单独写出，不要加上“={value}”。',
  },
  'cli.usage.missingValue': {
    en: '{option} needs a value after it; a value that starts with a dash is written {long}=<value>.',
    'zh-Hant': '{option} 後面須接一個值；以「-」開頭的值請寫成 {long}=<值>。',
    'zh-Hans': '{option} 后面须接一个值；以“-”开头的值请写成 {long}=<值>。',
  },
  // The forms flags (parse-args.ts): forms are made only when asked for, for the customers --forms names.
  'cli.usage.formsChoice': {
    en: 'Forms are asked for ({flags}) but not for whom: add --forms all, needs-survey (the customers not rated), tier:A, grade:AA or keys:K1,K2.',
    'zh-Hant': '已要求產生表單（{flags}），但未指定對象：請加上 --forms all、needs-survey（未評等的客戶）、tier:A、grade:AA 或 keys:K1,K2。',
    'zh-Hans': '已要求生成表单（{flags}），但未指定对象：请加上 --forms all、needs-survey（未评级的客户）、tier:A、grade:AA 或 keys:K1,K2。',
  },
  'cli.usage.formsNotInSteps': {
    en: '{flags} apply to the forms, but --steps {steps} leaves out forms: add forms to --steps, or leave out {flags}.',
    'zh-Hant': '{flags} 用於表單，但 --steps {steps} 不含 forms：請在 --steps 加上 forms，或移除 {flags}。',
    'zh-Hans': '{flags} 用于表单，但 --steps {steps} 不含 forms：请在 --steps 加上 forms，或删除 {flags}。',
  },
  'cli.usage.inputColumnsNoForms': {
    en: '--add-input-columns runs no step and makes no forms, so leave out {flags}.',
    'zh-Hant': '--add-input-columns 不執行任何步驟，也不產生表單：請移除 {flags}。',
    'zh-Hans': '--add-input-columns 不运行任何步骤，也不生成表单：请删除 {flags}。',
  },
  'cli.usage.roleColumn': {
    en: '{flag} takes role=column, e.g. {example}; got "{spec}".',
    'zh-Hant': '{flag} 的格式為 角色=欄，例如 {example}；收到的是「{spec}」。',
    'zh-Hans': '{flag} 的格式为 角色=列，例如 {example}；收到的是“{spec}”。',
  },
  'cli.usage.notARole': {
    en: '{flag}: "{role}" is not a column role (e.g. {examples}).',
    'zh-Hant': '{flag}：「{role}」不是欄位角色（例如 {examples}）。',
    'zh-Hans': '{flag}：“{role}”不是列角色（例如 {examples}）。',
  },
  'cli.usage.date': {
    en: '{flag} takes a date as yyyy-mm-dd, not "{value}".',
    'zh-Hant': '{flag} 須為 yyyy-mm-dd 格式的日期，不能是「{value}」。',
    'zh-Hans': '{flag} 须为 yyyy-mm-dd 格式的日期，不能是“{value}”。',
  },
  'cli.usage.thresholds': {
    en: '--thresholds takes two percentages a,b with 0 < a < b <= 100, e.g. 80,95; got "{value}".',
    'zh-Hant': '--thresholds 須為兩個百分比 a,b，且 0 < a < b <= 100，例如 80,95；收到的是「{value}」。',
    'zh-Hans': '--thresholds 须为两个百分比 a,b，且 0 < a < b <= 100，例如 80,95；收到的是“{value}”。',
  },
  'cli.usage.formTypes': {
    en: '--form-types takes survey, authorization or both, comma-separated; got "{value}".',
    'zh-Hant': '--form-types 須為 survey、authorization 或兩者（以逗號分隔）；收到的是「{value}」。',
    'zh-Hans': '--form-types 须为 survey、authorization 或两者（以逗号分隔）；收到的是“{value}”。',
  },
  'cli.usage.request': {
    en: '--request takes key=amount, e.g. C0001=500000; got "{value}".',
    'zh-Hant': '--request 的格式為 客戶編號=金額，例如 C0001=500000；收到的是「{value}」。',
    'zh-Hans': '--request 的格式为 客户编号=金额，例如 C0001=500000；收到的是“{value}”。',
  },
  'cli.usage.outputKind': {
    en: 'The input is an .{kind} workbook, so the output must end in .{kind} too (Excel will not open an .{kind} workbook named .{ext}): choose an output file ending in .{kind}.',
    'zh-Hant': '輸入的是 .{kind} 活頁簿，輸出檔名也須以 .{kind} 結尾（Excel 不會開啟副檔名為 .{ext} 的 .{kind} 活頁簿）：請改用以 .{kind} 結尾的輸出檔案。',
    'zh-Hans': '输入的是 .{kind} 工作簿，输出文件名也须以 .{kind} 结尾（Excel 不会打开扩展名为 .{ext} 的 .{kind} 工作簿）：请改用以 .{kind} 结尾的输出文件。',
  },
  'cli.usage.noExtension': { en: '(none)', 'zh-Hant': '（無）', 'zh-Hans': '（无）' },
  // A bug, not the input's fault: the details (a stack trace) stay as the system gives them.
  'cli.bug': { en: 'unexpected error: {details}', 'zh-Hant': '發生未預期的錯誤：{details}', 'zh-Hans': '发生意外错误：{details}' },

  // What the command line adds to an input error's message: the flag that settles it ({flag} a whole flag with its value).
  'cli.hint.noSuchColumn': {
    en: 'Name the column by its letter (C) or its header text.',
    'zh-Hant': '請以欄的字母（C）或標題文字指定欄位。',
    'zh-Hans': '请以列的字母（C）或标题文字指定列。',
  },
  'cli.hint.ambiguousColumn': { en: 'Choose one with {flag}.', 'zh-Hant': '請以 {flag} 選擇其中一欄。', 'zh-Hans': '请用 {flag} 选择其中一列。' },
  'cli.hint.ambiguousSheet': { en: 'Choose one with {flag}.', 'zh-Hant': '請以 {flag} 選擇其中一張工作表。', 'zh-Hans': '请用 {flag} 选择其中一张工作表。' },
  'cli.hint.noSuchSheet': { en: 'Name one of them with {flag}.', 'zh-Hant': '請以 {flag} 指定其中一張工作表。', 'zh-Hans': '请用 {flag} 指定其中一张工作表。' },
  'cli.hint.notASourceSheet': { en: 'Name another one with {flag}.', 'zh-Hant': '請以 {flag} 指定另一張工作表。', 'zh-Hans': '请用 {flag} 指定另一张工作表。' },
  'cli.hint.noSalesSheet': {
    en: 'Add such headers (e.g. “Customer ID”, “Amount” or “客戶編號”, “金額”) or name the sheet with --sales-sheet {sheet}.',
    'zh-Hant': '請加上這類標題（例如「客戶編號」、「金額」），或以 --sales-sheet {sheet} 指定工作表。',
    'zh-Hans': '请加上这类标题（例如“客户编号”、“金额”），或用 --sales-sheet {sheet} 指定工作表。',
  },
  'cli.hint.sameSheet': {
    en: 'Name the other one with --customer-sheet {sheet} or --sales-sheet {sheet}.',
    'zh-Hant': '請以 --customer-sheet {sheet} 或 --sales-sheet {sheet} 指定另一張工作表。',
    'zh-Hans': '请用 --customer-sheet {sheet} 或 --sales-sheet {sheet} 指定另一张工作表。',
  },
  'cli.hint.noAmountColumn': { en: 'Name one with --sales-amount {column}.', 'zh-Hant': '請以 --sales-amount {column} 指定金額欄。', 'zh-Hans': '请用 --sales-amount {column} 指定金额列。' },
  'cli.hint.noSharedKey': {
    en: 'Name them with --sales-id/--customer-id or --sales-name/--customer-name.',
    'zh-Hant': '請以 --sales-id/--customer-id 或 --sales-name/--customer-name 指定。',
    'zh-Hans': '请用 --sales-id/--customer-id 或 --sales-name/--customer-name 指定。',
  },
  'cli.hint.noKeyColumn': {
    en: 'Add one, or name another sheet with --financials-sheet {sheet}.',
    'zh-Hant': '請新增該欄，或以 --financials-sheet {sheet} 指定另一張工作表。',
    'zh-Hans': '请添加该列，或用 --financials-sheet {sheet} 指定另一张工作表。',
  },
  'cli.hint.noReceivablesAmount': {
    en: 'Name one with --receivables-column amount={column} or openAmount={column}.',
    'zh-Hant': '請以 --receivables-column amount={column} 或 openAmount={column} 指定。',
    'zh-Hans': '请用 --receivables-column amount={column} 或 openAmount={column} 指定。',
  },
  'cli.hint.noReceivablesKey': { en: 'Name it with --receivables-column {role}={column}.', 'zh-Hant': '請以 --receivables-column {role}={column} 指定。', 'zh-Hans': '请用 --receivables-column {role}={column} 指定。' },
  'cli.hint.badThresholds': { en: '--thresholds takes two percentages a,b, e.g. 80,95.', 'zh-Hant': '--thresholds 須為兩個百分比 a,b，例如 80,95。', 'zh-Hans': '--thresholds 须为两个百分比 a,b，例如 80,95。' },
  'cli.hint.badPeriodDate': { en: '--from and --to take dates as yyyy-mm-dd.', 'zh-Hant': '--from 與 --to 須為 yyyy-mm-dd 格式的日期。', 'zh-Hans': '--from 与 --to 须为 yyyy-mm-dd 格式的日期。' },
  'cli.hint.periodReversed': { en: 'Give --to a date on or after --from.', 'zh-Hant': '--to 的日期不可早於 --from。', 'zh-Hans': '--to 的日期不可早于 --from。' },
  'cli.hint.badSelection': {
    en: 'Use --forms all, needs-survey, tier:A|B|C|D, grade:<a grade of the scorecard> or keys:K1,K2.',
    'zh-Hant': '請使用 --forms all、needs-survey、tier:A|B|C|D、grade:<評分表中的等級> 或 keys:K1,K2。',
    'zh-Hans': '请使用 --forms all、needs-survey、tier:A|B|C|D、grade:<评分表中的等级> 或 keys:K1,K2。',
  },
} as const;
