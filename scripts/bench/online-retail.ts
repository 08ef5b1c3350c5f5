/**
 * A workbook shaped like the UCI "Online Retail" data set (a UK online
 * retailer's invoice lines, 2010-12-01 to 2011-12-09): one sheet of 541,909
 * rows with InvoiceNo, StockCode, Description, Quantity, InvoiceDate,
 * UnitPrice, CustomerID, Country; about 4,372 distinct customers, about a
 * quarter of the rows without a CustomerID, cancellations as invoices
 * numbered 'C…' with negative quantities, a real date cell (date-time
 * format) per row. The rows are drawn from the project's seeded PRNG
 * (scripts/sample/prng.ts), so every run writes the same cells, and written
 * with ExcelJS's streaming writer.
 *
 *   npx tsx scripts/bench/online-retail.ts [out.xlsx]   (default out/online-retail.xlsx)
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { Rng } from '../sample/prng';

export const ONLINE_RETAIL_ROWS = 541_909;
export const ONLINE_RETAIL_CUSTOMERS = 4_372;
export const ONLINE_RETAIL_SEED = 541_909;
/** Bump when the generator's output changes, so a cached file is made again. */
export const ONLINE_RETAIL_VERSION = 1;
export const ONLINE_RETAIL_SHEET = 'Online Retail';
export const ONLINE_RETAIL_HEADERS = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'] as const;

export interface OnlineRetailStats {
  rows: number;
  sheets: string[];
  distinctCustomers: number;
  blankCustomerRows: number;
  returnRows: number;
  invoices: number;
  products: number;
  firstDate: string;
  lastDate: string;
}

const COLOURS = ['WHITE', 'RED', 'PINK', 'BLUE', 'GREEN', 'IVORY', 'BLACK', 'CREAM', 'SILVER', 'GOLD', 'PASTEL', 'VINTAGE', 'RETRO', 'ASSORTED'];
const THEMES = ['HEART', 'SPOTTY', 'PAISLEY', 'REGENCY', 'DOLLY GIRL', 'SPACEBOY', 'WOODLAND', 'CHRISTMAS', 'JUMBO', 'FLORAL', 'BIRD', 'POLKADOT', 'SKULL', 'STAR'];
const ITEMS = [
  'T-LIGHT HOLDER', 'LUNCH BAG', 'CAKE CASES', 'TEA CUP AND SAUCER', 'BUNTING', 'DOORMAT', 'HOT WATER BOTTLE', 'JAM MAKING SET',
  'ALARM CLOCK', 'PICNIC BASKET', 'WALL ART', 'GIFT WRAP', 'STORAGE TIN', 'CHILDRENS APRON', 'MUG', 'HANGING DECORATION',
  'PARTY BAG', 'NAPKINS', 'PAPER CHAIN KIT', 'SHOPPER BAG', 'PHOTO FRAME', 'CANDLE', 'PLASTERS IN TIN', 'TRINKET BOX',
];
const COUNTRIES: readonly [string, number][] = [
  ['Germany', 95], ['France', 87], ['Spain', 31], ['Belgium', 25], ['Switzerland', 21], ['Portugal', 19], ['Italy', 15],
  ['Finland', 12], ['Austria', 11], ['Norway', 10], ['Netherlands', 9], ['Australia', 9], ['Denmark', 9], ['Channel Islands', 9],
  ['Cyprus', 8], ['Sweden', 8], ['Japan', 8], ['Poland', 6], ['EIRE', 3], ['USA', 4], ['Canada', 4], ['Israel', 4], ['Greece', 4],
];
const QUANTITIES = [1, 1, 1, 2, 2, 3, 4, 4, 6, 6, 8, 10, 12, 12, 12, 12, 24, 24, 24, 36, 48, 72, 96, 144];

interface Product {
  code: string;
  description: string;
  price: number;
  weight: number;
}

function weightedPicker<T>(rng: Rng, items: readonly T[], weight: (t: T) => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += weight(item)));
  return () => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]!;
  };
}

function makeProducts(rng: Rng): Product[] {
  const products: Product[] = [];
  const codes = new Set<string>();
  const descriptions = new Set<string>();
  while (products.length < 3_950) {
    const base = String(rng.int(10_002, 90_214));
    const code = rng.chance(0.3) ? `${base}${rng.pick(['A', 'B', 'C', 'D', 'E', 'F', 'L', 'S'])}` : base;
    const description = `${rng.pick(COLOURS)} ${rng.pick(THEMES)} ${rng.pick(ITEMS)}`;
    if (codes.has(code) || descriptions.has(description)) continue;
    codes.add(code);
    descriptions.add(description);
    const price = Math.max(0.04, Math.round(Math.exp(0.75 + 0.9 * rng.normal()) * 100) / 100);
    products.push({ code, description, price, weight: Math.exp(1.2 * rng.normal()) });
  }
  products.push({ code: 'POST', description: 'POSTAGE', price: 18, weight: 8 });
  products.push({ code: 'M', description: 'Manual', price: 2.55, weight: 3 });
  return products;
}

