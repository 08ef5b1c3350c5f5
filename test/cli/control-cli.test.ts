import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dateToSerial } from '../../src/core/cells/normalize';
import { makeWorkbook } from '../support/workbooks';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'credit-desk.js');
const dir = mkdtempSync(join(tmpdir(), 'credit-desk-control-cli-'));
const d = (y: number, m: number, day: number) => dateToSerial(y, m, day);

function cli(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
}

beforeAll(async () => {
  const sheets = [
    { name: 'Customers', rows: [['Customer ID', 'Customer name', 'Approved credit limit'], ['C1', 'Acme', 50000], ['C2', 'Beta', 20000]] },
    { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [d(2026, 4, 1), 'C1', 90000], [d(2026, 5, 1), 'C2', 40000]] },
  ];
  await makeWorkbook(sheets).xlsx.writeFile(join(dir, 'no-ar.xlsx'));
  await makeWorkbook([...sheets, {
    name: 'Open items',
    rows: [['Customer ID', 'Invoice no.', 'Invoice date', 'Due date', 'Amount'],
      ['C1', 'I1', d(2026, 5, 1), d(2026, 5, 31), 60000], ['C2', 'I2', d(2026, 3, 1), d(2026, 3, 31), 5000], ['C2', 'I3', d(2026, 7, 2), d(2026, 8, 1), 100]],
  }]).xlsx.writeFile(join(dir, 'ar.xlsx'));
});

describe('credit-desk run with credit control', () => {
  test('--as-of and --json: exposure, aging, statuses and held customers, documents after the as-of date counted', () => {
    const r = cli('run', join(dir, 'ar.xlsx'), '-o', join(dir, 'out.xlsx'), '--overwrite', '--as-of', '2026-06-30', '--json');
    expect([r.status, r.stderr.includes('Error')]).toEqual([0, false]);
    const json = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(json).toMatchObject({
      receivablesSheet: 'Open items', asOf: '2026-06-30', documentsAfterAsOf: 1, exposureTotal: 65000, overdueTotal: 65000,
      aging: [0, 60000, 0, 0, 5000, 0], // I2 is 91 days past due
      statuses: { overLimit: 1, overdueHold: 1 },
    });
    expect(json.heldCustomers).toEqual([
      { id: 'C1', name: 'Acme', cell: expect.stringMatching(/^[A-Z]+2$/), status: 'overLimit' },
      { id: 'C2', name: 'Beta', cell: expect.stringMatching(/^[A-Z]+3$/), status: 'overdueHold' },
    ]);
    expect(r.stdout).toContain('Credit control (as of 2026-06-30; receivables: Open items)');
    // The text summary words what --json gives as codes: the owned columns' headers with the scorecard's bucket edges, the status column's words.
    expect(r.stdout).toContain('  Aging: Not yet due 0; Past due 1–30 days 60,000; Past due 31–60 days 0; Past due 61–90 days 0; Past due 91–180 days 5,000; Past due >180 days 0\n');
    expect(r.stdout).toMatch(/\n {2}Status \(each customer's most severe condition\): OK 0; .*Over limit 1; .*Overdue hold 1; No credit \(cash or collateral\) 0\n/);
    expect(r.stdout).toContain('  Over their limit, whatever the status shown: 1 customers (1 show Over limit, 0 a more severe status), 10,000 above their limits in all\n');
  });

  test('--steps control on a workbook without a receivables sheet is refused; the default steps leave control out', () => {
    const refused = cli('run', join(dir, 'no-ar.xlsx'), '-o', join(dir, 'refused.xlsx'), '--steps', 'tiers,credit,control');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('no receivables sheet');
    const plain = cli('run', join(dir, 'no-ar.xlsx'), '-o', join(dir, 'plain.xlsx'), '--json');
    expect(plain.status).toBe(0);
    expect(JSON.parse(plain.stdout.trim().split('\n').pop()!).receivablesSheet).toBeUndefined();
  });

  test('--as-of takes a date', () => {
    const r = cli('run', join(dir, 'ar.xlsx'), '-o', join(dir, 'x.xlsx'), '--as-of', 'June');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--as-of takes a date as yyyy-mm-dd, not "June"');
  });
});
