import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SAMPLE_PATH, buildSample, makeSampleWorkbook } from '../../scripts/sample';
import {
  CUSTOMER_HEADERS, CUSTOMER_HEADER_ROW, CUSTOMER_SHEET, CUSTOMER_TITLE, NOTES_SHEET, SALES_HEADERS, SALES_SHEET, SALES_TABLE,
} from '../../scripts/sample/layout';
import { firstDifference, workbookValues } from './sheet-values';

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
});
