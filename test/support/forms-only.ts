import type ExcelJS from 'exceljs';

/**
 * Removes every sheet but the given ones from a workbook in memory, to print
 * just the forms (LibreOffice prints every sheet). Done in memory because
 * ExcelJS does not read page breaks back from a file. Form sheets hold values
 * only, so nothing they show depends on the sheets removed.
 */
export function keepOnlySheets(wb: ExcelJS.Workbook, keep: string[]): void {
  for (const ws of [...wb.worksheets]) if (!keep.includes(ws.name)) wb.removeWorksheet(ws.id);
  (wb.definedNames as unknown as { model: unknown[] }).model = [];
}