/** Monday to Friday and Sunday (the source data have no Saturday sales), 08:00 to 20:00. */
function nextBusinessMoment(t: Date): Date {
  const d = new Date(t);
  if (d.getUTCHours() >= 20) {
    d.setUTCDate(d.getUTCDate() + 1);
    d.setUTCHours(8, 0, 0, 0);
  }
  if (d.getUTCHours() < 8) d.setUTCHours(8, 0, 0, 0);
  while (d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/** Writes the workbook to `path`; returns what it holds. */
export async function writeOnlineRetail(path: string, rows = ONLINE_RETAIL_ROWS): Promise<OnlineRetailStats> {
  mkdirSync(dirname(path), { recursive: true });
  const rng = new Rng(ONLINE_RETAIL_SEED);
  const products = makeProducts(rng.fork(1));
  const pickProduct = weightedPicker(rng.fork(2), products, (p) => p.weight);
  const custRng = rng.fork(3);
  const ids = custRng.shuffle(Array.from({ length: 18_287 - 12_346 + 1 }, (_, i) => 12_346 + i)).slice(0, ONLINE_RETAIL_CUSTOMERS);
  const pickCountry = weightedPicker(custRng, COUNTRIES, (c) => c[1]);
  const customers = ids.map((id) => ({ id, country: custRng.chance(0.9) ? 'United Kingdom' : pickCountry()[0], weight: Math.exp(1.4 * custRng.normal()) }));
  const pickCustomer = weightedPicker(custRng, customers, (c) => c.weight);
  // Every customer buys at least once: a share of the early invoices goes through them all in a shuffled order.
  const firstRound = custRng.shuffle(customers);
  const inv = rng.fork(4);

  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = writer.addWorksheet(ONLINE_RETAIL_SHEET);
  ws.columns = [
    { header: 'InvoiceNo', width: 10 },
    { header: 'StockCode', width: 10 },
    { header: 'Description', width: 36 },
    { header: 'Quantity', width: 9 },
    { header: 'InvoiceDate', width: 17, style: { numFmt: 'yyyy-mm-dd hh:mm' } },
    { header: 'UnitPrice', width: 9, style: { numFmt: '0.00' } },
    { header: 'CustomerID', width: 11 },
    { header: 'Country', width: 16 },
  ];
  const seen = new Set<number>();
  let written = 0;
  let blank = 0;
  let returns = 0;
  let invoices = 0;
  let invoiceNo = 536_365;
  let firstTaken = 0;
  // About 25,900 invoices over a year of business hours: one every ~10 minutes of opening hours on average.
  let when = new Date(Date.UTC(2010, 11, 1, 8, 26));
  const first = when;
  let last = when;
  while (written < rows) {
    when = nextBusinessMoment(new Date(when.getTime() + Math.round(-Math.log(1 - inv.next()) * 10.9 * 60_000)));
    const cancel = inv.chance(0.148);
    const anonymous = !cancel && inv.chance(0.041);
    // Each customer's first invoice comes at a random point of the first ~15,000 customer invoices.
    const fresh = !cancel && !anonymous && firstTaken < firstRound.length && inv.chance(0.3);
    const customer = anonymous ? null : fresh ? firstRound[firstTaken++]! : pickCustomer();
    // Cancellations are short; invoices without a customer (walk-in, wholesale by phone) are long.
    const lines = cancel ? inv.int(1, 4) : Math.max(1, Math.min(600, Math.round(Math.exp((anonymous ? 4.9 : 2.75) + 0.9 * inv.normal()))));
    const number = cancel ? `C${invoiceNo}` : String(invoiceNo);
    invoiceNo++;
    invoices++;
    for (let l = 0; l < lines && written < rows; l++) {
      const p = pickProduct();
      const qty = inv.pick(QUANTITIES) * (cancel ? -1 : 1);
      const price = Math.round(p.price * (qty >= 24 ? 0.85 : 1) * 100) / 100;
      ws.addRow([number, p.code, p.description, qty, when, price, customer ? customer.id : null, customer ? customer.country : 'United Kingdom']).commit();
      written++;
      if (customer) seen.add(customer.id);
      else blank++;
      if (cancel) returns++;
    }
    last = when;
  }
  ws.commit();
  await writer.commit();
  return {
    rows: written, sheets: [ONLINE_RETAIL_SHEET], distinctCustomers: seen.size, blankCustomerRows: blank, returnRows: returns, invoices,
    products: products.length, firstDate: first.toISOString(), lastDate: last.toISOString(),
  };
}

if (require.main === module) {
  const out = process.argv[2] ?? join(__dirname, '..', '..', 'out', 'online-retail.xlsx');
  const rows = process.argv[3] === undefined ? ONLINE_RETAIL_ROWS : Number(process.argv[3]);
  writeOnlineRetail(out, rows).then(
    (stats) => console.log(JSON.stringify(stats)),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
