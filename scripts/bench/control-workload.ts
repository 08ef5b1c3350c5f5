// The credit-control workload of npm run bench: a receivables ledger drawn
// with the project's sound generator (mulberry32, scripts/sample/prng.ts),
// and the control step's core timed on it.
import type { CellValue } from '../../src/core/cells/cell';
import { dateToSerial } from '../../src/core/cells/normalize';
import { CONTROL_COLUMNS } from '../../src/core/control/control-columns';
import { defaultControlRules } from '../../src/core/control/control-rules';
import { ControlRowWriter } from '../../src/core/control/control-row';
import { runControlCore, type ControlCoreInput } from '../../src/core/control/control-step';
import { customerIndex } from '../../src/core/control/ledger';
import { salesInWindow } from '../../src/core/control/sales-window';
import { sumNetSales, type SalesColumns } from '../../src/core/tiers/net-sales';
import type { ReceivablesColumns } from '../../src/core/control/receivables-columns';
import { Rng } from '../sample/prng';

/** The as-of date of the workload: 2026-06-30. */
export const CONTROL_AS_OF = dateToSerial(2026, 6, 30);

export interface ControlBenchData {
  input: ControlCoreInput;
  facts: { customers: number; documents: number; customersWithDocuments: number; distinctDocumentNumbers: number; blankDueDates: number; partialPayments: number };
}

/**
 * `documents` receivable rows over `customers` keys: each row's customer is
 * floor(customers × u²) (u uniform), so low indexes have most documents and
 * nearly every customer has some. Documents are dated up to 400 days before
 * the as-of date (1% after it), due after 30, 60 or 90 days (5% blank: due
 * by the customer's terms); 3% are credit notes; 97% of those older than 120
 * days and half the others are paid, from 20 days early to 60 days late (a
 * tenth of them partly); amounts are whole cents.
 */
export function controlWorkload(customers: number, documents: number, seed = 12): ControlBenchData {
  const rng = new Rng(seed);
  const keys = Array.from({ length: customers }, (_, i) => `C${String(i).padStart(6, '0')}`);
  const key: CellValue[] = new Array(documents);
  const number: CellValue[] = new Array(documents);
  const date: CellValue[] = new Array(documents);
  const due: CellValue[] = new Array(documents);
  const amount: CellValue[] = new Array(documents);
  const paidDate: CellValue[] = new Array(documents);
  const paidAmount: CellValue[] = new Array(documents);
  let blankDueDates = 0;
  let partialPayments = 0;
  for (let i = 0; i < documents; i++) {
    key[i] = keys[Math.floor(customers * rng.next() ** 2)]!;
    number[i] = `INV${String(i).padStart(7, '0')}`;
    const doc = rng.chance(0.01) ? CONTROL_AS_OF + rng.int(1, 30) : CONTROL_AS_OF - rng.int(0, 400);
    date[i] = doc;
    const dueDay = doc + rng.pick([30, 60, 90]);
    const blankDue = rng.chance(0.05);
    due[i] = blankDue ? null : dueDay;
    if (blankDue) blankDueDates++;
    const value = Math.round(rng.range(10, 100000) * 100) / 100;
    amount[i] = rng.chance(0.03) ? -value : value;
    paidDate[i] = null;
    paidAmount[i] = null;
    // Most old documents are settled; about half of the recent ones are.
    if (rng.chance(CONTROL_AS_OF - doc > 120 ? 0.97 : 0.5)) {
      const paid = dueDay + rng.int(-20, 60);
      if (paid <= CONTROL_AS_OF) {
        paidDate[i] = paid;
        if (rng.chance(0.1)) {
          paidAmount[i] = Math.round((amount[i] as number) * rng.range(0.1, 0.9) * 100) / 100;
          partialPayments++;
        }
      }
    }
  }
  const receivables: ReceivablesColumns = {
    sheet: 'Receivables', firstRow: 1,
    key: { col: 0, values: key }, documentNumber: { col: 1, values: number }, date: { col: 2, values: date }, dueDate: { col: 3, values: due },
    amount: { col: 4, values: amount }, paidDate: { col: 5, values: paidDate }, paidAmount: { col: 6, values: paidAmount },
  };
  const approvedLimit = new Float64Array(customers);
  const recommendedLimit = new Float64Array(customers);
  const termsDays = new Float64Array(customers);
  const openOrders = new Float64Array(customers);
  for (let c = 0; c < customers; c++) {
    approvedLimit[c] = rng.chance(0.3) ? NaN : rng.int(0, 50) * 10000;
    recommendedLimit[c] = rng.chance(0.05) ? NaN : rng.int(0, 50) * 10000;
    termsDays[c] = rng.chance(0.5) ? NaN : rng.pick([30, 45, 60]);
    openOrders[c] = rng.chance(0.5) ? NaN : Math.round(rng.range(0, 50000));
  }
  const input: ControlCoreInput = {
    receivables, customers: customerIndex(keys.map((k) => k.toLowerCase())), customerSheet: 'Customers',
    approvedLimit, openOrders, termsDays, recommendedLimit,
    // Worked out from the bench's sales where the step is timed (controlCore), as the step does.
    recentSales: null,
    rules: defaultControlRules(), creditMonths: 1, asOf: CONTROL_AS_OF, latestDate: CONTROL_AS_OF + 366,
  };
  return {
    input,
    facts: {
      customers, documents, customersWithDocuments: new Set(key).size, distinctDocumentNumbers: new Set(number).size, blankDueDates, partialPayments,
    },
  };
}

/** What the workload holds, counted from its cells, as one line for the bench's output. */
export function describeControlWorkload(data: ControlBenchData): string {
  const f = data.facts;
  const n = (x: number) => x.toLocaleString('en');
  return `control workload: ${n(f.documents)} receivable documents (${n(f.distinctDocumentNumbers)} distinct numbers, ${n(f.blankDueDates)} without a due date, ` +
    `${n(f.partialPayments)} partly paid), ${n(f.customers)} customers, ${n(f.customersWithDocuments)} with documents`;
}

/**
 * The control step's core for every customer, as npm run bench times it and
 * as plan-control.ts runs it: the sales of DSO's 90 days from the tier
 * pass's sales lines (salesInWindow), ledger, aggregates, statuses and
 * summary, and every customer's cells (values and formulas).
 */
export function controlCore(data: ControlBenchData, sales: SalesColumns): () => void {
  const own = CONTROL_COLUMNS.map((_, i) => 60 + i);
  const rules = data.input.rules;
  const net = sumNetSales(sales);
  return () => {
    const recentSales = salesInWindow(net, data.input.customers, data.input.asOf);
    if (!recentSales) throw new Error('the bench sales have no date column: DSO would not be worked out');
    const result = runControlCore({ ...data.input, recentSales });
    const writer = new ControlRowWriter(own, { recommendedLimit: 32, approvedLimit: 3, openOrders: 4 }, rules, 'en');
    for (let c = 0; c < result.aggregates.customers; c++) writer.row(c, c + 1, result.aggregates, result.decisions);
  };
}
