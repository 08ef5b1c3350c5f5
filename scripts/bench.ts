// npm run bench [-- --json]: times the core on a full-sheet workload and
// measures the Office port's round trips on the Excel test double.
import { runTiers } from '../src/app/run-tiers';
import { matchCustomers } from '../src/core/tiers/match-customers';
import { sumNetSales } from '../src/core/tiers/net-sales';
import { defaultTierOptions } from '../src/core/tiers/tier-options';
import { tierColumnValues, tierCustomers } from '../src/core/tiers/tier-step';
import { createOfficePort } from '../src/ports/office/office-port';
import { createExcelDouble, type DescribedCell } from '../test/support/excel-double';
import { benchColumns } from './bench/data';
import { medianMs, peakRssMb } from './bench/stats';

const CUSTOMERS = 50_000;
const SALES_ROWS = 1_000_000;
const RUNS = 7;

async function officeTiers(data: ReturnType<typeof benchColumns>) {
  const customerRows: DescribedCell[][] = [['Customer ID'], ...data.customers.key.values.map((k) => [k as string])];
  const salesRows: DescribedCell[][] = [['Date', 'Customer ID', 'Amount']];
  for (let i = 0; i < SALES_ROWS; i++) {
    salesRows.push([data.sales.date!.values[i] as number, data.sales.key.values[i] as string, data.sales.amount!.values[i] as number]);
  }
  const book = createExcelDouble({ sheets: [{ name: 'Customers', rows: customerRows }, { name: 'Sales', rows: salesRows }] });
  await book.run((context) => runTiers(createOfficePort(context), { options: defaultTierOptions() }));
  return { syncs: book.stats.syncs, maxRequestBytes: book.stats.maxRequestBytes, maxResponseBytes: book.stats.maxResponseBytes };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const data = benchColumns(CUSTOMERS, SALES_ROWS);
  const options = defaultTierOptions();
  const tierCoreMs = medianMs(RUNS, () => {
    const net = sumNetSales(data.sales);
    const match = matchCustomers(data.customers, net, 'Sales', 1);
    tierColumnValues(match.rowKeys, tierCustomers(match.keys, net, options).byKey);
  });
  const office = await officeTiers(data);
  const result = {
    customers: CUSTOMERS,
    salesRows: SALES_ROWS,
    tierCoreMs,
    officeSyncs: office.syncs,
    officeMaxRequestBytes: office.maxRequestBytes,
    officeMaxResponseBytes: office.maxResponseBytes,
    peakRssMb: peakRssMb(),
  };
  console.log(`Credit Desk benchmark: ${CUSTOMERS.toLocaleString('en')} customers, ${SALES_ROWS.toLocaleString('en')} sales rows (median of ${RUNS} runs)`);
  console.log(`  core tiering (arrays in -> arrays out)   ${tierCoreMs} ms   (aim <= 250 ms)`);
  console.log(`  Office port on the test double           ${office.syncs} syncs, largest request ${office.maxRequestBytes} B, largest response ${office.maxResponseBytes} B (limit 5,242,880 B)`);
  console.log(`  peak memory                              ${result.peakRssMb} MB`);
  if (json) console.log(JSON.stringify(result));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
