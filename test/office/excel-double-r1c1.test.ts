import { compileR1C1 } from '../support/excel-double/r1c1';
import { createExcelDouble, formulaAt, type ExcelDouble } from '../support/excel-double';

const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('the double reads R1C1 formulas as Excel does', () => {
  test('relative and absolute rows and columns, ranges, other sheets; only whole tokens outside text literals', () => {
    const a1 = compileR1C1('=R[1]C[-1]+R2C3+RC+SUM(RC[1]:RC[3])+Fin!R[-4]C2&"RC[1]"&ROUND(RC5,0)&CreditDesk_RC1&TRUE');
    expect(a1(4, 2)).toBe('=B6+$C$2+C5+SUM(D5:F5)+Fin!$B1&"RC[1]"&ROUND($E5,0)&CreditDesk_RC1&TRUE');
    expect(a1(10, 1)).toBe('=A12+$C$2+B11+SUM(C11:E11)+Fin!$B7&"RC[1]"&ROUND($E11,0)&CreditDesk_RC1&TRUE');
  });

  test('a reference off the grid, whole rows or columns and A1 references are not emulated', () => {
    expect(code(() => compileR1C1('=R[-1]C')(0, 0))).toBe('NotEmulated');
    expect(code(() => compileR1C1('=RC[-1]')(0, 0))).toBe('NotEmulated');
    expect(code(() => compileR1C1('=SUM(R5)'))).toBe('NotEmulated');
    expect(code(() => compileR1C1('=SUM(C[2])'))).toBe('NotEmulated');
    expect(code(() => compileR1C1('=A1+RC'))).toBe('NotEmulated');
  });
});

describe('Range.formulasR1C1 on the double', () => {
  const book = (): ExcelDouble => createExcelDouble({ sheets: [{ name: 'S', rows: [['a']] }] });
  const write = async (b: ExcelDouble, rows: number, value: unknown): Promise<void> => b.run(async (context) => {
    (context.workbook.worksheets.getItem('S').getRangeByIndexes(1, 3, rows, 1) as unknown as { formulasR1C1: unknown }).formulasR1C1 = value;
    await context.sync();
  });

  test('one value goes into every cell of the range, each relative to its cell, and the request carries it once', async () => {
    const small = book();
    await write(small, 4, '=RC[-3]*2&"RC"');
    expect([1, 2, 3, 4].map((r) => formulaAt(small, 'S', r, 3))).toEqual(['=A2*2&"RC"', '=A3*2&"RC"', '=A4*2&"RC"', '=A5*2&"RC"']);
    const large = book();
    await write(large, 40_000, '=RC[-3]*2&"RC"');
    expect(formulaAt(large, 'S', 40_000, 3)).toBe('=A40001*2&"RC"');
    // The same request but for the row count's digits in getRangeByIndexes.
    expect(large.stats.requestBytes[0]! - small.stats.requestBytes[0]!).toBe('40000'.length - '4'.length);
  });

  test('a 2D array is read cell by cell; values that are not formulas are written as typed', async () => {
    const b = book();
    await write(b, 2, [['=R1C1'], ["'RC"]]);
    expect(formulaAt(b, 'S', 1, 3)).toBe('=$A$1');
    expect(formulaAt(b, 'S', 2, 3)).toBeUndefined();
  });
});
