import type { SheetInfo, TableInfo } from '../workbook-port';
import type { OfficeLimits } from './limits';
import { syncWithin } from './transport';

/**
 * Sheets with their extent and tables in two syncs, whatever their number:
 * the first lists sheets and tables, the second reads every used range
 * (values only, so formatting alone does not count) and table range at once.
 */
export async function listSheets(context: Excel.RequestContext, limits: OfficeLimits): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  await syncWithin(context, limits);
  const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  const parts = tables.items.map((t) => ({
    name: t.name,
    sheet: t.worksheet.load('name'),
    header: t.getHeaderRowRange().load('rowIndex,columnIndex,columnCount'),
    body: t.getDataBodyRange().load('rowIndex,rowCount'),
  }));
  await syncWithin(context, limits);
  return sheets.items.map((sheet, i) => {
    const range = used[i];
    const empty = range.isNullObject;
    const tablesHere: TableInfo[] = parts.filter((p) => p.sheet.name === sheet.name).map((p) => ({
      name: p.name,
      headerRow: p.header.rowIndex,
      firstCol: p.header.columnIndex,
      lastCol: p.header.columnIndex + p.header.columnCount - 1,
      lastRow: p.body.rowIndex + p.body.rowCount - 1,
    }));
    return {
      name: sheet.name,
      rowCount: empty ? 0 : range.rowIndex + range.rowCount,
      columnCount: empty ? 0 : range.columnIndex + range.columnCount,
      tables: tablesHere,
    };
  });
}
