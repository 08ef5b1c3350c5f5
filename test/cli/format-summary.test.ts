import type { StepsSummary } from '../../src/app/run-steps';
import { formatSummary, summaryJson } from '../../src/cli/format-summary';
import { formatAmount } from '../../src/core/i18n/format-number';
import { SUMMARY } from '../taskpane/fixtures';
import { CONTROL_SUMMARY as CONTROL } from './control-summary';


const summary: StepsSummary = {
  ...SUMMARY,
  salesByTier: { A: 710_545_931.01, B: 38_272_060.7, C: 1500, D: -0.001 },
  unknownCustomers: { rows: 2, amount: 12_345.678, keys: ['X9'] },
  control: CONTROL,
};
const lines = formatSummary(summary);
const line = (start: string) => {
  const found = lines.filter((l) => l.startsWith(start));
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('the command line\'s text summary speaks the pane\'s English words', () => {
  it('names each missing input as the pane does, in the order of the Missing inputs cell', () => {
    expect(line('  Missing, per input:')).toBe('  Missing, per input: Quick ratio 1; Rating: Bank credit 3; Opening total assets (turnover used the closing figure) 2');
  });

  it('names every status the summary counts by the status column\'s words, not-rated included', () => {
    expect(line('  Status')).toBe(
      "  Status (each customer's most severe condition): OK 156; Near limit 2; Over limit 20; Not rated: survey needed 3; Overdue hold 8; No credit (cash or collateral) 114",
    );
  });

  it('says that the customers over their limit are counted whatever their status, and how that meets the Over limit status', () => {
    expect(line('  Over their limit')).toBe(
      '  Over their limit, whatever the status shown: 48 customers (20 show Over limit, 28 a more severe status), 2,500,000.5 above their limits in all',
    );
  });

  it('prints counts with thousands separators, as the pane does', () => {
    const big = formatSummary({ ...summary, customers: 50_000, rowsRead: 1_000_000, rowsSkipped: 1_234, control: { ...CONTROL, documents: 500_000, heldCount: 1_056 } });
    expect(big.find((l) => l.startsWith('Customers:'))).toBe('Customers: 50,000   sales rows read: 1,000,000   left out: 1,234');
    expect(big.find((l) => l.startsWith('  Documents:'))).toBe('  Documents: 500,000');
    expect(big.find((l) => l.startsWith('  Held or over the limit'))).toBe(`  Held or over the limit (1,056), first at ${summary.customerSheet}!AB2`);
  });

  it('counts the sales rows dated outside the period, in the language asked for, only when there are any', () => {
    const outside = formatSummary({ ...summary, rowsOutsidePeriod: 6_682 });
    expect(outside.find((l) => l.startsWith('Customers:'))).toMatch(/ {3}left out: [\d,]+ {3}outside the period: 6,682$/);
    expect(formatSummary({ ...summary, rowsOutsidePeriod: 6_682 }, 'zh-Hant').find((l) => l.startsWith('客戶：'))).toMatch(/ {3}期間外：6,682 筆$/);
    expect(formatSummary({ ...summary, rowsOutsidePeriod: 0 }).find((l) => l.startsWith('Customers:'))).not.toContain('outside');
  });

  it('heads the aging totals as the owned columns are headed, with the run\'s bucket edges', () => {
    expect(line('  Aging:')).toBe(
      '  Aging: Not yet due 37,072,060.7; Past due 1–45 days 600,000; Past due 46–60 days 300,000; Past due 61–90 days 150,000; Past due 91–120 days 100,000; Past due >120 days 50,000',
    );
  });

  it('prints every amount the same way: thousands separators, at most two decimals, never -0', () => {
    expect(line('A ')).toContain(' 710,545,931.01 ');
    expect(line('B ')).toContain(' 38,272,060.7 ');
    expect(line('D ')).toMatch(/ 0 +0\.0%$/);
    expect(line('Sales rows of customers not on the customer sheet')).toContain('(amount 12,345.68)');
    expect(line('  Recommended limits, total:')).toContain('total: 1,250,000 ');
    expect(line('  Exposure:')).toBe('  Exposure: 38,272,060.7   overdue: 1,200,000   more than 90 days past due: 150,000');
    expect([formatAmount(-0.004), formatAmount(-1234.5), formatAmount(0.1 + 0.2)]).toEqual(['0', '-1,234.5', '0.3']);
    // No amount is printed without its separators anywhere.
    expect(lines.filter((l) => /\d{4}/.test(l.replace(/\d{4}-\d{2}(-\d{2})?/g, '')))).toEqual([]);
  });

  it('prints the section heads and the list lines in English unless asked otherwise', () => {
    expect(formatSummary(summary, 'en')).toEqual(lines);
    expect(lines.slice(0, 6)).toEqual([
      `Customer sheet: ${SUMMARY.customerSheet}`,
      `Sales sheet:    ${SUMMARY.salesSheet}`,
      'Customers: 10   sales rows read: 120   left out: 1',
      'Sales period: 2025-01-02 to 2025-12-30',
      '',
      'Tier  Customers  Net sales          Share of sales',
    ]);
    expect(line('Credit (')).toBe(`Credit (scorecard: ${SUMMARY.credit!.scorecardSheet}, created with the default rules; figures from: ${SUMMARY.credit!.financialsSheet}; 2 customers have several statements, the latest period was used)`);
    expect(line('Credit control (')).toBe('Credit control (as of 2026-06-30; receivables: Open items)');
    expect(line('Forms:')).toBe('Forms: 2 new sheet(s)');
    // A form is named by its title, as the form sheet heads it.
    expect(line(`  ${SUMMARY.forms!.sheets[0]!.name}:`)).toBe(`  ${SUMMARY.forms!.sheets[0]!.name}: Customer credit status survey form, 2 customer(s)`);
    expect(line('Problems (')).toBe('Problems (2):');
  });

  it('cuts a long list of problems short, and says where the rest are', () => {
    const many = formatSummary({ ...summary, problems: Array.from({ length: 23 }, () => SUMMARY.problems[0]!) });
    expect(many.filter((l) => l.startsWith(`  ${SUMMARY.problems[0]!.sheet}!`))).toHaveLength(20);
    expect(many.at(-1)).toBe('  … and 3 more (all of them are in --json).');
  });

  it('shows no share when no tier has positive sales, as the pane does', () => {
    const none = formatSummary({ ...summary, salesByTier: { A: 0, B: 0, C: 0, D: -5 } });
    expect(none.find((l) => l.startsWith('A '))).toMatch(/ 0 +—$/);
  });

  it('leaves --json as it was: the codes, the figures as numbers', () => {
    const json = summaryJson(summary, 'out.xlsx');
    expect(json).toMatchObject({ statuses: CONTROL.statuses, aging: CONTROL.aging, missingInputs: SUMMARY.credit!.missingInputs, salesByTier: summary.salesByTier });
  });
});
