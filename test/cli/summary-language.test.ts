import type { ControlRunSummary } from '../../src/app/plan-control';
import type { StepsSummary } from '../../src/app/run-steps';
import { formatSummary } from '../../src/cli/format-summary';
import { CLI_LABELS } from '../../src/cli/i18n/cli-labels';
import { CLI_ONLY } from '../../src/cli/i18n/labels';
import { displayWidth } from '../../src/cli/text-width';
import { problemAt } from '../../src/core/i18n/problem-text';
import { SUMMARY } from '../taskpane/fixtures';
import { CONTROL_SUMMARY } from './control-summary';

/** Workbook names in Chinese (as in the pane's fixtures), so any English in a Chinese summary comes from the command line itself. */
const CONTROL: ControlRunSummary = {
  ...CONTROL_SUMMARY,
  heldCustomers: [{ id: 'K1', name: '甲公司', cell: 'AB2', status: 'overdueHold' }],
  documentsAfterAsOf: 4,
  unknownCustomers: { documents: 2, open: 1_500, keys: ['K9'] },
  receivablesSheet: '應收帳款',
  alsoSales: true,
  statusColumn: '信用狀態',
};

/** A summary with every section and every optional line. */
const summary: StepsSummary = {
  ...SUMMARY,
  customerSheetChoice: { chosen: '客戶', over: ['客戶副本'], code: 'moreColumns', args: { columns: 4, overColumns: [2] } },
  unknownCustomers: { rows: 2, amount: 12_345.678, keys: ['K8', 'K9'] },
  duplicateKeys: ['K7'],
  credit: { ...SUMMARY.credit!, grades: { ...SUMMARY.credit!.grades, notRated: 2 } },
  control: CONTROL,
  forms: { sheets: Array.from({ length: 12 }, (_, i) => ({ name: `調查表-${i + 1}`, form: 'survey' as const, customers: ['K1'] })) },
  problems: Array.from({ length: 25 }, (_, i) => problemAt('銷售', `C${i + 2}`, 'badNumber', { what: 'amount', value: '"一二三"' })),
};

const english = formatSummary(summary, 'en');
const hant = formatSummary(summary, 'zh-Hant');
const hans = formatSummary(summary, 'zh-Hans');

/** Words of three letters or more, but those that stay as they are in Chinese: flags, the product's name, grade names. */
const englishWords = (text: string) => text.replace(/--[a-z-]+(?: needs-survey)?|Credit Desk|\bAAA\b/g, ' ').match(/[A-Za-z]{3,}/g) ?? [];

/** Every stretch of English words a CLI label writes around its values ("Customer sheet:", "sales rows read:"). */
const englishFragments = Object.values(CLI_LABELS)
  .flatMap((texts) => texts.en.split(/\{\w+\}/))
  .map((part) => part.trim())
  .filter((part) => englishWords(part).length > 0);

describe('the command line\'s summary in Traditional Chinese', () => {
  it('words the sheets, the rows and the period as the dictionary does', () => {
    expect(hant.slice(0, 4)).toEqual([
      '客戶工作表：客戶（採用原因：它辨識出的欄位較多 (4 欄)，涵蓋「客戶副本」(2 欄)的每一欄）',
      '銷售工作表：銷售',
      '客戶：10   已讀取銷售資料：120 筆   略過：1 筆',
      '銷售期間：2025-01-02 至 2025-12-30',
    ]);
    expect(hant).toContain('客戶不在客戶工作表中的銷售資料：2 筆（金額 12,345.68）：K8、K9');
    expect(hant).toContain('重複的客戶編號：K7');
  });

  it('heads the tier table in Chinese, its columns lined up with the figures in terminal columns', () => {
    const head = hant.indexOf('分級     客戶數  銷售淨額                 銷售佔比');
    expect(head).toBeGreaterThan(0);
    expect(hant[head + 1]).toBe('A             2                800           80.0%');
    expect(displayWidth(hant[head]!)).toBe(displayWidth(hant[head + 1]!));
  });

  it('words the credit section with the project\'s terms', () => {
    expect(hant).toContain('信用評分（評分表：信用評分表（以預設規則建立）；財務數字與評等取自：財報；2 位客戶有多期報表，採用最新一期）');
    expect(hant).toContain('  未評等（資料不足以評等，需辦理信用調查）：2（為其產生表單：--forms needs-survey）');
    expect(hant).toContain('  建議額度合計：1,250,000（依 2025-01 至 2025-12 的12個月平均計算）');
    expect(hant).toContain('  各項缺漏資料：速動比率 1；評等：銀行往來信用 3；期初資產總額（周轉率以期末計） 2');
  });

  it('words credit control with the status column\'s and the aging columns\' words', () => {
    expect(hant).toContain('授信後管理（基準日 2026-06-30；應收帳款：應收帳款，同時作為銷售工作表）');
    expect(hant).toContain('  單據：900 筆；4 筆日期晚於基準日，不列入；2 筆的客戶不在客戶工作表中，不列入（未收金額 1,500）');
    expect(hant).toContain('  帳齡：未到期 37,072,060.7；逾期 1–45 天 600,000；逾期 46–60 天 300,000；逾期 61–90 天 150,000；逾期 91–120 天 100,000；逾期 >120 天 50,000');
    expect(hant).toContain('  信用狀態（每位客戶最嚴重的情況）：正常 156；接近額度 2；超過額度 20；未評等：需辦理信用調查 3；逾期停止出貨 8；不授信 (現金或擔保) 114');
    expect(hant).toContain('  超過額度的客戶（不論顯示的狀態）：48 位（20 位顯示「超過額度」，28 位顯示更嚴重的狀態），合計超額 2,500,000.5');
  });

  it('names the forms and the problems in Chinese, and says where the rest are', () => {
    expect(hant).toContain('表單：新工作表 12 張');
    expect(hant).toContain('  調查表-1：客戶信用狀況調查表，客戶 1 位');
    expect(hant).toContain('問題（25）：');
    expect(hant).toContain('  銷售!C2：金額不是數字：「一二三」');
    expect(hant.filter((l) => l === '  ……另有 2 項（完整清單見 --json）。' || l === '  ……另有 5 項（完整清單見 --json）。')).toHaveLength(2);
  });
});

