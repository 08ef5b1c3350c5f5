import ExcelJS from 'exceljs';
import type { ProtectSheetOp, StyleOp, ValidationOp } from '../../../src/core/plan/write-ops';
import { workbookBytes } from '../../../src/ports/xlsx/package-file';
import { SheetPatch } from '../../../src/ports/xlsx/sheet-patch';
import { StyleBook } from '../../../src/ports/xlsx/style-book';
import { elements, partText, readPackage } from '../../support/package-diff';
import { openThroughFile } from '../../support/workbooks';

/** A sheet with the elements around <dataValidations> in CT_Worksheet's order, and one validation of the user's on D2:D9. */
const SHEET = '<?xml version="1.0"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'
  + '<conditionalFormatting sqref="A1:A9"><cfRule type="expression" dxfId="0" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>'
  + '<dataValidations count="1" disablePrompts="1"><dataValidation type="whole" operator="between" sqref="D2:D9"><formula1>1</formula1><formula2>9</formula2></dataValidation></dataValidations>'
  + '<hyperlinks><hyperlink ref="A1" location="Sheet1!A1"/></hyperlinks>'
  + '<printOptions gridLines="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

const USERS = '<dataValidation type="whole" operator="between" sqref="D2:D9"><formula1>1</formula1><formula2>9</formula2></dataValidation>';
const ALERT = { title: 'Rating', message: 'Choose a rating from the list.' };

function serialize(patch: SheetPatch): string {
  let xml = '';
  if (!patch.serializeTo((text) => (xml += text))) throw new Error('the patch changed nothing');
  return xml;
}

/** Top-level element names of a worksheet part, in order. */
function order(xml: string): string[] {
  const body = xml.slice(xml.indexOf('<worksheet'));
  return [...body.matchAll(/<([A-Za-z]+)[\s/>]/g)].map((m) => m[1]!).filter((name, i, all) => name !== 'worksheet' && all.indexOf(name) === i)
    .filter((name) => ['sheetData', 'sheetProtection', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins'].includes(name));
}

describe('the package port’s validation op', () => {
  it('merges a list validation into the user’s <dataValidations>, keeping theirs as it was', () => {
    const patch = new SheetPatch(SHEET, new StyleBook(null));
    patch.setValidation({ top: 1, left: 5, bottom: 8, right: 5 }, { list: '=CreditDesk_RatingKeys' }, ALERT);
    const xml = serialize(patch);
    expect(xml).toContain(`<dataValidations count="2" disablePrompts="1">${USERS}<dataValidation type="list"`);
    const mine = elements(xml, 'dataValidation')[1]!;
    expect(Object.fromEntries(mine.attrs)).toEqual({
      type: 'list', errorStyle: 'stop', allowBlank: '1', showErrorMessage: '1', errorTitle: 'Rating', error: 'Choose a rating from the list.', sqref: 'F2:F9',
    });
    expect(mine.inner).toBe('<formula1>CreditDesk_RatingKeys</formula1>');
    expect(order(xml)).toEqual(['sheetData', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins']);
  });

  it('puts a new <dataValidations> after the conditional formats and before hyperlinks, print options and margins', () => {
    const without = SHEET.replace(/<dataValidations.*<\/dataValidations>/, '');
    const patch = new SheetPatch(without, new StyleBook(null));
    patch.setValidation({ top: 1, left: 5, bottom: 1, right: 5 }, { list: '=CreditDesk_RatingKeys' }, ALERT);
    const xml = serialize(patch);
    expect(order(xml)).toEqual(['sheetData', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins']);
    expect(xml).toContain('<dataValidations count="1"><dataValidation type="list"');
  });

  it('replaces its own validation on the same cells, so a second run changes nothing', () => {
    const first = new SheetPatch(SHEET, new StyleBook(null));
    first.setValidation({ top: 1, left: 5, bottom: 8, right: 5 }, { list: '=CreditDesk_RatingKeys' }, ALERT);
    const once = serialize(first);
    const second = new SheetPatch(once, new StyleBook(null));
    second.setValidation({ top: 1, left: 5, bottom: 8, right: 5 }, { list: '=CreditDesk_RatingKeys' }, ALERT);
    expect(second.serializeTo(() => undefined)).toBe(false);
  });

  it('refuses to lay a validation over part of the user’s (the core never plans that)', () => {
    const patch = new SheetPatch(SHEET, new StyleBook(null));
    expect(() => patch.setValidation({ top: 4, left: 3, bottom: 12, right: 3 }, { list: '=X' }, ALERT)).toThrow(/overlap the sheet's validation on D2:D9/);
  });

  it('escapes the alert text and the source', () => {
    const patch = new SheetPatch(SHEET, new StyleBook(null));
    patch.setValidation({ top: 1, left: 6, bottom: 1, right: 6 }, { list: '"a,b"' }, { title: 'A & B', message: 'Pick “1” <or> 2' });
    const xml = serialize(patch);
    expect(xml).toContain('errorTitle="A &amp; B" error="Pick “1” &lt;or&gt; 2"');
    expect(xml).toContain('<formula1>&quot;a,b&quot;</formula1>');
  });
});

describe('the package port’s protectSheet op and unlocked cells', () => {
  it('protects the sheet with no password, after its data, and keeps a protection the sheet has', () => {
    const patch = new SheetPatch(SHEET, new StyleBook(null));
    patch.protect();
    const xml = serialize(patch);
    expect(xml).toContain('</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/><conditionalFormatting');
    const theirs = SHEET.replace('</sheetData>', '</sheetData><sheetProtection password="CC3D" sheet="1"/>');
    const again = new SheetPatch(theirs, new StyleBook(null));
    again.protect();
    expect(again.serializeTo(() => undefined)).toBe(false);
  });

  it('writes a style locked: false as the cell format’s protection, and the ops through the port', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Scorecard');
    ws.getCell('A1').value = 'Weight';
    ws.getCell('B1').value = 8;
    ws.getCell('C3').dataValidation = { type: 'whole', operator: 'between', formulae: [1, 9], allowBlank: true };
    const file = await openThroughFile(wb);
    const style: StyleOp = { op: 'style', sheet: 'Scorecard', row: 0, col: 1, rows: 1, cols: 1, style: { locked: false, fill: '#FFF2CC' } };
    const validation: ValidationOp = { op: 'validation', sheet: 'Scorecard', row: 0, col: 1, rows: 1, cols: 1, list: { source: '1,2,3,4,5' }, alert: ALERT };
    const protect: ProtectSheetOp = { op: 'protectSheet', sheet: 'Scorecard' };
    await file.port.apply([style, validation, protect]);
    const pkg = readPackage(await workbookBytes(file.book));
    const sheet = partText(pkg, 'xl/worksheets/sheet1.xml');
    expect(elements(sheet, 'sheetProtection')).toHaveLength(1);
    expect(elements(sheet, 'dataValidation').map((v) => v.attrs.get('sqref'))).toEqual(['C3', 'B1']);
    const b1 = /<c r="B1" s="(\d+)"/.exec(sheet)![1]!;
    const cellXfs = elements(partText(pkg, 'xl/styles.xml'), 'cellXfs')[0]!.inner;
    const xf = elements(cellXfs, 'xf')[Number(b1)]!;
    expect(xf.attrs.get('applyProtection')).toBe('1');
    expect(xf.inner).toContain('<protection locked="0"/>');
    // A1 keeps its style: locked, as every cell is by default.
    expect(/<c r="A1"( s="(\d+)")?/.exec(sheet)![2]).toBeUndefined();
  });
});
