import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { runThroughFile } from '../support/workbooks';

const FILE = join(__dirname, '..', '..', '..', 'shared', 'data', 'superstore.xlsx');

/** The tier rule written out plainly, independent of the add-in's code. */
function expectedTiers(rows: { id: string; sales: number }[]): Map<string, string> {
  const net = new Map<string, number>();
  for (const r of rows) net.set(r.id, (net.get(r.id) ?? 0) + r.sales);
  const rounded = [...net].map(([id, v]) => [id, Math.round(v * 1e6) / 1e6] as const);
  const total = rounded.filter(([, v]) => v > 0).reduce((s, [, v]) => s + v, 0);
  const tiers = new Map<string, string>();
  for (const [id, v] of rounded) {
    if (v <= 0) { tiers.set(id, 'D'); continue; }
    let before = 0;
    for (const [, w] of rounded) if (w > v) before += w;
    tiers.set(id, before / total < 0.8 ? 'A' : before / total < 0.95 ? 'B' : 'C');
  }
  return tiers;
}

describe('the real Superstore workbook (no customer sheet)', () => {
  test('the shared data file is present (CI must fail, not skip, without it)', () => {
    expect(existsSync(FILE)).toBe(true);
  });

  test('793 customers are derived from Orders and each one is tiered as the plain computation says', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FILE);
    const orders = wb.getWorksheet('Orders')!;
    const header = (orders.getRow(1).values as unknown[]).map(String);
    const idCol = header.indexOf('Customer ID');
    const salesCol = header.indexOf('Sales');
    const rows: { id: string; sales: number }[] = [];
    orders.eachRow((row, n) => {
      if (n > 1) rows.push({ id: String(row.getCell(idCol).value).trim().toLowerCase(), sales: Number(row.getCell(salesCol).value) });
    });
    const expected = expectedTiers(rows);
    const before = orders.rowCount;

    const { summary, wb: out } = await runThroughFile(readFileSync(FILE), { steps: ['tiers'], options: defaultTierOptions() });

    expect(summary).toMatchObject({ derivedCustomerSheet: true, salesSheet: 'Orders', customers: 793, rowsRead: 9994, rowsSkipped: 0, problems: [] });
    const total = Object.values(summary.salesByTier).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(2297200.8603, 1);
    const sheet = out.getWorksheet(summary.customerSheet)!;
    const got = new Map<string, string>();
    sheet.eachRow((row, n) => {
      if (n > 1) got.set(String(row.getCell(1).value).toLowerCase(), String(row.getCell(7).value));
    });
    expect(sheet.getRow(1).getCell(7).value).toBe('ABC tier');
    expect(got.size).toBe(793);
    expect(got).toEqual(expected);
    expect(out.getWorksheet('Orders')!.rowCount).toBe(before);
  });
});
