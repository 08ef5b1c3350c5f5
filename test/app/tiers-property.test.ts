import fc from 'fast-check';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { changedParts } from '../support/package-diff';
import { makeWorkbook, roundTrip, runThroughFile, snapshot, type Grid } from '../support/workbooks';

const OWNED_HEADERS = new Set(['Net sales', 'Share', 'Cumulative share', 'Rank', 'ABC tier']);

const key = fc.constantFrom('K1', 'K2', 'k2 ', 'K3', 'Ｋ4', 'K5', '', 'K9');
const amount = fc.oneof(
  fc.double({ min: -500, max: 5000, noNaN: true }),
  fc.constantFrom('1,234.50', 'abc', '#N/A', '', '１２'),
);
const workbook = fc.record({
  headerRow: fc.integer({ min: 1, max: 4 }),
  customerKeys: fc.array(key, { minLength: 1, maxLength: 8 }),
  notes: fc.array(fc.option(fc.string({ maxLength: 5 })), { maxLength: 8 }),
  salesRows: fc.array(fc.tuple(key, amount), { maxLength: 40 }),
});

describe('properties of a tiering run on generated workbooks', () => {
  test('no cell outside the owned columns changes, and a second run changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (w) => {
        const customerRows: Grid = [['Customer ID', 'Notes'], ...w.customerKeys.map((k, i) => [k || null, w.notes[i] ?? null])];
        const wb = makeWorkbook([
          { name: 'Customers', rows: customerRows, startRow: w.headerRow },
          { name: 'Sales', rows: [['Customer ID', 'Amount'], ...w.salesRows.map(([k, a]) => [k || null, a === '#N/A' ? { error: '#N/A' } : a])] },
        ]);
        const before = snapshot(await roundTrip(wb));
        const once = await runThroughFile(wb, { steps: ['tiers'], options: defaultTierOptions() });
        const after = snapshot(once.wb);

        const ownedCols = new Set<string>();
        for (const [addr, cell] of after.cells) {
          if (addr.startsWith('Customers!') && OWNED_HEADERS.has(String(cell.value)) && addr.endsWith(`${w.headerRow}`)) {
            ownedCols.add(addr.replace(/^Customers!([A-Z]+)\d+$/, '$1'));
          }
        }
        expect(ownedCols.size).toBe(5);
        const inOwned = (addr: string) => addr.startsWith('Customers!') && ownedCols.has(addr.replace(/^Customers!([A-Z]+)\d+$/, '$1'));
        for (const [addr, cell] of before.cells) expect(after.cells.get(addr)).toEqual(cell);
        for (const addr of after.cells.keys()) if (!before.cells.has(addr)) expect(inOwned(addr)).toBe(true);

        const twice = await runThroughFile(once.bytes, { steps: ['tiers'], options: defaultTierOptions() });
        expect(changedParts(once.bytes, twice.bytes)).toEqual([]);
        expect(snapshot(twice.wb)).toEqual(after);
      }),
      { numRuns: 40 },
    );
  });
});
