/** Generates the sales ledger lines: orders over 24 months plus returns (negative lines, ≈2%). */
import { Rng, round2 } from './prng';
import { PRODUCTS, type Product } from './products';
import { LEDGER_DAYS } from './sales-profiles';
import { TARGET_LEDGER_SALES } from './customers';
import { LEDGER_START } from './layout';
import type { Customer, SalesLine, SalesProfile } from './types';

/** Sale lines before returns and bad rows; returns add ≈2% on top. */
const SALE_LINES = 19_600;
const MIN_LINES_PER_CUSTOMER = 3;
const RETURN_RATE = 0.019;

interface Item {
  product: Product;
  quantity: number; // negative for a return
  unitPrice: number;
  amount: number;
}

interface Order {
  day: number;
  kind: 'SO' | 'RT';
  customer: Customer;
  seq: number; // creation order, the last sort key
  items: Item[];
}

const DAY_MS = 86_400_000;
export const ledgerDate = (day: number): Date => new Date(LEDGER_START.getTime() + day * DAY_MS);

function saleItem(rng: Rng, product: Product, lineTarget: number): Item {
  const unitPrice = round2(product.price * rng.range(0.92, 1.08));
  const quantity = Math.max(1, Math.round(lineTarget / unitPrice));
  return { product, quantity, unitPrice, amount: round2(quantity * unitPrice) };
}

function returnOf(item: Item, quantity: number): Item {
  return { product: item.product, quantity: -quantity, unitPrice: item.unitPrice, amount: -round2(quantity * item.unitPrice) };
}

/** A business day in [first, last]: Sundays move to the neighbouring day. */
function pickDay(rng: Rng, first: number, last: number): number {
  const day = rng.int(first, last);
  const weekday = ledgerDate(day).getUTCDay();
  if (weekday !== 0) return day;
  return day + 1 <= last ? day + 1 : Math.max(first, day - 1);
}

export function makeSalesLines(rng: Rng, customers: readonly Customer[], profiles: readonly SalesProfile[]): SalesLine[] {
  const orders: Order[] = [];
  let seq = 0;
  const addOrder = (day: number, kind: Order['kind'], customer: Customer, items: Item[]): Order => {
    const order = { day, kind, customer, seq: seq++, items };
    orders.push(order);
    return order;
  };

  const normal = profiles.filter((p) => p.kind === 'normal');
  const totalWeight = normal.reduce((s, p) => s + p.weight, 0);
  const lineWeight = normal.reduce((s, p) => s + Math.pow(p.weight, 0.6), 0);
  const spareLines = SALE_LINES - MIN_LINES_PER_CUSTOMER * normal.length;
  const byId = new Map(customers.map((c) => [c.id, c]));
  const sales: Array<{ order: Order; item: Item }> = [];

  for (const profile of profiles) {
    const customer = byId.get(profile.customerId);
    if (!customer || profile.kind === 'prospect') continue;
    const range = rng.shuffle(PRODUCTS).slice(0, rng.int(3, 8));
    if (profile.kind !== 'normal') {
      // Few small purchases, then returns that cancel (net-zero) or exceed them (net-negative).
      const count = profile.kind === 'net-zero' ? 1 : rng.int(2, 3);
      const items = Array.from({ length: count }, () => saleItem(rng, rng.pick(range), rng.range(8_000, 40_000)));
      items.forEach((item) => addOrder(pickDay(rng, profile.firstDay, profile.lastDay - 20), 'SO', customer, [item]));
      items.forEach((item) => addOrder(profile.lastDay, 'RT', customer, [returnOf(item, item.quantity)]));
      if (profile.kind === 'net-negative') {
        const older = saleItem(rng, rng.pick(range), rng.range(5_000, 20_000)); // bought before the period
        addOrder(profile.lastDay, 'RT', customer, [returnOf(older, older.quantity)]);
      }
      continue;
    }
    let lines = MIN_LINES_PER_CUSTOMER + Math.round((spareLines * Math.pow(profile.weight, 0.6)) / lineWeight);
    const meanLine = ((profile.weight / totalWeight) * TARGET_LEDGER_SALES) / lines;
    while (lines > 0) {
      const size = Math.min(lines, rng.int(1, 4));
      const items = Array.from({ length: size }, () => saleItem(rng, rng.pick(range), meanLine * Math.exp(0.5 * rng.normal() - 0.125)));
      const order = addOrder(pickDay(rng, profile.firstDay, profile.lastDay), 'SO', customer, items);
      items.forEach((item) => sales.push({ order, item }));
      lines -= size;
    }
  }

  // Returns and cancellations: part of an earlier sale line, a few days to a month later.
  const returns = Math.round(sales.length * RETURN_RATE);
  for (const { order, item } of rng.shuffle(sales).slice(0, returns)) {
    const day = Math.min(LEDGER_DAYS - 1, order.day + rng.int(3, 30));
    addOrder(day, 'RT', order.customer, [returnOf(item, rng.int(1, item.quantity))]);
  }

  return numberOrders(orders);
}

/** Sorts orders by date and numbers them per day: SO20250310-004, RT20250310-001. */
function numberOrders(orders: Order[]): SalesLine[] {
  const kindRank = (o: Order): number => (o.kind === 'SO' ? 0 : 1);
  const byId = (a: Order, b: Order): number => (a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0);
  orders.sort((a, b) => a.day - b.day || kindRank(a) - kindRank(b) || byId(a, b) || a.seq - b.seq);
  const counters = new Map<string, number>();
  const lines: SalesLine[] = [];
  for (const order of orders) {
    const date = ledgerDate(order.day);
    const stamp = date.toISOString().slice(0, 10).replace(/-/g, '');
    const key = `${order.kind}${stamp}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const orderNo = `${key}-${String(n).padStart(3, '0')}`;
    for (const item of order.items) {
      lines.push({
        date,
        orderNo,
        customerId: order.customer.id,
        customerName: order.customer.name,
        product: item.product.name,
        quantity: item.quantity,
        unitPrice: item.unitPrice,
        amount: item.amount,
      });
    }
  }
  return lines;
}
