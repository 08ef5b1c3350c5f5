import type { StepsSummary } from '../../src/app/run-steps';
import { problemAt } from '../../src/core/i18n/problem-text';
import { InputError } from '../../src/core/problems';
import { candidateTarget, placeOf } from '../../src/taskpane/summary/cell-target';
import { describeError, errorMessage, errorText } from '../../src/taskpane/summary/describe-error';
import { formatAmount, formatCount, formatShare } from '../../src/taskpane/summary/format';
import { outcomeText } from '../../src/taskpane/summary/outcome-text';
import { stageLabel } from '../../src/taskpane/summary/stage-label';
import { tierRows } from '../../src/taskpane/summary/tier-rows';

function summary(overrides: Partial<StepsSummary> = {}): StepsSummary {
  return {
    customerSheet: 'Customers',
    salesSheet: 'Sales',
    derivedCustomerSheet: false,
    customers: 10,
    tiers: { A: 2, B: 3, C: 4, D: 1 },
    salesByTier: { A: 800, B: 150, C: 50, D: 0 },
    salesPeriod: { from: '2025-01-02', to: '2025-12-30' },
    rowsRead: 120,
    rowsSkipped: 0,
    rowsOutsidePeriod: 0,
    unknownCustomers: { rows: 0, amount: 0, keys: [] },
    duplicateKeys: [],
    problems: [],
    ...overrides,
  };
}

const credit: NonNullable<StepsSummary['credit']> = {
  scorecardSheet: 'Credit Scorecard',
  scorecardCreated: false,
  financialsSheet: 'Customers',
  severalPeriods: 0,
  gradeNames: ['AAA', 'AA', 'A', 'B', 'C'],
  grades: { AAA: 1, AA: 2, A: 3, B: 2, C: 2, notRated: 0 },
  limitWindow: { from: '2025-01', to: '2025-12' },
  zeroLimits: 0,
  missingInputs: {},
  missingColumn: 'Missing inputs',
  customersWithMissing: 0,
  missingCustomers: [],
  recommendedLimitTotal: 0,
  approvalLevels: {},
};

describe('tierRows', () => {
  it('gives customers and the share of tiered sales for A, B, C, D in order', () => {
    expect(tierRows(summary())).toEqual([
      { tier: 'A', customers: 2, salesShare: 0.8 },
      { tier: 'B', customers: 3, salesShare: 0.15 },
      { tier: 'C', customers: 4, salesShare: 0.05 },
      { tier: 'D', customers: 1, salesShare: 0 },
    ]);
  });

  it('has no share when there were no sales', () => {
    const rows = tierRows(summary({ salesByTier: { A: 0, B: 0, C: 0, D: 0 } }));
    expect(rows.map((r) => r.salesShare)).toEqual([null, null, null, null]);
    expect(formatShare(null)).toBe('—');
  });

  it('formats shares with one decimal and counts with thousands separators', () => {
    expect(formatShare(0.8)).toBe('80.0%');
    expect(formatShare(0.0456)).toBe('4.6%');
    expect(formatCount(12345)).toBe('12,345');
  });

  it('never shows minus zero: a tiny negative share or amount reads 0', () => {
    expect(formatShare(-0.00001)).toBe('0.0%');
    expect(formatShare(-0)).toBe('0.0%');
    expect(formatShare(-0.0006)).toBe('-0.1%');
    expect(formatAmount(-0)).toBe('0');
    expect(formatAmount(-0.001)).toBe('0');
    expect(formatAmount(-3.456)).toBe('-3.46');
    expect(formatCount(-0)).toBe('0');
  });
});

describe('placeOf and candidateTarget', () => {
  it('writes the cell as Excel would, quoting sheet names that need it', () => {
    expect(placeOf({ sheet: 'Sales', cell: 'B7' })).toBe('Sales!B7');
    expect(placeOf({ sheet: "Bob's 2024", cell: 'C3' })).toBe("'Bob''s 2024'!C3");
    expect(placeOf({ sheet: 'Sales 2024', cell: '' })).toBe('Sales 2024');
    expect(placeOf({ sheet: '銷售明細', cell: 'C2002' })).toBe("'銷售明細'!C2002");
    expect(placeOf({ sheet: 'Sales 2024', cell: 'A1' })).toBe("'Sales 2024'!A1");
    expect(placeOf({ sheet: 'AB12', cell: 'A1' })).toBe("'AB12'!A1");
    expect(placeOf({ sheet: 'R1C1', cell: 'A1' })).toBe("'R1C1'!A1");
    expect(placeOf({ sheet: '2024', cell: 'A1' })).toBe("'2024'!A1");
  });

  it('reads a refusal candidate as a cell or a sheet of the workbook, else as no target', () => {
    const sheets = ['銷售', 'Sales 2024'];
    expect(candidateTarget('信用評分表!B5', sheets)).toEqual({ sheet: '信用評分表', cell: 'B5' });
    expect(candidateTarget("'Bob''s card'!c12", sheets)).toEqual({ sheet: "Bob's card", cell: 'C12' });
    expect(candidateTarget('Sales 2024', sheets)).toEqual({ sheet: 'Sales 2024', cell: '' });
    expect(candidateTarget('C', sheets)).toBeNull();
    expect(candidateTarget('Nowhere', sheets)).toBeNull();
  });
});

