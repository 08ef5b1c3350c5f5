import type { ControlRunSummary } from '../app/plan-control';
import type { StepsSummary } from '../app/run-steps';
import type { ControlStatus } from '../core/control/status';
import { compareMissingInputs } from '../core/credit/missing-input';
import { customerChoiceText } from '../core/i18n/customer-choice-text';
import { label, labelWith } from '../core/i18n/labels';
import { missingInputLabel } from '../core/i18n/missing-input-label';
import { problemText } from '../core/i18n/problem-text';
import { TIERS } from '../core/tiers/tier-options';
import { count, money } from './money';

const MAX_PROBLEMS_SHOWN = 20;

function pct(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`;
}

const BUCKETS = [1, 2, 3, 4, 5] as const;

/** The aging totals under the owned columns' headers: "Not yet due", then "Past due 1–30 days" … with the run's bucket edges. */
function agingText(c: ControlRunSummary): string {
  const buckets = BUCKETS.map((k) => `${labelWith(`col.control.bucket${k}.dated`, 'en', { [`bucket${k}`]: c.bucketDays[k - 1] })} ${money(c.aging[k])}`);
  return [`${label('col.control.notDue', 'en')} ${money(c.aging[0])}`, ...buckets].join('; ');
}

/**
 * Customers per status, by the status column's words, and those over their
 * limit apart: a customer over its limit whose most severe condition is
 * another (an overdue hold) has that status, so the two counts differ.
 */
function statusLines(c: ControlRunSummary): string[] {
  const statuses = (Object.keys(c.statuses) as ControlStatus[]).map((s) => `${label(`control.status.${s}`, 'en')} ${count(c.statuses[s])}`);
  const shownOver = c.statuses.overLimit;
  return [
    `  Status (each customer's most severe condition): ${statuses.join('; ')}`,
    `  Over their limit, whatever the status shown: ${count(c.overLimit.customers)} customers (${count(shownOver)} show ${label('control.status.overLimit', 'en')}, ` +
      `${count(c.overLimit.customers - shownOver)} a more severe status), ${money(c.overLimit.amount)} above their limits in all`,
  ];
}

/** The run summary as lines for a person reading a terminal. */
export function formatSummary(s: StepsSummary): string[] {
  const total = TIERS.reduce((sum, t) => sum + Math.max(0, s.salesByTier[t]), 0);
  const lines = [
    `Customer sheet: ${s.customerSheet}${s.derivedCustomerSheet ? ' (made from the sales rows)' : ''}${s.customerSheetChoice ? ` (chosen: ${customerChoiceText(s.customerSheetChoice, 'en')})` : ''}`,
    `Sales sheet:    ${s.salesSheet}`,
    `Customers: ${count(s.customers)}   sales rows read: ${count(s.rowsRead)}   left out: ${count(s.rowsSkipped)}`,
    `Sales period: ${s.salesPeriod.from ?? '-'} to ${s.salesPeriod.to ?? '-'}`,
    '',
    'Tier  Customers  Net sales          Share of sales',
    ...TIERS.map((t) => `${t.padEnd(6)}${count(s.tiers[t]).padStart(9)}  ${money(s.salesByTier[t]).padStart(17)}  ${pct(Math.max(0, s.salesByTier[t]), total).padStart(14)}`),
  ];
  if (s.unknownCustomers.rows > 0) {
    lines.push('', `Sales rows of customers not on the customer sheet: ${count(s.unknownCustomers.rows)} (amount ${money(s.unknownCustomers.amount)}): ${s.unknownCustomers.keys.join(', ')}`);
  }
  if (s.duplicateKeys.length > 0) lines.push('', `Duplicate customer keys: ${s.duplicateKeys.join(', ')}`);
  if (s.credit) {
    const c = s.credit;
    lines.push(
      '',
      `Credit (scorecard: ${c.scorecardSheet}${c.scorecardCreated ? ', created with the default rules' : ''}; figures from: ${c.financialsSheet ?? 'none found'}` +
        `${c.severalPeriods > 0 ? `; ${c.severalPeriods} customers have several statements, the latest period was used` : ''})`,
      `  Grades: ${c.gradeNames.map((g) => `${g} ${count(c.grades[g])}`).join('   ')}`,
      `  Not rated (too little to grade; a credit survey is needed): ${count(c.grades.notRated)}${c.grades.notRated > 0 ? ' (forms for them: --forms needs-survey)' : ''}`,
      `  Recommended limits, total: ${money(c.recommendedLimitTotal)}` +
        `${c.limitWindow ? ` (average of the 12 months ${c.limitWindow.from} to ${c.limitWindow.to})` : ' (no dated sales: no 12-month average)'}`,
      ...(c.zeroLimits > 0 ? [`  Rated customers with a limit of 0: ${count(c.zeroLimits)} (the Reasons column says why for each)`] : []),
      `  Approval levels: ${Object.entries(c.approvalLevels).map(([l, n]) => `${l} ${count(n)}`).join('; ')}`,
    );
    const missing = Object.entries(c.missingInputs).filter(([, n]) => n > 0).sort(([a], [b]) => compareMissingInputs(a, b));
    if (missing.length > 0) {
      lines.push(
        `  Customers with missing inputs: ${count(c.customersWithMissing)}, first at ${s.customerSheet}!${c.missingCustomers[0]?.cell ?? ''}`,
        `  Missing, per input: ${missing.map(([m, n]) => `${missingInputLabel(m, 'en')} ${count(n)}`).join('; ')}`,
      );
    }
  }
  if (s.control) {
    const c = s.control;
    lines.push(
      '',
      `Credit control (as of ${c.asOf}; receivables: ${c.receivablesSheet}${c.alsoSales ? ', which is also the sales sheet' : ''})`,
      `  Documents: ${count(c.documents)}${c.documentsAfterAsOf > 0 ? `; ${count(c.documentsAfterAsOf)} dated after the as-of date were left out` : ''}` +
        `${c.unknownCustomers.documents > 0 ? `; ${count(c.unknownCustomers.documents)} of customers not on the customer sheet were left out (open ${money(c.unknownCustomers.open)})` : ''}`,
      `  Exposure: ${money(c.exposureTotal)}   overdue: ${money(c.overdueTotal)}   more than 90 days past due: ${money(c.longOverdueTotal)}`,
      `  Aging: ${agingText(c)}`,
      ...statusLines(c),
      ...(c.heldCustomers.length > 0 ? [`  Held or over the limit (${count(c.heldCount)}), first at ${s.customerSheet}!${c.heldCustomers[0]!.cell}`] : []),
    );
  }
  if (s.forms) {
    lines.push('', `Forms: ${s.forms.sheets.length} new sheet(s)`);
    for (const sheet of s.forms.sheets.slice(0, 10)) lines.push(`  ${sheet.name}: ${sheet.form}, ${sheet.customers.length} customer(s)`);
    if (s.forms.sheets.length > 10) lines.push(`  … and ${s.forms.sheets.length - 10} more (all of them are in --json).`);
  }
  if (s.problems.length > 0) {
    lines.push('', `Problems (${count(s.problems.length)}):`);
    for (const p of s.problems.slice(0, MAX_PROBLEMS_SHOWN)) lines.push(`  ${p.sheet}!${p.cell}: ${problemText(p, 'en')}`);
    if (s.problems.length > MAX_PROBLEMS_SHOWN) lines.push(`  … and ${count(s.problems.length - MAX_PROBLEMS_SHOWN)} more (all of them are in --json).`);
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
