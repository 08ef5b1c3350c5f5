import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StepsRequest } from '../../src/app/run-steps';
import { formatRemoval } from '../../src/cli/format-removal';
import { main } from '../../src/cli/main';
import type { FormKind } from '../../src/core/forms/form-sheets';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { makeWorkbook, readBack, runThroughFile } from '../support/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-two-runs-'));
const at = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function removeForms(input: string, output: string, ...flags: string[]): Promise<string[]> {
  const chunks: string[] = [];
  const stderr: string[] = [];
  const code = await main(['remove-forms', input, '-o', output, ...flags], { write: (t: string) => chunks.push(t) }, { write: (t: string) => stderr.push(t) });
  expect([code, stderr]).toEqual([0, []]);
  return chunks.join('').trim().split('\n').filter((l) => l !== '' && !l.startsWith('Written:') && !l.startsWith('已寫入：'));
}

const sheetsOf = async (file: string) => (await readBack(new Uint8Array(readFileSync(file)))).worksheets.map((ws) => ws.name);

beforeAll(async () => {
  const wb = makeWorkbook([
    { name: 'Customers', rows: [['Customer ID', 'Customer name'], ['C1', 'Alpha'], ['C2', 'Beta']] },
    { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 900_000], [46010, 'C2', 90_000]] },
  ]);
  const forms = (kind: FormKind): StepsRequest => ({
    steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(),
    forms: { selection: { kind: 'all' }, batch: true, kinds: [kind], now: new Date(2026, 10, 22, 9, 30) },
  });
  // An earlier run made the survey forms, a later one the application forms.
  const first = await runThroughFile(wb, forms('survey'));
  const second = await runThroughFile(first.bytes, forms('authorization'));
  writeFileSync(at('two-runs.xlsx'), second.bytes);
});

describe('remove-forms on a workbook with two forms runs', () => {
  it('removes the later run, and says the earlier run\'s sheets were left and go next', async () => {
    expect(await removeForms(at('two-runs.xlsx'), at('once.xlsx'))).toEqual([
      "Removed the form sheets of the most recent forms run still in the workbook (1): 'Credit application (batch)'.",
      "Left alone: form sheets of earlier forms runs (1): 'Survey (batch)'. Running credit-desk remove-forms on the output would remove the most recent of those runs next.",
    ]);
    expect(await sheetsOf(at('once.xlsx'))).toEqual(['Customers', 'Sales', 'Credit Scorecard', 'Survey (batch)']);
  });

  it('run again on its output, removes the earlier run, as it said it would, and then nothing is left to name', async () => {
    expect(await removeForms(at('once.xlsx'), at('twice.xlsx'), '--lang', 'zh-TW')).toEqual([
      '已移除活頁簿中最近一次產生的表單工作表（1 張）：「Survey (batch)」。',
    ]);
    expect(await sheetsOf(at('twice.xlsx'))).toEqual(['Customers', 'Sales', 'Credit Scorecard']);
  });
});

describe('the earlier runs\' line', () => {
  it('promises no next removal while the last run still has sheets kept (a second remove-forms would stop at them)', () => {
    expect(formatRemoval({ remove: ['A'], keptEdited: ['B'], unchecked: [] }, 'en', ['S1', 'S2'])).toEqual([
      "Removed the form sheets of the most recent forms run still in the workbook (1): 'A'.",
      "Kept form sheets edited since the run (1): 'B'.",
      "Left alone: form sheets of earlier forms runs (2): 'S1', 'S2'.",
    ]);
    expect(formatRemoval({ remove: ['A'], keptEdited: [], unchecked: [] }, 'zh-Hans', ['S1'])[1])
      .toBe('未改动更早几次生成的表单工作表（1 张）：“S1”。若对输出文件再运行 credit-desk remove-forms，将删除其中最近一次生成的表单。');
  });
});
