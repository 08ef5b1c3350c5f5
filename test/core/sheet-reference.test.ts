import { absoluteRef, quoteSheet } from '../../src/core/cells/address';

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
