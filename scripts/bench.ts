// npm run bench [-- --json]: times the core on a full-sheet workload and
// measures the Office port's round trips on the Excel test double.
// npm run bench -- --file [<workbook>] | --online-retail | --large-ledger [--pairs N] [--json]:
// times the command line on one workbook instead (scripts/bench/file-bench.ts).
import { runSteps } from '../src/app/run-steps';
import { CREDIT_COLUMNS } from '../src/core/credit/credit-columns';
import { CreditRowWriter } from '../src/core/credit/credit-row';
import { monthlyAverages } from '../src/core/credit/monthly-average';
import { defaultScorecard } from '../src/core/credit/scorecard-config';
import { scorecardRefs } from '../src/core/credit/scorecard-sheet';
import { ScorecardRules } from '../src/core/credit/scoring';
import { inputColumns, reportInputProblems } from '../src/core/credit/statement-inputs';
import { recognize } from '../src/core/columns/recognize';
import type { Problem } from '../src/core/problems';
import { matchCustomers } from '../src/core/tiers/match-customers';
import { sumNetSales } from '../src/core/tiers/net-sales';
import { defaultTierOptions } from '../src/core/tiers/tier-options';
import { tierColumnValues, tierCustomers } from '../src/core/tiers/tier-step';
import { createOfficePort } from '../src/ports/office/office-port';
import { createExcelDouble, type DescribedCell } from '../test/support/excel-double';
import { isFormulaWrite } from '../src/core/cells/cell';
import type { WriteOp } from '../src/core/plan/write-ops';
import { benchColumns, creditColumns, describeWorkload, requireWorkload, type BenchData } from './bench/workload';
import { compareTiers, duckdbTiers } from './bench/duckdb-tiers';
import { interleavedPairs } from './bench/pairs';
import { benchFormCustomers, FORM_BENCH_CONTEXT } from './bench/form-data';
import { planFormSheets } from '../src/core/forms/form-sheets';
import { medianMs, peakRssMb } from './bench/stats';
import { fileBench } from './bench/file-bench';
import { CONTROL_AS_OF, controlCore, controlWorkload, describeControlWorkload, type ControlBenchData } from './bench/control-workload';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const CUSTOMERS = 50_000;
const SALES_ROWS = 1_000_000;
const RUNS = 7;
/** Fewer customers with sales than this and the workload is not the one the figures claim. */
const MIN_CUSTOMERS_WITH_SALES = 45_000;
/** Interleaved pairs of core tiering and DuckDB's. */
const PAIRS = 7;

/** Every formula the plan writes: how many, the longest, and the characters in all. */
function formulaFigures(ops: readonly WriteOp[]): { formulas: number; maxChars: number; totalChars: number } {
  let formulas = 0;
  let maxChars = 0;
  let totalChars = 0;
  for (const op of ops) {
    if (op.op !== 'values') continue;
    for (const row of op.values) {
      for (const cell of row) {
        if (!isFormulaWrite(cell)) continue;
        formulas++;
        totalChars += cell.formula.length;
        if (cell.formula.length > maxChars) maxChars = cell.formula.length;
      }
    }
  }
  return { formulas, maxChars, totalChars };
}

/** Runs the steps through the Office port on the Excel test double; returns its round trips and payloads. */
async function officeRun(data: BenchData, credit: ReturnType<typeof creditColumns> | null) {
  const customerRows: DescribedCell[][] = [
    ['Customer ID', ...(credit?.headers ?? [])],
    ...data.customers.key.values.map((k, i) => [k as string, ...((credit?.rows[i] ?? []) as DescribedCell[])]),
  ];
  const salesRows: DescribedCell[][] = [['Date', 'Customer ID', 'Amount']];
  for (let i = 0; i < SALES_ROWS; i++) {
    salesRows.push([data.sales.date!.values[i] as number, data.sales.key.values[i] as string, data.sales.amount!.values[i] as number]);
  }
  const book = createExcelDouble({ sheets: [{ name: 'Customers', rows: customerRows }, { name: 'Sales', rows: salesRows }] });
  const steps = credit ? (['tiers', 'credit'] as const) : (['tiers'] as const);
  const planned: WriteOp[] = [];
  await book.run((context) => {
    const port = createOfficePort(context);
    // The plan as the port is handed it, for its formula figures.
    const watched = { ...port, apply: (ops: WriteOp[]) => { for (const op of ops) planned.push(op); return port.apply(ops); } };
    return runSteps(watched, { steps, options: defaultTierOptions() });
  });
  const { stats } = book;
  if (stats.failedSyncs > 0) throw new Error(`Office port run: ${stats.failedSyncs} sync(s) failed`);
  return {
    syncs: stats.syncs,
    maxRequestBytes: stats.maxRequestBytes,
    maxResponseBytes: stats.maxResponseBytes,
    requestBytesTotal: stats.requestBytes.reduce((a, b) => a + b, 0),
    responseBytesTotal: stats.responseBytes.reduce((a, b) => a + b, 0),
    formulas: formulaFigures(planned),
  };
}

