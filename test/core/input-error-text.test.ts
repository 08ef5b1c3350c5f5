import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue } from '../../src/core/cells/cell';
import type { Language } from '../../src/core/columns/layout';
import { recognize } from '../../src/core/columns/recognize';
import { ERROR_LABELS } from '../../src/core/i18n/error-labels';
import { inputErrorText } from '../../src/core/i18n/input-error-text';
import { label } from '../../src/taskpane/i18n/labels';
import { PROBLEM_LABELS } from '../../src/core/i18n/problem-labels';
import { problemText } from '../../src/core/i18n/problem-text';
import { InputError, type InputErrorCode, type ProblemCode } from '../../src/core/problems';
import type { SheetInfo } from '../../src/core/workbook-shape';
import { cliErrorText } from '../../src/cli/flag-hints';
import { paneErrorText } from '../../src/taskpane/i18n/error-text';
import { main } from '../../src/cli/main';
import { makeWorkbook } from '../support/workbooks';
import { englishWords } from '../taskpane/pane-text';

const LANGUAGES: Language[] = ['en', 'zh-Hant', 'zh-Hans'];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** Placeholders filled by codes and ids the renderers turn into labels; any other gets a Chinese name, so English in a result is the template's. */
const SAMPLE: Record<string, string> = { kind: 'sales', role: 'amount', ratio: 'quickRatio', factor: 'principal', item: 'weight', what: 'amount', held: 'formula', effect: 'leftOut', result: 'quickRatio' };
function sampleArgs(template: string): Record<string, string> {
  return Object.fromEntries(placeholders(template).map((name) => [name, SAMPLE[name] ?? '甲']));
}

/** Every code there is: a code added to problems.ts and not here fails the type check, so it cannot go without its text. */
const PROBLEM_CODES = {
  blankKey: true, blankKeyRow: true, badNumber: true, badDate: true, undatedSale: true, duplicateKey: true, unknownCustomer: true, badRating: true,
  textFigure: true, negativeFigure: true, blankDate: true, implausibleDate: true, amountOverflow: true, figureOverflow: true, summaryRow: true, formulaWithoutValue: true, errorKey: true,
  previousRunStopped: true, scorecardNumber: true, scorecardBlankNumber: true, scorecardBelow: true, scorecardBlank: true, scorecardBandsDown: true,
  scorecardBandsUp: true, scorecardPointsOrder: true, scorecardOtherwise: true, scorecardWordRating: true, scorecardGradeName: true,
  scorecardGradesOrder: true, scorecardRoundingZero: true, scorecardLastLevelMax: true, scorecardLevelNoMax: true, scorecardLevelsOrder: true,
  scorecardAbove: true, scorecardOrder: true, scorecardKeyText: true, scorecardKeyNumber: true, scorecardKeyTwice: true, scorecardWhole: true,
  scorecardCellTaken: true, scorecardEdgesOrder: true, scorecardZeroOrOne: true, scorecardGap: true, scorecardTooManyRows: true,
  scorecardTooFewRows: true, scorecardText: true, scorecardWildcard: true, scorecardGradeTwice: true, scorecardFactorTwice: true,
  scorecardFactorNoSheet: true, scorecardFactorNoColumn: true, scorecardFactorColumnTwice: true, scorecardFactorColumnTaken: true,
  scorecardMoved: true, arBlankKey: true, arUnknownCustomer: true, arBadNumber: true, arBlankNumber: true, arBadDate: true, arNoDueDate: true,
  arDueBeforeDocument: true, arPaidBeforeDocument: true, arPaidAboveAmount: true, arPaidOppositeSign: true, arDuplicateDocument: true,
  controlInputText: true, blankAmount: true,
} satisfies Record<ProblemCode, true>;

const INPUT_ERROR_CODES = {
  noSuchColumn: true, ambiguousColumn: true, ambiguousFinancialsColumn: true, ambiguousSheet: true, noSuchSheet: true, notASourceSheet: true,
  noSalesSheet: true, sameSheet: true, noAmountColumn: true, noSharedKey: true, noKeyColumn: true, scorecardInvalid: true, columnHoldsData: true,
  ownedHeaderChanged: true, badSelection: true, unknownKeys: true, ambiguousCustomerName: true, unknownGrade: true, noCustomerChosen: true, requestedLimitUnknown: true,
  badPeriodDate: true, badThresholds: true, workbookMissing: true, workbookUnreadable: true, noReceivablesAmount: true, noReceivablesKey: true,
  noReceivablesSheet: true, notFormSheet: true, workbookProtectedRemove: true, excelTimeout: true, cellEditMode: true, sheetProtected: true,
  workbookProtected: true, rowsMoved: true, formulaChanged: true, tableBlocked: true, inputColumnsNoSheet: true,
  periodReversed: true, previewOpenFailed: true, previewOpenFirst: true,
} satisfies Record<InputErrorCode, true>;

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

