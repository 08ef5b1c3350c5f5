import { SharedFormulaCell, type CellWrite, type SharedFormula } from '../../src/core/cells/cell';
import { ROW, sharedFormula } from '../../src/core/credit/formula-template';
import type { WriteOp } from '../../src/core/plan/write-ops';
import { DEFAULT_OFFICE_LIMITS } from '../../src/ports/office/limits';
import { createOfficePort } from '../../src/ports/office/office-port';
import { planWriteBatches } from '../../src/ports/office/write-plan';
import { createExcelDouble, formulaAt, valueAt, type DescribedCell, type ExcelDouble } from '../support/excel-double';

const ROWS = 50_000;
/** Column D's formula: its row's A and $B, and text that looks like references. */
const SCORE = sharedFormula(`=IF(ISNUMBER(A${ROW}),A${ROW}*2+$B${ROW},"A1 RC[1]")`, 3);

/** Rows 1..rows of column D as cells of the shared formula; `blank` rows (0-based sheet rows) null. */
function column(shared: SharedFormula, rows: number, blank: ReadonlySet<number> = new Set()): WriteOp {
  const values: CellWrite[][] = [];
  for (let r = 1; r <= rows; r++) values.push([blank.has(r) ? null : new SharedFormulaCell(shared, r, 0)]);
  return { op: 'values', sheet: 'Customers', row: 1, col: shared.col, values };
}

const book = (): ExcelDouble => createExcelDouble({ sheets: [{ name: 'Customers', rows: [['Id', 'Base', 'Name', 'Score']] }] });
const apply = (b: ExcelDouble, ops: WriteOp[]) => b.run((context) => createOfficePort(context).apply(ops));
/** Requests: the preflight, the write(s), then the read-back of three formulas. */
const PREFLIGHT = 1;
const READ_BACK = 1;

