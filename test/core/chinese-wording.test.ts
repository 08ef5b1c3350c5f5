/**
 * What the add-in writes and prints in Chinese, outside the pane: mainland
 * terms in Simplified Chinese, 客戶編號 in Traditional Chinese as the column
 * says, and values quoted with 「」 or “” (never straight quotes). Checked on
 * the dictionaries and on what a run writes into a workbook; the headers it
 * reads (column synonyms, headers of earlier releases) are left as they were.
 */
import type ExcelJS from 'exceljs';
import { runSteps, type StepsRequest } from '../../src/app/run-steps';
import { ERROR_LABELS } from '../../src/core/i18n/error-labels';
import { FORM_LABELS } from '../../src/core/i18n/form-labels';
import { PROBLEM_LABELS } from '../../src/core/i18n/problem-labels';
import { inputErrorText } from '../../src/core/i18n/input-error-text';
import { problemText } from '../../src/core/i18n/problem-text';
import { recognize } from '../../src/core/columns/recognize';
import { InputError } from '../../src/core/problems';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { makeWorkbook, openThroughFile, runThroughFile } from '../support/workbooks';

/** Words of Taiwan usage with a mainland counterpart (评级, 数据, 点击, 信息, 默认, 文件, 区间, 编号, 记录, 行业, 签字, 取整, 字段). */
const TAIWAN_TERMS = ['评等', '资料', '点选', '资讯', '预设', '档案', '级距', '代号', '纪录', '业种', '签核', '舍去', '栏位'];

function wrongWords(text: string, language: 'zh-Hant' | 'zh-Hans'): string[] {
  const found: string[] = [];
  // A cell reference quotes its sheet as Excel writes it ('客戶'!A2): that is not a quoted value.
  if (/["']/.test(text.replace(/'(?:[^']|'')+'!\$?[A-Z]+\$?\d+/g, ''))) found.push('straight quote');
  if (language === 'zh-Hans') {
    found.push(...TAIWAN_TERMS.filter((w) => text.includes(w)));
    if (/[「」]/.test(text)) found.push('「」');
  } else {
    if (text.includes('代號')) found.push('代號');
    if (/[“”]/.test(text)) found.push('“”');
  }
  return found;
}

describe('the problem, form and error dictionaries', () => {
  const entries = Object.entries({ ...PROBLEM_LABELS, ...FORM_LABELS, ...ERROR_LABELS }) as [string, Record<'zh-Hant' | 'zh-Hans', string>][];

  test.each(['zh-Hant', 'zh-Hans'] as const)('%s: the right terms, and values quoted the Chinese way', (language) => {
    const wrong = entries.map(([id, texts]) => ({ id, wrong: wrongWords(texts[language], language) })).filter((e) => e.wrong.length > 0);
    expect(wrong).toEqual([]);
  });

  test('the check finds what it is for', () => {
    expect(wrongWords('客户代号空白：评等资料', 'zh-Hans')).toEqual(['评等', '资料', '代号']);
    expect(wrongWords('工作表「甲」', 'zh-Hans')).toEqual(['「」']);
    expect(wrongWords('客戶代號 "甲"', 'zh-Hant')).toEqual(['straight quote', '代號']);
    expect(wrongWords("來源: '客戶'!A2", 'zh-Hant')).toEqual([]);
    expect(wrongWords("來源: '客戶'!A2，'甲'", 'zh-Hant')).toEqual(['straight quote']);
  });
});

describe('values in messages are quoted as the language quotes them', () => {
  test('a cell\'s text the core quoted as JSON reads 「abc」 or “abc” in Chinese and stays "abc" in English; numbers and names are left alone', () => {
    const p = { sheet: 'S', cell: 'C3', reason: '', code: 'badNumber' as const, args: { what: 'amount', value: '"a \\"b\\" c"' } };
    expect(problemText(p, 'en')).toBe('amount is not a number: "a \\"b\\" c"');
    expect(problemText(p, 'zh-Hant')).toBe('金額不是數字：「a "b" c」');
    expect(problemText(p, 'zh-Hans')).toBe('金额不是数字：“a "b" c”');
    expect(problemText({ ...p, args: { what: 'amount', value: '12' } }, 'zh-Hans')).toBe('金额不是数字：12');
    const error = new InputError('x', { code: 'ownedHeaderChanged', args: { column: 'S', sheet: '客戶', header: '財務資料列', found: '"我的"', marker: 'CreditDesk_StatementRow' } });
    expect(inputErrorText(error, 'zh-Hant')).toContain('但標題現為 「我的」');
    expect(inputErrorText(error, 'zh-Hans')).toContain('但标题现为 “我的”');
    expect(inputErrorText(error, 'en')).toContain('its header now reads "我的"');
  });
});

const request = (lang: 'zh-Hant' | 'zh-Hans'): StepsRequest => ({
  steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(),
  forms: { selection: { kind: 'all' }, batch: true, lang, now: new Date(2026, 10, 22, 9, 30) },
});

/** Every text cell of the sheets the add-in made, and the headers it added to the customer sheet. */
function writtenTexts(wb: ExcelJS.Workbook, userSheets: string[], customerSheet: string, userColumns: number): string[] {
  const texts: string[] = [];
  for (const ws of wb.worksheets) {
    if (userSheets.includes(ws.name) && ws.name !== customerSheet) continue;
    ws.eachRow((row, r) => row.eachCell((cell, c) => {
      if (ws.name === customerSheet && (r > 1 || c <= userColumns)) return;
      if (typeof cell.value === 'string') texts.push(cell.value);
    }));
  }
  return texts;
}

describe('what a run writes, in Chinese', () => {
  test('Simplified Chinese: the scorecard, the forms, the headers and the problems use mainland terms and “” quotes', async () => {
    const { wb, summary } = await runThroughFile(makeWorkbook([
      { name: '客户', rows: [['客户编号', '客户名称', '流动资产', '存货', '流动负债'], ['K1', '甲', 500, 100, 200], ['K2', '乙', 50, 10, 100], [null, '丙', 1, 1, 1]] },
      { name: '销售', rows: [['日期', '客户编号', '金额'], [46000, 'K1', 900], [46001, 'K2', 'abc'], [46002, 'K9', 5]] },
    ]), request('zh-Hans'));
    const texts = writtenTexts(wb, ['客户', '销售'], '客户', 5);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => wrongWords(t, 'zh-Hans').length > 0)).toEqual([]);
    expect(summary.problems.length).toBeGreaterThan(0);
    expect(summary.problems.map((p) => problemText(p, 'zh-Hans')).filter((t) => wrongWords(t, 'zh-Hans').length > 0)).toEqual([]);
  });

  test('Traditional Chinese: 客戶編號 in what it writes and reports, values quoted with 「」', async () => {
    const { wb, summary } = await runThroughFile(makeWorkbook([
      { name: '客戶', rows: [['客戶編號', '客戶名稱'], ['K1', '甲'], ['K1', '甲二'], [null, '丙']] },
      { name: '銷售', rows: [['日期', '客戶編號', '金額'], [46000, 'K1', 900], [46001, 'K9', 5]] },
    ]), request('zh-Hant'));
    expect(writtenTexts(wb, ['客戶', '銷售'], '客戶', 2).filter((t) => wrongWords(t, 'zh-Hant').length > 0)).toEqual([]);
    const reported = summary.problems.map((p) => problemText(p, 'zh-Hant'));
    expect(reported.some((t) => t.includes('客戶編號'))).toBe(true);
    expect(reported.filter((t) => wrongWords(t, 'zh-Hant').length > 0)).toEqual([]);
  });
});

