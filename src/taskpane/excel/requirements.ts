/**
 * The ExcelApi set the pane needs: the manifest's <Set Name="ExcelApi"
 * MinVersion> (Excel 2019 / 2021 / Microsoft 365 / Excel on the web), which
 * gives page layout, page breaks, data validation and multi-area selections.
 * Excel without it does not load the add-in; the pane checks it again in
 * case the page is opened anyway. Higher sets (1.10, 1.11, 1.13, 1.18) are
 * checked where they are used.
 */
export const MINIMUM_EXCEL_API = '1.9';

export const supportsExcelApi = (version: string): boolean => Office.context.requirements.isSetSupported('ExcelApi', version);