describe('every problem and input-error code', () => {
  const WEIGHT_ITEM = PROBLEM_LABELS['problem.item.weight'].en;

  it.each(Object.keys(PROBLEM_CODES) as ProblemCode[])('problem %s has its text in every language, filled in', (code) => {
    const template = PROBLEM_LABELS[`problem.${code}`].en;
    const problem = { sheet: 'S', cell: 'B5', reason: '', code, args: sampleArgs(`${template} ${WEIGHT_ITEM}`) };
    for (const language of LANGUAGES) {
      const text = problemText(problem, language);
      expect({ language, text, left: placeholders(text) }).toEqual({ language, text, left: [] });
      expect(text.trim()).not.toBe('');
      if (language !== 'en') expect({ language, words: englishWords(text) }).toEqual({ language, words: [] });
    }
  });

  it.each(Object.keys(INPUT_ERROR_CODES) as InputErrorCode[])('input error %s has its text in every language, filled in', (code) => {
    const hint = `error.hint.${code}`;
    const template = `${ERROR_LABELS[`error.${code}`].en} ${hint in ERROR_LABELS ? ERROR_LABELS[hint as keyof typeof ERROR_LABELS].en : ''}`;
    const error = new InputError('', { code, args: sampleArgs(template) });
    for (const language of LANGUAGES) {
      const text = inputErrorText(error, language);
      expect({ language, text, left: placeholders(text) }).toEqual({ language, text, left: [] });
      expect(text.trim()).not.toBe('');
      if (language !== 'en') expect({ language, words: englishWords(text) }).toEqual({ language, words: [] });
    }
  });

  it('has no text in the dictionary for a code that is not one', () => {
    // A variant (problem.<code>.<variant>) words a code for another case: its code must be one.
    const problems = Object.keys(PROBLEM_LABELS).filter((id) => !/^problem\.(what|effect|item)\./.test(id)).map((id) => id.slice('problem.'.length).split('.')[0]!);
    const errors = Object.keys(ERROR_LABELS).filter((id) => !/^error\.(kind|held)\./.test(id) && id !== 'error.cellProblem')
      .map((id) => id.replace(/^error\.(hint\.)?/, ''));
    expect(problems.filter((code) => !(code in PROBLEM_CODES))).toEqual([]);
    expect(errors.filter((code) => !(code in INPUT_ERROR_CODES))).toEqual([]);
  });
});

describe('inputErrorText', () => {
  const codes = Object.keys(ERROR_LABELS)
    .filter((id) => !id.startsWith('error.kind.') && !id.startsWith('error.held.') && !id.startsWith('error.hint.') && id !== 'error.cellProblem')
    .map((id) => id.slice('error.'.length) as InputErrorCode);

  it.each(codes)('renders %s in every language, filled in, without a command-line flag', (code) => {
    const error = new InputError('The English message.', { code, args: sampleArgs(ERROR_LABELS[`error.${code}`].en) });
    for (const language of LANGUAGES) {
      const text = paneErrorText(error, language);
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
      problems: [{ sheet: '信用評分表', cell: 'E7', code: 'scorecardBandsDown', args: { ratio: 'quickRatio', band: '2', previous: '1' } }],
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
    const text = paneErrorText(error, 'zh-Hant');
    expect(text).toBe('有多張工作表像是銷售工作表：2024, 2025。請在「資料」區選擇其中一張。');
    expect(text).toContain(`「${label('pane.tab.data', 'zh-Hant')}」`);
    expect(text).not.toContain('--');
    expect(error.message).toBe('More than one sheet looks like the sales sheet: 2024, 2025.');
    expect(cliErrorText(error)).toBe('More than one sheet looks like the sales sheet: 2024, 2025. Choose one with --sales-sheet <sheet>.');
  });

  it('names an ambiguous column by what it holds, as the Data section does', () => {
    const error = thrown(() => recognize(input([{ name: '銷售', rows: [['客戶編號', '金額', '銷售額']] }])));
    expect(paneErrorText(error, 'zh-Hant')).toBe('工作表「銷售」有 2 欄可作為「金額」：B (金額), C (銷售額)。請在「資料」區選擇其中一欄。');
    expect(paneErrorText(error, 'zh-Hans')).toBe('工作表“銷售”有 2 列可作为“金额”：B (金額), C (銷售額)。请在“数据”区选择其中一列。');
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
    expect(error.message).toBe('Sheet “財報” has 2 columns for “Customer ID”: A (客戶編號), B (客戶代號). Rename all but one of these headers, then run again.');
    expect(inputErrorText(error, 'zh-Hant')).toBe('工作表「財報」有 2 欄可作為「客戶編號」：A (客戶編號), B (客戶代號)。請只保留其中一欄的標題，其餘改名後再執行。');
  });

  it('is worded on the command line as in the pane in English, with the flag in place of the pane\'s hint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'credit-desk-error-'));
    await makeWorkbook(twoSalesSheets).xlsx.writeFile(join(dir, 'in.xlsx'));
    let stderr = '';
    const code = await main(['run', join(dir, 'in.xlsx'), '-o', join(dir, 'out.xlsx')], { write: () => true }, { write: (text: string) => (stderr += text) });
    expect(code).toBe(1);
    // The last line, after the progress lines of the stages that ran before the refusal.
    expect(stderr.split('\n').filter((l) => !/^credit-desk: \[\d+%\]/.test(l)).join('\n')).toBe('credit-desk: More than one sheet looks like the sales sheet: 2024, 2025. Choose one with --sales-sheet <sheet>.\n');
    expect(paneErrorText(thrown(() => recognize(input(twoSalesSheets))), 'en')).toBe('More than one sheet looks like the sales sheet: 2024, 2025. Choose one in the Data section.');
  });
});
