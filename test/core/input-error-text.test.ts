import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue } from '../../src/core/cells/cell';
import type { Language } from '../../src/core/columns/layout';
import { recognize } from '../../src/core/columns/recognize';
import { ERROR_LABELS } from '../../src/core/i18n/error-labels';
import { inputErrorText } from '../../src/core/i18n/input-error-text';
import { label } from '../../src/core/i18n/labels';
import { PROBLEM_LABELS } from '../../src/core/i18n/problem-labels';
import { problemText } from '../../src/core/i18n/problem-text';
import { InputError, type InputErrorCode, type ProblemCode } from '../../src/core/problems';
import type { SheetInfo } from '../../src/core/workbook-shape';
import { main } from '../../src/cli/main';
import { makeWorkbook } from '../support/workbooks';
import { englishWords } from '../taskpane/pane-text';

const LANGUAGES: Language[] = ['en', 'zh-Hant', 'zh-Hans'];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** Placeholders filled by codes and ids the renderers turn into labels; any other gets a Chinese name, so English in a result is the template's. */
const SAMPLE: Record<string, string> = { kind: 'sales', role: 'amount', ratio: 'quickRatio', factor: 'principal', item: 'weight', what: 'amount', held: 'formula' };
function sampleArgs(template: string): Record<string, string> {
  return Object.fromEntries(placeholders(template).map((name) => [name, SAMPLE[name] ?? '甲']));
}

function thrown(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('Nothing was thrown.');
}

describe('the error and problem labels of the one dictionary', () => {
  const entries = Object.entries({ ...ERROR_LABELS, ...PROBLEM_LABELS });

  it('have every language, with the same placeholders in each', () => {
    for (const [id, texts] of entries) {
      const sorted = (text: string) => placeholders(text).sort();
      expect({ id, zhHant: sorted(texts['zh-Hant']), zhHans: sorted(texts['zh-Hans']) }).toEqual({ id, zhHant: sorted(texts.en), zhHans: sorted(texts.en) });
    }
  });

  it('are Chinese in Chinese: no English words but the names that stay the same', () => {
    for (const [id, texts] of entries) {
      const words = [texts['zh-Hant'], texts['zh-Hans']].flatMap((text) => englishWords(text.replace(/\{\w+\}/g, '')));
      expect({ id, words }).toEqual({ id, words: [] });
    }
  });
});

describe('inputErrorText', () => {
  const codes = Object.keys(ERROR_LABELS)
    .filter((id) => !id.startsWith('error.kind.') && !id.startsWith('error.held.') && id !== 'error.cellProblem')
    .map((id) => id.slice('error.'.length) as InputErrorCode);

  it.each(codes)('renders %s in every language, filled in, without a command-line flag', (code) => {
    const error = new InputError('The English message.', { code, args: sampleArgs(ERROR_LABELS[`error.${code}`].en) });
    for (const language of LANGUAGES) {
      const text = inputErrorText(error, language);
      expect({ language, text, left: placeholders(text) }).toEqual({ language, text, left: [] });
      expect(text).not.toMatch(/--/);
      if (language !== 'en') expect({ language, words: englishWords(text) }).toEqual({ language, words: [] });
    }
  });

  it('gives the English message of an error without a code', () => {
    expect(inputErrorText(new InputError('Plain words.'), 'zh-Hant')).toBe('Plain words.');
  });

  it('lists the cell problems behind the error, one per line, in the language', () => {
    const error = new InputError('English', {
      code: 'scorecardInvalid',
      args: { sheet: '信用評分表', count: '1' },
      problems: [{ sheet: '信用評分表', cell: 'E7', reason: 'English', code: 'scorecardBandsDown', args: { ratio: 'quickRatio', band: '2', previous: '1' } }],
    });
    expect(inputErrorText(error, 'zh-Hant')).toBe('評分表「信用評分表」有問題：1 項。未寫入任何資料。請修正下列儲存格後再執行：\n信用評分表!E7：速動比率級距順序錯誤：門檻 2 須低於門檻 1');
    expect(inputErrorText(error, 'en')).toBe('The scorecard sheet “信用評分表” has 1 problem(s). Nothing was written. Correct these cells and run again:\n信用評分表!E7: Quick ratio bands out of order: threshold 2 must be below threshold 1');
  });
});

