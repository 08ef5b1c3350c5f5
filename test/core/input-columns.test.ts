import type { SheetLayout } from '../../src/core/columns/layout';
import type { Role } from '../../src/core/columns/roles';
import { FACTORS } from '../../src/core/columns/roles';
import { inputColumnRoles } from '../../src/core/credit/input-needs';
import { INPUT_ROLES } from '../../src/core/credit/statement-inputs';
import { checkInputColumns, inputColumnOps, layoutHas, placeInputColumns } from '../../src/core/plan/input-columns';
import { InputError } from '../../src/core/problems';

const RATINGS = FACTORS.map((f) => `rating:${f}`);

function layout(over: Partial<SheetLayout> = {}): SheetLayout {
  return {
    sheet: 'Customers', headerRow: 2, firstDataRow: 3, lastRow: 9,
    headers: ['Customer ID', 'Customer name', 'Quick assets', '', ''], columns: { customerId: 0, customerName: 1, quickAssets: 2 },
    ambiguous: {}, language: 'en', ...over,
  };
}

describe('inputColumnRoles', () => {
  const only = (roles: Role[]) => (role: Role) => roles.includes(role);

  it('adds nothing when every ratio and rating has its columns, opening total assets and a period left out', () => {
    const all = INPUT_ROLES.filter((r) => r !== 'openingTotalAssets');
    expect(inputColumnRoles(only(all), true)).toEqual([]);
  });

  it('adds the first alternative of an unmet need, and a figure two ratios need once', () => {
    expect(inputColumnRoles(only([...RATINGS] as Role[]), false)).toEqual([
      'quickAssets', 'currentLiabilities', 'totalLiabilities', 'totalAssets', 'openingTotalAssets', 'salesRevenue', 'netProfit',
    ]);
  });

  it('adds a period on a financials sheet only', () => {
    const roles = only(['currentLiabilities']);
    expect(inputColumnRoles(roles, true).at(-1)).toBe('period');
    expect(inputColumnRoles(roles, false)).not.toContain('period');
  });

  it('counts a role named by two headers as there', () => {
    const has = layoutHas(layout({ ambiguous: { netProfit: [3, 4] } }));
    expect(inputColumnRoles(has, false)).not.toContain('netProfit');
  });
});

describe('placeInputColumns and inputColumnOps', () => {
  it('places the columns right of the last header and of the add-in’s own columns', () => {
    const markers = [{ name: 'CreditDesk_Tier', sheet: 'Customers', row: 2, col: 6 }, { name: 'CreditDesk_Other', sheet: 'Other', row: 2, col: 30 }];
    const columns = placeInputColumns(layout(), ['netProfit', 'rating:bankCredit'], markers);
    expect(columns).toEqual([{ role: 'netProfit', col: 7, header: 'Net profit' }, { role: 'rating:bankCredit', col: 8, header: 'Bank credit' }]);
  });

  it('writes a range’s headers as cells, and a table’s as new table columns first', () => {
    const plain = layout();
    const columns = placeInputColumns(plain, ['netProfit', 'rating:bankCredit'], []);
    const ops = inputColumnOps(plain, columns, 'Credit Scorecard');
    expect(ops.map((op) => op.op)).toEqual(['values', 'columnWidth', 'numberFormat', 'values', 'columnWidth', 'validation']);
    expect(ops[2]).toMatchObject({ row: 3, rows: 7, col: 3, format: '#,##0' });
    expect(ops[5]).toMatchObject({ op: 'validation', row: 3, rows: 7, col: 4, list: { source: '=CreditDesk_RatingKeys' } });
    const alert = (ops[5] as { alert: { title: string; message: string } }).alert;
    expect(alert.message).toContain('Credit Scorecard');
    expect(alert.title.length).toBeLessThanOrEqual(32);
    const table = layout({ table: { name: 'Clients', firstCol: 0, lastCol: 2 } });
    const tableOps = inputColumnOps(table, placeInputColumns(table, ['netProfit'], []), 'Credit Scorecard');
    expect(tableOps[0]).toEqual({ op: 'tableColumns', sheet: 'Customers', table: 'Clients', headers: ['Net profit'] });
  });

  it('writes only headers when the sheet has no data rows', () => {
    const empty = layout({ lastRow: 2 });
    const ops = inputColumnOps(empty, placeInputColumns(empty, ['rating:bankCredit'], []), 'S');
    expect(ops.map((op) => op.op)).toEqual(['values', 'columnWidth']);
  });

  it('refuses by cell a column holding the user’s work, naming what it holds', () => {
    const columns = placeInputColumns(layout(), ['netProfit', 'rating:bankCredit'], []);
    expect(() => checkInputColumns(layout(), columns, [null, null])).not.toThrow();
    let error: unknown;
    try {
      checkInputColumns(layout(), columns, [null, { row: 5, col: 4, kind: 'validation' }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).args).toMatchObject({ cell: 'E6', column: 'E', header: 'Bank credit', held: 'validation' });
  });
});
