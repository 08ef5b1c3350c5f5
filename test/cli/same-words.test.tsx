import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import ts from 'typescript';
import { renderToString } from 'react-dom/server';
import { cliErrorText } from '../../src/cli/flag-hints';
import { main } from '../../src/cli/main';
import { isRole } from '../../src/core/columns/roles';
import { ERROR_LABELS } from '../../src/core/i18n/error-labels';
import { customerChoiceText } from '../../src/core/i18n/customer-choice-text';
import { inputErrorText } from '../../src/core/i18n/input-error-text';
import { PROBLEM_LABELS } from '../../src/core/i18n/problem-labels';
import { problemText } from '../../src/core/i18n/problem-text';
import { paneErrorText, paneHint } from '../../src/taskpane/i18n/error-text';
import { InputError, type InputErrorCode } from '../../src/core/problems';
import { PaneRoot } from '../../src/taskpane/components/PaneRoot';
import { ProblemList } from '../../src/taskpane/components/ProblemList';
import { TiersSection } from '../../src/taskpane/components/tiers/TiersSection';
import { describeError, errorMessage } from '../../src/taskpane/summary/describe-error';
import { CHOICES } from '../taskpane/fixtures';
import { defaultRequest, failThroughFile, makeWorkbook, runThroughFile } from '../support/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-same-words-'));

