import type { Language } from '../core/columns/layout';

/**
 * What the ribbon's Run all says about Excel's 5-minute limit, in the three
 * languages. (The rest of its messages are the pane's labels, src/core/i18n.)
 */
const TEXT = {
  tooLarge: {
    en: 'This workbook is too large for Run all on the ribbon: {cells} cells to read and up to {customers} customers to write (the ribbon takes up to {maxCells} cells and {maxCustomers} customers). Excel stops a ribbon command after 5 minutes, which could cut a run this size off while it writes, so nothing was run and nothing was written.',
    'zh-Hant': '此活頁簿太大，無法從功能區「全部執行」：需讀取 {cells} 個儲存格，最多寫入 {customers} 位客戶（功能區上限為 {maxCells} 個儲存格、{maxCustomers} 位客戶）。Excel 會在 5 分鐘後結束功能區命令，可能在寫入途中中斷，因此未執行任何步驟，也未寫入任何內容。',
    'zh-Hans': '此工作簿太大，无法从功能区“全部执行”：需读取 {cells} 个单元格，最多写入 {customers} 位客户（功能区上限为 {maxCells} 个单元格、{maxCustomers} 位客户）。Excel 会在 5 分钟后结束功能区命令，可能在写入途中中断，因此未执行任何步骤，也未写入任何内容。',
  },
  paneOpened: {
    en: 'The Credit Desk pane is open: select Run all there.',
    'zh-Hant': '已開啟 Credit Desk 窗格：請在窗格中選取「全部執行」。',
    'zh-Hans': '已打开 Credit Desk 窗格：请在窗格中选择“全部执行”。',
  },
  openPane: {
    en: 'Open Credit Desk from the Home tab and select Run all in the pane.',
    'zh-Hant': '請從「常用」索引標籤開啟 Credit Desk，並在窗格中選取「全部執行」。',
    'zh-Hans': '请从“开始”选项卡打开 Credit Desk，并在窗格中选择“全部执行”。',
  },
  tooSlow: {
    en: 'Run all stopped before writing anything: reading the workbook took more than {minutes} minutes of the 5 Excel gives a ribbon command. Nothing was written.',
    'zh-Hant': '「全部執行」已在寫入前停止：讀取活頁簿花了超過 {minutes} 分鐘，而 Excel 只給功能區命令 5 分鐘。未寫入任何內容。',
    'zh-Hans': '“全部执行”已在写入前停止：读取工作簿用了超过 {minutes} 分钟，而 Excel 只给功能区命令 5 分钟。未写入任何内容。',
  },
  closesItself: {
    en: 'This message closes by itself after {seconds} seconds.',
    'zh-Hant': '此訊息將於 {seconds} 秒後自動關閉。',
    'zh-Hans': '此消息将于 {seconds} 秒后自动关闭。',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type RibbonTextId = keyof typeof TEXT;
export const RIBBON_TEXT_IDS = Object.keys(TEXT) as RibbonTextId[];

/** The text in the language, with each {name} replaced; a placeholder without a value throws. */
export function ribbonText(id: RibbonTextId, language: Language, values: Record<string, string> = {}): string {
  return TEXT[id][language].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`ribbonText: ${id} needs {${name}}`);
    return value;
  });
}
