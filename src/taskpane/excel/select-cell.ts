/** Activates a sheet and, when given, selects a cell (A1 address) on it. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell?: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  if (cell) worksheet.getRange(cell).select();
  await context.sync();
}