/** Every string and template text of a TypeScript file (comments left out), as its tokens hold them. */
function stringsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) found.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Each string or template written by hand as a `reason` (a property, an assignment to one, or a variable so named), with its place. */
function handWrittenReasons(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const isText = (node: ts.Node) => ts.isStringLiteralLike(node) || ts.isTemplateExpression(node);
  const named = (node: ts.Node) => (ts.isIdentifier(node) || ts.isStringLiteral(node)) && node.text === 'reason';
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const literal =
      (ts.isPropertyAssignment(node) && named(node.name) && isText(node.initializer)) ||
      (ts.isVariableDeclaration(node) && named(node.name) && node.initializer !== undefined && isText(node.initializer)) ||
      (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && named(node.left.name) && isText(node.right));
    if (literal) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText()}`);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** The command line's output as lines, without the progress lines of stderr. */
async function runCli(book: ExcelJS.Workbook, name: string, ...flags: string[]) {
  await book.xlsx.writeFile(join(dir, `${name}.xlsx`));
  let stdout = '';
  let stderr = '';
  const code = await main(['run', join(dir, `${name}.xlsx`), '-o', join(dir, `${name}-out.xlsx`), '--overwrite', ...flags],
    { write: (text: string) => (stdout += text) }, { write: (text: string) => (stderr += text) });
  return { code, stdout: stdout.split('\n'), stderr: stderr.split('\n').filter((l) => l !== '' && !/^credit-desk: \[\d+%\]/.test(l)) };
}

describe('the core names no command-line flag', () => {
  it('has no --flag in any string of src/core: the command line adds its flags', () => {
    const flags = filesUnder(join(__dirname, '..', '..', 'src', 'core'))
      .flatMap((file) => stringsOf(file).filter((text) => /--[a-z]/i.test(text)).map((text) => `${file}: ${text}`));
    expect(flags).toEqual([]);
  });

  it('finds a flag where one is written (the check can fail)', () => {
    expect(stringsOf(join(__dirname, '..', '..', 'src', 'cli', 'i18n', 'message-labels.ts')).some((text) => /--sales-amount/.test(text))).toBe(true);
  });
});

describe('the core writes no reason by hand: every text is the dictionary\'s', () => {
  it('has no string assigned to a reason in src/core', () => {
    expect(filesUnder(join(__dirname, '..', '..', 'src', 'core')).flatMap((file) => handWrittenReasons(file))).toEqual([]);
  });

  it('finds a reason written by hand, in each of its forms (the check can fail)', () => {
    const source = [
      "const a = { sheet, cell, reason: 'blank customer key', code: 'blankKey' };",
      'problem.reason = `not a date: ${value}`;',
      "const reason = 'too large';",
      "const b = { reason: problemText(problem, 'en') };",
    ].join('\n');
    expect(handWrittenReasons('sample.ts', source).map((f) => f.replace(/^sample\.ts:\d+: /, ''))).toEqual([
      "reason: 'blank customer key'", 'problem.reason = `not a date: ${value}`', "reason = 'too large'",
    ]);
  });
});

describe('the command line writes no sentence by hand: every text it prints is the dictionary\'s', () => {
  const sentence = /[A-Za-z]{2,}[ ,:;()]+[A-Za-z]{2,}/;
  const cli = (file: string) => join(__dirname, '..', '..', 'src', 'cli', file);

  // The help text (usage.ts) stays English by design; every other file that prints takes its sentences from the dictionary.
  const PRINTING_FILES = ['format-summary.ts', 'tier-table.ts', 'text-width.ts', 'format-removal.ts', 'format-input-columns.ts', 'main.ts', 'parse-args.ts', 'flag-hints.ts', 'output-file.ts'];

  it('has no words in a string of the files that print the run summary, the other output and the messages', () => {
    const found = PRINTING_FILES.flatMap((file) => stringsOf(cli(file)).filter((text) => !text.startsWith('node:') /* a module's name */ && !isRole(text) && sentence.test(text)).map((text) => `${file}: ${text}`));
    expect(found).toEqual([]);
  });

  it('finds words where a sentence is written (the check can fail)', () => {
    expect(stringsOf(cli('i18n/cli-labels.ts')).some((text) => sentence.test(text) && text.startsWith('Customer sheet'))).toBe(true);
  });
});

describe('the command line settles by a flag what the pane settles in its Data section', () => {
  const hinted = Object.keys(ERROR_LABELS).filter((id) => id.startsWith('error.hint.')).map((id) => id.slice('error.hint.'.length) as InputErrorCode);
  const args = { sheet: 'S', sheets: 'S, T', kind: 'sales', role: 'amount', count: '2', columns: 'B, C', column: 'X', headers: 'A', sales: 'S', customers: 'C', text: 'x' };

  it.each(hinted)('%s: the dictionary\'s English, then the command line\'s own hint', (code) => {
    const error = new InputError('', { code, args });
    const text = cliErrorText(error);
    // The pane's English message is the same words with its own hint.
    const message = inputErrorText(error, 'en', '');
    expect(text.startsWith(`${message} `)).toBe(true);
    expect(paneErrorText(error, 'en')).toBe(`${message} ${paneHint(error, 'en')}`);
    expect(text).not.toContain(paneHint(error, 'en'));
    expect(text.length).toBeGreaterThan(message.length + 1);
  });

  it('names the flag that chooses the sheet or the column', () => {
    const hint = (code: InputErrorCode, more: Record<string, string>) => cliErrorText(new InputError('', { code, args: { ...args, ...more } })).slice(inputErrorText(new InputError('', { code, args: { ...args, ...more } }), 'en', '').length + 1);
    expect(hint('ambiguousSheet', { kind: 'customer' })).toBe('Choose one with --customer-sheet <sheet>.');
    expect(hint('ambiguousColumn', { kind: 'sales', role: 'quantity' })).toBe('Choose one with --sales-qty <column>.');
    expect(hint('ambiguousColumn', { kind: 'customer', role: 'totalAssets' })).toBe('Choose one with --customer-column totalAssets=<column>.');
    expect(hint('ambiguousColumn', { kind: 'receivables', role: 'dueDate' })).toBe('Choose one with --receivables-column dueDate=<column>.');
    expect(hint('noSuchSheet', { kind: 'financials' })).toBe('Name one of them with --financials-sheet <sheet>.');
    expect(hint('badSelection', {})).toBe('Use --forms all, needs-survey, tier:A|B|C|D, grade:<a grade of the scorecard> or keys:K1,K2.');
  });
});

describe('the command line and the pane word a problem identically', () => {
  it('a date that cannot be read and text where a statement figure is needed', async () => {
    const book = () => makeWorkbook([
      { name: 'Customers', rows: [['Customer ID', 'Customer name', 'Total assets'], ['K1', 'Alpha', 'abc'], ['K2', 'Beta', 100]] },
      { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'K1', 900], ['not a date', 'K2', 100]] },
    ]);
    // A period is set, so a sale without a readable date cannot be placed in it.
    const { summary } = await runThroughFile(book(), { ...defaultRequest(), options: { ...defaultRequest().options, period: { from: 45000 } } });
    expect(summary.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['badDate', 'textFigure']));
    const html = renderToString(<PaneRoot language="en" dark={false}><ProblemList problems={summary.problems} onGoTo={() => undefined} /></PaneRoot>);
    // Each item: the cell link, then the reason.
    const pane = [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&'));

    const cli = await runCli(book(), 'problems', '--from', '2023-03-15');
    expect(cli.code).toBe(0);
    const cliLines = cli.stdout.filter((l) => /^ {2}\S+!\w+: /.test(l)).map((l) => l.trim().replace(/^(\S+!\w+): /, '$1 '));
    expect(cliLines).toEqual(pane);
    expect(cliLines.join('\n')).toContain('where a number is needed');
  });

  it('a blank key, a duplicate key, text for an amount, an unknown customer and an unreadable date: the dictionary\'s English, in the output and in --json', async () => {
    const book = () => makeWorkbook([
      { name: 'Customers', rows: [['Customer ID', 'Customer name'], ['K1', 'Alpha'], [null, 'Beta'], ['K1', 'Alpha again'], ['K2', 'Gamma']] },
      { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'K1', 900], [46000, null, 50], [46000, 'K2', 'abc'], [46000, 'K9', 70], ['not a date', 'K2', 100]] },
    ]);
    const { summary } = await runThroughFile(book(), { ...defaultRequest(), options: { ...defaultRequest().options, period: { from: 45000 } } });
    const html = renderToString(<PaneRoot language="en" dark={false}><ProblemList problems={summary.problems} onGoTo={() => undefined} /></PaneRoot>);
    const pane = [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&'));

    const cli = await runCli(book(), 'key-problems', '--from', '2023-03-15');
    expect(cli.code).toBe(0);
    const cliLines = cli.stdout.filter((l) => /^ {2}\S+!\w+: /.test(l)).map((l) => l.trim().replace(/^(\S+!\w+): /, '$1 '));
    expect(cliLines).toEqual(pane);
    // Each line is the template's English filled in (worked out here from the dictionary, not by problemText).
    const english = (code: keyof typeof CODES, args: Record<string, string>) => PROBLEM_LABELS[`problem.${code}`].en.replace(/\{(\w+)\}/g, (_, name: string) => args[name]!);
    const CODES = {
      blankKeyRow: ['Customers!A3', {}], duplicateKey: ['Customers!A4', { key: '"K1"', first: 'A2' }], blankKey: ['Sales!B3', {}],
      badNumber: ['Sales!C4', { what: 'amount', value: '"abc"' }], unknownCustomer: ['Sales!B5', { key: '"K9"', sheet: 'Customers' }], badDate: ['Sales!A6', { value: '"not a date"' }],
    } as const;
    for (const [code, [cell, args]] of Object.entries(CODES) as [keyof typeof CODES, (typeof CODES)[keyof typeof CODES]][]) {
      expect({ code, line: cliLines.find((l) => l.startsWith(`${cell} `)) }).toEqual({ code, line: `${cell} ${english(code, args)}` });
    }
    for (const p of summary.problems.filter((q) => q.code in CODES)) expect(cliLines).toContain(`${p.sheet}!${p.cell} ${problemText(p, 'en')}`);

    const json = await runCli(book(), 'key-problems-json', '--from', '2023-03-15', '--json');
    const problems = (JSON.parse(json.stdout.filter((l) => l !== '').at(-1)!) as { problems: { sheet: string; cell: string; code: string; reason: string }[] }).problems;
    expect(problems.map((p) => `${p.sheet}!${p.cell} ${p.reason}`)).toEqual(summary.problems.map((p) => `${p.sheet}!${p.cell} ${problemText(p, 'en')}`));
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(Object.keys(CODES)));
  });

  it('in the language of --lang: the pane\'s Traditional Chinese reasons, while --json keeps the English', async () => {
    const book = () => makeWorkbook([
      { name: 'Customers', rows: [['Customer ID', 'Customer name'], ['K1', 'Alpha'], [null, 'Beta'], ['K1', 'Alpha again']] },
      { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'K1', 900], [46000, 'K9', 70], ['not a date', 'K1', 100]] },
    ]);
    const { summary } = await runThroughFile(book(), { ...defaultRequest(), options: { ...defaultRequest().options, period: { from: 45000 } } });
    const html = renderToString(<PaneRoot language="zh-Hant" dark={false}><ProblemList problems={summary.problems} onGoTo={() => undefined} /></PaneRoot>);
    const pane = [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&'));
    expect(pane.length).toBeGreaterThanOrEqual(3);

    const cli = await runCli(book(), 'problems-zh', '--from', '2023-03-15', '--lang', 'zh-TW', '--json');
    expect(cli.code).toBe(0);
    const cliLines = cli.stdout.filter((l) => /^ {2}\S+!\w+：/.test(l)).map((l) => l.trim().replace(/^(\S+!\w+)：/, '$1 '));
    expect(cliLines).toEqual(pane);
    expect(cliLines).toContain(`Customers!A3 ${problemText(summary.problems.find((p) => p.code === 'blankKeyRow')!, 'zh-Hant')}`);
    expect(cli.stdout).toContain(`已寫入：${join(dir, 'problems-zh-out.xlsx')}`);
    const json = JSON.parse(cli.stdout.filter((l) => l !== '').at(-1)!) as { problems: { sheet: string; cell: string; reason: string }[] };
    expect(json.problems.map((p) => `${p.sheet}!${p.cell} ${p.reason}`)).toEqual(summary.problems.map((p) => `${p.sheet}!${p.cell} ${problemText(p, 'en')}`));
  });

  it('why a customer sheet was taken over its partial copy', async () => {
    const book = () => makeWorkbook([
      { name: 'Customers copy', rows: [['Customer ID', 'Customer name'], ['K1', 'Alpha']] },
      { name: 'Customers', rows: [['Customer ID', 'Customer name', 'Total assets', 'Total liabilities'], ['K1', 'Alpha', 100, 40]] },
      { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'K1', 900]] },
    ]);
    const { summary } = await runThroughFile(book());
    const choice = summary.customerSheetChoice!;
    const reason = customerChoiceText(choice, 'en');
    expect(reason).toBe("it has more recognised columns (4), among them every one of 'Customers copy' (2)");
    const cli = await runCli(book(), 'choice');
    expect(cli.stdout[0]).toBe(`Customer sheet: Customers (chosen: ${reason})`);
    const json = await runCli(book(), 'choice-json', '--json');
    expect((JSON.parse(json.stdout.filter((l) => l !== '').at(-1)!) as { customerSheetChoice: unknown }).customerSheetChoice).toEqual({ ...choice, reason });
    const pane = (language: 'en' | 'zh-Hant') => renderToString(
      <PaneRoot language={language} dark={false}><TiersSection tier={CHOICES.tier} onTier={() => undefined} onRun={() => undefined} running={false} summary={summary} /></PaneRoot>,
    ).replace(/<!-- -->/g, '').replace(/&#x27;/g, "'");
    expect(pane('en')).toContain(`“Customers” was taken for the customer sheet: ${reason}.`);
    expect(pane('zh-Hant')).toContain(`已採用「Customers」作為客戶工作表：${customerChoiceText(choice, 'zh-Hant')}。`);
  });

  it('the scorecard thresholds out of order', async () => {
    const source = makeWorkbook([
      { name: 'Customers', rows: [['Customer ID', 'Customer name'], ['K1', 'Alpha']] },
      { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'K1', 900]] },
    ]);
    const { wb } = await runThroughFile(source);
    const scorecard = wb.worksheets.find((ws) => ws.name === 'Credit Scorecard')!;
    // Bands are listed worst first: band 2 above band 1 is out of order, and a negative points cell is below its bound.
    scorecard.getCell('B16').value = 0.9;
    scorecard.getCell('C16').value = 12;
    scorecard.getCell('C15').value = -1;
    const { error } = await failThroughFile(wb);
    const pane = errorMessage(describeError(error), 'en');
    expect(pane).toContain('Quick ratio');
    const cli = await runCli(wb, 'scorecard');
    expect(cli.code).toBe(1);
    expect(cli.stderr.join('\n')).toBe(`credit-desk: ${pane}`);
  });
});
