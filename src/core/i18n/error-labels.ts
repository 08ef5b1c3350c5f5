/**
 * InputError messages, the only wording of each code (src/core/i18n/input-error-text.ts), merged into the one
 * dictionary in labels.ts. They name no flags: where the user settles an error, an error.hint.* entry says so
 * in the pane ({section} is its Data section) and the command line gives its flags (src/cli/flag-hints.ts).
 * {kind} is an error.kind.* label and {role} a column role as the Data section names it.
 */
export const ERROR_LABELS = {
  'error.noSuchColumn': {
    en: 'Sheet “{sheet}” has no column “{column}”. Its headers are: {headers}.',
    'zh-Hant': '工作表「{sheet}」沒有「{column}」欄。其欄位標題為：{headers}。',
    'zh-Hans': '工作表“{sheet}”没有“{column}”列。其列标题为：{headers}。',
  },
  'error.ambiguousColumn': {
    en: 'Sheet “{sheet}” has {count} columns for “{role}”: {columns}.',
    'zh-Hant': '工作表「{sheet}」有 {count} 欄可作為「{role}」：{columns}。',
    'zh-Hans': '工作表“{sheet}”有 {count} 列可作为“{role}”：{columns}。',
  },
  'error.ambiguousFinancialsColumn': {
    en: 'Sheet “{sheet}” has {count} columns for “{role}”: {columns}. Rename all but one of these headers, then run again.',
    'zh-Hant': '工作表「{sheet}」有 {count} 欄可作為「{role}」：{columns}。請只保留其中一欄的標題，其餘改名後再執行。',
    'zh-Hans': '工作表“{sheet}”有 {count} 列可作为“{role}”：{columns}。请只保留其中一列的标题，其余改名后再运行。',
  },
  'error.ambiguousSheet': {
    en: 'More than one sheet looks like the {kind}: {sheets}.',
    'zh-Hant': '有多張工作表像是{kind}：{sheets}。',
    'zh-Hans': '有多张工作表像是{kind}：{sheets}。',
  },
  'error.noSuchSheet': {
    en: 'There is no sheet named “{sheet}”. Sheets: {sheets}.',
    'zh-Hant': '沒有名為「{sheet}」的工作表。現有工作表：{sheets}。',
    'zh-Hans': '没有名为“{sheet}”的工作表。现有工作表：{sheets}。',
  },
  'error.notASourceSheet': {
    en: 'Sheet “{sheet}” has no header row with a customer ID or customer name column in its first rows, so it cannot be the {kind}.',
    'zh-Hant': '工作表「{sheet}」的前幾列沒有含客戶編號或客戶名稱欄的標題列，因此不能作為{kind}。',
    'zh-Hans': '工作表“{sheet}”的前几行没有含客户编号或客户名称列的标题行，因此不能作为{kind}。',
  },
  'error.noSalesSheet': {
    en: 'No sales sheet found: no sheet has a header row with a customer column and an amount column (or quantity and unit price) in its first rows.',
    'zh-Hant': '找不到銷售工作表：沒有任何工作表在前幾列有含客戶欄與金額欄（或數量與單價欄）的標題列。',
    'zh-Hans': '找不到销售工作表：没有任何工作表在前几行有含客户列与金额列（或数量与单价列）的标题行。',
  },
  'error.sameSheet': {
    en: 'The customer sheet and the sales sheet cannot both be “{sheet}”.',
    'zh-Hant': '客戶工作表與銷售工作表不能同為「{sheet}」。',
    'zh-Hans': '客户工作表与销售工作表不能同为“{sheet}”。',
  },
  'error.noAmountColumn': {
    en: 'Sales sheet “{sheet}” has no amount column and no quantity and unit price columns.',
    'zh-Hant': '銷售工作表「{sheet}」沒有金額欄，也沒有數量與單價欄。',
    'zh-Hans': '销售工作表“{sheet}”没有金额列，也没有数量与单价列。',
  },
  'error.noSharedKey': {
    en: 'Sales sheet “{sales}” and customer sheet “{customers}” share no customer column: both need a customer ID column, or both a customer name column.',
    'zh-Hant': '銷售工作表「{sales}」與客戶工作表「{customers}」沒有共同的客戶欄：兩者都須有客戶編號欄，或都有客戶名稱欄。',
    'zh-Hans': '销售工作表“{sales}”与客户工作表“{customers}”没有共同的客户列：两者都须有客户编号列，或都有客户名称列。',
  },
  'error.noKeyColumn': {
    en: 'Financial statements sheet “{sheet}” has no “{role}” column to match customers by.',
    'zh-Hant': '財務報表工作表「{sheet}」沒有可用來對應客戶的「{role}」欄。',
    'zh-Hans': '财务报表工作表“{sheet}”没有可用来对应客户的“{role}”列。',
  },
  'error.scorecardInvalid': {
    en: 'The scorecard sheet “{sheet}” has {count} problem(s). Nothing was written. Correct these cells and run again:',
    'zh-Hant': '評分表「{sheet}」有問題：{count} 項。未寫入任何資料。請修正下列儲存格後再執行：',
    'zh-Hans': '评分表“{sheet}”有问题：{count} 项。未写入任何数据。请修正下列单元格后再运行：',
  },
  // args: column, sheet, header, cell; value (JSON of the cell's value when that is what it holds, else ''), what (a UserContentKind code).
  'error.columnHoldsData': {
    en: 'Credit Desk needs column {column} of sheet “{sheet}” for “{header}”, but cell {cell} of that column holds your data ({held}). Nothing was changed. Move that data or clear the column (contents, comments, data validation and formats), then run again.',
    'zh-Hant': 'Credit Desk 需要工作表「{sheet}」的 {column} 欄來放「{header}」，但該欄的 {cell} 儲存格有您的資料（{held}）。未做任何變更。請移走這些資料或清空該欄（內容、註解、資料驗證與格式），再重新執行。',
    'zh-Hans': 'Credit Desk 需要工作表“{sheet}”的 {column} 列来放“{header}”，但该列的 {cell} 单元格有您的数据（{held}）。未做任何更改。请移走这些数据或清空该列（内容、批注、数据验证与格式），再重新运行。',
  },
  'error.ownedHeaderChanged': {
    en: 'Column {column} of sheet “{sheet}” was Credit Desk’s “{header}” column, but its header now reads {found}, so it may hold your data. Nothing was changed. Restore the header, or delete the defined name {marker} to let Credit Desk add a new column.',
    'zh-Hant': '工作表「{sheet}」的 {column} 欄原為 Credit Desk 的「{header}」欄，但標題現為 {found}，可能已有您的資料。未做任何變更。請還原標題，或刪除已定義的名稱 {marker}，讓 Credit Desk 新增一欄。',
    'zh-Hans': '工作表“{sheet}”的 {column} 列原为 Credit Desk 的“{header}”列，但标题现为 {found}，可能已有您的数据。未做任何更改。请还原标题，或删除已定义的名称 {marker}，让 Credit Desk 添加新列。',
  },
  'error.badSelection': {
    en: 'Choose all customers, those needing a survey, a tier, a credit grade or customer IDs or names, not “{text}”.',
    'zh-Hant': '無法辨識客戶選擇「{text}」：請選擇全部客戶、需辦理信用調查的客戶、指定分級、指定信用等級，或依客戶編號或名稱選擇。',
    'zh-Hans': '无法识别客户选择“{text}”：请选择全部客户、需办理信用调查的客户、指定分级、指定信用等级，或依客户编号或名称选择。',
  },
  'error.unknownGrade': {
    en: 'The scorecard has no grade “{grade}”: its grades are {grades}.',
    'zh-Hant': '評分表沒有等級「{grade}」：評分表的等級為 {grades}。',
    'zh-Hans': '评分表没有等级“{grade}”：评分表的等级为 {grades}。',
  },
  'error.unknownKeys': { en: 'No customer found for: {keys}.', 'zh-Hant': '找不到這些客戶：{keys}。', 'zh-Hans': '找不到这些客户：{keys}。' },
  // {customers}: each customer's ID cell and its ID, e.g. 客戶資料!A5 (C0012), 客戶資料!A9 (C0044).
  'error.ambiguousCustomerName': {
    en: '“{name}” is the name of more than one customer: {customers}. Choose by customer ID.',
    'zh-Hant': '「{name}」是多個客戶的名稱：{customers}。請改用客戶編號選擇。',
    'zh-Hans': '“{name}”是多个客户的名称：{customers}。请改用客户编号选择。',
  },
  'error.noCustomerChosen': {
    en: 'No customer matches that choice, so no form was made.',
    'zh-Hant': '沒有符合所選條件的客戶，因此未產生表單。',
    'zh-Hans': '没有符合所选条件的客户，因此未生成表单。',
  },
  'error.requestedLimitUnknown': {
    en: 'A requested limit names customer “{key}”, which is not among the chosen customers.',
    'zh-Hant': '申請額度所指定的客戶「{key}」不在所選的客戶中。',
    'zh-Hans': '申请额度所指定的客户“{key}”不在所选的客户中。',
  },
  'error.badPeriodDate': {
    en: 'Enter the period dates as year-month-day, e.g. 2025-03-01, not “{text}”.',
    'zh-Hant': '期間日期請以 年-月-日 輸入，例如 2025-03-01，而非「{text}」。',
    'zh-Hans': '期间日期请以 年-月-日 输入，例如 2025-03-01，而非“{text}”。',
  },
  'error.periodReversed': {
    en: 'The period ends before it starts: from {from} to {to}.',
    'zh-Hant': '期間迄日早於起日：{from} 至 {to}。',
    'zh-Hans': '截止日期早于起始日期：{from} 至 {to}。',
  },
  'error.badThresholds': {
    en: 'The tier limits must satisfy 0 < A < B ≤ 100, not {a} and {b}.',
    'zh-Hant': '分級門檻須符合 0 < A < B ≤ 100，而非 {a} 與 {b}。',
    'zh-Hans': '分级门槛须符合 0 < A < B ≤ 100，而非 {a} 与 {b}。',
  },
  'error.workbookMissing': {
    en: 'Cannot open “{path}”: the file does not exist. Check the path.',
    'zh-Hant': '無法開啟「{path}」：檔案不存在。請檢查路徑。',
    'zh-Hans': '无法打开“{path}”：文件不存在。请检查路径。',
  },
  'error.workbookUnreadable': {
    en: 'Cannot open “{path}” as an Excel workbook: {reason}. Save the file as Excel Workbook (.xlsx).',
    'zh-Hant': '無法將「{path}」開啟為 Excel 活頁簿：{reason}。請將檔案另存為 Excel 活頁簿。',
    'zh-Hans': '无法将“{path}”打开为 Excel 工作簿：{reason}。请将文件另存为 Excel 工作簿。',
  },
  // Raised by the Office port (src/ports/office/port-errors.ts).
  'error.excelTimeout': {
    en: 'Excel did not answer within {seconds} seconds, so Credit Desk stopped. If a cell is being edited, press Enter or Esc. Then run again: if this run had started writing, the next run notices and rewrites every column it writes.',
    'zh-Hant': 'Excel 在 {seconds} 秒內沒有回應，Credit Desk 已停止。若正在編輯儲存格，請先完成或取消編輯。然後再執行一次：若這次已開始寫入，下次執行會察覺並重寫它所寫的每一欄。',
    'zh-Hans': 'Excel 在 {seconds} 秒内没有响应，Credit Desk 已停止。若正在编辑单元格，请先完成或取消编辑。然后再运行一次：若这次已开始写入，下次运行会察觉并重写它所写的每一列。',
  },
  'error.cellEditMode': {
    en: 'Excel is editing a cell, so Credit Desk cannot work with the workbook. Press Enter or Esc to finish editing the cell, then run again.',
    'zh-Hant': 'Excel 正在編輯儲存格，Credit Desk 無法處理活頁簿。請先完成或取消該儲存格的編輯，再重新執行。',
    'zh-Hans': 'Excel 正在编辑单元格，Credit Desk 无法处理工作簿。请先完成或取消该单元格的编辑，再重新运行。',
  },
  'error.sheetProtected': {
    en: 'Sheet “{sheet}” is protected, so Credit Desk cannot write its results there. Nothing was written. Unprotect the sheet (Review › Unprotect Sheet), then run again.',
    'zh-Hant': '工作表「{sheet}」受到保護，Credit Desk 無法在其中寫入結果。未寫入任何資料。請取消保護該工作表（「校閱」›「取消保護工作表」），再重新執行。',
    'zh-Hans': '工作表“{sheet}”受到保护，Credit Desk 无法在其中写入结果。未写入任何数据。请撤消该工作表的保护（“审阅”›“撤消工作表保护”），再重新运行。',
  },
  'error.workbookProtected': {
    en: 'The workbook’s structure is protected, so Credit Desk cannot add the sheets this run needs. Nothing was written. Unprotect the workbook (Review › Protect Workbook), then run again.',
    'zh-Hant': '活頁簿的結構受到保護，Credit Desk 無法新增這次執行所需的工作表。未寫入任何資料。請取消保護活頁簿（「校閱」›「保護活頁簿」），再重新執行。',
    'zh-Hans': '工作簿的结构受到保护，Credit Desk 无法添加这次运行所需的工作表。未写入任何数据。请撤消工作簿保护（“审阅”›“保护工作簿”），再重新运行。',
  },
  // args: sheet, cell (where the key column no longer reads what was read), found and expected (JSON of the values).
  'error.formulaChanged': {
    en: 'Excel changed the formula Credit Desk wrote in cell {cell} of sheet “{sheet}” (a table column turned into a calculated column), so that column may show another customer’s results. Undo the run (Ctrl+Z), and report this to Credit Desk’s maintainers.',
    'zh-Hant': 'Excel 變更了 Credit Desk 在工作表「{sheet}」儲存格 {cell} 寫入的公式（表格欄變成了計算欄），該欄可能顯示其他客戶的結果。請用「復原」撤銷這次執行，並向 Credit Desk 的維護者回報。',
    'zh-Hans': 'Excel 更改了 Credit Desk 在工作表“{sheet}”单元格 {cell} 写入的公式（表格列变成了计算列），该列可能显示其他客户的结果。请用“撤销”撤回这次运行，并向 Credit Desk 的维护者反馈。',
  },
  'error.rowsMoved': {
    en: 'Rows of sheet “{sheet}” moved while Credit Desk was working (someone inserted, deleted or sorted rows): cell {cell} now reads {found} where Credit Desk had read {expected}. Credit Desk stopped; nothing further was written. Run again.',
    'zh-Hant': '工作表「{sheet}」的列在 Credit Desk 執行期間移動了（有人插入、刪除或排序了列）：儲存格 {cell} 現為 {found}，而 Credit Desk 先前讀到的是 {expected}。Credit Desk 已停止，之後未再寫入任何資料。請重新執行。',
    'zh-Hans': '工作表“{sheet}”的行在 Credit Desk 运行期间移动了（有人插入、删除或排序了行）：单元格 {cell} 现为 {found}，而 Credit Desk 先前读到的是 {expected}。Credit Desk 已停止，之后未再写入任何数据。请重新运行。',
  },
  // args: table, sheet, cell; value (JSON of the cell's value when that is what it holds, else ''), held (a UserContentKind code).
  'error.tableBlocked': {
    en: 'To add its columns to table “{table}”, Credit Desk would have to shift the cells to the right of the table, and cell {cell} of sheet “{sheet}” holds your data ({held}). This version of Excel cannot widen a table without shifting cells. Nothing was written. Move that data out of the table’s rows, or use a newer Excel, then run again.',
    'zh-Hant': '若要在表格「{table}」加入欄位，Credit Desk 必須將表格右側的儲存格往右移，但工作表「{sheet}」的 {cell} 儲存格有您的資料（{held}）。此版本的 Excel 無法在不移動儲存格的情況下擴大表格。未寫入任何資料。請將這些資料移出表格所在的列，或改用較新版的 Excel，再重新執行。',
    'zh-Hans': '若要在表格“{table}”添加列，Credit Desk 必须将表格右侧的单元格右移，但工作表“{sheet}”的 {cell} 单元格有您的数据（{held}）。此版本的 Excel 无法在不移动单元格的情况下扩大表格。未写入任何数据。请将这些数据移出表格所在的行，或改用较新版的 Excel，再重新运行。',
  },
  'error.inputColumnsNoSheet': {
    en: 'There is no customer sheet to add the input columns to: the customer list of this workbook is the one Credit Desk makes from the sales rows, and it rewrites that sheet on every run. Nothing was written. Add a sheet of your own with a customer ID or customer name column (a copy of that list will do), then add the input columns again.',
    'zh-Hant': '沒有可新增輸入欄位的客戶工作表：此活頁簿的客戶清單是 Credit Desk 依銷售資料產生的，每次執行都會重寫該工作表。未寫入任何資料。請新增一個您自己的工作表，內含客戶編號或客戶名稱欄（可複製該清單），再重新新增輸入欄位。',
    'zh-Hans': '没有可添加输入列的客户工作表：此工作簿的客户清单是 Credit Desk 根据销售数据生成的，每次运行都会重写该工作表。未写入任何数据。请添加一个您自己的工作表，包含客户编号或客户名称列（可复制该清单），然后重新添加输入列。',
  },
  // args: sheet, marker. Removing form sheets (src/core/forms/form-removal.ts).
  'error.notFormSheet': {
    en: 'Credit Desk removes only the form sheets it made and marked, and sheet “{sheet}” does not carry its form marker ({marker} on A1), so nothing was removed.',
    'zh-Hant': 'Credit Desk 只移除它所產生並標記的表單工作表，而工作表「{sheet}」沒有它的表單標記（A1 上的 {marker}），因此未移除任何工作表。',
    'zh-Hans': 'Credit Desk 只删除它所生成并标记的表单工作表，而工作表“{sheet}”没有它的表单标记（A1 上的 {marker}），因此未删除任何工作表。',
  },
  'error.workbookProtectedRemove': {
    en: 'The workbook’s structure is protected, so Credit Desk cannot remove form sheets. Nothing was removed. Unprotect the workbook (Review › Protect Workbook), then try again.',
    'zh-Hant': '活頁簿的結構受到保護，Credit Desk 無法移除表單工作表。未移除任何工作表。請取消保護活頁簿（「校閱」›「保護活頁簿」），再試一次。',
    'zh-Hans': '工作簿的结构受到保护，Credit Desk 无法删除表单工作表。未删除任何工作表。请撤消工作簿保护（“审阅”›“保护工作簿”），再试一次。',
  },
  'error.noReceivablesSheet': {
    en: 'The workbook has no receivables sheet (a sheet with a due-date column), so there is no credit control to do.',
    'zh-Hant': '活頁簿中沒有應收帳款工作表 (含到期日欄位的工作表)，無法進行授信後管理。',
    'zh-Hans': '工作簿中没有应收账款工作表 (含到期日列的工作表)，无法进行授信后管理。',
  },
  'error.noReceivablesAmount': {
    en: 'Receivables sheet “{sheet}” has no amount column and no open amount (balance) column.',
    'zh-Hant': '應收帳款工作表「{sheet}」沒有金額欄，也沒有未收金額 (餘額) 欄。',
    'zh-Hans': '应收账款工作表“{sheet}”没有金额列，也没有未收金额 (余额) 列。',
  },
  'error.noReceivablesKey': {
    en: 'Receivables sheet “{sheet}” has no customer column to match the customer sheet by: it needs the customer ID or the customer name column the customer sheet has.',
    'zh-Hant': '應收帳款工作表「{sheet}」沒有可對應客戶工作表的客戶欄：須有與客戶工作表相同的客戶編號欄或客戶名稱欄。',
    'zh-Hans': '应收账款工作表“{sheet}”没有可对应客户工作表的客户列：须有与客户工作表相同的客户编号列或客户名称列。',
  },
  // args: name (the file's name), reason. The browser preview (src/taskpane/preview/preview-host.ts).
  'error.previewOpenFailed': {
    en: 'Could not open {name} as an Excel workbook: {reason}. Save it as Excel Workbook (.xlsx) and open it again.',
    'zh-Hant': '無法以 Excel 活頁簿開啟 {name}：{reason}。請另存為 Excel 活頁簿 (.xlsx) 後再開啟。',
    'zh-Hans': '无法以 Excel 工作簿打开 {name}：{reason}。请另存为 Excel 工作簿 (.xlsx) 后再打开。',
  },
  'error.previewOpenFirst': { en: 'Open a workbook first.', 'zh-Hant': '請先開啟活頁簿。', 'zh-Hans': '请先打开工作簿。' },
  'error.cellProblem': { en: '{cell}: {reason}', 'zh-Hant': '{cell}：{reason}', 'zh-Hans': '{cell}：{reason}' },
  'error.held.formula': { en: 'a formula', 'zh-Hant': '公式', 'zh-Hans': '公式' },
  'error.held.comment': { en: 'a comment or note', 'zh-Hant': '註解或附註', 'zh-Hans': '批注或注释' },
  'error.held.validation': { en: 'data validation', 'zh-Hant': '資料驗證', 'zh-Hans': '数据验证' },
  'error.held.style': { en: 'formatting', 'zh-Hant': '格式', 'zh-Hans': '格式' },
  'error.kind.sales': { en: 'sales sheet', 'zh-Hant': '銷售工作表', 'zh-Hans': '销售工作表' },
  'error.kind.customer': { en: 'customer sheet', 'zh-Hant': '客戶工作表', 'zh-Hans': '客户工作表' },
  'error.kind.financials': { en: 'financial statements sheet', 'zh-Hant': '財務報表工作表', 'zh-Hans': '财务报表工作表' },
  'error.kind.receivables': { en: 'receivables sheet', 'zh-Hant': '應收帳款工作表', 'zh-Hans': '应收账款工作表' },
  // The pane's hint after a message: where in the pane to settle it (the command line gives its flags instead, src/cli/flag-hints.ts).
  'error.hint.noSuchColumn': { en: 'Choose another one in the {section} section.', 'zh-Hant': '請在「{section}」區另選一欄。', 'zh-Hans': '请在“{section}”区另选一列。' },
  'error.hint.ambiguousColumn': { en: 'Choose one in the {section} section.', 'zh-Hant': '請在「{section}」區選擇其中一欄。', 'zh-Hans': '请在“{section}”区选择其中一列。' },
  'error.hint.ambiguousSheet': { en: 'Choose one in the {section} section.', 'zh-Hant': '請在「{section}」區選擇其中一張。', 'zh-Hans': '请在“{section}”区选择其中一张。' },
  'error.hint.noSuchSheet': { en: 'Choose another one in the {section} section.', 'zh-Hant': '請在「{section}」區另選一張。', 'zh-Hans': '请在“{section}”区另选一张。' },
  'error.hint.notASourceSheet': { en: 'Choose another one in the {section} section.', 'zh-Hant': '請在「{section}」區另選一張。', 'zh-Hans': '请在“{section}”区另选一张。' },
  'error.hint.noSalesSheet': { en: 'Add such headers (e.g. “Customer ID”, “Amount” or “客戶編號”, “金額”), or choose the sheet in the {section} section.', 'zh-Hant': '請加入這類標題（例如「客戶編號」、「金額」），或在「{section}」區選擇工作表。', 'zh-Hans': '请添加这类标题（例如“客户编号”、“金额”），或在“{section}”区选择工作表。' },
  'error.hint.sameSheet': { en: 'Choose another one in the {section} section.', 'zh-Hant': '請在「{section}」區另選一張。', 'zh-Hans': '请在“{section}”区另选一张。' },
  'error.hint.noAmountColumn': { en: 'Choose the amount column in the {section} section.', 'zh-Hant': '請在「{section}」區選擇金額欄。', 'zh-Hans': '请在“{section}”区选择金额列。' },
  'error.hint.noSharedKey': { en: 'Choose them in the {section} section.', 'zh-Hant': '請在「{section}」區選擇。', 'zh-Hans': '请在“{section}”区选择。' },
  'error.hint.noKeyColumn': { en: 'Add one, or choose another sheet in the {section} section.', 'zh-Hant': '請新增此欄，或在「{section}」區另選工作表。', 'zh-Hans': '请添加此列，或在“{section}”区另选工作表。' },
  'error.hint.noReceivablesAmount': { en: 'Choose one in the {section} section.', 'zh-Hant': '請在「{section}」區選擇其中一欄。', 'zh-Hans': '请在“{section}”区选择其中一列。' },
  'error.hint.noReceivablesKey': { en: 'Choose it in the {section} section.', 'zh-Hant': '請在「{section}」區選擇。', 'zh-Hans': '请在“{section}”区选择。' },
} as const;