/** The credit step's core work for every customer: 12-month averages, ratios, score, grade, limit, level and formulas. */
function creditCore(data: BenchData, credit: ReturnType<typeof creditColumns>): () => void {
  const header = ['Customer ID', ...credit.headers];
  const layout = recognize({
    sheets: [{ name: 'Customers', rowCount: 2, columnCount: header.length, tables: [] }, { name: 'Sales', rowCount: 2, columnCount: 3, tables: [] }],
    probes: [[header], [['Date', 'Customer ID', 'Amount']]],
    ownedColumns: new Map(), ownSheets: new Set(),
  }).customers!;
  const columns = inputColumns(layout, false);
  const rules = new ScorecardRules(defaultScorecard(['L1', 'L2', 'L3', 'L4']));
  const own = CREDIT_COLUMNS.map((_, i) => 25 + i);
  const net = sumNetSales(data.sales);
  // Each row's key as the tier pass hands it to the credit step (plan-credit.ts looks the averages up by it).
  const { rowKeys } = matchCustomers(data.customers, net, 'Sales', 1);
  return () => {
    const averages = monthlyAverages(net)!;
    const problems: Problem[] = [];
    const writer = new CreditRowWriter(rules, scorecardRefs(), own, 'en', columns, '2025-11');
    credit.rows.forEach((values, i) => {
      const key = rowKeys[i];
      if (key === null || key === undefined) throw new Error(`bench customer row ${i + 1} has no key`);
      reportInputProblems(layout, columns, values, i + 1, rules, problems);
      writer.row({ statement: { values, row: i + 1 }, avgMonthlySales: averages.byKey.get(key) ?? 0 }, i + 1);
    });
  };
}

const CONTROL_DOCUMENTS = 500_000;

/**
 * Tiers, credit and control through the Office port on the double, on the
 * control workload's customers and ledger (one sales line per customer, so
 * that the run's requests are mostly the control step's): round trips and payloads.
 */
async function officeControl(control: ControlBenchData) {
  const r = control.input.receivables;
  const keys = [...control.input.customers.keys()].map((k) => k.toUpperCase());
  const limits = control.input.approvedLimit;
  const customerRows: DescribedCell[][] = [['Customer ID', 'Approved credit limit'], ...keys.map((k, c) => [k, Number.isNaN(limits[c]!) ? null : limits[c]!])];
  const salesRows: DescribedCell[][] = [['Date', 'Customer ID', 'Amount'], ...keys.map((k, c) => [CONTROL_AS_OF - 30 - (c % 300), k, 1000 + (c % 97) * 100])];
  const cell = (v: unknown) => (v === undefined ? null : v) as DescribedCell;
  const ledgerRows: DescribedCell[][] = [['Customer ID', 'Invoice no.', 'Invoice date', 'Due date', 'Amount', 'Paid date', 'Paid amount']];
  for (let i = 0; i < r.key.values.length; i++) {
    ledgerRows.push([cell(r.key.values[i]), cell(r.documentNumber!.values[i]), cell(r.date!.values[i]), cell(r.dueDate.values[i]), cell(r.amount!.values[i]), cell(r.paidDate!.values[i]), cell(r.paidAmount!.values[i])]);
  }
  const book = createExcelDouble({ sheets: [{ name: 'Customers', rows: customerRows }, { name: 'Sales', rows: salesRows }, { name: 'Receivables', rows: ledgerRows }] });
  const asOf = new Date(2026, 5, 30);
  const summary = await book.run((context) => runSteps(createOfficePort(context), {
    steps: ['tiers', 'credit', 'control'], options: defaultTierOptions(), today: asOf, control: { asOf, required: true },
  }));
  const { stats } = book;
  if (stats.failedSyncs > 0) throw new Error(`Office port control run: ${stats.failedSyncs} sync(s) failed`);
  if (!summary.control || summary.control.documents === 0) throw new Error('Office port control run: no documents were read');
  return { syncs: stats.syncs, maxRequestBytes: stats.maxRequestBytes, requestBytesTotal: stats.requestBytes.reduce((a, b) => a + b, 0), documents: summary.control.documents };
}

