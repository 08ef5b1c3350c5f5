import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS, { ValueType } from 'exceljs';
import { DEFAULT_STEPS, type Step, type StepsSummary } from '../../src/app/run-steps';
import { dateToSerial } from '../../src/core/cells/normalize';
import { InputError, type InputErrorCode, type ProblemCode } from '../../src/core/problems';
import { defaultTierOptions, type TierOptions } from '../../src/core/tiers/tier-options';
import { formatSummary } from '../../src/cli/format-summary';
import { main } from '../../src/cli/main';
import { columnBelow, failThroughFile, makeWorkbook, roundTrip, runThroughFile, snapshot, type Grid, type SheetSpec } from '../support/workbooks';
import { reasonOf } from '../support/reason-of';

/** Every run here is on 2026-06-15: sales may be dated up to 2027-06-15. */
const TODAY = new Date(2026, 5, 15);
const D = (y: number, m: number, d: number) => dateToSerial(y, m, d);
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const dir = mkdtempSync(join(tmpdir(), 'credit-desk-bad-input-'));

const RATINGS = ["Principal's credibility", 'Scale and nature', 'Sales ability', 'Operating know-how', 'Capital growth', 'Profit trend',
  'Employee complaints', 'Supplier evaluation', 'Bank credit', 'Peer standing', 'Industry outlook'];
const customers = (rows: Grid, header = ['Customer ID', 'Customer name']): SheetSpec => ({ name: 'Customers', rows: [header, ...rows] });
const ledger = (rows: Grid, header = ['Date', 'Customer ID', 'Amount']): SheetSpec => ({ name: 'Sales', rows: [header, ...rows] });
/** A formula cell without a cached result (what files from tools that do not calculate hold). */
const formula = (text: string) => ({ formula: text }) as unknown as Grid[number][number];
const THREE = customers([['K1', 'Alpha'], ['K2', 'Beta'], ['K3', 'Gamma']]);

/** The value a cell shows: a formula's cached result (ExcelJS's value leaves a result of 0 out, cell.result has it). */
const shown = (cell: ExcelJS.Cell) => (cell.type === ValueType.Formula ? cell.result ?? null : cell.value);
function column(wb: ExcelJS.Workbook, header: string, sheet = 'Customers'): unknown[] {
  const ws = wb.getWorksheet(sheet)!;
  const count = columnBelow(wb, sheet, header).length;
  let col = 0;
  ws.getRow(1).eachCell((cell, c) => { if (cell.value === header) col = c; });
  return Array.from({ length: count }, (_, i) => shown(ws.getCell(i + 2, col)));
}

interface Case {
  name: string;
  sheets: SheetSpec[];
  steps?: readonly Step[];
  period?: TierOptions['period'];
  /** The workbook the run gets, from the one the sheets make (e.g. after a first run, with its scorecard edited). */
  prepare?: (wb: ExcelJS.Workbook) => Promise<ExcelJS.Workbook>;
  /** Every problem of the run, as sheet!cell and code, in order. */
  problems?: [string, ProblemCode][];
  /** The run refuses with this InputError (and the command line exits with 1), writing nothing. */
  error?: InputErrorCode;
  errorProblems?: [string, ProblemCode][];
  check?: (wb: ExcelJS.Workbook, summary: StepsSummary) => void;
}

