interface Rows {
  rowIndex: number;
  rowCount: number;
}

/** Row indexes of the areas, clipped to the used range (a whole-column selection is not a million rows). */
function rowsWithin(areas: readonly Rows[], used: Rows): number[] {
  const rows = new Set<number>();
  const usedEnd = used.rowIndex + used.rowCount;
  for (const area of areas) {
    const end = Math.min(area.rowIndex + area.rowCount, usedEnd);
    for (let row = Math.max(area.rowIndex, used.rowIndex); row < end; row++) rows.add(row);
  }
  return [...rows].sort((a, b) => a - b);
}

// Navigation properties (worksheet, areas) queue their loads before the one sync; the office-addins rules read them as reads.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
/** Queues the loads of the selection: every area of a Ctrl-selection (ExcelApi 1.9). */
function loadSelection(context: Excel.RequestContext): { worksheet: Excel.Worksheet; areas: () => readonly Rows[] } {
  const ranges = context.workbook.getSelectedRanges();
  ranges.worksheet.load('name');
  ranges.areas.load('items/rowIndex,items/rowCount');
  return { worksheet: ranges.worksheet, areas: () => ranges.areas.items };
}
/* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */

/** 0-based rows the user has selected on `sheet`: empty when the selection is on another sheet or the sheet is empty. */
export async function selectedRows(context: Excel.RequestContext, sheet: string): Promise<number[]> {
  const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
  used.load('rowIndex,rowCount');
  const selection = loadSelection(context);
  await context.sync();
  if (selection.worksheet.name !== sheet || used.isNullObject) return [];
  return rowsWithin(selection.areas(), used);
}
