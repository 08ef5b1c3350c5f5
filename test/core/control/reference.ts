/**
 * An independent reference for the credit-control figures, written from the
 * rules (issue 12, README "Credit control") and not from the core: it
 * imports nothing from src/core/control, reads the cells its own way and
 * works customer by customer with plain objects. The generated ledgers hold
 * only readable cells (ASCII keys, numbers, ISO text dates, "1,234.50").
 */
import type { CellValue } from '../../../src/core/cells/cell';
import type { GeneratedLedger } from './generate-ledger';

export interface ReferenceRules {
  edges: [number, number, number, number];
  nearLimit: number;
  tolerancePct: number;
  toleranceAmount: number;
  holdDays: number;
  holdMinimum: number;
  countOrders: boolean;
}

export interface ReferenceCustomer {
  documents: number;
  open: number;
  overdue: number;
  /** Not yet due, 1–e1, …, over e4. */
  buckets: number[];
  oldest: number | null;
  paidDocuments: number;
  avgDaysLate: number | null;
  onTimeShare: number | null;
  dso: number | null;
  /** Null when there is no limit: not rated and none approved. */
  limitUsed: number | null;
  exposure: number;
  available: number | null;
  utilisation: number | null;
  hold: number;
  /** Conditions that hold, most severe first. */
  conditions: string[];
}

export interface ReferenceResult {
  customers: ReferenceCustomer[];
  afterAsOf: number;
  unknownDocuments: number;
  unknownOpen: number;
  counted: number;
}

function serial(v: CellValue): number | null {
  if (v === null) return null;
  if (typeof v === 'number') return Math.floor(v);
  const [y, m, d] = String(v).split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86400000 + 25569;
}

function amountOf(v: CellValue): number | null {
  if (v === null) return null;
  return typeof v === 'number' ? v : Number(String(v).replace(/,/g, ''));
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
/** ROUND(x, 1) as a spreadsheet does it: at 15 significant digits, half away from zero. */
const round1 = (x: number) => (Math.sign(x) * Math.round(Number((Math.abs(x) * 10).toPrecision(15)))) / 10;

export function reference(g: GeneratedLedger, rules: ReferenceRules): ReferenceResult {
  const index = new Map(g.customers.map((k, i) => [k.toLowerCase(), i]));
  const cols = g.columns;
  type Doc = { due: number; open: number; amount: number | null; paid: number | null };
  const docs: Doc[][] = g.customers.map(() => []);
  const seen = new Set<string>();
  let afterAsOf = 0;
  let unknownDocuments = 0;
  let unknownOpen = 0;
  let counted = 0;
  for (let r = 0; r < cols.key.length; r++) {
    const doc = serial(cols.date[r]!);
    if (doc !== null && doc > g.asOf) {
      afterAsOf++;
      continue;
    }
    const amount = amountOf(cols.amount[r]!);
    const paidCell = cols.paidDate ? serial(cols.paidDate[r]!) : null;
    const paid = paidCell !== null && paidCell <= g.asOf ? paidCell : null;
    const paidAmount = cols.paidAmount ? amountOf(cols.paidAmount[r]!) : null;
    const openCell = cols.openAmount ? amountOf(cols.openAmount[r]!) : null;
    let open: number;
    if (openCell !== null) open = openCell;
    else if (paidCell !== null && paid === null) open = amount!; // paid after the as-of date: open on it
    else if (paidAmount !== null) open = amount! - paidAmount;
    else open = paid !== null ? 0 : amount!;

    const c = index.get(String(cols.key[r]).trim().toLowerCase());
    if (c === undefined) {
      unknownDocuments++;
      unknownOpen += open;
      continue;
    }
    const once = `${c}|${String(cols.documentNumber[r]).trim()}`;
    if (seen.has(once)) continue;
    seen.add(once);
    counted++;
    const dueCell = serial(cols.dueDate[r]!);
    const terms = g.termsDays[c] ?? Math.floor(g.creditMonths * 30);
    docs[c]!.push({ due: dueCell ?? doc! + terms, open, amount, paid });
  }

  const lower = [0, ...rules.edges];
  const customers = docs.map((list, c): ReferenceCustomer => {
    let open = 0;
    let overdue = 0;
    const buckets = [0, 0, 0, 0, 0, 0];
    let oldest: number | null = null;
    let paidDocuments = 0;
    let onTime = 0;
    let lateTimesWeight = 0;
    let weight = 0;
    for (const d of list) {
      const daysPastDue = g.asOf - d.due;
      open += d.open;
      if (daysPastDue > 0) overdue += d.open;
      let bucket = 0;
      if (daysPastDue > 0) {
        bucket = 5;
        for (let k = 0; k < 4; k++) {
          if (daysPastDue <= rules.edges[k]!) {
            bucket = k + 1;
            break;
          }
        }
      }
      buckets[bucket] += d.open;
      if (d.open > 0) oldest = oldest === null ? daysPastDue : Math.max(oldest, daysPastDue);
      const w = cols.amount ? d.amount : 1;
      if (d.paid !== null && d.paid > g.asOf - 365 && w !== null && w > 0) {
        paidDocuments++;
        if (d.paid <= d.due) onTime++;
        lateTimesWeight += w * Math.max(0, d.paid - d.due);
        weight += w;
      }
    }
    const openWritten = round6(open);
    const sales = g.recentSales[c]!;
    const written = buckets.map(round6);
    const approved = g.approvedLimit[c]!;
    const recommended = g.recommendedLimit[c]!;
    // Not rated and nothing approved: no limit at all (null), which is neither no credit nor over or near a limit.
    const limitUsed = !Number.isNaN(approved) ? approved : !Number.isNaN(recommended) ? recommended : null;
    const orders = g.openOrders[c]!;
    const exposure = openWritten + (rules.countOrders && !Number.isNaN(orders) ? orders : 0);
    let hold = 0;
    for (let k = 1; k < 6; k++) if (lower[k - 1]! >= rules.holdDays) hold += written[k]!;
    const conditions: string[] = [];
    const over = limitUsed !== null && exposure > limitUsed * (1 + rules.tolerancePct) + rules.toleranceAmount;
    if (limitUsed !== null && limitUsed <= 0) conditions.push('noCredit');
    if (hold > rules.holdMinimum) conditions.push('overdueHold');
    if (limitUsed === null) conditions.push('notRated');
    if (over) conditions.push('overLimit');
    if (limitUsed !== null && !over && limitUsed > 0 && exposure >= rules.nearLimit * limitUsed) conditions.push('nearLimit');
    return {
      documents: list.length,
      open: openWritten,
      overdue: round6(overdue),
      buckets: written,
      oldest: oldest === null ? null : Math.max(0, oldest),
      paidDocuments,
      avgDaysLate: paidDocuments === 0 ? null : Math.round((lateTimesWeight / weight) * 100) / 100,
      onTimeShare: paidDocuments === 0 ? null : onTime / paidDocuments,
      dso: sales > 0 ? round1((openWritten / sales) * 90) : null,
      limitUsed,
      exposure,
      available: limitUsed === null ? null : limitUsed - exposure,
      utilisation: limitUsed !== null && limitUsed > 0 ? exposure / limitUsed : null,
      hold,
      conditions,
    };
  });
  return { customers, afterAsOf, unknownDocuments, unknownOpen, counted };
}
