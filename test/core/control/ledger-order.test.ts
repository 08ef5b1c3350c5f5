import type { CellValue } from '../../../src/core/cells/cell';
import { customerIndex, LEDGER_BLOCK_BITS, readLedger } from '../../../src/core/control/ledger';
import { Rng } from '../../../scripts/sample/prng';

const AS_OF = 46200;
const CUSTOMERS = 3000; // two blocks of customer indexes and part of a third

/** A ledger whose customers are scattered through the sheet, with some document numbers listed twice for the same customer. */
function scattered(rows: number, rng: Rng) {
  const key: CellValue[] = [];
  const number: CellValue[] = [];
  const due: CellValue[] = [];
  const amount: CellValue[] = [];
  const repeatOf = new Map<number, number>();
  for (let i = 0; i < rows; i++) {
    if (i > 10 && rng.chance(0.02)) {
      const picked = rng.int(0, i - 1);
      const first = repeatOf.get(picked) ?? picked;
      repeatOf.set(i, first);
      key.push(key[first]!);
      number.push(number[first]!);
    } else {
      key.push(`K${rng.int(0, CUSTOMERS - 1)}`);
      number.push(`INV-${i}`);
    }
    due.push(AS_OF - rng.int(0, 200));
    amount.push(rng.int(1, 1000));
  }
  return { key, number, due, amount, repeatOf };
}

describe('the ledger keeps the documents that count block by block of customers', () => {
  const rng = new Rng(41);
  const g = scattered(20_000, rng);
  const customers = customerIndex(Array.from({ length: CUSTOMERS }, (_, c) => `k${c}`));
  const l = readLedger({
    sheet: 'AR', firstRow: 1, key: { col: 0, values: g.key }, documentNumber: { col: 1, values: g.number }, dueDate: { col: 2, values: g.due }, amount: { col: 3, values: g.amount },
  }, customers, { asOf: AS_OF, latestDate: AS_OF + 366, customerSheet: 'Customers' });

  test('every row counts once but the repeats, each with its own customer and amount', () => {
    expect(l.count).toBe(g.key.length - g.repeatOf.size);
    const rows = [...l.row].sort((a, b) => a - b);
    expect(rows).toEqual(g.key.map((_, i) => i).filter((i) => !g.repeatOf.has(i)));
    const wrong = Array.from({ length: l.count }, (_, d) => d).filter((d) => `K${l.customer[d]}` !== g.key[l.row[d]!] || l.open[d] !== g.amount[l.row[d]!]);
    expect(wrong).toEqual([]);
  });

  test('grouped by block in block order, and in sheet order within each block', () => {
    const blockOf = (d: number) => l.customer[d]! >> LEDGER_BLOCK_BITS;
    const outOfOrder = Array.from({ length: l.count }, (_, d) => d).filter((d) => d > 0 && (blockOf(d) < blockOf(d - 1) || (blockOf(d) === blockOf(d - 1) && l.row[d]! < l.row[d - 1]!)));
    expect(outOfOrder).toEqual([]);
    expect(new Set(Array.from({ length: l.count }, (_, d) => blockOf(d))).size).toBe(3);
  });

  test('a number listed again is reported at its row, in row order across the blocks, naming the first', () => {
    const repeats = [...g.repeatOf].sort(([a], [b]) => a - b);
    expect(repeats.length).toBeGreaterThan(100);
    expect(l.problems.map((p) => [p.cell, p.code, p.args?.first])).toEqual(repeats.map(([row, first]) => [`B${row + 2}`, 'arDuplicateDocument', `B${first + 2}`]));
  });
});