describe('what the add-in reads is still read', () => {
  test('a customer sheet headed with the old words (客戶代號, 客户代号) is still recognised', () => {
    for (const header of ['客戶代號', '客户代号']) {
      const recognition = recognize({
        sheets: [{ name: 'C', rowCount: 2, columnCount: 2, tables: [] }, { name: 'S', rowCount: 2, columnCount: 2, tables: [] }],
        probes: [[[header, '名稱'], ['K1', '甲']], [[header, '金額'], ['K1', 5]]],
        ownedColumns: new Map(), ownSheets: new Set(),
      });
      expect([header, recognition.customers?.columns.customerId]).toEqual([header, 0]);
    }
  });

  test('the statement-row column an earlier release headed 财务资料行 is still the add-in\'s, and gets the new header; another header is refused', async () => {
    const book = makeWorkbook([
      { name: '客户', rows: [['客户编号', '客户名称'], ['K1', '甲']] },
      { name: '财务', rows: [['客户编号', '年度', '负债总额', '资产总额'], ['K1', 2025, 60, 100]] },
      { name: '销售', rows: [['日期', '客户编号', '金额'], [46000, 'K1', 100]] },
    ]);
    const credit: StepsRequest = { steps: ['tiers', 'credit'], options: defaultTierOptions() };
    const first = await runThroughFile(book, credit);
    const ws = first.wb.getWorksheet('客户')!;
    let col = 0;
    ws.getRow(1).eachCell((cell, c) => { if (cell.value === '财务数据行') col = c - 1; });
    expect(col).toBeGreaterThan(0);
    const retitled = async (header: string) => {
      const file = await openThroughFile(first.bytes);
      await file.port.apply([{ op: 'values', sheet: '客户', row: 0, col, values: [[header]] }]);
      return file.book.toBytes();
    };
    const again = await runThroughFile(await retitled('财务资料行'), credit);
    expect(again.wb.getWorksheet('客户')!.getRow(1).getCell(col + 1).value).toBe('财务数据行');
    const file = await openThroughFile(await retitled('我的备注'));
    await expect(runSteps(file.port, credit)).rejects.toMatchObject({ constructor: InputError, code: 'ownedHeaderChanged' });
  });

  test('the missing-inputs column an earlier release headed 缺漏资料 is still the add-in\'s, and gets the dated 缺失数据 header', async () => {
    const book = makeWorkbook([
      { name: '客户', rows: [['客户编号', '客户名称'], ['K1', '甲']] },
      { name: '销售', rows: [['日期', '客户编号', '金额'], [46000, 'K1', 100]] },
    ]);
    const credit: StepsRequest = { steps: ['tiers', 'credit'], options: defaultTierOptions(), today: new Date(2026, 11, 1) };
    const first = await runThroughFile(book, credit);
    let col = 0;
    first.wb.getWorksheet('客户')!.getRow(1).eachCell((cell, c) => { if (String(cell.value).startsWith('缺失数据 (')) col = c - 1; });
    expect(col).toBeGreaterThan(0);
    const file = await openThroughFile(first.bytes);
    await file.port.apply([{ op: 'values', sheet: '客户', row: 0, col, values: [['缺漏资料']] }]);
    const again = await runThroughFile(await file.book.toBytes(), credit);
    expect(again.wb.getWorksheet('客户')!.getRow(1).getCell(col + 1).value).toBe('缺失数据 (2026-12-01 运行)');
  });
});
