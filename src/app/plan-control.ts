import type { CellWrite } from '../core/cells/cell';
import { cellAddress } from '../core/cells/address';
import { dateToSerial } from '../core/cells/normalize';
import { cellText } from '../core/columns/header-row';
import { requireUnambiguous } from '../core/columns/recognize';
import { CONTROL_CUSTOMER_ROLES } from '../core/columns/roles';
import { CREDIT_COL } from '../core/credit/credit-columns';
import { CONTROL_COL, CONTROL_COLUMNS, CONTROL_GROUPED_COLUMNS } from '../core/control/control-columns';
import { ControlRowWriter } from '../core/control/control-row';
import { bucketDays, defaultControlRules, type ControlRules } from '../core/control/control-rules';
import { CONTROL_BLOCK, controlBlockTaken, controlRulesOps, hasControlRules, parseControlRules } from '../core/control/control-rules-sheet';
import { runControlCore, type ControlSummary } from '../core/control/control-step';
import { formControl } from '../core/forms/form-control';
import type { FormControl } from '../core/forms/form-data';
import { readControlInputs, type ControlCustomerColumns } from '../core/control/customer-inputs';
import { customerIndex } from '../core/control/ledger';
import { receivablesColumns, receivablesToRead } from '../core/control/receivables-columns';
import { recognizeReceivables } from '../core/control/receivables-sheet';
import { salesInWindow } from '../core/control/sales-window';
import { STATUS_BIT, type ControlCondition, type ControlStatus } from '../core/control/status';
import { label } from '../core/i18n/labels';
import { ownedColumnWrites, placeOwnedColumns, type HeaderArgs } from '../core/plan/owned-columns';
import type { WriteOp } from '../core/plan/write-ops';
import { inputError } from '../core/i18n/input-error-text';
import type { Problem } from '../core/problems';
import { listValues, summaryRows as findSummaryRows } from '../core/tiers/summary-rows';
import type { WorkbookPort } from '../ports/workbook-port';
import { refuseScorecard, type CreditPlan } from './plan-credit';
import { readAndCheck, type TierPlan } from './plan-tiers';

/** No formula the control step writes is longer (README, "Credit control"). */
const MAX_CONTROL_FORMULA = 400;

/** A customer on hold or over its limit, as the pane lists it and --json reports it. */
export interface HeldCustomer {
  id: string | null;
  name: string | null;
  /** The customer's credit-status cell on the customer sheet. */
  cell: string;
  status: ControlStatus;
}

/** What the control step adds to a run's summary. */
export interface ControlRunSummary extends Omit<ControlSummary, 'heldCustomers' | 'unknownCustomers' | 'weightedBy'> {
  receivablesSheet: string;
  /** The receivables sheet is the sales sheet too (an invoice list with due dates). */
  alsoSales: boolean;
  heldCustomers: HeldCustomer[];
  /** Documents of customers not on the customer sheet: left out, their open amount in all, the keys. */
  unknownCustomers: { documents: number; open: number; keys: string[] };
  /** How the payment behaviour weighs documents: by amount, or by count where the ledger has no amounts. */
  weightedBy: ControlSummary['weightedBy'];
  /** The header of the credit-status column, as written. */
  statusColumn: string;
  /** The days of the five overdue buckets of `aging`, as their headers state them: "1–30" … ">180". */
  bucketDays: [string, string, string, string, string];
}

export interface ControlPlan {
  ops: WriteOp[];
  summary: ControlRunSummary;
  problems: Problem[];
  /** The figures and decision of the customer on data row `row` of the customer sheet (an index of tier.rowKeys), for its forms; null for a row without a known key. */
  figuresAt: (row: number) => FormControl | null;
}

