/** Labels of the browser preview's file bar, merged with the core's dictionary in src/taskpane/i18n/labels.ts. */
export const PREVIEW_LABELS = {
  'pane.preview.intro': {
    en: 'Preview outside Excel: open a workbook, run the steps here, then download the result. The file stays in this browser; nothing is uploaded.',
    'zh-Hant': '在 Excel 之外預覽：開啟活頁簿，在此執行各步驟，再下載結果。檔案只留在此瀏覽器中，不會上傳。',
    'zh-Hans': '在 Excel 之外预览：打开工作簿，在此运行各步骤，再下载结果。文件只留在此浏览器中，不会上传。',
  },
  'pane.preview.open': { en: 'Open workbook…', 'zh-Hant': '開啟活頁簿…', 'zh-Hans': '打开工作簿…' },
  'pane.preview.download': { en: 'Download result', 'zh-Hant': '下載結果', 'zh-Hans': '下载结果' },
  'pane.preview.noFile': { en: 'No workbook open.', 'zh-Hant': '尚未開啟活頁簿。', 'zh-Hans': '尚未打开工作簿。' },
  'pane.preview.file': { en: 'Workbook: {name}', 'zh-Hant': '活頁簿：{name}', 'zh-Hans': '工作簿：{name}' },
  'pane.preview.opening': { en: 'Opening {name}…', 'zh-Hant': '正在開啟 {name}…', 'zh-Hans': '正在打开 {name}…' },
  'pane.preview.downloadFailed': { en: 'The result could not be saved: {reason}', 'zh-Hant': '無法儲存結果：{reason}', 'zh-Hans': '无法保存结果：{reason}' },
} as const;
