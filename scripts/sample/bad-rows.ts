/**
 * Deliberately bad or awkward rows: sales rows spread through the ledger, and a
 * duplicate key on the customer sheet. Each is reported as a BadCell for the README/tests.
 */
import { CUSTOMER_HEADER_ROW, CUSTOMER_SHEET, SALES_SHEET } from './layout';
import { DUPLICATE_AFTER_ID, DUPLICATE_ID, KEY_VARIANTS, UNKNOWN_ID } from './special-cases';
import type { BadCell, Customer, SalesLine, SampleValue } from './types';

interface BadSale {
  customerId: string | null; // the real customer (for the name) or null
  key: SampleValue; // what goes into 客戶編號
  product: string;
  quantity: SampleValue;
  unitPrice: number;
  amount: SampleValue;
  column: 'C' | 'H'; // the cell that carries the problem
  shown: string;
  expected: string;
  name?: string; // 客戶名稱 override
}

const UNKNOWN_NAME = '新進貿易有限公司';

/** A valid sale whose 客戶編號 is written in an awkward form (amount = quantity × price, whole numbers). */
function keyVariant(k: number, product: string, quantity: number, unitPrice: number): BadSale {
  const v = KEY_VARIANTS[k]!;
  return {
    customerId: v.id, key: v.written, product, quantity, unitPrice, amount: quantity * unitPrice, column: 'C',
    shown: JSON.stringify(v.written),
    expected: `valid: matches ${v.id} (${v.note})`,
  };
}

const BAD_SALES: readonly BadSale[] = [
  {
    customerId: null, key: null, product: '電源供應器 65W', quantity: 5, unitPrice: 420, amount: 2100, column: 'C',
    shown: '(blank 客戶編號 and 客戶名稱)',
    expected: 'skip and report: no customer key',
  },
  {
    customerId: 'C0020', key: 'C0020', product: 'LED 燈條 5m', quantity: 12, unitPrice: 185, amount: { error: '#N/A' }, column: 'H',
    shown: '#N/A (error value)',
    expected: 'skip and report: error value in 金額',
  },
  keyVariant(0, '散熱風扇 80mm', 40, 64),
  {
    customerId: 'C0033', key: 'C0033', product: '液壓油 46號 (20L)', quantity: 3, unitPrice: 1650, amount: 'abc', column: 'H',
    shown: '"abc" (text)',
    expected: 'skip and report: 金額 is not a number',
  },
  {
    customerId: 'C0048', key: 'C0048', product: 'PCB 基板 FR-4', quantity: 10, unitPrice: 123.45, amount: '1,234.50', column: 'H',
    shown: '"1,234.50" (text with thousands separator)',
    expected: 'valid: read as 1234.5',
  },
  {
    customerId: null, key: UNKNOWN_ID, product: '電源供應器 120W', quantity: 8, unitPrice: 760, amount: 6080, column: 'C', name: UNKNOWN_NAME,
    shown: `"${UNKNOWN_ID}" (${UNKNOWN_NAME})`,
    expected: 'report: customer not on 客戶資料',
  },
  keyVariant(1, '傳動皮帶 A-42', 25, 135),
  {
    customerId: 'C0061', key: 'C0061', product: '連接器 20Pin', quantity: 1, unitPrice: 123, amount: '１２３', column: 'H',
    shown: '"１２３" (full-width digits, text)',
    expected: 'valid: read as 123',
  },
  keyVariant(2, '切削液 (20L)', 6, 2100),
];

/** Inserts the bad sales rows evenly through the (date-sorted) ledger; each takes its neighbour's date. */
export function insertBadSales(lines: readonly SalesLine[], customers: readonly Customer[]): { lines: SalesLine[]; badCells: BadCell[] } {
  const names = new Map(customers.map((c) => [c.id, c.name]));
  const out: SalesLine[] = [];
  const badCells: BadCell[] = [];
  const positions = BAD_SALES.map((_, k) => Math.round((lines.length * (k + 1)) / (BAD_SALES.length + 1)));
  let next = 0;
  lines.forEach((line, i) => {
    while (next < BAD_SALES.length && positions[next] === i) {
      const bad = BAD_SALES[next]!;
      const stamp = line.date.toISOString().slice(0, 10).replace(/-/g, '');
      out.push({
        date: line.date,
        orderNo: `SO${stamp}-9${String(next + 1).padStart(2, '0')}`,
        customerId: bad.key,
        customerName: bad.name ?? (bad.customerId ? names.get(bad.customerId) ?? null : null),
        product: bad.product,
        quantity: bad.quantity,
        unitPrice: bad.unitPrice,
        amount: bad.amount,
      });
      const row = out.length + 1; // header on row 1
      badCells.push({ sheet: SALES_SHEET, cell: `${bad.column}${row}`, value: bad.shown, expected: bad.expected });
      next++;
    }
    out.push(line);
  });
  return { lines: out, badCells };
}

/** Customer sheet rows: every customer once, plus a second row for DUPLICATE_ID (a re-entered card). */
export function customerSheetRows(customers: readonly Customer[]): { rows: Customer[]; badCells: BadCell[] } {
  const rows: Customer[] = [];
  const badCells: BadCell[] = [];
  const original = customers.find((c) => c.id === DUPLICATE_ID);
  for (const customer of customers) {
    rows.push(customer);
    if (customer.id === DUPLICATE_AFTER_ID && original) {
      rows.push({
        ...original,
        address: `${original.address}（新址）`,
        phone: original.phone.replace(/\d$/, (d) => String((Number(d) + 1) % 10)),
        capital: original.capital * 2,
        payment: '偶有延遲',
      });
      const row = CUSTOMER_HEADER_ROW + rows.length;
      badCells.push({
        sheet: CUSTOMER_SHEET,
        cell: `A${row}`,
        value: `"${DUPLICATE_ID}" again (first on row ${CUSTOMER_HEADER_ROW + 1 + customers.indexOf(original)})`,
        expected: 'report: duplicate customer key',
      });
    }
  }
  return { rows, badCells };
}