/** The as-of date (its calendar day) as an Excel serial. */
export function asOfSerial(d: Date): number {
  return dateToSerial(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Status cell fills: held and over the limit red, near the limit amber, no credit and not rated grey (neutral: no decision on credit). */
const STATUS_FILLS: Record<ControlCondition, { fill: string; font: string }> = {
  overdueHold: { fill: '#F8CBAD', font: '#9C0006' },
  overLimit: { fill: '#F8CBAD', font: '#9C0006' },
  nearLimit: { fill: '#FFEB9C', font: '#9C5700' },
  noCredit: { fill: '#EDEDED', font: '#404040' },
  notRated: { fill: '#EDEDED', font: '#404040' },
};

/**
 * The scorecard's credit-control rules: read from their block, or (a
 * scorecard this run makes, or one made before the block existed) the
 * defaults, with the ops that write the block.
 */
async function controlRules(port: WorkbookPort, tier: TierPlan, credit: CreditPlan): Promise<{ rules: ControlRules; ops: WriteOp[] }> {
  const sheet = credit.summary.scorecardSheet;
  const lang = tier.target.language;
  const names = tier.markers.filter((m) => m.sheet === sheet).map((m) => m.name);
  // A scorecard this run makes gets the block with the credit plan's writes (plan-credit.ts).
  if (credit.summary.scorecardCreated) return { rules: defaultControlRules(), ops: [] };
  const [block] = await port.readBlocks([{ sheet, ...CONTROL_BLOCK }]);
  if (!hasControlRules(names)) {
    const taken = controlBlockTaken(sheet, block ?? []);
    if (taken.length > 0) refuseScorecard(sheet, taken);
    return { rules: defaultControlRules(), ops: controlRulesOps(sheet, defaultControlRules(), lang) };
  }
  const { rules, problems } = parseControlRules(sheet, block ?? []);
  if (!rules) return refuseScorecard(sheet, problems);
  return { rules, ops: [] };
}

/** The customer sheet's approved-limit, open-orders and terms columns over its data rows. */
async function customerColumns(port: WorkbookPort, tier: TierPlan): Promise<ControlCustomerColumns> {
  const { target } = tier;
  const present = CONTROL_CUSTOMER_ROLES.filter((r) => target.columns[r] !== undefined);
  const rows = tier.rowKeys.length;
  const out: ControlCustomerColumns = { sheet: target.sheet, firstRow: target.firstDataRow };
  if (present.length === 0 || rows === 0) return out;
  const values = await port.readColumns({ sheet: target.sheet, firstRow: target.firstDataRow, rows, cols: present.map((r) => target.columns[r]!) });
  present.forEach((role, i) => (out[role] = { col: target.columns[role]!, values: values[i] ?? [] }));
  return out;
}

/**
 * Plans the credit-control columns after the credit columns: finds and reads
 * the receivables sheet (null when the workbook has none and the step was
 * not asked for by name), the customer sheet's approved limits, open orders
 * and terms, the scorecard's rules; computes the aggregates and statuses;
 * writes nothing. Throws InputError when the step was asked for and there is
 * no receivables sheet, for two candidate sheets, an invalid rules block, or
 * columns that hold the user's data.
 */
export async function planControl(
  port: WorkbookPort, tier: TierPlan, credit: CreditPlan,
  /** onFound: called once the receivables sheet is found (progress), before it is read. */
  options: { asOf: Date; required: boolean; onFound?: () => void },
): Promise<ControlPlan | null> {
  const choice = recognizeReceivables(tier.sources, tier.recognition);
  if (!choice) {
    if (!options.required) return null;
    throw inputError('noReceivablesSheet');
  }
  options.onFound?.();
  const { target } = tier;
  const lang = target.language;
  if (tier.recognition.customers) requireUnambiguous(target, [...CONTROL_CUSTOMER_ROLES], 'customer');
  const layout = choice.layout;
  const toRead = receivablesToRead(layout, tier.recognition.keyRole);
  const rows = Math.max(0, layout.lastRow - layout.firstDataRow + 1);
  const read = rows > 0 ? await port.readColumns({ sheet: layout.sheet, firstRow: layout.firstDataRow, rows, cols: toRead.map((r) => r.col) }) : toRead.map(() => []);
  // A Total row under the documents ends the list, as under the sales; a 小計 row between them is read as a blank row (no document).
  const keyAt = toRead.findIndex((r) => r.field === 'key');
  const summaryRows = findSummaryRows(layout.sheet, layout.firstDataRow, { col: toRead[keyAt]!.col, values: read[keyAt]! },
    toRead.filter((_, i) => i !== keyAt).map((r) => ({ col: r.col, values: read[toRead.indexOf(r)]! })));
  const kept = summaryRows.problems.length > 0 ? read.map((v) => listValues(v, summaryRows)) : read;
  const receivables = receivablesColumns(layout, toRead, kept);

  // Each customer once, in sheet order (a key twice has its results on its first row only).
  const keys = [...new Set(tier.rowKeys.filter((k): k is string => k !== null))];
  const index = customerIndex(keys);
  const inputs = readControlInputs(await customerColumns(port, tier), tier.rowKeys, index);
  const recommended = new Float64Array(index.size).fill(NaN);
  tier.rowKeys.forEach((key, i) => {
    const limit = credit.results[i]?.limit;
    const c = key === null ? undefined : index.get(key);
    if (c !== undefined && typeof limit === 'number') recommended[c] = limit;
  });
  const asOf = asOfSerial(options.asOf);
  const { rules, ops: ruleOps } = await controlRules(port, tier, credit);
  const result = runControlCore({
    receivables, customers: index, customerSheet: target.sheet,
    approvedLimit: inputs.approvedLimit, openOrders: target.columns.openOrders !== undefined ? inputs.openOrders : null, termsDays: inputs.termsDays,
    recommendedLimit: recommended, recentSales: salesInWindow(tier.net, index, asOf),
    rules, creditMonths: credit.config.creditMonths, asOf, latestDate: tier.net.latestDate,
  });

  // After the credit columns: the markers this run's credit plan places count as taken.
  const markers = [...tier.markers, ...credit.placements.map((p) => ({ name: p.spec.marker, sheet: target.sheet, row: target.headerRow, col: p.col }))];
  const placements = placeOwnedColumns(target, CONTROL_COLUMNS, markers);
  if (tier.sheets.some((s) => s.name === target.sheet)) await readAndCheck(port, target, placements, target.lastRow);
  const writer = new ControlRowWriter(placements.map((p) => p.col), {
    recommendedLimit: credit.placements[CREDIT_COL.limit]!.col,
    approvedLimit: target.columns.approvedLimit ?? null,
    openOrders: target.columns.openOrders ?? null,
  }, rules, lang);
  const longest = writer.longestFormula(String(target.lastRow + 1).length);
  if (longest.length > MAX_CONTROL_FORMULA) throw new Error(`a control formula is ${longest.length} characters long, more than ${MAX_CONTROL_FORMULA}: ${longest}`);

  const columns: CellWrite[][] = CONTROL_COLUMNS.map(() => new Array<CellWrite>(tier.rowKeys.length).fill(null));
  const rowOf = new Int32Array(index.size).fill(-1);
  tier.rowKeys.forEach((key, i) => {
    const c = key === null ? undefined : index.get(key);
    if (c === undefined || rowOf[c] !== -1) return;
    rowOf[c] = i;
    const cells = writer.row(c, target.firstDataRow + i, result.aggregates, result.decisions);
    for (let k = 0; k < cells.length; k++) columns[k]![i] = cells[k]!;
  });
  const days = bucketDays(rules.bucketEdges);
  const headerArgs: HeaderArgs = { bucket1: days[0], bucket2: days[1], bucket3: days[2], bucket4: days[3], bucket5: days[4] };
  const statusCol = placements[CONTROL_COL.status]!.col;
  const dataRows = target.lastRow - target.firstDataRow + 1;
  // A condition alone is its bit of the status code; its text with and without "(recommended limit)" (not rated has no limit, so never with).
  const statusFills = (Object.keys(STATUS_FILLS) as ControlCondition[]).flatMap((s) =>
    (s === 'notRated' ? [false] : [false, true]).map((onRecommended) => ({ equals: writer.statusCell(STATUS_BIT[s], onRecommended).status, ...STATUS_FILLS[s] })));
  const grouped = placements[CONTROL_GROUPED_COLUMNS.first]!.col;
  const contiguous = placements.slice(CONTROL_GROUPED_COLUMNS.first).every((p, i) => p.col === grouped + i);
  const ops: WriteOp[] = [
    ...ruleOps,
    ...ownedColumnWrites(target, placements, columns, lang, headerArgs),
    ...(dataRows > 0 ? [{ op: 'fillRules', sheet: target.sheet, row: target.firstDataRow, col: statusCol, rows: dataRows, cols: 1, rules: statusFills } as WriteOp] : []),
    ...(contiguous ? [{ op: 'groupColumns', sheet: target.sheet, col: grouped, cols: CONTROL_GROUPED_COLUMNS.count } as WriteOp] : []),
  ];

  const s = result.summary;
  const held: HeldCustomer[] = s.heldCustomers.map(({ customer, status }) => {
    const i = rowOf[customer]!;
    const who = tier.identity[i];
    return { id: cellText(who?.id) || null, name: cellText(who?.name) || null, cell: cellAddress(target.firstDataRow + i, statusCol), status };
  });
  const { heldCustomers: _held, unknownCustomers, weightedBy, ...figures } = s;
  return {
    ops,
    figuresAt: (row) => {
      const key = tier.rowKeys[row] ?? null;
      const c = key === null ? undefined : index.get(key);
      return c === undefined ? null : formControl(result.aggregates, result.decisions, c, rules);
    },
    problems: [...summaryRows.problems, ...result.problems, ...inputs.problems],
    summary: {
      ...figures,
      receivablesSheet: layout.sheet, alsoSales: choice.alsoSales, heldCustomers: held,
      unknownCustomers,
      weightedBy, statusColumn: label(CONTROL_COLUMNS[CONTROL_COL.status]!.label, lang), bucketDays: days,
    },
  };
}
