import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SAMPLE_PATH, buildSample, makeSampleWorkbook } from '../../scripts/sample';
import {
  APPROVED_LIMIT_HEADER, CUSTOMER_HEADERS, CUSTOMER_HEADER_ROW, CUSTOMER_SHEET, CUSTOMER_TITLE, NOTES_SHEET, RECEIVABLES_HEADERS, RECEIVABLES_SHEET,
  SALES_HEADERS, SALES_SHEET, SALES_TABLE, SAMPLE_AS_OF,
} from '../../scripts/sample/layout';
import { firstDifference, workbookValues } from './sheet-values';
import { matchRow } from '../../src/core/columns/header-row';

const root = join(__dirname, '..', '..');
const regenerate = 'run `npm run sample` after changing the generator';

describe('bundled sample workbook', () => {
  const data = buildSample();
  const generated = makeSampleWorkbook(data);
  let saved: ExcelJS.Workbook;

  beforeAll(async () => {
    saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(join(root, DEFAULT_SAMPLE_PATH));
  });

  it('is deterministic: two in-memory builds hold the same values on every sheet', () => {
    const again = makeSampleWorkbook();
    expect(firstDifference(workbookValues(generated), workbookValues(again))).toBeNull();
    expect(again.created.toISOString()).toBe(generated.created.toISOString());
  });

  it('notices a changed cell (the comparison is not vacuous)', () => {
    const values = workbookValues(generated);
    const changed = new Map([...values].map(([name, rows]) => [name, rows.map((r) => r.slice())]));
    changed.get(SALES_SHEET)![5]![7] = 0;
    expect(firstDifference(values, changed)).toBe(`${SALES_SHEET}!R6C8: ${JSON.stringify(values.get(SALES_SHEET)![5]![7])} vs 0`);
  });

  it(`matches the committed ${DEFAULT_SAMPLE_PATH} cell for cell (${regenerate})`, () => {
    expect(firstDifference(workbookValues(saved), workbookValues(generated))).toBeNull();
  });

  it('has the customer sheet as a plain range with headers on row 3', () => {
    const ws = saved.getWorksheet(CUSTOMER_SHEET)!;
    expect(ws.getTables()).toHaveLength(0);
    expect(ws.getCell(1, 1).value).toBe(CUSTOMER_TITLE);
    expect(ws.getRow(2).cellCount).toBe(0);
    expect((ws.getRow(CUSTOMER_HEADER_ROW).values as unknown[]).slice(1)).toEqual(CUSTOMER_HEADERS);
    const ids = new Set<string>();
    for (let r = CUSTOMER_HEADER_ROW + 1; r <= ws.rowCount; r++) ids.add(String(ws.getCell(r, 1).value));
    expect(ids.size).toBe(300);
    expect(ws.rowCount - CUSTOMER_HEADER_ROW).toBe(301); // one key twice
  });

  it('has the sales ledger as the table SalesLedger with about 20,000 lines', () => {
    const ws = saved.getWorksheet(SALES_SHEET)!;
    const table = ws.getTable(SALES_TABLE);
    expect(table).toBeDefined();
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...SALES_HEADERS]);
    const lines = ws.rowCount - 1;
    expect(lines).toBeGreaterThan(19_000);
    expect(lines).toBeLessThan(21_000);
    expect(lines).toBe(data.sales.length);
    expect(saved.getWorksheet(NOTES_SHEET)).toBeDefined();
  });

  it('keeps the bad cells where the README says they are', () => {
    const readme = readFileSync(join(root, 'samples', 'README.md'), 'utf8');
    expect(data.badCells.length).toBeGreaterThanOrEqual(9);
    for (const bad of data.badCells) expect(readme).toContain(`${bad.sheet}!${bad.cell}`);
    const sales = saved.getWorksheet(SALES_SHEET)!;
    const cells = new Map(data.badCells.map((b) => [b.value, b.cell]));
    expect(sales.getCell(cells.get('#N/A (error value)')!).value).toEqual({ error: '#N/A' });
    expect(sales.getCell(cells.get('" c0005 "')!).value).toBe(' c0005 ');
  });

  it('has Pareto-like sales, prospects, net ≤ 0 customers and about 2% returns', () => {
    const net = new Map<string, number>();
    let returns = 0;
    for (const line of data.sales) {
      if (typeof line.amount !== 'number' || typeof line.customerId !== 'string') continue;
      if (line.amount < 0) returns++;
      net.set(line.customerId, (net.get(line.customerId) ?? 0) + line.amount);
    }
    const ids = data.customers.map((c) => c.id);
    const positive = ids.map((id) => net.get(id) ?? 0).filter((v) => v > 0).sort((a, b) => b - a);
    const total = positive.reduce((s, v) => s + v, 0);
    const top20 = positive.slice(0, Math.round(ids.length * 0.2)).reduce((s, v) => s + v, 0) / total;
    expect(top20).toBeGreaterThan(0.75);
    expect(top20).toBeLessThan(0.85);
    const prospects = ids.filter((id) => !net.has(id)).length;
    expect(prospects).toBeGreaterThanOrEqual(10);
    expect(prospects).toBeLessThanOrEqual(15);
    expect(ids.filter((id) => net.has(id) && Math.round(net.get(id)! * 1e6) <= 0)).toHaveLength(3);
    expect(returns / data.sales.length).toBeGreaterThan(0.015);
    expect(returns / data.sales.length).toBeLessThan(0.025);
  });

  describe(`the receivables sheet ${RECEIVABLES_SHEET}`, () => {
    const DAY = 86_400_000;
    const asOf = SAMPLE_AS_OF.getTime();
    const open = (v: (typeof data.invoices)[number]) => (v.paidDate === null ? v.amount : v.paidAmount === null ? 0 : v.amount - v.paidAmount);

    it('is on the saved file: headers the add-in recognises for the receivables roles on row 1, one row per invoice', () => {
      const ws = saved.getWorksheet(RECEIVABLES_SHEET)!;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...RECEIVABLES_HEADERS]);
      expect(ws.rowCount - 1).toBe(data.invoices.length);
      expect(ws.getCell(2, 3).value).toBe(data.invoices[0]!.number);
      const roles = matchRow([...RECEIVABLES_HEADERS], new Set());
      expect(['customerId', 'customerName', 'documentNumber', 'date', 'dueDate', 'amount', 'paidAmount', 'paidDate'].map((r) => roles.get(r as never)))
        .toEqual([[0], [1], [2], [3], [4], [5], [6], [7]]);
    });

    it('covers a realistic share of the customers, every document dated by the as-of day and due on or after its date', () => {
      const ids = new Set(data.customers.map((c) => c.id));
      const holders = new Set(data.invoices.map((v) => v.customerId));
      expect([...holders].every((id) => ids.has(id))).toBe(true);
      expect(holders.size).toBeGreaterThan(0.4 * ids.size);
      expect(holders.size).toBeLessThan(0.8 * ids.size);
      for (const v of data.invoices) {
        expect([v.number, v.date.getTime() <= asOf, v.dueDate >= v.date, v.paidDate === null || v.paidDate >= v.date]).toEqual([v.number, true, true, true]);
      }
      const numbers = data.invoices.map((v) => v.number);
      expect(new Set(numbers).size).toBe(numbers.length);
    });

    it('has credit notes (negative, some still open), partial payments, and invoices paid early and late in the last 365 days', () => {
      expect(data.invoices.filter((v) => v.amount < 0 && v.paidDate === null).length).toBeGreaterThan(0);
      const partial = data.invoices.filter((v) => v.paidAmount !== null);
      expect(partial.length).toBeGreaterThan(0);
      expect(partial.every((v) => v.paidAmount! > 0 && v.paidAmount! < v.amount)).toBe(true);
      const paid = data.invoices.filter((v) => v.amount > 0 && v.paidDate !== null && v.paidDate.getTime() > asOf - 365 * DAY);
      expect(paid.filter((v) => v.paidDate! < v.dueDate).length).toBeGreaterThan(100);
      expect(paid.filter((v) => v.paidDate!.getTime() - v.dueDate.getTime() > 30 * DAY).length).toBeGreaterThan(20);
    });

    it('has open invoices overdue beyond 60 and beyond 90 days', () => {
      const overdue = (days: number) => new Set(data.invoices.filter((v) => open(v) > 0 && asOf - v.dueDate.getTime() > days * DAY).map((v) => v.customerId)).size;
      expect(overdue(60)).toBeGreaterThanOrEqual(5);
      expect(overdue(90)).toBeGreaterThanOrEqual(3);
    });

    it(`has ${APPROVED_LIMIT_HEADER} for some customers (blank for the others), a few of them below what the customer owes`, () => {
      const ws = saved.getWorksheet(CUSTOMER_SHEET)!;
      const col = CUSTOMER_HEADERS.indexOf(APPROVED_LIMIT_HEADER) + 1;
      const limits = new Map<string, number>();
      let blank = 0;
      for (let r = CUSTOMER_HEADER_ROW + 1; r <= ws.rowCount; r++) {
        const v = ws.getCell(r, col).value;
        if (v === null) blank++;
        else limits.set(String(ws.getCell(r, 1).value), v as number);
      }
      expect(limits.size).toBeGreaterThan(30);
      expect(blank).toBeGreaterThan(100);
      const owed = new Map<string, number>();
      for (const v of data.invoices) owed.set(v.customerId, (owed.get(v.customerId) ?? 0) + open(v));
      expect([...limits].filter(([id, limit]) => (owed.get(id) ?? 0) > limit).length).toBeGreaterThanOrEqual(3);
    });
  });
});
