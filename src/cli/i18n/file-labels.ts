/**
 * The command line's sentences about its input and output files (output-file.ts):
 * each says what is wrong and what to do. `{unchanged}` is cli.file.unchanged.
 */
export const CLI_FILE_LABELS = {
  'cli.file.sameFile': {
    en: "The output '{output}' is the input workbook '{input}', and Credit Desk never overwrites the workbook it reads, so choose another output file.",
    'zh-Hant': '輸出「{output}」就是輸入的活頁簿「{input}」，而 Credit Desk 從不覆寫它讀取的活頁簿：請改用其他輸出檔案。',
    'zh-Hans': '输出“{output}”就是输入的工作簿“{input}”，而 Credit Desk 从不覆盖它读取的工作簿：请改用其他输出文件。',
  },
  'cli.file.noFolder': {
    en: "The folder '{folder}' for the output '{output}' does not exist, so create it first or choose another output file.",
    'zh-Hant': '輸出「{output}」所在的資料夾「{folder}」不存在：請先建立該資料夾，或改用其他輸出檔案。',
    'zh-Hans': '输出“{output}”所在的文件夹“{folder}”不存在：请先创建该文件夹，或改用其他输出文件。',
  },
  'cli.file.notAFolder': {
    en: "'{folder}' is a file, not a folder, so the output '{output}' cannot be written inside it.",
    'zh-Hant': '「{folder}」是檔案而不是資料夾，因此無法在其中寫入輸出「{output}」。',
    'zh-Hans': '“{folder}”是文件而不是文件夹，因此无法在其中写入输出“{output}”。',
  },
  'cli.file.isFolder': {
    en: "The output '{output}' is a folder, not a file, so name the .xlsx file to write, e.g. '{example}'.",
    'zh-Hant': '輸出「{output}」是資料夾而不是檔案：請指定要寫入的 .xlsx 檔案，例如「{example}」。',
    'zh-Hans': '输出“{output}”是文件夹而不是文件：请指定要写入的 .xlsx 文件，例如“{example}”。',
  },
  'cli.file.folderNotWritable': {
    en: "The folder '{folder}' cannot be written to because {why}, so choose an output file in another folder.",
    'zh-Hant': '無法寫入資料夾「{folder}」：{why}。請改用其他資料夾中的輸出檔案。',
    'zh-Hans': '无法写入文件夹“{folder}”：{why}。请改用其他文件夹中的输出文件。',
  },
  'cli.file.why.readOnly': { en: 'it is on a read-only disk', 'zh-Hant': '它位於唯讀的磁碟上', 'zh-Hans': '它位于只读磁盘上' },
  'cli.file.why.denied': { en: 'you are not allowed to write there', 'zh-Hant': '您沒有寫入該處的權限', 'zh-Hans': '您没有写入该处的权限' },
  'cli.file.why.system': { en: 'the system says {code}', 'zh-Hant': '系統回報 {code}', 'zh-Hans': '系统报告 {code}' },
  'cli.file.exists': {
    en: "'{output}' already exists: choose another output file, or add --overwrite to replace it.",
    'zh-Hant': '「{output}」已存在：請改用其他輸出檔案，或加上 --overwrite 以取代它。',
    'zh-Hans': '“{output}”已存在：请改用其他输出文件，或加上 --overwrite 以替换它。',
  },
  'cli.file.noInput': {
    en: "Cannot open '{input}' because the file does not exist, so check the path.",
    'zh-Hant': '無法開啟「{input}」：檔案不存在，請檢查路徑。',
    'zh-Hans': '无法打开“{input}”：文件不存在，请检查路径。',
  },
  // An input that cannot be read (input-file.ts), by the cause the port gives, instead of the system's words.
  'cli.file.inputIsFolder': {
    en: "The input '{input}' is a folder, not a workbook, so name the .xlsx file in it to read.",
    'zh-Hant': '輸入「{input}」是資料夾而不是活頁簿：請指定其中要讀取的 .xlsx 檔案。',
    'zh-Hans': '输入“{input}”是文件夹而不是工作簿：请指定其中要读取的 .xlsx 文件。',
  },
  'cli.file.inputDenied': {
    en: "You are not allowed to read '{input}', so ask for access to it or copy it to a folder of yours.",
    'zh-Hant': '您沒有讀取「{input}」的權限：請取得存取權限，或將它複製到您自己的資料夾。',
    'zh-Hans': '您没有读取“{input}”的权限：请获取访问权限，或将它复制到您自己的文件夹。',
  },
  'cli.file.notWorkbook': {
    en: "'{input}' is not a complete .xlsx workbook: it is damaged, incomplete (cut short while copied or downloaded) or of another format, so get it again, or open it in Excel and save it as Excel Workbook (.xlsx).",
    'zh-Hant': '「{input}」不是完整的 .xlsx 活頁簿：檔案已損毀、不完整（複製或下載時中斷），或是其他格式。請重新取得檔案，或在 Excel 中開啟後另存為 Excel 活頁簿 (.xlsx)。',
    'zh-Hans': '“{input}”不是完整的 .xlsx 工作簿：文件已损坏、不完整（复制或下载时中断），或是其他格式。请重新获取文件，或在 Excel 中打开后另存为 Excel 工作簿 (.xlsx)。',
  },
  'cli.file.unchanged': {
    en: 'Nothing was written; the previous file, if any, is unchanged.',
    'zh-Hant': '未寫入任何內容；原有的檔案（如有）保持不變。',
    'zh-Hans': '未写入任何内容；原有的文件（如有）保持不变。',
  },
  'cli.file.noSpace': { en: "There is not enough space on the disk to write '{path}'. {unchanged}", 'zh-Hant': '磁碟空間不足，無法寫入「{path}」。{unchanged}', 'zh-Hans': '磁盘空间不足，无法写入“{path}”。{unchanged}' },
  'cli.file.quota': { en: "Your disk quota is used up, so '{path}' could not be written. {unchanged}", 'zh-Hant': '您的磁碟配額已用完，無法寫入「{path}」。{unchanged}', 'zh-Hans': '您的磁盘配额已用完，无法写入“{path}”。{unchanged}' },
  'cli.file.denied': { en: "You are not allowed to write '{path}' in its folder. {unchanged}", 'zh-Hant': '您沒有在其資料夾中寫入「{path}」的權限。{unchanged}', 'zh-Hans': '您没有在其文件夹中写入“{path}”的权限。{unchanged}' },
  'cli.file.inUse': {
    en: "'{path}' could not be replaced because another program (such as Excel) has it open, or it is read-only: close it there, or choose another output file. {unchanged}",
    'zh-Hant': '無法取代「{path}」：它正被其他程式（例如 Excel）開啟，或為唯讀。請先在該程式中關閉它，或改用其他輸出檔案。{unchanged}',
    'zh-Hans': '无法替换“{path}”：它正被其他程序（例如 Excel）打开，或为只读。请先在该程序中关闭它，或改用其他输出文件。{unchanged}',
  },
  'cli.file.readOnly': { en: "The disk that holds '{path}' is read-only. {unchanged}", 'zh-Hant': '「{path}」所在的磁碟為唯讀。{unchanged}', 'zh-Hans': '“{path}”所在的磁盘为只读。{unchanged}' },
  'cli.file.folderGone': { en: "The folder for '{path}' no longer exists. {unchanged}", 'zh-Hant': '「{path}」所在的資料夾已不存在。{unchanged}', 'zh-Hans': '“{path}”所在的文件夹已不存在。{unchanged}' },
  'cli.file.partIsFile': {
    en: "Part of the folder path of '{path}' is a file, not a folder. {unchanged}",
    'zh-Hant': '「{path}」的資料夾路徑中有一部分是檔案而不是資料夾。{unchanged}',
    'zh-Hans': '“{path}”的文件夹路径中有一部分是文件而不是文件夹。{unchanged}',
  },
  'cli.file.pathIsFolder': { en: "'{path}' is a folder, not a file. {unchanged}", 'zh-Hant': '「{path}」是資料夾而不是檔案。{unchanged}', 'zh-Hans': '“{path}”是文件夹而不是文件。{unchanged}' },
  // Added to a failed write's sentence when the temporary file could not be cleaned up; {why} joins cli.file.closeFailed / removeFailed.
  'cli.file.leftOver': {
    en: " The temporary file '{tmp}' was left behind because {why}; delete it by hand.",
    'zh-Hant': '暫存檔「{tmp}」未能刪除（{why}），請自行刪除。',
    'zh-Hans': '临时文件“{tmp}”未能删除（{why}），请手动删除。',
  },
  'cli.file.closeFailed': { en: 'closing it failed ({code})', 'zh-Hant': '關閉失敗：{code}', 'zh-Hans': '关闭失败：{code}' },
  'cli.file.removeFailed': { en: 'removing it failed ({code})', 'zh-Hant': '移除失敗：{code}', 'zh-Hans': '删除失败：{code}' },
  'cli.file.and': { en: ' and ', 'zh-Hant': '；', 'zh-Hans': '；' },
  'cli.file.notFlushed': {
    en: "'{path}' was written, but its folder could not be flushed to the disk ({code}), so check the file after a power cut or crash.",
    'zh-Hant': '「{path}」已寫入，但其資料夾未能寫回磁碟（{code}）：若遇停電或當機，請檢查該檔案。',
    'zh-Hans': '“{path}”已写入，但其文件夹未能写回磁盘（{code}）：如遇断电或死机，请检查该文件。',
  },
} as const;
