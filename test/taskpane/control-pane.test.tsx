/**
 * The Credit control section: the summary as cards and links, its texts in
 * the three languages, the banner after a run that did credit control, and
 * how "Check credit" and Run all ask the host for the control step.
 */
import type { ControlRunSummary } from '../../src/app/plan-control';
import type { StepsSummary } from '../../src/app/run-steps';
import type { Language } from '../../src/core/columns/layout';
import { roleOfHeader } from '../../src/core/columns/synonyms';
import { label } from '../../src/taskpane/i18n/labels';
import { ControlSection } from '../../src/taskpane/components/control/ControlSection';
import { dayText, readAsOf } from '../../src/taskpane/control/as-of';
import type { PaneRunRequest } from '../../src/taskpane/host/pane-host';
import { stepsRequest } from '../../src/taskpane/host/steps-request';
import type { RunPurpose } from '../../src/taskpane/run/run-state';
import { startRun } from '../../src/taskpane/run/start-run';
import { controlCards, heldNotListed, heldRows } from '../../src/taskpane/summary/control-cards';
import { ranText } from '../../src/taskpane/summary/run-text';
import { CHOICES, SUMMARY, fakeHost } from './fixtures';
import { englishWords, paneText } from './pane-text';

const LANGUAGES: Language[] = ['en', 'zh-Hant', 'zh-Hans'];
const none = () => undefined;

const CONTROL: ControlRunSummary = {
  asOf: '2025-12-31',
  exposureTotal: 1_234_567.5,
  overdueTotal: 300_000,
  aging: [934_567.5, 100_000, 50_000, 30_000, 70_000, 50_000],
  longOverdueTotal: 120_000,
  statuses: { ok: 4, nearLimit: 1, overLimit: 2, notRated: 2, overdueHold: 3, noCredit: 1 },
  overLimit: { customers: 2, amount: 45_000.25 },
  heldCustomers: [
    { id: 'K1', name: '甲公司', cell: 'AB2', status: 'overdueHold' },
    { id: null, name: '乙公司', cell: 'AB3', status: 'overLimit' },
    { id: null, name: null, cell: 'AB9', status: 'noCredit' },
  ],
  heldCount: 5,
  documents: 842,
  documentsAfterAsOf: 7,
  unknownCustomers: { documents: 3, open: 1500, keys: ['X9'] },
  weightedBy: 'amount',
  receivablesSheet: '應收帳款',
  alsoSales: true,
  statusColumn: '信用狀態',
  bucketDays: ['1–30', '31–60', '61–90', '91–180', '>180'],
};
const WITH_CONTROL: StepsSummary = { ...SUMMARY, control: CONTROL };

const section = (summary: StepsSummary | null, purpose: RunPurpose | null, language: Language, asOf = '2025-12-31') =>
  paneText(<ControlSection asOf={asOf} onAsOf={none} onRun={none} running={false} summary={summary} summaryPurpose={purpose} onGoTo={none} />, language);

describe('the summary as cards and links', () => {
  test('four cards: exposure, over limit (customers and amount), more than 90 days overdue, on overdue hold', () => {
    expect(controlCards(CONTROL, 'en')).toEqual([
      { key: 'exposure', title: 'Total exposure', figures: [{ label: 'Amount', value: '1,234,567.5' }] },
      { key: 'overLimit', title: 'Over limit', figures: [{ label: 'Customers', value: '2' }, { label: 'Above the limits', value: '45,000.25' }] },
      { key: 'longOverdue', title: 'Overdue more than 90 days', figures: [{ label: 'Amount', value: '120,000' }] },
      { key: 'held', title: 'Overdue hold', figures: [{ label: 'Customers', value: '3' }] },
    ]);
    expect(controlCards(CONTROL, 'zh-Hans').map((c) => c.title)).toEqual(['信用占用总额', '超过额度', '逾期超过 90 天', '逾期停止发货']);
  });

  test('each listed customer goes to its status cell, named by ID and name (the cell when it has neither), with its status as the column writes it', () => {
    expect(heldRows(CONTROL, 'zh-Hant')).toEqual([
      { cell: 'AB2', who: 'K1 甲公司', status: '逾期停止出貨' },
      { cell: 'AB3', who: '乙公司', status: '超過額度' },
      { cell: 'AB9', who: 'AB9', status: '不授信 (現金或擔保)' },
    ]);
    expect(heldRows(CONTROL, 'en').map((r) => r.status)).toEqual(['Overdue hold', 'Over limit', 'No credit (cash or collateral)']);
    expect(heldNotListed(CONTROL)).toBe(2);
    expect(heldNotListed({ ...CONTROL, heldCount: 3 })).toBe(0);
  });
});

