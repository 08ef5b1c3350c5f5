import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { makeWorkbook } from '../support/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-progress-'));
const input = join(dir, 'in.xlsx');

beforeAll(async () => {
  const wb = makeWorkbook([
    { name: 'Customers', rows: [['客戶編號', '客戶名稱'], ['C1', '甲'], ['C2', '乙']] },
    { name: 'Sales', rows: [['日期', '客戶編號', '金額'], [45000, 'C1', 900], [45001, 'C2', 100]] },
  ]);
  await wb.xlsx.writeFile(input);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs main in-process; each stderr write is recorded with whether the output file existed at that moment. */
async function run(out: string, ...flags: string[]) {
  const stdout: string[] = [];
  const stderr: { text: string; outputExisted: boolean }[] = [];
  const code = await main(['run', input, '-o', out, ...flags], { write: (t: string) => stdout.push(t) }, {
    write: (t: string) => stderr.push({ text: t, outputExisted: existsSync(out) }),
  });
  return { code, stdout: stdout.join(''), stderr };
}

describe('credit-desk run progress', () => {
  test('one stderr line per stage and one before writing the file, the last only once the file is written; none with --json; stdout the same', async () => {
    const plainOut = join(dir, 'plain.xlsx');
    const plain = await run(plainOut);
    expect(plain.code).toBe(0);
    expect(plain.stderr.map((w) => w.text)).toEqual([
      'credit-desk: [0%] Finding the customer and sales sheets\n',
      "credit-desk: [15%] Reading sales rows of 'Sales'\n",
      'credit-desk: [50%] Tiering customers\n',
      'credit-desk: [60%] Scoring credit\n',
      "credit-desk: [80%] Writing 'Customers'\n",
      `credit-desk: [90%] Writing '${plainOut}'\n`,
      'credit-desk: [100%] Done\n',
    ]);
    expect(plain.stderr.map((w) => w.outputExisted)).toEqual([false, false, false, false, false, false, true]);

    const jsonOut = join(dir, 'json.xlsx');
    const json = await run(jsonOut, '--json');
    expect(json.code).toBe(0);
    expect(json.stderr).toEqual([]);

    // stdout: the same summary either way (the output name aside), plus the JSON line with --json; no progress in it.
    expect(plain.stdout).toMatch(/\n\nWritten: .*plain\.xlsx\n$/);
    expect(plain.stdout).not.toContain('credit-desk: [');
    const jsonLines = json.stdout.split('\n');
    expect(jsonLines.pop()).toBe('');
    expect(JSON.parse(jsonLines.pop()!)).toMatchObject({ customers: 2, output: jsonOut });
    expect(`${jsonLines.join('\n')}\n`).toBe(plain.stdout.replace(plainOut, jsonOut));
  });
});