const CASES: Case[] = [
  {
    name: 'a sale dated with the number 20240115 (repro): the 12-month window stays put, the others keep their averages',
    sheets: [THREE, ledger([[day(2026, 1, 10), 'K1', 1200], [day(2026, 2, 10), 'K2', 2400], [20240115, 'K3', 600]])],
    problems: [['Sales!A4', 'implausibleDate']],
    check: (wb, s) => {
      expect(column(wb, 'Net sales')).toEqual([1200, 2400, 600]);
      expect(column(wb, 'Avg monthly sales (12 m to 2026-02)')).toEqual([100, 200, 0]);
      expect(reasonOf(s.problems[0]!)).toBe('date 20240115 is implausible (before 1900-01-01 or after 2027-06-15): left out of the 12-month average (its amount counts in net sales)');
    },
  },
  {
    name: 'a date cell with a mistyped year (2204-01-15)',
    sheets: [THREE, ledger([[day(2026, 1, 10), 'K1', 1200], [day(2026, 2, 10), 'K2', 2400], [day(2204, 1, 15), 'K3', 600]])],
    problems: [['Sales!A4', 'implausibleDate']],
    check: (wb, s) => {
      expect(column(wb, 'Avg monthly sales (12 m to 2026-02)')).toEqual([100, 200, 0]);
      expect(s.problems[0]!.args?.value).toBe('2204-01-15');
    },
  },
  {
    name: 'an implausible date with a period set: the row cannot be placed in it and is left out',
    sheets: [THREE, ledger([[day(2026, 1, 10), 'K1', 1200], [day(2026, 2, 10), 'K2', 2400], ['2204-01-15', 'K3', 600]])],
    steps: ['tiers'],
    period: { from: D(2026, 1, 1) },
    problems: [['Sales!A4', 'implausibleDate']],
    check: (wb, s) => {
      expect(column(wb, 'Net sales')).toEqual([1200, 2400, 0]);
      expect(s.rowsSkipped).toBe(1);
      expect(reasonOf(s.problems[0]!)).toMatch(/: the row cannot be placed in the period$/);
    },
  },
  {
    name: 'an amount of 1e308: reported, left out, every figure finite',
    sheets: [THREE, ledger([[day(2026, 1, 10), 'K1', 1e308], [day(2026, 1, 11), 'K1', 1e308], [day(2026, 2, 10), 'K2', 100]])],
    problems: [['Sales!C2', 'amountOverflow'], ['Sales!C3', 'amountOverflow']],
    check: (wb, s) => {
      expect(column(wb, 'Net sales')).toEqual([0, 100, 0]);
      expect(s.salesByTier).toEqual({ A: 100, B: 0, C: 0, D: 0 });
    },
  },
  {
    name: 'quantity × unit price overflowing',
    sheets: [THREE, ledger([[day(2026, 1, 10), 'K1', 1e60, 1e60], [day(2026, 2, 10), 'K2', 2, 50]], ['Date', 'Customer ID', 'Qty', 'Unit price'])],
    problems: [['Sales!D2', 'amountOverflow']],
    check: (wb) => expect(column(wb, 'Net sales')).toEqual([0, 100, 0]),
  },
  {
    name: 'statement figures that overflow: turnover n/a, the net-worth cap 0, each figure reported',
    sheets: [
      customers([['K1', 10, 1e308, 1e308, 400], ['K2', -9e307, 10, 9e307, 400]], ['Customer ID', 'Total liabilities', 'Opening total assets', 'Closing total assets', 'Sales revenue']),
      ledger([[day(2026, 1, 10), 'K1', 1200], [day(2026, 2, 10), 'K2', 2400]]),
    ],
    // Total liabilities below zero are reported too (and used as given).
    problems: [['Customers!C2', 'figureOverflow'], ['Customers!B3', 'negativeFigure'], ['Customers!D3', 'figureOverflow']],
    check: (wb, s) => {
      expect(column(wb, 'Total asset turnover')[0]).toBe('n/a');
      // The net worth overflows: the cap is 0 (the customer, without ratings, is not rated, so it has no limit at all).
      expect(column(wb, 'Net-worth cap on the limit')[1]).toBe(0);
      expect(column(wb, 'Recommended limit')[1]).toBeNull();
      expect(s.problems.filter((p) => p.code === 'figureOverflow').map((p) => p.args?.result)).toEqual(['assetTurnover', 'limit']);
    },
  },
  {
    name: 'credit months 1e308 on the scorecard (the limit was NaN): refused by cell',
    sheets: [THREE, ledger([[day(2026, 1, 10), 'K1', 1200]])],
    prepare: async (wb) => {
      const first = await runThroughFile(wb, { steps: DEFAULT_STEPS, options: defaultTierOptions(), today: TODAY });
      first.wb.getWorksheet('Credit Scorecard')!.getCell('B121').value = 1e308;
      return first.wb;
    },
    error: 'scorecardInvalid',
    errorProblems: [['Credit Scorecard!B121', 'scorecardAbove']],
  },
  {
    name: 'ratings *, ?, g*, ~: missing (and reported), never a wildcard match',
    sheets: [
      customers([['K1', '*'], ['K2', '?'], ['K3', 'g*'], ['K4', '~'], ['K5', 'good']], ['Customer ID', 'Bank credit']),
      ledger([[day(2026, 1, 10), 'K1', 1200]]),
    ],
    problems: [['Customers!B2', 'badRating'], ['Customers!B3', 'badRating'], ['Customers!B4', 'badRating'], ['Customers!B5', 'badRating']],
    check: (wb) => expect(column(wb, 'Credit score')).toEqual([0, 0, 0, 0, 4.8]),
  },
  {
    name: 'a Total row under the customers and a 合計 row under the sales: the lists end above them',
    sheets: [
      customers([['K1', 'Alpha'], ['K2', 'Beta'], [null, null], ['Total', null]]),
      ledger([[day(2026, 1, 10), 'K1', 1200], [day(2026, 2, 10), 'K2', 2400], [null, '合計', 3600]]),
    ],
    problems: [['Sales!B4', 'summaryRow'], ['Customers!A5', 'summaryRow']],
    check: (wb, s) => {
      expect(s.customers).toBe(2);
      expect(s.unknownCustomers.rows).toBe(0);
      expect(s.credit?.grades).toEqual({ AAA: 0, AA: 0, A: 0, B: 0, C: 0, notRated: 2 });
      // The Total row (5) gets nothing in any owned column.
      const row = wb.getWorksheet('Customers')!.getRow(5);
      const owned: unknown[] = [];
      row.eachCell((cell, col) => { if (col > 2) owned.push(cell.value); });
      expect(owned).toEqual([]);
      expect(column(wb, 'ABC tier')).toEqual(['A', 'A', null, null]);
    },
  },
  {
    name: 'no customer sheet: a Total row and a name without a calculated value do not reach the customer list made from the sales',
    sheets: [ledger([[day(2026, 1, 10), 'K1', formula('"Al"&"pha"'), 1200], [day(2026, 2, 10), 'K2', 'Beta', 2400], [null, null, 'Total', 3600]], ['Date', 'Customer ID', 'Customer name', 'Amount'])],
    problems: [['Sales!C4', 'summaryRow']],
    check: (wb, s) => {
      expect(s.derivedCustomerSheet).toBe(true);
      expect(s.customers).toBe(2);
      expect(column(wb, 'Customer ID', 'Customers')).toEqual(['K1', 'K2']);
      expect(column(wb, 'Customer name', 'Customers')).toEqual([null, 'Beta']);
    },
  },
  {
    name: 'a partial copy beside the real customer sheet: the real one is chosen, and the summary says why',
    sheets: [
      { name: 'Customers copy', rows: [['Customer ID', 'Customer name'], ['K1', 'Alpha']] },
      { name: 'Customers', rows: [['Customer ID', 'Customer name', 'Total assets', 'Total liabilities', 'Bank credit'], ['K1', 'Alpha', 100, 40, 5]] },
      ledger([[day(2026, 1, 10), 'K1', 1200]]),
    ],
    problems: [],
    check: (wb, s) => {
      expect(s.customerSheet).toBe('Customers');
      expect(s.credit?.financialsSheet).toBe('Customers');
      expect(s.customerSheetChoice).toEqual({ chosen: 'Customers', over: ['Customers copy'], code: 'moreColumns', args: { columns: 5, overColumns: [2] } });
      expect(wb.getWorksheet('Customers copy')!.getRow(1).cellCount).toBe(2);
      expect(formatSummary(s)[0]).toBe("Customer sheet: Customers (chosen: it has more recognised columns (5), among them every one of 'Customers copy' (2))");
    },
  },
  {
    name: 'two equal customer sheets: the user is asked, with both',
    sheets: [
      { name: 'Customers copy', rows: [['Customer ID', 'Customer name'], ['K1', 'Alpha']] },
      { name: 'Customers', rows: [['Customer ID', 'Customer name'], ['K1', 'Alpha']] },
      ledger([[day(2026, 1, 10), 'K1', 1200]]),
    ],
    error: 'ambiguousSheet',
  },
  {
    name: 'formulas without a calculated value in an amount, a key, a date, a figure and a customer key',
    sheets: [
      customers([['K1', 'Alpha', 100], [formula('"K"&2'), 'Beta', 100], ['K3', 'Gamma', formula('50*2')]], ['Customer ID', 'Customer name', 'Total assets']),
      ledger([
        [day(2026, 1, 10), 'K1', 1200], [day(2026, 1, 11), 'K1', formula('2*3')], [day(2026, 1, 12), formula('"K"&1'), 5],
        [formula('TODAY()'), 'K3', 60],
      ]),
    ],
    problems: [
      ['Sales!C3', 'formulaWithoutValue'], ['Sales!B4', 'formulaWithoutValue'], ['Customers!A3', 'formulaWithoutValue'],
      ['Sales!A5', 'formulaWithoutValue'], ['Customers!C4', 'formulaWithoutValue'],
    ],
    check: (wb, s) => {
      expect(s.problems.map((p) => reasonOf(p))).toEqual([
        'amount is a formula without a calculated value: open and save the file in Excel; the row is left out of the totals',
        'customer key is a formula without a calculated value: open and save the file in Excel; the row is left out of the totals',
        'customer key is a formula without a calculated value: open and save the file in Excel; the row gets no results',
        'date is a formula without a calculated value: open and save the file in Excel; left out of the 12-month average (its amount counts in net sales)',
        'statement figure is a formula without a calculated value: open and save the file in Excel; the ratios using it show n/a until it has a value',
      ]);
      expect(s.customers).toBe(2);
      expect(column(wb, 'Net sales')).toEqual([1200, null, 60]);
    },
  },
  {
    name: 'a financials sheet whose name is full of apostrophes (the score formula once passed 8,192 characters): no formula passes 400',
    sheets: [
      THREE,
      { name: `x${"'".repeat(29)}x`, rows: [['Customer ID', 'Quick assets', 'Current liabilities', 'Total liabilities', 'Total assets', 'Opening total assets', 'Sales revenue', 'Net profit', ...RATINGS], ['K1', 1, 1, 1, 1, 1, 1, 1, ...RATINGS.map(() => 5)]] },
      ledger([[day(2026, 1, 10), 'K1', 1200]]),
    ],
    check: (wb) => {
      const lengths: number[] = [];
      wb.getWorksheet('Customers')!.eachRow((row) => row.eachCell((cell) => {
        if (cell.formula) lengths.push(cell.formula.length + 1);
      }));
      expect(lengths.length).toBeGreaterThan(10);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(400);
    },
  },
];

