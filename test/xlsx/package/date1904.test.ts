import ExcelJS from 'exceljs';
import { createPackagePort } from '../../../src/ports/xlsx/package-port';
import { openWorkbook } from '../../../src/ports/xlsx/open-workbook';

/** Excel serial (1900 system) of a UTC date. */
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86400000 + 25569;

async function bookWithDates(date1904: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('Sales');
  ws.addRow(['Date', 'Amount']);
  const row = ws.addRow([new Date(Date.UTC(2025, 2, 1)), 1462]);
  row.getCell(1).numFmt = 'yyyy-mm-dd';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('dates of a workbook on the 1904 date system', () => {
  it('read as the 1900-system serials the core works in; plain numbers are not shifted', async () => {
    for (const date1904 of [false, true]) {
      const bytes = await bookWithDates(date1904);
      const wb = openWorkbook(bytes, 'dates.xlsx');
      expect(wb.date1904).toBe(date1904);
      const [dates, amounts] = await createPackagePort(wb).readColumns({ sheet: 'Sales', firstRow: 1, rows: 1, cols: [0, 1] });
      expect(dates).toEqual([serial('2025-03-01')]);
      expect(amounts).toEqual([1462]);
    }
  });
});
