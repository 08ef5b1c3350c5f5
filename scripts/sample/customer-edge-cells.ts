/** Addresses of the customer sheet's deliberate edge cases (invalid ratings, blank or extreme statements). */
import { CUSTOMER_HEADERS, CUSTOMER_HEADER_ROW, CUSTOMER_SHEET, RATING_HEADERS } from './layout';
import { INVALID_RATINGS, NEGATIVE_EQUITY_ID, SINGLE_BLANK_FINANCIALS, ZERO_CURRENT_LIABILITIES_ID } from './special-cases';
import type { BadCell, Customer, Financials } from './types';

const HEADER_OF: Readonly<Record<keyof Financials, string>> = {
  currentAssets: '流動資產', inventories: '存貨', quickAssets: '速動資產', currentLiabilities: '流動負債',
  totalLiabilities: '負債總額', openingAssets: '期初資產總額', closingAssets: '期末資產總額', salesRevenue: '銷售收入', netProfit: '淨利潤',
};

const NOT_AVAILABLE: Readonly<Partial<Record<keyof Financials, string>>> = {
  inventories: 'quick ratio not available (no 存貨, no 速動資產)',
  openingAssets: 'total asset turnover not available',
  salesRevenue: 'asset turnover and net margin not available',
  netProfit: 'net profit margin not available',
  totalLiabilities: 'debt ratio not available',
};

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** `rows` as on the sheet; the first row of a key is the one addressed. */
export function customerEdgeCells(rows: readonly Customer[]): BadCell[] {
  const rowOf = (id: string): number => CUSTOMER_HEADER_ROW + 1 + rows.findIndex((c) => c.id === id);
  const cell = (id: string, header: string): string => `${columnLetter(CUSTOMER_HEADERS.indexOf(header) + 1)}${rowOf(id)}`;
  const at = (id: string, header: string, value: string, expected: string): BadCell => ({
    sheet: CUSTOMER_SHEET, cell: cell(id, header), value: `${value} (${id} ${header})`, expected,
  });
  const financials = (id: string): Financials | null => rows.find((c) => c.id === id)?.financials ?? null;
  const negative = financials(NEGATIVE_EQUITY_ID);

  return [
    ...INVALID_RATINGS.map((r) => at(r.id, RATING_HEADERS[r.factor]!, JSON.stringify(r.value), 'report: invalid rating; the factor scores 0')),
    at(ZERO_CURRENT_LIABILITIES_ID, '流動負債', '0', 'quick ratio not available (zero denominator)'),
    at(NEGATIVE_EQUITY_ID, '負債總額', `${negative?.totalLiabilities} > 期末資產總額 ${negative?.closingAssets}`, 'negative equity: debt ratio above 100%, net worth below 0'),
    ...SINGLE_BLANK_FINANCIALS.map((b) => at(b.id, HEADER_OF[b.field], 'blank', NOT_AVAILABLE[b.field] ?? 'ratio not available')),
  ];
}
