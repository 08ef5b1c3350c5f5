/**
 * Everything `credit-desk` prints besides the run summary (summary-language.test.ts)
 * in the --lang language: the remove-forms and --add-input-columns outcomes,
 * the progress lines, and the messages about the arguments and the workbook.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '../../src/core/columns/layout';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { formatRemoval } from '../../src/cli/format-removal';
import { CLI_ONLY } from '../../src/cli/i18n/labels';
import { main } from '../../src/cli/main';
import { makeWorkbook, openThroughFile, runThroughFile } from '../support/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-cli-language-'));
const at = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  await makeWorkbook([
    { name: '客戶資料', rows: [['客戶編號', '客戶名稱', '速動資產', '流動負債'], ['C1', '甲', 10, 5], ['C2', '乙', 20, 8]] },
    { name: '銷售', rows: [['日期', '客戶編號', '金額'], [45000, 'C1', 900], [45001, 'C2', 100]] },
  ]).xlsx.writeFile(at('in.xlsx'));
  // Two amount columns; headers in Chinese, so any English in the message would be the command line's.
  await makeWorkbook([{ name: 'S', rows: [['客戶編號', '金額', '銷售金額'], ['a', 1, 2]] }]).xlsx.writeFile(at('ambiguous.xlsx'));
  // A forms run, then the user edits the application sheet: remove-forms removes the survey and keeps that one.
  const { bytes } = await runThroughFile(makeWorkbook([
    { name: 'Customers', rows: [['Customer ID', 'Customer name'], ['C1', 'Alpha'], ['C2', 'Beta']] },
    { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 900_000], [46010, 'C2', 90_000]] },
  ]), { steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(), forms: { selection: { kind: 'all' }, batch: true, now: new Date(2026, 10, 22, 9, 30) } });
  const file = await openThroughFile(bytes);
  await file.port.apply([{ op: 'values', sheet: 'Credit application (batch)', row: 70, col: 0, values: [['Signed']] }]);
  writeFileSync(at('forms.xlsx'), file.book.toBytes());
});

/** Runs main in-process: exit code, stdout and stderr as lines (the last, empty one dropped). */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { write: (t: string) => (stdout += t) }, { write: (t: string) => (stderr += t) });
  const lines = (text: string) => text.split('\n').slice(0, -1);
  return { code, stdout: lines(stdout), stderr: lines(stderr) };
}

/**
 * A line without what the user typed or the workbook holds, which print as
 * they are: flags and their values, role codes, file names, names quoted
 * 「…」 or “…”, the product's name.
 */
const IDENTIFIERS = /--[a-z-]+|\b(?:sales|headcount)\b|credit-desk|Credit Desk|「[^」]*」|“[^”]*”|[A-Za-z0-9./_-]*\.xlsx|[（(](?:total|net|sales|opening|rating:)[A-Za-z:]*[）)]/g;
const ownWords = (line: string) => line.split(dir).join(' ').replace(IDENTIFIERS, ' ');
const englishWords = (text: string) => text.match(/[A-Za-z]{3,}/g) ?? [];

/** Every stretch of English words a command-line label writes around its values. */
const englishFragments = Object.values(CLI_ONLY)
  .flatMap((texts) => texts.en.split(/\{\w+\}/))
  .map((part) => part.trim())
  .filter((part) => englishWords(part).length > 0);

/** The English found in lines: a label's English words, or any English word at all. */
const englishIn = (lines: string[]) => lines.map(ownWords).flatMap((line) => [
  ...englishFragments.filter((f) => line.includes(f)).map((f) => `${line} ← ${f}`),
  ...englishWords(line).map((w) => `${line} ← ${w}`),
]);

