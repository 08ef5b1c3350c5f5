import { readDefinedNames, setDefinedNames } from '../../../src/ports/xlsx/workbook-part';

const WB = '<?xml version="1.0"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<sheets><sheet name="S" sheetId="1" r:id="rId1"/><sheet name="T" sheetId="2" r:id="rId2"/><sheet name="U" sheetId="3" r:id="rId3"/></sheets>'
  + '<definedNames><definedName name="CreditDesk_Tier">S!$A$1</definedName></definedNames><calcPr calcId="1"/></workbook>';

describe('workbook part: defined names the run adds', () => {
  it('adds a print area for each sheet of one plan, as names of their own scope (not the last one only)', () => {
    const out = setDefinedNames(WB, [
      { name: '_xlnm.Print_Area', localSheetId: 1, text: 'T!$A$1:$G$40' },
      { name: '_xlnm.Print_Area', localSheetId: 2, text: 'U!$A$1:$G$80' },
    ]);
    expect(readDefinedNames(out)).toEqual([
      { name: 'CreditDesk_Tier', localSheetId: null, text: 'S!$A$1' },
      { name: '_xlnm.Print_Area', localSheetId: 1, text: 'T!$A$1:$G$40' },
      { name: '_xlnm.Print_Area', localSheetId: 2, text: 'U!$A$1:$G$80' },
    ]);
  });

  it('a name added twice in one plan, in the same scope, is added once, as the last edit says', () => {
    const out = setDefinedNames(WB, [
      { name: '_xlnm.Print_Area', localSheetId: 1, text: 'T!$A$1:$G$40' },
      { name: '_xlnm.print_area', localSheetId: 1, text: 'T!$A$1:$G$50' },
      { name: 'CreditDesk_New', localSheetId: null, text: 'S!$B$1' },
      { name: 'CreditDesk_New', localSheetId: null, text: 'S!$C$1' },
    ]);
    expect(readDefinedNames(out).slice(1)).toEqual([
      { name: '_xlnm.print_area', localSheetId: 1, text: 'T!$A$1:$G$50' },
      { name: 'CreditDesk_New', localSheetId: null, text: 'S!$C$1' },
    ]);
  });
});

test('a sheet is added to a workbook part that has no <sheets> element, at its place in the schema', async () => {
  const { addSheetRecord, readSheetRecords } = await import('../../../src/ports/xlsx/workbook-part');
  const bare = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><bookViews><workbookView/></bookViews><calcPr calcId="1"/></workbook>';
  const out = addSheetRecord(bare, 'Scorecard', 1, 'rId9');
  expect(out).toContain('</bookViews><sheets><sheet name="Scorecard" sheetId="1" r:id="rId9"/></sheets><calcPr');
  expect(readSheetRecords(out)).toEqual([{ name: 'Scorecard', sheetId: 1, relId: 'rId9' }]);
});