describe('the command line\'s summary in Simplified Chinese', () => {
  it('uses the mainland words', () => {
    expect(hans.slice(0, 3)).toEqual([
      '客户工作表：客戶（采用原因：它识别出的列较多 (4 列)，涵盖“客戶副本”(2 列)的每一列）',
      '销售工作表：銷售',
      '客户：10   已读取销售数据：120 条   跳过：1 条',
    ]);
    expect(hans).toContain('分级     客户数  销售净额                 销售占比');
    expect(hans).toContain('信用评分（评分表：信用評分表（按默认规则创建）；财务数据与评级取自：財報；2 位客户有多期报表，采用最新一期）');
    expect(hans).toContain('授信后管理（基准日 2026-06-30；应收账款：應收帳款，同时作为销售工作表）');
    expect(hans).toContain('  信用状态（每位客户最严重的情况）：正常 156；接近额度 2；超过额度 20；未评级：需办理信用调查 3；逾期停止发货 8；不授信 (现金或担保) 114');
    expect(hans).toContain('  额度为 0 的已评级客户：3（“评级与额度说明”列逐一说明原因）');
    expect(hans).toContain('问题（25）：');
  });
});

describe('a Chinese summary holds no English sentence', () => {
  it.each([['zh-Hant', hant], ['zh-Hans', hans]])('%s: none of the English summary\'s words, no English word at all', (_, lines) => {
    const found = lines.flatMap((line) => [...englishFragments, 'Customer sheet', 'Credit control', 'Problems'].filter((f) => line.includes(f)).map((f) => `${line} ← ${f}`));
    expect(found).toEqual([]);
    expect(lines.flatMap(englishWords)).toEqual([]);
  });

  it('every line of the English summary meets the check (it can fail)', () => {
    expect(english.filter((line) => englishFragments.some((f) => line.includes(f))).length).toBeGreaterThan(30);
    expect(english.find((line) => line.startsWith('Customer sheet: '))).toBeDefined();
    expect(englishWords(english.join('\n'))).toEqual(expect.arrayContaining(['Customer', 'Credit', 'control', 'Problems']));
  });

  it('prints as many lines, in the same places, in each language', () => {
    expect(hant.map((l) => l === '')).toEqual(english.map((l) => l === ''));
    expect(hans.length).toBe(english.length);
  });
});

describe('the command line\'s own dictionary (the summary\'s, the other output\'s, the messages\')', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  /** What a message quotes for the user to type as it is: the command, file names, flag values and role codes, a date's format. */
  const typed = (text: string) => text.replace(/--[a-z-]+|credit-desk(?: run| remove-forms)?|<(?:in|out)\.xlsx>|\.xlsx|Excel|yyyy-mm-dd|zh-Han[st]|\b(?:sales|headcount|survey|authorization|all|needs-survey|tier|grade|keys|amount|openAmount|forms)\b/g, ' ');

  it('has every language, with the same placeholders in each, and no English in the Chinese', () => {
    expect(Object.keys(CLI_ONLY).length).toBeGreaterThan(Object.keys(CLI_LABELS).length);
    for (const [id, texts] of Object.entries(CLI_ONLY)) {
      expect({ id, languages: Object.keys(texts).sort() }).toEqual({ id, languages: ['en', 'zh-Hans', 'zh-Hant'] });
      expect({ id, hant: placeholders(texts['zh-Hant']), hans: placeholders(texts['zh-Hans']) }).toEqual({ id, hant: placeholders(texts.en), hans: placeholders(texts.en) });
      const chinese = typed(`${texts['zh-Hant']} ${texts['zh-Hans']}`.replace(/\{\w+\}/g, ' '));
      expect({ id, words: englishWords(chinese) }).toEqual({ id, words: [] });
    }
  });

  it('quotes Chinese with 「」 or “” and uses the mainland terms in Simplified Chinese', () => {
    for (const [id, texts] of Object.entries(CLI_ONLY)) {
      expect({ id, hant: /["“”]/.test(texts['zh-Hant']), hans: /["「」]/.test(texts['zh-Hans']), taiwanese: ['评等', '资料'].filter((w) => texts['zh-Hans'].includes(w)) })
        .toEqual({ id, hant: false, hans: false, taiwanese: [] });
    }
  });
});

describe('terminal widths', () => {
  it('counts a Chinese character or full-width sign as two columns, anything else as one', () => {
    expect([displayWidth('Tier'), displayWidth('分級'), displayWidth('A：'), displayWidth('80.0%')]).toEqual([4, 4, 3, 5]);
  });
});