describe('a column sharing one formula goes to Excel as one R1C1 assignment', () => {
  test('50,000 rows: one step carrying the R1C1 text once', () => {
    const batches = planWriteBatches([column(SCORE, ROWS)], DEFAULT_OFFICE_LIMITS);
    expect(batches).toEqual([[{ kind: 'sharedFormula', sheet: 'Customers', row: 1, col: 3, rows: ROWS, r1c1: '=IF(ISNUMBER(RC[-3]),RC[-3]*2+RC2,"A1 RC[1]")', shared: SCORE }]]);
  });

  test('a host that refuses one value for many cells gets the rows as A1 text, under the budget, for the rest of the run', async () => {
    const b = book();
    b.faults.refuseScalarFormulasR1C1 = true;
    const other = sharedFormula(`=A${ROW}+1`, 4);
    await apply(b, [column(SCORE, ROWS), column(other, ROWS)]);
    let wrong = 0;
    for (let r = 1; r <= ROWS; r++) if (formulaAt(b, 'Customers', r, 3) !== SCORE.a1(r) || formulaAt(b, 'Customers', r, 4) !== other.a1(r)) wrong++;
    expect(wrong).toBe(0);
    expect(b.stats.failedSyncs).toBe(1);
    // The one refused request, then A1 text: several requests, each under the 5 MB limit.
    expect(b.stats.syncs).toBeGreaterThan(PREFLIGHT + 2 + READ_BACK);
    expect(b.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  test('on the double: one small request, and every row gets its own A1 formula', async () => {
    const b = book();
    await apply(b, [column(SCORE, ROWS)]);
    expect(b.stats.syncs).toBe(PREFLIGHT + 1 + READ_BACK);
    // The write request: the text once, not 50,000 times (that would be about 2.5 MB).
    expect(b.stats.requestBytes[PREFLIGHT]).toBeLessThan(1_000);
    for (const r of [1, 2, 9, 10, 25_000, ROWS]) expect(formulaAt(b, 'Customers', r, 3)).toBe(`=IF(ISNUMBER(A${r + 1}),A${r + 1}*2+$B${r + 1},"A1 RC[1]")`);
    let wrong = 0;
    for (let r = 1; r <= ROWS; r++) if (formulaAt(b, 'Customers', r, 3) !== SCORE.a1(r)) wrong++;
    expect(wrong).toBe(0);
  });

  test('a blank row cuts the column into one assignment on each side of it, and stays blank', async () => {
    const blank = new Set([20_000]);
    const batches = planWriteBatches([column(SCORE, ROWS, blank)], DEFAULT_OFFICE_LIMITS);
    expect(batches.flat().map((s) => (s.kind === 'sharedFormula' ? ['shared', s.row, s.rows] : s.kind === 'cells' ? ['cells', s.row, s.cells] : ['op']))).toEqual([
      ['shared', 1, 19_999], ['cells', 20_000, [['']]], ['shared', 20_001, ROWS - 20_000],
    ]);
    const b = book();
    await apply(b, [column(SCORE, ROWS, blank)]);
    expect([19_999, 20_000, 20_001].map((r) => formulaAt(b, 'Customers', r, 3))).toEqual([SCORE.a1(19_999), undefined, SCORE.a1(20_001)]);
    expect(valueAt(b, 'Customers', 20_000, 3)).toBe('');
  });

  test('refused by Excel for any reason, the rows go again as A1 text, which is halved like any cells if refused too', async () => {
    const b = book();
    b.faults.failSync(PREFLIGHT + 1, 'GeneralException');
    b.faults.failSync(PREFLIGHT + 3, 'GeneralException');
    await apply(b, [column(SCORE, ROWS)]);
    expect(b.faults.pending).toEqual([]);
    expect(b.stats.failedSyncs).toBe(2);
    // The refused one value, a look at what it left, the refused A1 text, another look, its two halves, the read-back.
    expect(b.stats.syncs).toBe(PREFLIGHT + 1 + 1 + 1 + 1 + 2 + READ_BACK);
    for (const r of [1, ROWS / 2, ROWS / 2 + 1, ROWS]) expect(formulaAt(b, 'Customers', r, 3)).toBe(SCORE.a1(r));
  });

  test('cells not where their formula was made for, rows of a few cells, and ops several columns wide go as A1 text', () => {
    const moved: WriteOp = { op: 'values', sheet: 'Customers', row: 5, col: 3, values: Array.from({ length: 100 }, (_, i) => [new SharedFormulaCell(SCORE, 1 + i, 0)]) };
    const otherColumn: WriteOp = { op: 'values', sheet: 'Customers', row: 1, col: 4, values: Array.from({ length: 100 }, (_, i) => [new SharedFormulaCell(SCORE, 1 + i, 0)]) };
    const few: WriteOp = { op: 'values', sheet: 'Customers', row: 1, col: 3, values: [[new SharedFormulaCell(SCORE, 1, 0)], [new SharedFormulaCell(SCORE, 2, 0)]] };
    const wide: WriteOp = { op: 'values', sheet: 'Customers', row: 1, col: 3, values: Array.from({ length: 100 }, (_, i) => [new SharedFormulaCell(SCORE, 1 + i, 0), 'x']) };
    for (const op of [moved, otherColumn, few, wide]) {
      const steps = planWriteBatches([op], DEFAULT_OFFICE_LIMITS).flat();
      expect(steps.map((s) => s.kind)).toEqual(['cells']);
      const first = steps[0]!;
      if (first.kind !== 'cells') throw new Error('a cells step');
      expect(first.cells[0]![0]).toBe(SCORE.a1(1));
    }
  });

  test('in a table, the assignment makes the calculated column Excel makes of it, and reads back unchanged', async () => {
    const n = 60;
    const rows: DescribedCell[][] = [['Id', 'Base', 'Name', 'Score'], ...Array.from({ length: n }, (_, i) => [i + 1, 10 * i, `C${i}`, null])];
    const b = createExcelDouble({ sheets: [{ name: 'Customers', rows }], tables: [{ name: 'Clients', sheet: 'Customers', row: 0, col: 0, rows: n + 1, cols: 4 }] });
    const op = column(SCORE, n);
    expect(planWriteBatches([op], DEFAULT_OFFICE_LIMITS).flat().map((s) => s.kind)).toEqual(['sharedFormula']);
    await apply(b, [op]);
    expect(Array.from({ length: n }, (_, i) => formulaAt(b, 'Customers', i + 1, 3))).toEqual(Array.from({ length: n }, (_, i) => `=IF(ISNUMBER(A${i + 2}),A${i + 2}*2+$B${i + 2},"A1 RC[1]")`));
    expect(b.stats.failedSyncs).toBe(0);
  });
});