/** Every number anywhere in a value, to check that none is NaN or infinite. */
function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbers(v, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((v) => numbers(v, out));
  return out;
}

describe('bad input, case by case: reported by cell, never a silent wrong number, never the user’s cells changed', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const made = makeWorkbook(c.sheets);
    const wb = c.prepare ? await c.prepare(made) : made;
    const before = snapshot(await roundTrip(wb));
    const request = { steps: c.steps ?? DEFAULT_STEPS, options: { ...defaultTierOptions(), ...(c.period ? { period: c.period } : {}) }, today: TODAY };

    if (c.error) {
      const { error, changed } = await failThroughFile(wb, request);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe(c.error);
      if (c.errorProblems) expect((error as InputError).problems.map((p) => [`${p.sheet}!${p.cell}`, p.code])).toEqual(c.errorProblems);
      expect(changed).toEqual([]);
      // The command line: exit code 1, the message, no output file.
      const input = join(dir, `${CASES.indexOf(c)}-in.xlsx`);
      const output = join(dir, `${CASES.indexOf(c)}-out.xlsx`);
      await wb.xlsx.writeFile(input);
      let stderr = '';
      const code = await main(['run', input, '-o', output], { write: () => true }, { write: (text: string) => (stderr += text) });
      expect({ code, message: stderr.includes((error as InputError).message.split('\n')[0]!) }).toEqual({ code: 1, message: true });
      expect(existsSync(output)).toBe(false);
      return;
    }

    const { summary, wb: out } = await runThroughFile(wb, request);
    expect(summary.problems.map((p) => [`${p.sheet}!${p.cell}`, p.code])).toEqual(c.problems ?? []);
    // Cells outside the owned columns and sheets are unchanged.
    const after = snapshot(out).cells;
    for (const [address, cell] of before.cells) expect([address, after.get(address)]).toEqual([address, cell]);
    // No non-finite number in a cell or in the summary (JSON would make it null).
    const written: unknown[] = [];
    out.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => written.push(shown(cell)))));
    expect(numbers(written).filter((n) => !Number.isFinite(n))).toEqual([]);
    expect(numbers(summary).filter((n) => !Number.isFinite(n))).toEqual([]);
    c.check?.(out, summary);
  });
});
