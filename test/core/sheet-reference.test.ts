import { absoluteRef, quotedSheet, quoteSheet, unquoteSheet } from '../../src/core/cells/address';
import { parseNameRange } from '../../src/ports/xlsx/workbook-part';
import { candidateTarget, placeOf } from '../../src/taskpane/summary/cell-target';

describe('quoteSheet', () => {
  it('leaves plain names bare and quotes any other, doubling apostrophes', () => {
    expect(quoteSheet('Sales')).toBe('Sales');
    expect(quoteSheet('Sales_2024.v2')).toBe('Sales_2024.v2');
    expect(quoteSheet('Sales 2024')).toBe("'Sales 2024'");
    expect(quoteSheet('財務')).toBe("'財務'");
    expect(quoteSheet("Bob's")).toBe("'Bob''s'");
  });

  it('quotes names Excel would read as a cell, so formulas on them stay valid', () => {
    expect(quoteSheet('FY2024')).toBe("'FY2024'");
    expect(quoteSheet('A1')).toBe("'A1'");
    expect(quoteSheet('R1C1')).toBe("'R1C1'");
    expect(absoluteRef('Q1', 1, 2)).toBe("'Q1'!$C$2");
  });
});

describe('one quoting rule for sheet names, wherever a reference names one', () => {
  // Excel's longest sheet name is 31 characters; an apostrophe may not start or end one.
  const NAMES = ['Sales', 'Sales 2024', "Bob's customers", '銷售明細', '客戶 資料', 'x'.repeat(31), "It's a long, long sheet name!".padEnd(31, '甲'), 'A1', '2024'];

  it('quotes every name that is not plain ASCII, and reads each back as it was', () => {
    expect(NAMES.filter((n) => n.length > 31)).toEqual([]);
    expect(NAMES.map(quoteSheet)).toEqual(['Sales', "'Sales 2024'", "'Bob''s customers'", "'銷售明細'", "'客戶 資料'", 'x'.repeat(31),
      `'It''s a long, long sheet name!甲甲'`, "'A1'", "'2024'"]);
    for (const name of NAMES) expect(unquoteSheet(quoteSheet(name))).toBe(name);
    expect(quotedSheet('Sales')).toBe("'Sales'");
    expect(unquoteSheet("'Sales'")).toBe('Sales');
  });

  it('is the pane\'s too: its links write and read the same references', () => {
    for (const name of NAMES) {
      const place = placeOf({ sheet: name, cell: 'B5' });
      expect(place).toBe(`${quoteSheet(name)}!B5`);
      expect(candidateTarget(place, [])).toEqual({ sheet: name, cell: 'B5' });
    }
  });

  it('is the package port\'s too: a defined name written by the rule is read back to its sheet', () => {
    for (const name of NAMES) expect(parseNameRange(absoluteRef(name, 4, 1))).toEqual({ sheet: name, row: 4, col: 1 });
  });
});