describe('the section', () => {
  test.each(LANGUAGES)('after a run: cards, the receivables read and left out, the links, and that the column holds the rest (%s)', (language) => {
    const text = section(WITH_CONTROL, 'control', language);
    for (const card of controlCards(CONTROL, language)) {
      expect(text).toContain(`|${card.title}|`);
      for (const figure of card.figures) expect(text).toContain(`|${figure.value}|`);
    }
    for (const row of heldRows(CONTROL, language)) expect(text).toContain(`|${row.who}|`);
    const expected = {
      en: ['Receivables read from “應收帳款” as of 2025-12-31: 842 documents.', 'Documents dated after 2025-12-31, left out: 7.',
        'Documents of customers not on the customer sheet, left out: 3 (open amount 1,500).', 'On hold or over the limit: 5',
        'Not listed: 2 more. The “信用狀態” column on “客戶” holds every customer’s status.', 'This sheet is the sales sheet too'],
      'zh-Hant': ['應收帳款讀自「應收帳款」，基準日 2025-12-31：單據 842 筆。', '日期晚於 2025-12-31 的單據（不列入）：7 筆。',
        '客戶不在客戶工作表中的單據（不列入）：3 筆（未收金額 1,500）。', '停止出貨或超過額度：5', '另有 2 位未列出。「客戶」的「信用狀態」欄列有每位客戶的狀態。', '此工作表同時作為銷售工作表'],
      'zh-Hans': ['应收账款读自“應收帳款”，基准日 2025-12-31：单据 842 条。', '日期晚于 2025-12-31 的单据（不计入）：7 条。',
        '客户不在客户工作表中的单据（不计入）：3 条（未收金额 1,500）。', '停止发货或超过额度：5', '另有 2 位未列出。“客戶”的“信用狀態”列列有每位客户的状态。', '此工作表同时作为销售工作表'],
    }[language];
    for (const line of expected) expect(text).toContain(line);
    expect(text).toContain({ en: '|Check credit|', 'zh-Hant': '|檢查信用|', 'zh-Hans': '|检查信用|' }[language]);
  });

  test('with everyone listed and nothing left out, it says neither what is not listed nor what was left out', () => {
    const all = { ...CONTROL, heldCount: 3, documentsAfterAsOf: 0, unknownCustomers: { documents: 0, open: 0, keys: [] }, alsoSales: false };
    const text = section({ ...SUMMARY, control: all }, 'control', 'en');
    expect(text).not.toContain('Not listed');
    expect(text).not.toContain('left out:');
    expect(text).not.toContain('sales sheet too');
  });

  test('no customer on hold or over the limit: it says so instead of an empty list', () => {
    const nobody: StepsSummary = { ...SUMMARY, control: { ...CONTROL, heldCustomers: [], heldCount: 0 } };
    expect(section(nobody, 'control', 'zh-Hans')).toContain('|没有停止发货或超过额度的客户。|');
    const text = section(nobody, 'control', 'en');
    expect(text).toContain('|No customer is on hold or over the limit.|');
    expect(text).not.toContain('Customers on hold or over the limit');
  });

  test.each(LANGUAGES)('Run all without a receivables sheet: credit control needs one, with a due-date column (%s)', (language) => {
    const text = section(SUMMARY, 'all', language);
    expect(text).toContain(label('pane.control.noSheet', language));
    expect(text).toContain(label('pane.control.noSheetHeaders', language));
    // After a run that did not ask for credit control (Score credit), it only invites to check.
    expect(section(SUMMARY, 'credit', language)).not.toContain(label('pane.control.noSheet', language));
    expect(section(SUMMARY, 'credit', language)).toContain(label('pane.control.none', language));
  });

  test.each(LANGUAGES)('every due-date header the no-receivables line names is one the step recognises (%s)', (language) => {
    const quoted = [...label('pane.control.noSheetHeaders', language).matchAll(/[“「]([^”」]+)[”」]/g)].map((m) => m[1]!);
    expect(quoted.length).toBeGreaterThanOrEqual(5);
    for (const header of quoted) expect(roleOfHeader(header)).toBe('dueDate');
  });

  test('an unreadable as-of date is named and the button waits', () => {
    const html = section(null, null, 'en', '');
    expect(html).toContain('|Enter the as-of date.|');
    expect(section(null, null, 'en')).not.toContain('Enter the as-of date.');
  });

  for (const language of ['zh-Hant', 'zh-Hans'] as Language[]) {
    test(`no English in ${language}, before a run, after one, and without receivables`, () => {
      expect(englishWords(section(null, null, language))).toEqual([]);
      expect(englishWords(section(WITH_CONTROL, 'control', language))).toEqual([]);
      expect(englishWords(section(SUMMARY, 'all', language))).toEqual([]);
    });
  }
});

