import type { StepsSummary } from '../app/run-steps';
import { customerChoiceText } from '../core/i18n/customer-choice-text';
import { problemText } from '../core/i18n/problem-text';
import { TIERS } from '../core/tiers/tier-options';

const MAX_PROBLEMS_SHOWN = 20;

function pct(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`;
}

/** The run summary as lines for a person reading a terminal. */
export function formatSummary(s: StepsSummary): string[] {
  const total = TIERS.reduce((sum, t) => sum + Math.max(0, s.salesByTier[t]), 0);
  const lines = [
    `Customer sheet: ${s.customerSheet}${s.derivedCustomerSheet ? ' (made from the sales rows)' : ''}${s.customerSheetChoice ? ` (chosen over ${s.customerSheetChoice.over.map((n) => `'${n}'`).join(', ')}: ${customerChoiceText(s.customerSheetChoice, 'en')})` : ''}`,
    `Sales sheet:    ${s.salesSheet}`,
    `Customers: ${s.customers}   sales rows read: ${s.rowsRead}   left out: ${s.rowsSkipped}`,
    `Sales period: ${s.salesPeriod.from ?? '-'} to ${s.salesPeriod.to ?? '-'}`,
    '',
    'Tier  Customers  Net sales          Share of sales',
    ...TIERS.map((t) => `${t.padEnd(6)}${String(s.tiers[t]).padStart(9)}  ${s.salesByTier[t].toFixed(2).padStart(17)}  ${pct(Math.max(0, s.salesByTier[t]), total).padStart(14)}`),
  ];
  if (s.unknownCustomers.rows > 0) {
    lines.push('', `Sales rows of customers not on the customer sheet: ${s.unknownCustomers.rows} (amount ${s.unknownCustomers.amount.toFixed(2)}): ${s.unknownCustomers.keys.join(', ')}`);
  }
  if (s.duplicateKeys.length > 0) lines.push('', `Duplicate customer keys: ${s.duplicateKeys.join(', ')}`);
  if (s.credit) {
    const c = s.credit;
    lines.push(
      '',
      `Credit (scorecard: ${c.scorecardSheet}${c.scorecardCreated ? ', created with the default rules' : ''}; figures from: ${c.financialsSheet ?? 'none found'}` +
        `${c.severalPeriods > 0 ? `; ${c.severalPeriods} customers have several statements, the latest period was used` : ''})`,
      `  Grades: ${c.gradeNames.map((g) => `${g} ${c.grades[g]}`).join('   ')}`,
      `  Not rated (too little to grade; a credit survey is needed): ${c.grades.notRated}${c.grades.notRated > 0 ? ' (forms for them: --forms needs-survey)' : ''}`,
      `  Recommended limits, total: ${c.recommendedLimitTotal.toLocaleString('en')}` +
        `${c.limitWindow ? ` (average of the 12 months ${c.limitWindow.from} to ${c.limitWindow.to})` : ' (no dated sales: no 12-month average)'}`,
      ...(c.zeroLimits > 0 ? [`  Rated customers with a limit of 0: ${c.zeroLimits} (the Reasons column says why for each)`] : []),
      `  Approval levels: ${Object.entries(c.approvalLevels).map(([l, n]) => `${l} ${n}`).join('; ')}`,
    );
    const missing = Object.entries(c.missingInputs);
    if (missing.length > 0) {
      lines.push(
        `  Customers with missing inputs: ${c.customersWithMissing}, first at ${s.customerSheet}!${c.missingCustomers[0]?.cell ?? ''}`,
        `  Missing, per input: ${missing.map(([m, n]) => `${m} ${n}`).join('; ')}`,
      );
    }
  }
  if (s.control) {
    const c = s.control;
    const money = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 2 });
    lines.push(
      '',
      `Credit control (as of ${c.asOf}; receivables: ${c.receivablesSheet}${c.alsoSales ? ', which is also the sales sheet' : ''})`,
      `  Documents: ${c.documents}${c.documentsAfterAsOf > 0 ? `; ${c.documentsAfterAsOf} dated after the as-of date were left out` : ''}` +
        `${c.unknownCustomers.documents > 0 ? `; ${c.unknownCustomers.documents} of customers not on the customer sheet were left out (open ${money(c.unknownCustomers.open)})` : ''}`,
      `  Exposure: ${money(c.exposureTotal)}   overdue: ${money(c.overdueTotal)}   more than 90 days past due: ${money(c.longOverdueTotal)}`,
      `  Aging: not yet due ${money(c.aging[0])}; ${c.aging.slice(1).map((a, k) => `bucket ${k + 1} ${money(a)}`).join('; ')}`,
      `  Status: ${Object.entries(c.statuses).map(([k, n]) => `${k} ${n}`).join('   ')}`,
      `  Over their limit: ${c.overLimit.customers} customers, ${money(c.overLimit.amount)} in all`,
      ...(c.heldCustomers.length > 0 ? [`  Held or over the limit (${c.heldCount}), first at ${s.customerSheet}!${c.heldCustomers[0]!.cell}`] : []),
    );
  }
  if (s.forms) {
    lines.push('', `Forms: ${s.forms.sheets.length} new sheet(s)`);
    for (const sheet of s.forms.sheets.slice(0, 10)) lines.push(`  ${sheet.name}: ${sheet.form}, ${sheet.customers.length} customer(s)`);
    if (s.forms.sheets.length > 10) lines.push(`  … and ${s.forms.sheets.length - 10} more (all of them are in --json).`);
  }
  if (s.problems.length > 0) {
    lines.push('', `Problems (${s.problems.length}):`);
    for (const p of s.problems.slice(0, MAX_PROBLEMS_SHOWN)) lines.push(`  ${p.sheet}!${p.cell}: ${problemText(p, 'en')}`);
    if (s.problems.length > MAX_PROBLEMS_SHOWN) lines.push(`  … and ${s.problems.length - MAX_PROBLEMS_SHOWN} more (all of them are in --json).`);
  }
  return lines;
}

/**
 * The summary as the one JSON object of `--json`: the credit and control
 * figures at the top level; each problem's reason, and the customer sheet
 * choice's, in the dictionary's English.
 */
export function summaryJson(s: StepsSummary, output: string): Record<string, unknown> {
  const { credit, control, forms, customerSheetChoice, ...rest } = s;
  const problems = s.problems.map((p) => ({ ...p, reason: problemText(p, 'en') }));
  const choice = customerSheetChoice ? { customerSheetChoice: { ...customerSheetChoice, reason: customerChoiceText(customerSheetChoice, 'en') } } : {};
  return { ...rest, ...choice, problems, ...(credit ?? {}), ...(control ?? {}), ...(forms ? { sheets: forms.sheets } : {}), output };
}
