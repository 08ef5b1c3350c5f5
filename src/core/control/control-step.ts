import { serialToIso } from '../cells/normalize';
import type { Problem } from '../problems';
import { aggregateLedger, type ControlAggregates } from './aggregates';
import type { ControlRules } from './control-rules';
import { readLedger, type CustomerIndex, type Ledger } from './ledger';
import type { ReceivablesColumns } from './receivables-columns';
import { decideStatuses, STATUS_BIT, STATUS_CODES, statusOf, type ControlDecisions, type ControlStatus } from './status';

/** Customers listed by index in the summary (the pane's links; the status column holds them all). */
export const LISTED_CUSTOMERS = 200;

export interface ControlCoreInput {
  receivables: ReceivablesColumns;
  /** Normalised customer key → index (customerIndex(matchCustomers(…).keys)). */
  customers: CustomerIndex;
  customerSheet: string;
  /** Per customer index (readControlInputs). */
  approvedLimit: Float64Array;
  openOrders: Float64Array | null;
  termsDays: Float64Array;
  /** The credit step's recommended limit per customer index; NaN where there is none (not rated). */
  recommendedLimit: Float64Array;
  /** Net sales per customer index over the 90 days to the as-of date (salesInWindow); null: no DSO. */
  recentSales: Float64Array | null;
  rules: ControlRules;
  /** The scorecard's credit months: a blank due date without terms is the document date + credit months × 30 days. */
  creditMonths: number;
  asOf: number;
  /** The latest plausible document or paid date (latestPlausibleDate of the run). */
  latestDate: number;
}

/** What --json and the pane report of the step (customers by index: the caller names them and their cells). */
export interface ControlSummary {
  asOf: string;
  exposureTotal: number;
  overdueTotal: number;
  /** Totals of not yet due and the five overdue buckets. */
  aging: [number, number, number, number, number, number];
  /** Open amounts more than 90 days past due. */
  longOverdueTotal: number;
  /** Customers per status (the most severe condition). */
  statuses: Record<ControlStatus, number>;
  /** Customers over their limit, and by how much in all (exposure − limit). */
  overLimit: { customers: number; amount: number };
  /** Customers on overdue hold or over their limit, in sheet order: the first LISTED_CUSTOMERS, and how many in all. */
  heldCustomers: { customer: number; status: ControlStatus }[];
  heldCount: number;
  documents: number;
  documentsAfterAsOf: number;
  unknownCustomers: Ledger['unknown'];
  weightedBy: Ledger['weightedBy'];
}

export interface ControlCoreResult {
  ledger: Ledger;
  aggregates: ControlAggregates;
  decisions: ControlDecisions;
  summary: ControlSummary;
  /** The ledger's problems, by row. */
  problems: Problem[];
}

/** The control step's core: ledger, aggregates, statuses and their summary, for every customer. */
export function runControlCore(input: ControlCoreInput): ControlCoreResult {
  const n = input.customers.size;
  const ledger = readLedger(input.receivables, input.customers, { asOf: input.asOf, latestDate: input.latestDate, customerSheet: input.customerSheet });
  const aggregates = aggregateLedger({
    ledger, customers: n, asOf: input.asOf, bucketEdges: input.rules.bucketEdges, termsDays: input.termsDays,
    defaultTermsDays: Math.floor(input.creditMonths * 30), recentSales: input.recentSales,
  });
  const decisions = decideStatuses({
    aggregates, approvedLimit: input.approvedLimit, recommendedLimit: input.recommendedLimit, openOrders: input.openOrders, rules: input.rules,
  });
  return { ledger, aggregates, decisions, summary: summarize(input.asOf, ledger, aggregates, decisions), problems: ledger.problems };
}

/** A total as reported: to the cent. */
function cents(x: number): number {
  return Math.round(x * 100) / 100;
}

function summarize(asOf: number, ledger: Ledger, agg: ControlAggregates, d: ControlDecisions): ControlSummary {
  const statuses: Record<ControlStatus, number> = { ok: 0, nearLimit: 0, overLimit: 0, notRated: 0, overdueHold: 0, noCredit: 0 };
  const aging: ControlSummary['aging'] = [0, 0, 0, 0, 0, 0];
  const held: ControlSummary['heldCustomers'] = [];
  let heldCount = 0;
  let exposure = 0;
  let overdue = 0;
  const overLimit = { customers: 0, amount: 0 };
  const listedBits = STATUS_BIT.overdueHold | STATUS_BIT.overLimit;
  // The status of each code, once (statusOf makes lists: 50,000 calls of it showed in the step's time).
  const statusByCode = Array.from({ length: STATUS_CODES }, (_, code) => statusOf(code).status);
  for (let c = 0; c < agg.customers; c++) {
    exposure += d.exposure[c]!;
    overdue += agg.overdue[c]!;
    for (let k = 0; k < 6; k++) aging[k] += agg.buckets[k]![c]!;
    const code = d.code[c]!;
    const status = statusByCode[code]!;
    statuses[status]++;
    if ((code & STATUS_BIT.overLimit) !== 0) {
      overLimit.customers++;
      overLimit.amount += d.exposure[c]! - d.limitUsed[c]!;
    }
    if ((code & listedBits) !== 0) {
      heldCount++;
      if (held.length < LISTED_CUSTOMERS) held.push({ customer: c, status });
    }
  }
  return {
    asOf: serialToIso(asOf),
    exposureTotal: cents(exposure),
    overdueTotal: cents(overdue),
    aging: aging.map(cents) as ControlSummary['aging'],
    longOverdueTotal: cents(agg.longOverdueTotal),
    statuses,
    overLimit: { customers: overLimit.customers, amount: cents(overLimit.amount) },
    heldCustomers: held,
    heldCount,
    documents: ledger.count,
    documentsAfterAsOf: ledger.documentsAfterAsOf,
    unknownCustomers: { ...ledger.unknown, open: cents(ledger.unknown.open) },
    weightedBy: ledger.weightedBy,
  };
}