describe('the command line in the --lang language', () => {
  const printed: Record<string, string[]> = {};

  it.each<[string, Language, string[]]>([
    ['zh-TW', 'zh-Hant', ['已移除活頁簿中最近一次產生的表單工作表（1 張）：「Survey (batch)」。', '已保留之後曾被編輯的表單工作表（1 張）：「Credit application (batch)」。']],
    ['zh-CN', 'zh-Hans', ['已删除工作簿中最近一次生成的表单工作表（1 张）：“Survey (batch)”。', '已保留之后曾被编辑的表单工作表（1 张）：“Credit application (batch)”。']],
  ])('remove-forms --lang %s: what was removed and kept, then where it was written', async (tag, language, lines) => {
    const out = at(`removed-${language}.xlsx`);
    const r = await cli('remove-forms', at('forms.xlsx'), '-o', out, '--lang', tag);
    expect([r.code, r.stderr]).toEqual([0, []]);
    expect(r.stdout).toEqual([...lines, '', language === 'zh-Hant' ? `已寫入：${out}` : `已写入：${out}`]);
    printed[`remove-forms ${language}`] = r.stdout;
  });

  it('remove-forms words the sheets it cannot check, and an outcome with nothing removed', () => {
    expect(formatRemoval({ remove: [], keptEdited: [], unchecked: ['調查表', '申請表'] }, 'zh-Hant')).toEqual([
      '未移除任何工作表：上次產生的表單工作表中，沒有未經編輯的工作表。',
      '另保留 Credit Desk 無法檢查的表單工作表（2 張；由舊版產生，或產生時中途停止）：「調查表」、「申請表」。若不再需要，請自行刪除。',
    ]);
    expect(formatRemoval({ remove: [], keptEdited: [], unchecked: ['调查表'] }, 'zh-Hans')[1])
      .toBe('另保留 Credit Desk 无法检查的表单工作表（1 张；由旧版本生成，或生成时中途停止）：“调查表”。如不再需要，请自行删除。');
  });

  it.each<[string, Language, string[]]>([
    ['zh-Hant', 'zh-Hant', [
      '已在「客戶資料」新增 E 欄「負債總額」（totalLiabilities）',
      '已依預設規則建立評分表「信用評分表」：評等欄的下拉式清單列出其中的評等與用語。',
      '這些欄位屬於您：請填寫後再評定信用（Credit Desk 之後不會再寫入）。',
      '正在寫入「{out}」',
      '已寫入：{out}',
    ]],
    ['zh-Hans', 'zh-Hans', [
      '已在“客戶資料”添加 E 列“負債總額”（totalLiabilities）',
      '已按默认规则创建评分表“信用評分表”：评级列的下拉列表列出其中的评级与用语。',
      '这些列属于您：请填写后再评定信用（Credit Desk 之后不会再写入）。',
      '正在写入“{out}”',
      '已写入：{out}',
    ]],
  ])('run --add-input-columns --lang %s: a line per column, the scorecard, whose the columns are, the progress and where it was written', async (tag, language, [first, scorecard, yours, writing, written]) => {
    const out = at(`inputs-${language}.xlsx`);
    const r = await cli('run', at('in.xlsx'), '-o', out, '--add-input-columns', '--lang', tag);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([`credit-desk: [90%] ${writing!.replace('{out}', out)}`]);
    expect(r.stdout[0]).toBe(first);
    // The statement figures and the ratings the sheet lacks: a line each, then the scorecard's and the note.
    const added = r.stdout.filter((l) => l.startsWith(language === 'zh-Hant' ? '已在「客戶資料」新增 ' : '已在“客戶資料”添加 '));
    expect(added.length).toBeGreaterThan(5);
    expect(r.stdout.slice(added.length)).toEqual([scorecard, yours, '', written!.replace('{out}', out)]);
    printed[`inputs ${language}`] = [...r.stdout, ...r.stderr];

    const again = await cli('run', out, '-o', at(`again-${language}.xlsx`), '--add-input-columns', '--lang', tag);
    expect(again.stdout[0]).toBe(language === 'zh-Hant' ? '「客戶資料」沒有缺少的輸入欄位：未新增任何欄位。' : '“客戶資料”没有缺少的输入列：未添加任何列。');
  });

  it.each<[Language, string[]]>([
    ['zh-Hant', ['[0%] 正在尋找客戶與銷售工作表', '[15%] 正在讀取「銷售」的銷售資料', '[50%] 正在為客戶分級', '[60%] 正在評定信用', '[80%] 正在寫入「客戶資料」', '[90%] 正在寫入「{out}」', '[100%] 完成']],
    ['zh-Hans', ['[0%] 正在查找客户与销售工作表', '[15%] 正在读取“銷售”的销售数据', '[50%] 正在为客户分级', '[60%] 正在评定信用', '[80%] 正在写入“客戶資料”', '[90%] 正在写入“{out}”', '[100%] 完成']],
  ])('the progress lines of a run in %s, with the pane\'s words', async (language, lines) => {
    const out = at(`progress-${language}.xlsx`);
    const r = await cli('run', at('in.xlsx'), '-o', out, '--lang', language);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual(lines.map((l) => `credit-desk: ${l.replace('{out}', out)}`));
    printed[`progress ${language}`] = r.stderr;
  });

  it.each<[Language, string]>([
    ['zh-Hant', 'credit-desk: 工作表「S」有 2 欄可作為「金額」：B (金額), C (銷售金額)。請以 --sales-amount <欄> 選擇其中一欄。'],
    ['zh-Hans', 'credit-desk: 工作表“S”有 2 列可作为“金额”：B (金額), C (銷售金額)。请用 --sales-amount <列> 选择其中一列。'],
  ])('an input error in %s: the dictionary\'s message and the flag that settles it', async (language, line) => {
    const r = await cli('run', at('ambiguous.xlsx'), '-o', at('a.xlsx'), '--lang', language);
    expect([r.code, r.stderr.filter((l) => !/^credit-desk: \[\d+%\]/.test(l))]).toEqual([1, [line]]);
    printed[`input error ${language}`] = r.stderr;
  });

  it('wrong usage and an output that exists, once --lang is read; English before it', async () => {
    const mode = await cli('run', at('in.xlsx'), '-o', at('m.xlsx'), '--lang', 'zh-TW', '--mode', 'share');
    expect([mode.code, mode.stderr]).toEqual([2, ['credit-desk: --mode 只能是 sales 或 headcount，不能是「share」。', '執行「credit-desk --help」查看各選項。']]);
    const exists = await cli('run', at('in.xlsx'), '-o', at('forms.xlsx'), '--lang', 'zh-CN');
    expect([exists.code, exists.stderr]).toEqual([1, [`credit-desk: “${at('forms.xlsx')}”已存在：请改用其他输出文件，或加上 --overwrite 以替换它。`]]);
    const noOutput = await cli('remove-forms', at('forms.xlsx'), '--lang', 'zh-Hant');
    expect([noOutput.code, noOutput.stderr]).toEqual([2, ['credit-desk: 請以 -o <out.xlsx> 指定輸出檔案。', '執行「credit-desk --help」查看各選項。']]);
    const wrongLang = await cli('run', at('in.xlsx'), '-o', at('l.xlsx'), '--lang', 'fr');
    expect(wrongLang.stderr[0]).toBe('credit-desk: --lang is zh-Hant, zh-Hans or en (or a tag such as zh-TW, zh-HK, zh-CN, zh-SG), not "fr".');
    printed['messages'] = [...mode.stderr, ...exists.stderr, ...noOutput.stderr];
  });

  it('no Chinese line holds an English sentence or word, but for what is typed as it is', () => {
    expect(Object.keys(printed)).toHaveLength(9);
    expect(englishIn(Object.values(printed).flat())).toEqual([]);
  });

  it('the English output meets the same check (it can fail)', async () => {
    const r = await cli('run', at('in.xlsx'), '-o', at('english.xlsx'), '--add-input-columns');
    expect(englishIn(r.stdout).length).toBeGreaterThan(5);
  });
});