describe('describeError', () => {
  it('keeps an InputError message and its candidates, shown as they are when it has no template', () => {
    const error = new InputError('No sales sheet found.', { candidates: ['Sheet1', 'Data'] });
    expect(describeError(error)).toEqual({ message: 'No sales sheet found.', code: undefined, args: {}, problems: [], candidates: ['Sheet1', 'Data'], unexpected: false });
    expect(errorText(error, 'en')).toBe('No sales sheet found.\nCandidates: Sheet1, Data');
    expect(errorText(error, 'zh-Hant')).toBe('No sales sheet found.\n可選： Sheet1, Data');
  });

  it('shows a coded InputError in the pane language, naming the Data section instead of a command-line flag', () => {
    const error = new InputError("More than one sheet looks like the customer sheet: 'A' (header row 1), 'B' (header row 1). Choose one with --customer-sheet <sheet>.", {
      code: 'ambiguousSheet',
      args: { kind: 'customer', sheets: 'A, B' },
      candidates: ['A', 'B'],
    });
    const description = describeError(error);
    expect(description).toMatchObject({ code: 'ambiguousSheet', args: { kind: 'customer', sheets: 'A, B' }, candidates: ['A', 'B'] });
    expect(errorMessage(description, 'en')).toBe('More than one sheet looks like the customer sheet: A, B. Choose one in the Data section.');
    expect(errorText(error, 'zh-Hant')).toBe('有多張工作表像是客戶工作表：A, B。請在「資料」區選擇其中一張。\n可選： A, B');
    expect(errorText(error, 'zh-Hans')).toBe('有多张工作表像是客户工作表：A, B。请在“数据”区选择其中一张。\n可选： A, B');
  });

  it('keeps any other error message, and says something for non-errors in the pane language', () => {
    expect(errorText(new RangeError('The argument is invalid.'), 'en')).toBe('The argument is invalid.');
    expect(errorText(new Error(''), 'en')).toBe('Error');
    expect(errorText('boom', 'en')).toBe('Unexpected failure: boom');
    expect(errorMessage(describeError('boom'), 'zh-Hans')).toBe('发生意外错误：boom');
  });
});

describe('stageLabel', () => {
  it('names the engine steps in the pane language, and working before the first report', () => {
    expect(stageLabel({ step: 'reading', stage: "Reading sales rows of 'Sales'", fraction: 0.15 }, 'zh-Hant')).toBe('正在讀取銷售資料');
    expect(stageLabel({ step: 'writing', stage: "Writing 'Customers'", fraction: 0.8 }, 'en')).toBe('Writing to the workbook');
    expect(stageLabel(null, 'zh-Hans')).toBe('处理中…');
    expect(stageLabel(null, 'en')).toBe('Working…');
  });
});

describe('outcomeText', () => {
  it('says nothing after a clean run', () => {
    expect(outcomeText(summary(), 'en')).toBeNull();
  });

  it('counts skipped rows and problems and says where to see them', () => {
    const text = outcomeText(summary({ rowsSkipped: 2, problems: [problemAt('Sales', 'B7', 'badNumber', { what: 'amount', value: '"abc"' })] }), 'en');
    expect(text?.split('\n')).toEqual([
      'Customers tiered: 10. Sales rows read: 120.',
      'Rows skipped: 2. Problems found: 1.',
      'Open Credit Desk from the Home tab and select Run all to see each problem with its cell.',
    ]);
  });

  it('after a credit run, counts the graded customers, in the display language', () => {
    const text = outcomeText(summary({ problems: [problemAt('客戶', 'K3', 'badRating', { value: '7' })], credit }), 'zh-Hant');
    expect(text?.split('\n')).toEqual([
      '已分級客戶：10。已讀取銷售資料：120 筆。',
      '已評等客戶：10。',
      '略過資料：0 筆。發現問題：1 項。',
      '請從「常用」索引標籤開啟 Credit Desk，並選取「全部執行」查看每個問題及其儲存格。',
    ]);
  });
});
