import ExcelJS from 'exceljs';

/**
 * A copy of a workbook holding only the given sheets, for printing just the
 * forms (LibreOffice prints every sheet, hidden ones too when active). Form
 * sheets hold values only, so nothing they show depends on the sheets left out.
 */
export async function copyWithOnlySheets(source: string, keep: string[], destination: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  for (const ws of [...wb.worksheets]) if (!keep.includes(ws.name)) wb.removeWorksheet(ws.id);
  (wb.definedNames as unknown as { model: unknown[] }).model = [];
  await wb.xlsx.writeFile(destination);
}
