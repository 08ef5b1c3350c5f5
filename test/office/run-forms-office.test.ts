import ExcelJS from 'exceljs';
import { runSteps, type StepsRequest } from '../../src/app/run-steps';
import type { Selection } from '../../src/core/forms/selection';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { createOfficePort } from '../../src/ports/office/office-port';
import { headerFooterText } from '../../src/ports/xlsx/apply-ops';
import { PAYLOAD_LIMIT_BYTES, createExcelDouble, mergedAreas, pageLayoutOf, sheetNames, valueAt, type DescribedCell } from '../support/excel-double';
import { elements, partText, readPackage, sheetPart } from '../support/package-diff';
import { runThroughFile } from '../support/workbooks';

const customers: DescribedCell[][] = [
  ['Customer ID', 'Customer name', 'Address', 'Current assets', 'Inventories', 'Current liabilities', 'Sales ability'],
  ['C1', '=HYPERLINK("http://evil","click")', '+1-2 Main St', 500, 100, 200, 'good'],
  ['C2', 'Beta Ltd', '1 Road', 50, 10, 100, 3],
  ['C3', 'Gamma Ltd', null, null, null, null, null],
];
const sales: DescribedCell[][] = [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 900_000], [46010, 'C2', 90_000], [46020, 'C3', 10_000]];

const request = (selection: Selection, batch: boolean): StepsRequest => ({
  steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(),
  forms: { selection, batch, now: new Date(2026, 10, 22, 9, 30) },
});

function xlsxBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Customers').addRows(customers as unknown[][]);
  wb.addWorksheet('Sales').addRows(sales as unknown[][]);
  return wb;
}

const officeBook = () => createExcelDouble({ sheets: [{ name: 'Customers', rows: customers }, { name: 'Sales', rows: sales }] });

describe('the forms step through the Office.js port', () => {
  test.each([false, true])('batch %s: the same sheets, cells, merges and print areas as the .xlsx port', async (batch) => {
    const book = officeBook();
    const office = await book.run((context) => runSteps(createOfficePort(context), request({ kind: 'all' }, batch)));
    const { summary: xlsx, wb, bytes } = await runThroughFile(xlsxBook(), request({ kind: 'all' }, batch));
    const pkg = readPackage(bytes);

    expect(office).toEqual(xlsx);
    expect(sheetNames(book)).toEqual(wb.worksheets.map((ws) => ws.name));
    // The loop below checks each form sheet: there must be some (one per customer and form, or one per form in a batch).
    const formSheets = office.forms!.sheets.map((s) => s.name);
    expect(formSheets).toEqual(batch
      ? ['Survey (batch)', 'Credit application (batch)']
      : ['Survey', 'Credit application'].flatMap((form) => customers.slice(1).map(() => expect.stringMatching(new RegExp(`^${form}-`)))));
    expect(sheetNames(book).slice(-formSheets.length)).toEqual(formSheets);
    let breaks = 0;
    for (const sheet of office.forms!.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      ws.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => {
        const expected = cell.value;
        // ExcelJS reports a merged area's value on each of its cells; Excel keeps it in the top-left one.
        if (cell.master.address !== cell.address) return;
        if (expected !== null && typeof expected !== 'object') expect([sheet.name, r, c, valueAt(book, sheet.name, r - 1, c - 1)]).toEqual([sheet.name, r, c, expected]);
      }));
      const merges = (ws.model as unknown as { merges: string[] }).merges;
      expect([sheet.name, [...mergedAreas(book, sheet.name)].sort()]).toEqual([sheet.name, [...merges].sort()]);
      const layout = pageLayoutOf(book, sheet.name);
      expect(layout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printGridlines: false, showGridlines: false });
      // ExcelJS does not read manual page breaks back: they come from the sheet's XML.
      const rowBreaks = elements(partText(pkg, sheetPart(pkg, sheet.name)), 'brk').map((b) => Number(b.attrs.get('id')));
      expect([sheet.name, layout.printArea, layout.pageBreaksBefore, layout.margins]).toEqual(
        [sheet.name, ws.pageSetup.printArea?.replace(/\$/g, '') ?? null, rowBreaks, ws.pageSetup.margins]);
      breaks += rowBreaks.length;
      expect([headerFooterText(layout.header), headerFooterText(layout.footer)]).toEqual([ws.headerFooter.oddHeader ?? null, ws.headerFooter.oddFooter ?? null]);
    }
    // A batch sheet holds one form per printed page.
    expect(breaks > 0).toBe(batch);
    expect(book.stats.failedSyncs).toBe(0);
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });
});