const FORMS = 500;

/** 500 authorization forms laid out in one batch sheet (the survey sheet is left out of the timing). */
function formsCore(): () => ReturnType<typeof planFormSheets> {
  const customers = benchFormCustomers(FORMS);
  const requests = new Map(customers.map((c) => [c.key, { amount: c.recommendedLimit ?? 0, termsDays: 30 }]));
  return () => planFormSheets({ customers, requests, ctx: FORM_BENCH_CONTEXT, company: 'Bench Co.', batch: true, taken: new Set(), kinds: ['authorization'], firstMarker: 1 });
}

async function officeForms() {
  const book = createExcelDouble({ sheets: [{ name: 'Customers', rows: [['Customer ID']] }] });
  const { ops } = formsCore()();
  await book.run((context) => createOfficePort(context).apply(ops));
  return { syncs: book.stats.syncs, maxRequestBytes: book.stats.maxRequestBytes };
}

/**
 * The pane's production build: what Excel downloads, and how soon the pane
 * can be used in Chromium (scripts/bench/pane-figures.ts, in a process of its
 * own so that webpack does not count in this process's peak memory).
 */
function paneFigures(): { paneGzipKb: number; paneInitialGzipKb: number; paneInteractiveMs: number | null; paneLoads: number } {
  const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, 'bench', 'pane-figures.ts')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

