import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { makeWorkbook, openThroughFile, readBack, runThroughFile } from '../support/workbooks';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'credit-desk.js');
const dir = mkdtempSync(join(tmpdir(), 'credit-desk-remove-forms-'));
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
let input: Uint8Array;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const wb = makeWorkbook([
    { name: 'Customers', rows: [['Customer ID', 'Customer name'], ['C1', 'Alpha'], ['C2', 'Beta']] },
    { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 900_000], [46010, 'C2', 90_000]] },
  ]);
  const { bytes } = await runThroughFile(wb, {
    steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(),
    forms: { selection: { kind: 'all' }, batch: true, now: new Date(2026, 10, 22, 9, 30) },
  });
  // The user signs the application sheet: that one is kept.
  const file = await openThroughFile(bytes);
  await file.port.apply([{ op: 'values', sheet: 'Credit application (batch)', row: 70, col: 0, values: [['Signed']] }]);
  input = file.book.toBytes();
  writeFileSync(join(dir, 'forms.xlsx'), input);
});

describe('credit-desk remove-forms', () => {
  test('exits 0, removes the unedited form sheets of the last run, names the kept edited one, and writes the output', async () => {
    const r = cli('remove-forms', join(dir, 'forms.xlsx'), '-o', join(dir, 'out.xlsx'), '--json');
    expect([r.status, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain("Removed the form sheets of the most recent forms run still in the workbook (1): 'Survey (batch)'.");
    expect(lines).toContain("Kept form sheets edited since the run (1): 'Credit application (batch)'.");
    expect(JSON.parse(lines.pop()!)).toEqual({ removed: ['Survey (batch)'], keptEdited: ['Credit application (batch)'], unchecked: [], output: join(dir, 'out.xlsx') });
    const out = await readBack(new Uint8Array(readFileSync(join(dir, 'out.xlsx'))));
    expect(out.worksheets.map((ws) => ws.name)).toEqual(['Customers', 'Sales', 'Credit Scorecard', 'Credit application (batch)']);
  });

  test('run again on its output: nothing left to remove, still exit 0 and the kept sheet named', () => {
    const r = cli('remove-forms', join(dir, 'out.xlsx'), '-o', join(dir, 'again.xlsx'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Removed no sheet: the last forms run left no unedited form sheet.');
    expect(r.stdout).toContain("Kept form sheets edited since the run (1): 'Credit application (batch)'.");
    expect(existsSync(join(dir, 'again.xlsx'))).toBe(true);
  });

  test('wrong usage exits 2 with the reason; an unusable input or output exits 1; the input is never written', () => {
    const noOutput = cli('remove-forms', join(dir, 'forms.xlsx'));
    expect([noOutput.status, noOutput.stderr]).toEqual([2, expect.stringContaining('Name the output file with -o <out.xlsx>.')]);
    const runFlag = cli('remove-forms', join(dir, 'forms.xlsx'), '-o', join(dir, 'x.xlsx'), '--batch');
    expect(runFlag.status).toBe(2);
    expect(runFlag.stderr).toBe('credit-desk: Unknown option --batch.\nRun "credit-desk --help" for the options.\n');
    const missing = cli('remove-forms', join(dir, 'none.xlsx'), '-o', join(dir, 'y.xlsx'));
    expect([missing.status, missing.stderr]).toEqual([1, expect.stringContaining('the file does not exist')]);
    const same = cli('remove-forms', join(dir, 'forms.xlsx'), '-o', join(dir, 'forms.xlsx'), '--overwrite');
    expect([same.status, same.stderr]).toEqual([1, expect.stringContaining('never overwrites the workbook it reads')]);
    const exists = cli('remove-forms', join(dir, 'forms.xlsx'), '-o', join(dir, 'out.xlsx'));
    expect([exists.status, exists.stderr]).toEqual([1, expect.stringContaining('out.xlsx')]);
    expect(Buffer.compare(readFileSync(join(dir, 'forms.xlsx')), Buffer.from(input))).toBe(0);
  });

  test('the help names the command', () => {
    const r = cli('--help');
    expect(r.stdout).toContain('credit-desk remove-forms <in.xlsx> -o <out.xlsx> [--overwrite] [--lang <tag>] [--json]');
  });
});
