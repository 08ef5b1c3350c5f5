import { FORMULA_WITHOUT_VALUE } from '../../../src/core/cells/cell';
import { scanCells, type CellVisit } from '../../../src/ports/xlsx/sheet-scan';

const sheet = (rows: string) => new TextEncoder().encode(
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="1" max="3" width="9"/></cols><sheetData>${rows}</sheetData></worksheet>`,
);

function scan(rows: string, strings: string[] = []): CellVisit[] {
  const out: CellVisit[] = [];
  scanCells(sheet(rows), strings, (c) => out.push({ ...c }));
  return out;
}

describe('worksheet scanner', () => {
  it('reads every kind of cell value', () => {
    const cells = scan(
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>12.5</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#N/A</v></c>'
      + '<c r="E1" t="inlineStr"><is><r><t>ri</t></r><r><rPr><b/></rPr><t xml:space="preserve">ch &amp; more</t></r></is></c>'
      + '<c r="F1" t="str"><f>A1&amp;""</f><v>x&lt;y</v></c><c r="G1" t="d"><v>2024-01-15</v></c></row>',
      ['zero', '客戶'],
    );
    expect(cells.map((c) => c.value)).toEqual(['客戶', 12.5, true, '#N/A', 'rich & more', 'x<y', 45306]);
    expect(cells.map((c) => c.formula)).toEqual([false, false, false, false, false, true, false]);
  });

  it('reads a formula without a cached value as FORMULA_WITHOUT_VALUE and an empty result as blank', () => {
    const cells = scan('<row r="2"><c r="W2"><f>A2&amp;"-x"</f></c><c r="X2" t="str"><f>""</f><v></v></c><c r="Y2" s="3"/></row>');
    expect(cells.map((c) => [c.row, c.col, c.value, c.formula, c.style])).toEqual([
      [1, 22, FORMULA_WITHOUT_VALUE, true, 0],
      [1, 23, null, true, 0],
      [1, 24, null, false, 3],
    ]);
  });

  it('places rows and cells that carry no reference by their position', () => {
    const cells = scan('<row><c><v>1</v></c><c><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>');
    expect(cells.map((c) => [c.row, c.col, c.value])).toEqual([[0, 0, 1], [0, 1, 2], [4, 2, 3], [4, 3, 4], [5, 0, 5]]);
  });
});