async function main(): Promise<void> {
  if (process.argv.includes('--file') || process.argv.includes('--online-retail') || process.argv.includes('--large-ledger')) {
    await fileBench(process.argv.slice(2));
    return;
  }
  const json = process.argv.includes('--json');
  const pane = paneFigures();
  const data = benchColumns(CUSTOMERS, SALES_ROWS);
  const credit = creditColumns(CUSTOMERS);
  const workload = describeWorkload(data, credit);
  console.log(
    `workload: ${workload.salesRows.toLocaleString('en')} sales rows, ${workload.customers.toLocaleString('en')} customers, ` +
      `${workload.customersWithSales.toLocaleString('en')} customers with sales, ${workload.distinctAmounts.toLocaleString('en')} distinct amounts, ` +
      `${workload.distinctStatementRows.toLocaleString('en')} distinct statement rows`,
  );
  requireWorkload(workload, MIN_CUSTOMERS_WITH_SALES);
  const options = defaultTierOptions();
  const coreTiering = () => {
    const net = sumNetSales(data.sales);
    const match = matchCustomers(data.customers, net, 'Sales', 1);
    return tierColumnValues(match.rowKeys, tierCustomers(match.keys, net, options).byKey);
  };
  // The same rows in DuckDB, loaded once (not timed); its result checked once against the core's.
  const duck = await duckdbTiers(data, options);
  let tierPairs: Awaited<ReturnType<typeof interleavedPairs>>;
  let tierCheck: ReturnType<typeof compareTiers>;
  try {
    tierCheck = compareTiers(coreTiering(), await duck.tier());
    tierPairs = await interleavedPairs(PAIRS, coreTiering, () => duck.tier());
  } finally {
    duck.close();
  }
  const tierCoreMs = tierPairs.medianA;
  const creditCoreMs = medianMs(RUNS, creditCore(data, credit));
  const formsCoreMs = medianMs(RUNS, formsCore());
  const control = controlWorkload(CUSTOMERS, CONTROL_DOCUMENTS);
  console.log(describeControlWorkload(control));
  const controlCoreMs = medianMs(RUNS, controlCore(control, data.sales));
  const officeControlRun = await officeControl(control);
  const forms = await officeForms();
  const office = await officeRun(data, null);
  const officeCredit = await officeRun(data, credit);
  const result = {
    customers: CUSTOMERS,
    salesRows: SALES_ROWS,
    customersWithSales: workload.customersWithSales,
    distinctAmounts: workload.distinctAmounts,
    distinctStatementRows: workload.distinctStatementRows,
    tierCoreMs,
    tierDuckdbMs: tierPairs.medianB,
    tierVsDuckdb: tierPairs.medianRatio,
    tierCoreRunsMs: tierPairs.a,
    tierDuckdbRunsMs: tierPairs.b,
    duckdbThreads: duck.threads,
    creditCoreMs,
    officeSyncs: office.syncs,
    officeMaxRequestBytes: office.maxRequestBytes,
    officeMaxResponseBytes: office.maxResponseBytes,
    officeRequestBytesTotal: office.requestBytesTotal,
    officeCreditSyncs: officeCredit.syncs,
    officeCreditMaxRequestBytes: officeCredit.maxRequestBytes,
    officeCreditRequestBytesTotal: officeCredit.requestBytesTotal,
    officeCreditResponseBytesTotal: officeCredit.responseBytesTotal,
    formulaCells: officeCredit.formulas.formulas,
    maxFormulaChars: officeCredit.formulas.maxChars,
    formulaCharsPerCustomer: Math.round(officeCredit.formulas.totalChars / CUSTOMERS),
    controlCoreMs,
    controlDocuments: control.facts.documents,
    controlCustomersWithDocuments: control.facts.customersWithDocuments,
    officeControlSyncs: officeControlRun.syncs,
    officeControlMaxRequestBytes: officeControlRun.maxRequestBytes,
    officeControlRequestBytesTotal: officeControlRun.requestBytesTotal,
    formsCoreMs,
    officeFormsSyncs: forms.syncs,
    officeFormsMaxRequestBytes: forms.maxRequestBytes,
    paneGzipKb: pane.paneGzipKb,
    paneInitialGzipKb: pane.paneInitialGzipKb,
    paneInteractiveMs: pane.paneInteractiveMs,
    peakRssMb: peakRssMb(),
  };
  console.log(`Credit Desk benchmark: ${CUSTOMERS.toLocaleString('en')} customers, ${SALES_ROWS.toLocaleString('en')} sales rows (median of ${RUNS} runs)`);
  console.log(`  core tiering (arrays in -> arrays out)   ${tierCoreMs} ms   (aim <= 150 ms; median of ${PAIRS} pairs interleaved with DuckDB)`);
  console.log(`  DuckDB, same tiering, same rows          ${tierPairs.medianB} ms   (${duck.threads} threads; query + every row read into JS)`);
  console.log(`  tierVsDuckdb (median of core / DuckDB per pair)   ${tierPairs.medianRatio}   (aim <= 1.0; checked equal on ${tierCheck.rows.toLocaleString('en')} rows, largest share difference ${tierCheck.maxShareDiff.toExponential(1)})`);
  console.log(`     core runs ms   ${tierPairs.a.join(' ')}`);
  console.log(`     DuckDB runs ms ${tierPairs.b.join(' ')}`);
  console.log(`  core credit step (averages, ratios, score, grade, limit, level, formulas)   ${creditCoreMs} ms   (aim <= 60 ms)`);
  console.log(`  Office port, tiers only (test double)    ${office.syncs} syncs, largest request ${office.maxRequestBytes} B, largest response ${office.maxResponseBytes} B (limit 5,242,880 B), requests ${office.requestBytesTotal} B in all`);
  console.log(`  Office port, tiers + credit              ${officeCredit.syncs} syncs, largest request ${officeCredit.maxRequestBytes} B, requests ${officeCredit.requestBytesTotal} B in all (aim <= 40 MB = 40,000,000 B; every request < 5,242,880 B)`);
  console.log(`  credit formulas written                  ${officeCredit.formulas.formulas} cells, longest ${officeCredit.formulas.maxChars} chars, ${result.formulaCharsPerCustomer} chars per customer`);
  console.log(`  core control step (${control.facts.documents.toLocaleString('en')} documents: ledger, aging, payment behaviour, statuses, cells)   ${controlCoreMs} ms   (aim <= 150 ms)`);
  console.log(`  Office port, tiers + credit + control    ${officeControlRun.syncs} syncs, largest request ${officeControlRun.maxRequestBytes} B, requests ${officeControlRun.requestBytesTotal} B in all (every request < 5,242,880 B; ${officeControlRun.documents.toLocaleString('en')} documents read)`);
  console.log(`  core forms (500 authorization forms, one batch sheet)   ${formsCoreMs} ms   (aim <= 300 ms)`);
  console.log(`  Office port, those forms                 ${forms.syncs} syncs, largest request ${forms.maxRequestBytes} B`);
  console.log(`  pane JavaScript Excel loads (gzipped)    ${pane.paneGzipKb} KB   (aim <= 400 KB; taskpane.html's own scripts: ${pane.paneInitialGzipKb} KB)`);
  console.log(`  pane interactive in Chromium             ${pane.paneInteractiveMs ?? 'not measured'} ms   (median of ${pane.paneLoads} loads, outside Office)`);
  console.log(`  peak memory                              ${result.peakRssMb} MB`);
  if (json) console.log(JSON.stringify(result));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
