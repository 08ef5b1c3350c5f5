import { closestOption, editDistance } from '../../src/cli/closest-option';
import { main } from '../../src/cli/main';

function collector() {
  const chunks: string[] = [];
  return { write: (t: string) => chunks.push(t), text: () => chunks.join('') };
}

/** The exit code and stderr of a command that fails before reading any file. */
async function refused(...argv: string[]): Promise<[number, string]> {
  const stdout = collector();
  const stderr = collector();
  const code = await main(argv, stdout, stderr);
  expect(stdout.text()).toBe('');
  return [code, stderr.text()];
}

const SEE_HELP = 'Run "credit-desk --help" for the options.\n';

describe('the closest option', () => {
  it('is the one a typo is nearest to, or the only one a name begins, and none when nothing is close', () => {
    expect(editDistance('frm', 'from')).toBe(1);
    expect(editDistance('', 'to')).toBe(2);
    const names = ['output', 'overwrite', 'from', 'to', 'forms', 'form-types', 'steps'];
    expect(closestOption('frm', names)).toBe('from');
    expect(closestOption('Steps', names)).toBe('steps');
    expect(closestOption('overw', names)).toBe('overwrite');
    expect(closestOption('form', names)).toBe('forms'); // begins two options: the nearest of all, one letter short of --forms
    expect(closestOption('frxm', ['from', 'frim'])).toBe('from'); // a tie goes to the first
    expect(closestOption('x', names)).toBeUndefined();
    expect(closestOption('language', names)).toBeUndefined();
  });
});

describe('an unknown option', () => {
  it('is said in our words with the closest option and the help line, exit 2 (not Node\'s message)', async () => {
    expect(await refused('run', 'in.xlsx', '-o', 'out.xlsx', '--frm', '2025-01-01'))
      .toEqual([2, `credit-desk: Unknown option --frm: did you mean --from?\n${SEE_HELP}`]);
    expect(await refused('run', 'in.xlsx', '-o', 'out.xlsx', '--frm=2025-01-01'))
      .toEqual([2, `credit-desk: Unknown option --frm: did you mean --from?\n${SEE_HELP}`]);
    expect(await refused('run', 'in.xlsx', '-o', 'out.xlsx', '-from', '2025-01-01'))
      .toEqual([2, `credit-desk: Unknown option -from: did you mean --from?\n${SEE_HELP}`]);
    expect(await refused('run', 'in.xlsx', '-o', 'out.xlsx', '--colour'))
      .toEqual([2, `credit-desk: Unknown option --colour.\n${SEE_HELP}`]);
  });

  it('is said in the --lang language, wherever --lang is on the line; English when --lang is no language', async () => {
    expect(await refused('run', 'in.xlsx', '--frm', 'x', '-o', 'out.xlsx', '--lang', 'zh-TW'))
      .toEqual([2, 'credit-desk: 沒有 --frm 這個選項：您是指 --from 嗎？\n執行「credit-desk --help」查看各選項。\n']);
    expect(await refused('run', 'in.xlsx', '--lang=zh-CN', '--colour'))
      .toEqual([2, 'credit-desk: 没有 --colour 这个选项。\n运行“credit-desk --help”查看各选项。\n']);
    expect(await refused('run', 'in.xlsx', '--lang', 'fr', '--colour'))
      .toEqual([2, `credit-desk: Unknown option --colour.\n${SEE_HELP}`]);
  });

  it('of remove-forms is suggested among remove-forms\' own options', async () => {
    expect(await refused('remove-forms', 'in.xlsx', '-o', 'out.xlsx', '--overwrit'))
      .toEqual([2, `credit-desk: Unknown option --overwrit: did you mean --overwrite?\n${SEE_HELP}`]);
    expect(await refused('remove-forms', 'in.xlsx', '-o', 'out.xlsx', '--lang', 'zh-TW', '--steps', 'forms'))
      .toEqual([2, 'credit-desk: 沒有 --steps 這個選項。\n執行「credit-desk --help」查看各選項。\n']);
  });
});

describe('a value missing, or given to a switch', () => {
  it('is said in our words, in the --lang language', async () => {
    expect(await refused('run', 'in.xlsx', '-o'))
      .toEqual([2, `credit-desk: -o needs a value after it; a value that starts with a dash is written --output=<value>.\n${SEE_HELP}`]);
    expect(await refused('run', 'in.xlsx', '-o', '--overwrite'))
      .toEqual([2, `credit-desk: -o needs a value after it; a value that starts with a dash is written --output=<value>.\n${SEE_HELP}`]);
    expect(await refused('run', 'in.xlsx', '-o', 'out.xlsx', '--json=yes'))
      .toEqual([2, `credit-desk: --json is a switch and takes no value: write it alone, without "=yes".\n${SEE_HELP}`]);
    expect(await refused('remove-forms', 'in.xlsx', '--lang', 'zh-CN', '-o'))
      .toEqual([2, 'credit-desk: -o 后面须接一个值；以“-”开头的值请写成 --output=<值>。\n运行“credit-desk --help”查看各选项。\n']);
  });
});
