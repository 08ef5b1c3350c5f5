import type { CellValue } from '../../../src/core/cells/cell';
import { normalizeKey } from '../../../src/core/cells/normalize';
import { customerIndex, readLedger } from '../../../src/core/control/ledger';

const AS_OF = 46200;

/** A ledger of one plain invoice per key (row i: key i), read against these customer keys. */
function customersOf(keys: CellValue[], customerKeys: string[]): { byRow: number[]; problems: string[] } {
  const customers = customerIndex(customerKeys.map((k) => normalizeKey(k)!));
  const n = keys.length;
  const l = readLedger({
    sheet: 'AR', firstRow: 1, key: { col: 0, values: keys }, dueDate: { col: 1, values: keys.map(() => AS_OF - 10) }, amount: { col: 2, values: keys.map(() => 100) },
  }, customers, { asOf: AS_OF, latestDate: AS_OF + 366, customerSheet: 'Customers' });
  const byRow = new Array<number>(n).fill(-1);
  l.row.forEach((r, d) => (byRow[r] = l.customer[d]!));
  return { byRow, problems: l.problems.map((p) => `${p.cell} ${p.code}`) };
}

describe('each receivable row joins the customer of its normalised key', () => {
  test('keys as typed: case, spaces, full-width and other Unicode forms, numbers, error values, "#" keys', () => {
    const customerKeys = ['K1', 'AB C', 'Straße', '123', '12.5', '#7', 'İx', 'Ｑ', 'x y', 'nan'];
    const keys: CellValue[] = [
      'K1', 'k1', ' K1 ', 'Ｋ１', 'ab c', 'AB  C', 'ab\u00a0c', 'STRASSE', 'straße', 'Straße', 123, '123', ' 123', 12.5, '12.50', '#7', '#N/A',
      'İX', 'i̇x', 'q', 'Q', 'x\ty', 'X Y', 'NaN', NaN, true, 'unknown', 'k1',
    ];
    const customers = customerIndex(customerKeys.map((k) => normalizeKey(k)!));
    // What normalizeKey says, row by row: -1 where the row does not count (no such customer, or no key).
    const expected = keys.map((k) => { const key = normalizeKey(k); return key === null ? -1 : customers.get(key) ?? -1; });
    const got = customersOf(keys, customerKeys);
    expect(got.byRow).toEqual(expected);
    // An error value or TRUE is no key; a key of no customer is reported as one ("STRASSE" is not "straße", nor "12.50" 12.5).
    expect(got.problems).toEqual(['A9 arUnknownCustomer', 'A16 arUnknownCustomer', 'A18 errorKey', 'A27 arBlankKey', 'A28 arUnknownCustomer']);
    // The cases are about something: most rows join a customer, several join the first.
    expect(expected.filter((c) => c >= 0).length).toBeGreaterThan(15);
    expect(expected.filter((c) => c === 0).length).toBe(5);
  });
});
