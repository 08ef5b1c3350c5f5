import type { ControlRunSummary } from '../app/plan-control';
import type { StepsSummary } from '../app/run-steps';
import type { Language } from '../core/columns/layout';
import type { ControlStatus } from '../core/control/status';
import type { CreditSummary } from '../core/credit/credit-summary';
import { compareMissingInputs } from '../core/credit/missing-input';
import { customerChoiceText } from '../core/i18n/customer-choice-text';
import { formatAmount, formatCount } from '../core/i18n/format-number';
import { missingInputLabel } from '../core/i18n/missing-input-label';
import { problemText } from '../core/i18n/problem-text';
import { label, labelWith } from './i18n/labels';
import { levelCounts } from './level-counts';
import { tierTable } from './tier-table';

const MAX_PROBLEMS_SHOWN = 20;
const MAX_FORM_SHEETS_SHOWN = 10;
const BUCKETS = [1, 2, 3, 4, 5] as const;

/** A line under a section's head. */
const indent = (text: string) => `  ${text}`;

function customerSheetText(s: StepsSummary, language: Language): string {
  let sheet = s.customerSheet;
  if (s.derivedCustomerSheet) sheet = labelWith('cli.customerSheet.derived', language, { sheet });
  if (s.customerSheetChoice) sheet = labelWith('cli.customerSheet.chosen', language, { sheet, reason: customerChoiceText(s.customerSheetChoice, language) });
  return labelWith('cli.customerSheet', language, { sheet });
}

function creditLines(c: CreditSummary, customerSheet: string, language: Language): string[] {
  const separator = label('cli.separator', language);
  const details = [
    labelWith(c.scorecardCreated ? 'cli.credit.scorecardCreated' : 'cli.credit.scorecard', language, { sheet: c.scorecardSheet }),
    c.financialsSheet === null ? label('cli.credit.noFigures', language) : labelWith('cli.credit.figuresFrom', language, { sheet: c.financialsSheet }),
    ...(c.severalPeriods > 0 ? [labelWith('cli.credit.severalPeriods', language, { count: formatCount(c.severalPeriods) })] : []),
  ];
  const notRated = labelWith('cli.credit.notRated', language, { count: formatCount(c.grades.notRated) });
  const total = formatAmount(c.recommendedLimitTotal);
  const lines = [
    labelWith('cli.credit.heading', language, { details: details.join(separator) }),
    indent(labelWith('cli.credit.grades', language, { grades: c.gradeNames.map((g) => `${g} ${formatCount(c.grades[g])}`).join('   ') })),
    indent(c.grades.notRated > 0 ? labelWith('cli.credit.notRatedForms', language, { text: notRated }) : notRated),
    indent(c.limitWindow
      ? labelWith('cli.credit.limitTotal', language, { total, from: c.limitWindow.from, to: c.limitWindow.to })
      : labelWith('cli.credit.limitTotalUndated', language, { total })),
    ...(c.zeroLimits > 0 ? [indent(labelWith('cli.credit.zeroLimits', language, { count: formatCount(c.zeroLimits) }))] : []),
    indent(labelWith('cli.credit.levels', language, { levels: Object.entries(levelCounts(c.approvalLevels, language)).map(([l, n]) => `${l} ${formatCount(n)}`).join(separator) })),
  ];
  const missing = Object.entries(c.missingInputs).filter(([, n]) => n > 0).sort(([a], [b]) => compareMissingInputs(a, b));
  if (missing.length > 0) {
    lines.push(
      indent(labelWith('cli.credit.missingCustomers', language, { count: formatCount(c.customersWithMissing), place: `${customerSheet}!${c.missingCustomers[0]?.cell ?? ''}` })),
      indent(labelWith('cli.credit.missingInputs', language, { inputs: missing.map(([m, n]) => `${missingInputLabel(m, language)} ${formatCount(n)}`).join(separator) })),
    );
  }
  return lines;
}

/** The aging totals under the owned columns' headers: "Not yet due", then "Past due 1–30 days" … with the run's bucket edges. */
function agingText(c: ControlRunSummary, language: Language): string {
  const buckets = BUCKETS.map((k) => `${labelWith(`col.control.bucket${k}.dated`, language, { [`bucket${k}`]: c.bucketDays[k - 1] })} ${formatAmount(c.aging[k])}`);
  return [`${label('col.control.notDue', language)} ${formatAmount(c.aging[0])}`, ...buckets].join(label('cli.separator', language));
}

/**
 * Customers per status, by the status column's words, and those over their
 * limit apart: a customer over its limit whose most severe condition is
 * another (an overdue hold) has that status, so the two counts differ.
 */
function statusLines(c: ControlRunSummary, language: Language): string[] {
  const statuses = (Object.keys(c.statuses) as ControlStatus[]).map((s) => `${label(`control.status.${s}`, language)} ${formatCount(c.statuses[s])}`);
  const shown = c.statuses.overLimit;
  return [
    indent(labelWith('cli.control.statuses', language, { statuses: statuses.join(label('cli.separator', language)) })),
    indent(labelWith('cli.control.overLimit', language, {
      customers: formatCount(c.overLimit.customers), shown: formatCount(shown), status: label('control.status.overLimit', language),
      other: formatCount(c.overLimit.customers - shown), amount: formatAmount(c.overLimit.amount),
    })),
  ];
}

