import type { CreditSummary } from '../../src/core/credit/credit-summary';
import {
  approvalLevelRows,
  gradedCustomers,
  gradeRows,
  missingCustomerRows,
  missingInputRows,
} from '../../src/taskpane/summary/credit-rows';
import { missingInputLabel } from '../../src/core/i18n/missing-input-label';
import { formatAmount } from '../../src/taskpane/summary/format';

function credit(overrides: Partial<CreditSummary> = {}): CreditSummary {
  return {
    scorecardSheet: 'Credit Scorecard',
    scorecardCreated: true,
    financialsSheet: 'Customers',
    severalPeriods: 0,
    gradeNames: ['AAA', 'AA', 'A', 'B', 'C'],
    grades: { AAA: 1, AA: 0, A: 4, B: 2, C: 3, notRated: 0 },
    limitWindow: { from: '2025-01', to: '2025-12' },
    zeroLimits: 0,
    missingInputs: {},
    missingColumn: 'Missing inputs',
    customersWithMissing: 0,
    missingCustomers: [],
    recommendedLimitTotal: 1_250_000,
    approvalLevels: {},
    ...overrides,
  };
}

describe('gradeRows', () => {
  it('lists every grade best first, zero counts included, then those not rated apart (not counted as graded)', () => {
    const summary = credit({ grades: { AAA: 1, AA: 0, A: 4, B: 2, C: 3, notRated: 6 } });
    expect(gradeRows(summary)).toEqual([
      { grade: 'AAA', customers: 1 },
      { grade: 'AA', customers: 0 },
      { grade: 'A', customers: 4 },
      { grade: 'B', customers: 2 },
      { grade: 'C', customers: 3 },
      { grade: 'notRated', customers: 6 },
    ]);
    expect(gradedCustomers(summary)).toBe(10);
  });

  it('lists the scorecard\'s own grades in its order, even names that read as numbers', () => {
    const summary = credit({ gradeNames: ['3', '2', '1'], grades: { 1: 4, 2: 0, 3: 1, notRated: 2 } });
    expect(gradeRows(summary)).toEqual([
      { grade: '3', customers: 1 }, { grade: '2', customers: 0 }, { grade: '1', customers: 4 }, { grade: 'notRated', customers: 2 },
    ]);
    expect(gradedCustomers(summary)).toBe(5);
  });
});

describe('approvalLevelRows', () => {
  it('puts the level with most customers first, equal counts by name, and leaves out empty levels', () => {
    const rows = approvalLevelRows(
      credit({
        approvalLevels: { 'Head office': 1, 'Account manager': 5, 'No credit (cash or collateral)': 3, 業務副總: 3, Empty: 0 },
      }),
      'en',
    );
    expect(rows).toEqual([
      { key: 'Account manager', label: 'Account manager', customers: 5 },
      { key: 'No credit (cash or collateral)', label: 'No credit (cash or collateral)', customers: 3 },
      { key: '業務副總', label: '業務副總', customers: 3 },
      { key: 'Head office', label: 'Head office', customers: 1 },
    ]);
  });

  it("names the built-in levels, no credit and survey needed in the pane's language, whatever language the scorecard holds; a typed name stays", () => {
    const rows = approvalLevelRows(credit({ approvalLevels: { 總公司: 2, '不授信 (現金或擔保)': 1, 需辦理信用調查: 4, 業務副總: 3 } }), 'en');
    expect(rows.map((r) => r.label)).toEqual(['Survey needed', '業務副總', 'Head office', 'No credit (cash or collateral)']);
    expect(approvalLevelRows(credit({ approvalLevels: { 'Head office': 1 } }), 'zh-Hans').map((r) => r.label)).toEqual(['总公司']);
  });

  it('is empty when nobody was graded', () => {
    expect(approvalLevelRows(credit({ approvalLevels: {} }), 'en')).toEqual([]);
  });
});

