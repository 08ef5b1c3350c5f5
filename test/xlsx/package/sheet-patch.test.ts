import { EMPTY_SHEET, SheetPatch } from '../../../src/ports/xlsx/sheet-patch';
import { StyleBook } from '../../../src/ports/xlsx/style-book';
import { setDefinedNames } from '../../../src/ports/xlsx/workbook-part';

const SHEET = '<?xml version="1.0"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<dimension ref="A1:C2"/><cols><col min="1" max="5" width="12" customWidth="1"/></cols><sheetData>'
  + '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1" s="1"><v>3</v></c></row>'
  + '<row r="2"><c r="A2"><f>B2*2</f></c></row></sheetData>'
  + '<conditionalFormatting sqref="A1:A9"><cfRule type="expression" dxfId="0" priority="4"><formula>TRUE</formula></cfRule></conditionalFormatting>'
  + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

const styles = () => new StyleBook(null);

/** The patch's XML as one string, or null when it changed nothing. */
function serialize(patch: SheetPatch): string | null {
  let xml = '';
  return patch.serializeTo((text) => (xml += text)) ? xml : null;
}

describe('sheet patch', () => {
  it('writes nothing back when no op changed the sheet', () => {
    const patch = new SheetPatch(SHEET, styles());
    patch.setColumnWidth(0, 12);
    expect(serialize(patch)).toBeNull();
  });

  it('inserts a cell between existing ones, keeping every other cell as it was', () => {
    const patch = new SheetPatch(SHEET, styles());
    patch.setValue(0, 1, 'B text');
    const xml = serialize(patch)!;
    expect(xml).toContain('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>B text</t></is></c><c r="C1" s="1"><v>3</v></c></row>');
    expect(xml).toContain('<row r="2"><c r="A2"><f>B2*2</f></c></row>');
    expect(xml).toContain('<conditionalFormatting sqref="A1:A9"><cfRule type="expression" dxfId="0" priority="4">');
  });

  it('writes text that looks like a formula as text, and formulas with their cached value', () => {
    const patch = new SheetPatch(EMPTY_SHEET, styles());
    patch.setValue(0, 0, '=HYPERLINK("x")');
    patch.setValue(0, 1, { formula: '=A1&"<"', value: 'n/a' });
    patch.setValue(0, 2, { formula: '=1+1', value: 2 });
    const xml = serialize(patch)!;
    expect(xml).toContain('<c r="A1" t="inlineStr"><is><t>=HYPERLINK(&quot;x&quot;)</t></is></c>');
    expect(xml).toContain('<c r="B1" t="str"><f>A1&amp;&quot;&lt;&quot;</f><v>n/a</v></c>');
    expect(xml).toContain('<c r="C1"><f>1+1</f><v>2</v></c>');
  });

  it('refuses a non-finite number: it is a bug upstream, never a cell', () => {
    const patch = new SheetPatch(EMPTY_SHEET, styles());
    expect(() => patch.setValue(0, 0, Infinity)).toThrow(/non-finite/);
    expect(() => patch.setValue(0, 0, { formula: '=1/0', value: NaN })).toThrow(/non-finite/);
  });

  it('notes when a formula cell loses its formula (the calculation chain must go)', () => {
    const patch = new SheetPatch(SHEET, styles());
    patch.setValue(1, 0, null);
    expect(patch.formulaRemoved).toBe(true);
    expect(serialize(patch)!).not.toContain('B2*2');
  });

  it('splits a column range to give one column its own width', () => {
    const patch = new SheetPatch(SHEET, styles());
    patch.setColumnWidth(2, 20);
    expect(serialize(patch)!).toContain('<cols><col min="1" max="2" width="12" customWidth="1"/><col min="3" max="3" width="20" customWidth="1"/><col min="4" max="5" width="12" customWidth="1"/></cols>');
  });

  it('gives the same text when the same ops run on its own output (a second run changes nothing)', () => {
    const book = styles();
    const run = (xml: string) => {
      const patch = new SheetPatch(xml, book);
      patch.setValue(0, 5, 'Tier');
      patch.setValue(1, 5, { formula: '=C1*2', value: 6 });
      patch.setStyle(1, 5, { numFmt: '0.0%' });
      patch.setColumnWidth(5, 8);
      patch.setFillRules({ top: 1, left: 5, bottom: 1, right: 5 }, [{ equals: 'A', dxfId: book.dxf('#C6EFCE', '#006100') }]);
      patch.merge({ top: 3, left: 0, bottom: 3, right: 2 });
      return serialize(patch) ?? xml;
    };
    const once = run(SHEET);
    expect(run(once)).toBe(once);
    expect(once).toContain('<dimension ref="A1:F2"/>');
    expect(once).toMatch(/<cfRule type="cellIs" dxfId="0" priority="5" operator="equal"><formula>&quot;A&quot;<\/formula><\/cfRule>/);
  });
});

describe('defined names', () => {
  const WB = '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets><definedNames>'
    + '<definedName name="Rate">0.05</definedName>\n<definedName name="CreditDesk_Tier">S!$A$1</definedName>'
    + '<definedName name="_xlnm.Print_Area" localSheetId="0">S!$A:$C</definedName></definedNames><calcPr calcId="1"/></workbook>';

  it('re-points an existing name in place and keeps every other name byte for byte', () => {
    const out = setDefinedNames(WB, [{ name: 'CreditDesk_Tier', localSheetId: null, text: 'S!$B$1' }, { name: 'CreditDesk_New', localSheetId: null, text: "'a b'!$C$3" }]);
    expect(out).toBe(WB.replace('S!$A$1', 'S!$B$1').replace('</definedNames>', '<definedName name="CreditDesk_New">\'a b\'!$C$3</definedName></definedNames>'));
  });

  it('leaves the part unchanged when the names already say so', () => {
    expect(setDefinedNames(WB, [{ name: 'creditdesk_tier', localSheetId: null, text: 'S!$A$1' }])).toBe(WB);
  });

  it('keeps a sheet-scoped name apart from a workbook one of the same name', () => {
    const out = setDefinedNames(WB, [{ name: '_xlnm.Print_Area', localSheetId: null, text: 'S!$A$1:$B$2' }]);
    expect(out).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">S!$A:$C</definedName>');
    expect(out).toContain('<definedName name="_xlnm.Print_Area">S!$A$1:$B$2</definedName>');
  });
});