function controlLines(c: ControlRunSummary, customerSheet: string, language: Language): string[] {
  const documents = [
    labelWith('cli.control.documents', language, { count: formatCount(c.documents) }),
    ...(c.documentsAfterAsOf > 0 ? [labelWith('cli.control.afterAsOf', language, { count: formatCount(c.documentsAfterAsOf) })] : []),
    ...(c.unknownCustomers.documents > 0
      ? [labelWith('cli.control.unknown', language, { count: formatCount(c.unknownCustomers.documents), open: formatAmount(c.unknownCustomers.open) })]
      : []),
  ];
  const sheet = c.alsoSales ? labelWith('cli.control.alsoSales', language, { sheet: c.receivablesSheet }) : c.receivablesSheet;
  return [
    labelWith('cli.control.heading', language, { asOf: c.asOf, sheet }),
    indent(documents.join(label('cli.separator', language))),
    indent(labelWith('cli.control.exposure', language, {
      exposure: formatAmount(c.exposureTotal), overdue: formatAmount(c.overdueTotal), longOverdue: formatAmount(c.longOverdueTotal),
    })),
    indent(labelWith('cli.control.aging', language, { buckets: agingText(c, language) })),
    ...statusLines(c, language),
    ...(c.heldCustomers.length > 0
      ? [indent(labelWith('cli.control.held', language, { count: formatCount(c.heldCount), place: `${customerSheet}!${c.heldCustomers[0]!.cell}` }))]
      : []),
  ];
}

/** "… and 12 more", under a list cut short. */
const moreLine = (more: number, language: Language) => indent(labelWith('cli.more', language, { count: formatCount(more) }));

/**
 * The run summary as lines for a person reading a terminal, in the language
 * asked for (English unless --lang names another). Sheet names, customer keys
 * and grade names are the workbook's and print as they are; approval levels
 * are named as the pane names them (levelCounts).
 */
export function formatSummary(s: StepsSummary, language: Language = 'en'): string[] {
  const lines = [
    customerSheetText(s, language),
    labelWith('cli.salesSheet', language, { sheet: s.salesSheet }),
    labelWith('cli.rows', language, { customers: formatCount(s.customers), read: formatCount(s.rowsRead), skipped: formatCount(s.rowsSkipped) }) +
      (s.rowsOutsidePeriod > 0 ? labelWith('cli.rowsOutsidePeriod', language, { outside: formatCount(s.rowsOutsidePeriod) }) : ''),
    labelWith('cli.period', language, { from: s.salesPeriod.from ?? '-', to: s.salesPeriod.to ?? '-' }),
    '',
    ...tierTable(s, language),
  ];
  const keys = (list: readonly string[]) => list.join(label('control.list.separator', language));
  if (s.unknownCustomers.rows > 0) {
    lines.push('', labelWith('cli.unknownCustomers', language, {
      rows: formatCount(s.unknownCustomers.rows), amount: formatAmount(s.unknownCustomers.amount), keys: keys(s.unknownCustomers.keys),
    }));
  }
  if (s.duplicateKeys.length > 0) lines.push('', labelWith('cli.duplicateKeys', language, { keys: keys(s.duplicateKeys) }));
  if (s.credit) lines.push('', ...creditLines(s.credit, s.customerSheet, language));
  if (s.control) lines.push('', ...controlLines(s.control, s.customerSheet, language));
  if (s.forms) {
    const { sheets } = s.forms;
    lines.push('', labelWith('cli.forms.heading', language, { count: formatCount(sheets.length) }));
    for (const sheet of sheets.slice(0, MAX_FORM_SHEETS_SHOWN)) {
      lines.push(indent(labelWith('cli.forms.sheet', language, { name: sheet.name, form: label(`form.${sheet.form}`, language), count: formatCount(sheet.customers.length) })));
    }
    if (sheets.length > MAX_FORM_SHEETS_SHOWN) lines.push(moreLine(sheets.length - MAX_FORM_SHEETS_SHOWN, language));
  }
  if (s.problems.length > 0) {
    lines.push('', labelWith('cli.problems.heading', language, { count: formatCount(s.problems.length) }));
    for (const p of s.problems.slice(0, MAX_PROBLEMS_SHOWN)) {
      lines.push(indent(labelWith('cli.problems.problem', language, { place: `${p.sheet}!${p.cell}`, reason: problemText(p, language) })));
    }
    if (s.problems.length > MAX_PROBLEMS_SHOWN) lines.push(moreLine(s.problems.length - MAX_PROBLEMS_SHOWN, language));
  }
  return lines;
}

/**
 * The summary as the one JSON object of `--json`: the credit and control
 * figures at the top level; each problem's reason, and the customer sheet
 * choice's, in the dictionary's English; the approval levels keyed by their
 * English names (a level typed on the scorecard as typed), whatever the
 * workbook's language, so that a script reads the same keys from any workbook.
 */
export function summaryJson(s: StepsSummary, output: string): Record<string, unknown> {
  const { credit, control, forms, customerSheetChoice, ...rest } = s;
  const problems = s.problems.map((p) => ({ ...p, reason: problemText(p, 'en') }));
  const choice = customerSheetChoice ? { customerSheetChoice: { ...customerSheetChoice, reason: customerChoiceText(customerSheetChoice, 'en') } } : {};
  const levels = credit ? { approvalLevels: levelCounts(credit.approvalLevels, 'en') } : {};
  return { ...rest, ...choice, problems, ...(credit ?? {}), ...levels, ...(control ?? {}), ...(forms ? { sheets: forms.sheets } : {}), output };
}