describe('customers not rated', () => {
  const withNotRated = (notRated: number): StepsSummary => ({ ...SUMMARY, control: { ...CONTROL, statuses: { ...CONTROL.statuses, notRated } } });

  test.each(LANGUAGES)('a card counts them, and a line says they have no credit limit yet, are not sold to on credit before a credit survey, and where the Forms section makes it (%s)', (language) => {
    const text = section(withNotRated(7), 'control', language);
    const card = { en: '|Not rated|Customers|7|', 'zh-Hant': '|未評等|客戶數|7|', 'zh-Hans': '|未评级|客户数|7|' }[language];
    const hint = {
      en: 'No credit limit yet, neither approved nor recommended: do not sell to these customers on credit until a credit survey is done (cash or collateral meanwhile). In the Forms section, choose “Customers needing a survey (not rated)” to make their survey forms.',
      'zh-Hant': '尚無信用額度，既無核准額度，也無建議額度：完成信用調查前，請勿賒銷給這些客戶（期間以現金或擔保品交易）。請在「表單」區選擇「需辦理信用調查的客戶 (未評等)」，產生其信用調查表。',
      'zh-Hans': '尚无信用额度，既无核准额度，也无建议额度：完成信用调查前，请勿赊销给这些客户（期间以现金或担保品交易）。请在“表单”区选择“需办理信用调查的客户 (未评级)”，生成其信用调查表。',
    }[language];
    // The line is in the card, under its count.
    expect(text).toContain(`${card}${hint}|`);
  });

  test('none: the card shows 0 like the other cards, and there is no survey to ask for', () => {
    const text = section(withNotRated(0), 'control', 'en');
    expect(text).toContain('|Not rated|Customers|0|');
    expect(text).not.toContain('credit survey');
    expect(section(withNotRated(0), 'control', 'zh-Hant')).not.toContain('信用調查前');
  });
});

describe('the as-of date', () => {
  test('defaults to the local calendar day, and reads back as that day at local midnight', () => {
    const now = new Date(2026, 0, 5, 23, 59);
    expect(dayText(now)).toBe('2026-01-05');
    expect(readAsOf('2026-01-05')).toEqual(new Date(2026, 0, 5));
  });

  test('an empty field or a day that does not exist reads as none', () => {
    expect(readAsOf('')).toBeNull();
    expect(readAsOf('2025-02-30')).toBeNull();
    expect(readAsOf('2025-2-3')).toBeNull();
  });
});

describe('the run banner', () => {
  const done = (purpose: RunPurpose, summary: StepsSummary) => ({ kind: 'done' as const, purpose, summary, cancelTooLate: false });

  test.each(LANGUAGES)('says credit control ran, on which receivables and as of when (%s)', (language) => {
    const line = { en: 'Credit control: receivables on “應收帳款” checked as of 2025-12-31.', 'zh-Hant': '授信後管理：已以基準日 2025-12-31 核對「應收帳款」的應收帳款。', 'zh-Hans': '授信后管理：已按基准日 2025-12-31 核对“應收帳款”的应收账款。' }[language];
    expect(ranText(done('control', WITH_CONTROL), language)).toEqual([ranText(done('credit', SUMMARY), language)[0], line]);
    expect(ranText(done('all', WITH_CONTROL), language)[1]).toBe(line);
    // Forms do credit control too where there are receivables: the line comes before the forms'.
    const forms = { ...done('forms', WITH_CONTROL), chosen: { selection: { kind: 'all' as const }, noRowsSelected: false } };
    expect(ranText(forms, language)[1]).toBe(line);
    expect(ranText({ ...forms, summary: SUMMARY }, language)).toHaveLength(2);
    // Run all on a workbook without receivables: tiered and scored, nothing about credit control.
    expect(ranText(done('all', SUMMARY), language)).toEqual(ranText(done('credit', SUMMARY), language));
  });

  test('a credit-control run without its summary is a bug, not a quiet banner', () => {
    expect(() => ranText(done('control', SUMMARY), 'en')).toThrow('a credit-control run reports its receivables sheet');
  });
});

describe('asking the host', () => {
  const asked = async (purpose: RunPurpose, asOf?: Date): Promise<PaneRunRequest> => {
    let request: PaneRunRequest | null = null;
    const host = fakeHost(async (r) => {
      request = r;
      return WITH_CONTROL;
    });
    await startRun(host, { purpose, choices: CHOICES, ...(asOf ? { asOf } : {}) }, none).finished;
    if (request === null) throw new Error('the host was not asked');
    return request;
  };

  test('"Check credit" tiers, scores and asks for credit control by name, as of the date', async () => {
    const day = new Date(2025, 11, 31);
    const request = await asked('control', day);
    expect(request.steps).toEqual(['tiers', 'credit', 'control']);
    expect(request.control).toEqual({ required: true, asOf: day });
    expect(stepsRequest(request, new Date(2026, 0, 1)).control).toEqual({ required: true, asOf: day });
  });

  test('Run all does credit control where there is a receivables sheet, leaving it out where there is none', async () => {
    const request = await asked('all');
    expect(request.steps).toEqual(['tiers', 'credit', 'control']);
    expect(request.control).toEqual({ required: false });
  });

  test('runs without the control step say nothing about it', async () => {
    for (const purpose of ['tiers', 'credit', 'scorecard'] as RunPurpose[]) {
      const request = await asked(purpose, new Date(2025, 11, 31));
      expect(request.control).toBeUndefined();
      expect(stepsRequest(request, new Date()).control).toBeUndefined();
    }
  });
});
