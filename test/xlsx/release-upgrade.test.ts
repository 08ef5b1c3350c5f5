import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { changedParts, definedNames, readPackage, sheetPart } from '../support/package-diff';

const FIXTURE = join(__dirname, '..', 'fixtures', 'release-0.1', 'sample-scored.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'credit-desk-upgrade-'));
const quiet = { write: () => true };

async function run(input: string, output: string): Promise<void> {
  let stderr = '';
  const code = await main(['run', input, '-o', output, '--overwrite'], quiet, { write: (t: string) => (stderr += t) });
  if (code !== 0) throw new Error(`credit-desk run ${input} exited ${code}: ${stderr}`);
}

async function book(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

/** The value at a workbook-scoped name's first cell ('Sheet'!$B$34 or a range starting there). */
function valueAtName(wb: ExcelJS.Workbook, names: ReturnType<typeof definedNames>, name: string): unknown {
  const found = names.find((n) => n.name === name && n.scope === null);
  if (!found) throw new Error(`no defined name ${name}`);
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+)/.exec(found.text);
  if (!m) throw new Error(`${name} is ${found.text}`);
  return wb.getWorksheet(m[1]!.replace(/''/g, "'"))!.getCell(`${m[2]}${m[3]}`).value;
}

describe('a workbook scored by release 0.1, run again with this release', () => {
  const once = join(dir, 'once.xlsx');
  const twice = join(dir, 'twice.xlsx');
  beforeAll(async () => {
    await run(FIXTURE, once);
    await run(once, twice);
  });

  test('keeps every scorecard value the user edited in the 0.1 layout (README of the fixture)', async () => {
    const wb = await book(once);
    const names = definedNames(readPackage(once));
    expect(valueAtName(wb, names, 'CreditDesk_WeightPrincipal')).toBe(9);
    expect(valueAtName(wb, names, 'CreditDesk_CreditMonths')).toBe(2);
    expect(valueAtName(wb, names, 'CreditDesk_LevelMaxima')).toBe(150_000);
    const thresholds = names.find((n) => n.name === 'CreditDesk_QuickRatioThresholds')!.text;
    const [, sheet, col, first, last] = /^'?(.+?)'?!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(thresholds)!;
    const ws = wb.getWorksheet(sheet!)!;
    // Worst band first: the edited best band (1.2) is the last row of the table.
    expect(ws.getCell(`${col}${last}`).value).toBe(1.2);
    expect(Number(last) - Number(first)).toBe(2);
  });

  test('changes no cell of the user columns, and no part of the sheets it does not own', async () => {
    const [before, after] = [await book(FIXTURE), await book(once)];
    const customers = before.getWorksheet('客戶資料')!;
    const header = customers.getRow(3);
    // Release 0.1's first owned column is 銷售淨額: every column left of it is the user's.
    let firstOwned = 0;
    header.eachCell((cell, col) => {
      if (cell.value === '銷售淨額' && firstOwned === 0) firstOwned = col;
    });
    expect(firstOwned).toBeGreaterThan(20);
    let compared = 0;
    customers.eachRow((row, r) => {
      for (let c = 1; c < firstOwned; c++) {
        expect([r, c, after.getWorksheet('客戶資料')!.getCell(r, c).value]).toEqual([r, c, row.getCell(c).value]);
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(5000);
    const [pin, pout] = [readPackage(FIXTURE), readPackage(once)];
    for (const sheet of ['銷售明細', '說明']) {
      const part = sheetPart(pin, sheet);
      expect([sheet, Buffer.from(pout.get(part)!).equals(Buffer.from(pin.get(part)!))]).toEqual([sheet, true]);
    }
  });

  test('a second run changes nothing, part by part', () => {
    expect(changedParts(readFileSync(once), readFileSync(twice))).toEqual([]);
  });
});