describe('missingInputLabel', () => {
  it('names the ratios as the column headers do', () => {
    expect(missingInputLabel('quickRatio', 'en')).toBe('Quick ratio');
    expect(missingInputLabel('debtRatio', 'en')).toBe('Debt ratio');
    expect(missingInputLabel('assetTurnover', 'en')).toBe('Total asset turnover');
    expect(missingInputLabel('netMargin', 'en')).toBe('Net profit margin');
  });

  it('names a missing rating by its factor', () => {
    expect(missingInputLabel('rating:bankCredit', 'en')).toBe('Rating: Bank credit');
    expect(missingInputLabel('rating:principal', 'en')).toBe("Rating: Principal's credibility");
  });

  it('explains the opening total assets and the sales history', () => {
    expect(missingInputLabel('openingTotalAssets', 'en')).toBe('Opening total assets (turnover used the closing figure)');
    expect(missingInputLabel('salesHistory', 'en')).toBe('Sales dates (no 12-month average)');
  });

  it('names them in Traditional and Simplified Chinese from the same dictionary', () => {
    expect(missingInputLabel('quickRatio', 'zh-Hant')).toBe('速動比率');
    expect(missingInputLabel('rating:bankCredit', 'zh-Hant')).toBe('評等：銀行往來信用');
    expect(missingInputLabel('salesHistory', 'zh-Hans')).toBe('销售日期（无法计算近12月月均）');
  });

  it('shows an unknown code as it is', () => {
    expect(missingInputLabel('somethingNew', 'en')).toBe('somethingNew');
    expect(missingInputLabel('rating:somethingNew', 'en')).toBe('Rating: somethingNew');
  });
});

describe('missingInputRows', () => {
  it('orders the inputs as on the sheet: ratios, ratings (the user\'s factors after the others), then the rest; unknown codes last', () => {
    const rows = missingInputRows(
      credit({
        missingInputs: {
          salesHistory: 2,
          zzz: 1,
          'rating:industryOutlook': 4,
          netMargin: 1,
          openingTotalAssets: 6,
          'rating:principal': 4,
          'rating:Payment record': 5,
          quickRatio: 3,
          none: 0,
        },
      }),
      'en',
    );
    expect(rows.map((r) => [r.key, r.label, r.customers])).toEqual([
      ['quickRatio', 'Quick ratio', 3],
      ['netMargin', 'Net profit margin', 1],
      ['rating:principal', "Rating: Principal's credibility", 4],
      ['rating:industryOutlook', 'Rating: Industry outlook', 4],
      ['rating:Payment record', 'Rating: Payment record', 5],
      ['openingTotalAssets', 'Opening total assets (turnover used the closing figure)', 6],
      ['salesHistory', 'Sales dates (no 12-month average)', 2],
      ['zzz', 'zzz', 1],
    ]);
  });

  it('is empty when nothing is missing', () => {
    expect(missingInputRows(credit(), 'en')).toEqual([]);
  });
});

describe('missingCustomerRows', () => {
  const listed = credit({
    customersWithMissing: 3,
    missingCustomers: [
      { id: 'K1', name: 'Alpha', cell: 'R2', inputs: ['salesHistory', 'quickRatio'] },
      { id: null, name: '乙公司', cell: 'R3', inputs: ['rating:principal'] },
      { id: null, name: null, cell: 'R9', inputs: ['netMargin'] },
    ],
  });

  it('names each customer by ID and name, with its inputs in the sheet order and its own cell', () => {
    expect(missingCustomerRows(listed, 'en')).toEqual([
      { cell: 'R2', who: 'K1 Alpha', inputs: 'Quick ratio; Sales dates (no 12-month average)' },
      { cell: 'R3', who: '乙公司', inputs: "Rating: Principal's credibility" },
      { cell: 'R9', who: 'R9', inputs: 'Net profit margin' },
    ]);
  });

  it('joins the inputs the Chinese way in Chinese', () => {
    expect(missingCustomerRows(listed, 'zh-Hant')[0]!.inputs).toBe('速動比率、銷售日期（無法計算近12月月均）');
  });
});

describe('formatAmount', () => {
  it('groups thousands and keeps at most two decimals', () => {
    expect(formatAmount(1_250_000)).toBe('1,250,000');
    expect(formatAmount(0)).toBe('0');
    expect(formatAmount(12.345)).toBe('12.35');
  });
});