describe('scorecard problem reasons', () => {
  const codes = Object.keys(PROBLEM_LABELS).filter((id) => id.startsWith('problem.scorecard')).map((id) => id.slice('problem.'.length) as ProblemCode);
  const items = Object.keys(PROBLEM_LABELS).filter((id) => id.startsWith('problem.item.')).map((id) => id.slice('problem.item.'.length));

  it.each(codes)('render %s in every language, filled in', (code) => {
    for (const item of items) {
      const template = `${PROBLEM_LABELS[`problem.${code}` as keyof typeof PROBLEM_LABELS].en} ${PROBLEM_LABELS[`problem.item.${item}` as keyof typeof PROBLEM_LABELS].en}`;
      const problem = { sheet: 'S', cell: 'B5', reason: 'English', code, args: { ...sampleArgs(template), item } };
      for (const language of LANGUAGES) {
        const text = problemText(problem, language);
        expect({ language, text, left: placeholders(text) }).toEqual({ language, text, left: [] });
        if (language !== 'en') expect({ language, words: englishWords(text) }).toEqual({ language, words: [] });
      }
    }
  });
});

function input(sheets: { name: string; rows: CellValue[][] }[]) {
  const infos: SheetInfo[] = sheets.map((s) => ({ name: s.name, rowCount: s.rows.length, columnCount: s.rows[0]!.length, tables: [] }));
  return { sheets: infos, probes: sheets.map((s) => s.rows), ownedColumns: new Map(), ownSheets: new Set<string>() };
}

describe('a recognition the user must settle', () => {
  const twoSalesSheets = [
    { name: '2024', rows: [['日期', '客戶編號', '金額']] },
    { name: '2025', rows: [['日期', '客戶編號', '金額']] },
  ];

  it('tells the pane user to choose in the Data section, and the command line which flag to use', () => {
    const error = thrown(() => recognize(input(twoSalesSheets)));
    const text = inputErrorText(error, 'zh-Hant');
    expect(text).toBe('有多張工作表像是銷售工作表：2024, 2025。請在「資料」區選擇其中一張。');
    expect(text).toContain(`「${label('pane.tab.data', 'zh-Hant')}」`);
    expect(text).not.toContain('--');
    expect(error.message).toContain('Choose one with --sales-sheet <sheet>.');
  });

  it('names an ambiguous column by what it holds, as the Data section does', () => {
    const error = thrown(() => recognize(input([{ name: '銷售', rows: [['客戶編號', '金額', '銷售額']] }])));
    expect(inputErrorText(error, 'zh-Hant')).toBe('工作表「銷售」有 2 欄可作為「金額」：B (金額), C (銷售額)。請在「資料」區選擇其中一欄。');
    expect(inputErrorText(error, 'zh-Hans')).toBe('工作表“銷售”有 2 列可作为“金额”：B (金額), C (銷售額)。请在“数据”区选择其中一列。');
    expect(error.candidates).toEqual(['B', 'C']);
  });

  it('asks to rename a header where the columns have no choice: on a financials sheet', () => {
    const error = thrown(() => recognize({
      ...input([
        { name: '客戶', rows: [['客戶編號', '客戶名稱']] },
        { name: '銷售', rows: [['日期', '客戶編號', '金額']] },
        { name: '財報', rows: [['客戶編號', '客戶代號', '資產總額']] },
      ]),
      overrides: { financialsSheet: '財報' },
    }));
    expect(error.code).toBe('ambiguousFinancialsColumn');
    expect(error.message).toBe("Sheet '財報' has 2 customerId columns: A (客戶編號), B (客戶代號). Rename all but one of these headers.");
    expect(inputErrorText(error, 'zh-Hant')).toBe('工作表「財報」有 2 欄可作為「客戶編號」：A (客戶編號), B (客戶代號)。請只保留其中一欄的標題，其餘改名後再執行。');
  });

  it('keeps the English message of the command line as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'credit-desk-error-'));
    await makeWorkbook(twoSalesSheets).xlsx.writeFile(join(dir, 'in.xlsx'));
    let stderr = '';
    const code = await main(['run', join(dir, 'in.xlsx'), '-o', join(dir, 'out.xlsx')], { write: () => true }, { write: (text: string) => (stderr += text) });
    expect(code).toBe(1);
    // The last line, after the progress lines of the stages that ran before the refusal.
    expect(stderr.split('\n').filter((l) => !/^credit-desk: \[\d+%\]/.test(l)).join('\n')).toBe("credit-desk: More than one sheet looks like the sales sheet: '2024' (header row 1), '2025' (header row 1). Choose one with --sales-sheet <sheet>.\n");
  });
});
