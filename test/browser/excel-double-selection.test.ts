import { createExcelDouble, selectionIn } from '../support/excel-double';

/** The double's active sheet and selection, added for the pane's problem links and "selected rows" (browser tests). */
const book = () => createExcelDouble({ sheets: [{ name: 'Customers', rows: [['ID'], ['C1'], ['C2'], ['C3']] }, { name: 'Sales', rows: [['Date']] }] });

test('a new workbook shows its first sheet with A1 selected', () => {
  expect(selectionIn(book())).toEqual({ sheet: 'Customers', address: 'A1' });
});

test('Range.select activates the range sheet and selects the range; Worksheet.activate keeps each sheet its selection', async () => {
  const b = book();
  await b.run(async (context) => {
    context.workbook.worksheets.getItem('Sales').getRange('B7:C9').select();
    await context.sync();
  });
  expect(selectionIn(b)).toEqual({ sheet: 'Sales', address: 'B7:C9' });
  await b.run(async (context) => {
    context.workbook.worksheets.getItem('Customers').activate();
    await context.sync();
  });
  expect(selectionIn(b)).toEqual({ sheet: 'Customers', address: 'A1' });
  await b.run(async (context) => {
    context.workbook.worksheets.getItem('Sales').activate();
    const active = context.workbook.worksheets.getActiveWorksheet().load('name');
    await context.sync();
    expect(active.name).toBe('Sales');
  });
  expect(selectionIn(b)).toEqual({ sheet: 'Sales', address: 'B7:C9' });
});

test('getSelectedRange and getSelectedRanges read the selection only after load and sync', async () => {
  const b = book();
  await b.run(async (context) => {
    context.workbook.worksheets.getItem('Customers').getRange('A2:A3').select();
    const range = context.workbook.getSelectedRange().load('rowIndex,rowCount,address');
    const ranges = context.workbook.getSelectedRanges();
    ranges.worksheet.load('name');
    ranges.areas.load('items/rowIndex,items/rowCount');
    expect(() => range.rowIndex).toThrow('PropertyNotLoaded');
    await context.sync();
    expect([range.rowIndex, range.rowCount, range.address]).toEqual([1, 2, 'Customers!A2:A3']);
    expect(ranges.worksheet.name).toBe('Customers');
    expect(ranges.areas.items.map((a) => [a.rowIndex, a.rowCount])).toEqual([[1, 2]]);
  });
});

test('selecting on a missing sheet fails like Excel, leaving the selection', async () => {
  const b = book();
  await expect(b.run(async (context) => {
    context.workbook.worksheets.getItem('Nope').getRange('A1').select();
    await context.sync();
  })).rejects.toThrow('ItemNotFound');
  expect(selectionIn(b)).toEqual({ sheet: 'Customers', address: 'A1' });
});
