/** Fixed customer ids that carry the sample's edge cases (documented in samples/README.md). */

export const CUSTOMER_COUNT = 300;

/** Customers with no sales at all (prospects). */
export const PROSPECT_IDS: readonly string[] = [
  'C0031', 'C0058', 'C0089', 'C0114', 'C0147', 'C0166', 'C0190', 'C0213', 'C0239', 'C0261', 'C0284', 'C0297',
];

/** Customers whose returns exceed their sales (net < 0). */
export const NET_NEGATIVE_IDS: readonly string[] = ['C0072', 'C0158'];
/** Customer whose returns exactly cancel its sales (net = 0). */
export const NET_ZERO_IDS: readonly string[] = ['C0226'];

/** 流動負債 = 0: quick ratio not available. */
export const ZERO_CURRENT_LIABILITIES_ID = 'C0042';
/** 負債總額 > 期末資產總額: negative equity. */
export const NEGATIVE_EQUITY_ID = 'C0077';

/** Second row on the customer sheet with this key, inserted after DUPLICATE_AFTER_ID. */
export const DUPLICATE_ID = 'C0123';
export const DUPLICATE_AFTER_ID = 'C0200';

/** Customers whose keys appear in awkward (but matchable) forms in the ledger. */
export const KEY_VARIANTS: ReadonlyArray<{ id: string; written: string; note: string }> = [
  { id: 'C0005', written: ' c0005 ', note: 'lower case with leading/trailing spaces' },
  { id: 'C0007', written: 'Ｃ0007', note: 'full-width letter Ｃ (U+FF23)' },
  { id: 'C0012', written: 'ｃ００１２\u3000', note: 'full-width lower-case letter and digits plus an ideographic space (U+3000)' },
];

/** A key that is not on the customer sheet. */
export const UNKNOWN_ID = 'C9999';

/** Customers with statements that have exactly one blank cell, and which one. */
export const SINGLE_BLANK_FINANCIALS: ReadonlyArray<{ id: string; field: 'openingAssets' | 'netProfit' | 'inventories' | 'salesRevenue' | 'totalLiabilities' }> = [
  { id: 'C0018', field: 'openingAssets' },
  { id: 'C0064', field: 'netProfit' },
  { id: 'C0101', field: 'inventories' },
  { id: 'C0175', field: 'salesRevenue' },
  { id: 'C0248', field: 'totalLiabilities' },
];

/** Ratings that are not valid (outside 1–5 and not a recognised word). */
export const INVALID_RATINGS: ReadonlyArray<{ id: string; factor: number; value: number | string }> = [
  { id: 'C0036', factor: 2, value: 7 }, // 銷售能力
  { id: 'C0188', factor: 9, value: '好' }, // 同業信用評價
];

/** Ids that must stay ordinary (trading, with statements) so their edge case is the only one. */
export const RESERVED_NORMAL_IDS: readonly string[] = [
  ZERO_CURRENT_LIABILITIES_ID, NEGATIVE_EQUITY_ID, DUPLICATE_ID,
  ...KEY_VARIANTS.map((k) => k.id),
  ...SINGLE_BLANK_FINANCIALS.map((s) => s.id),
  ...INVALID_RATINGS.map((s) => s.id),
];

export const customerId = (n: number): string => `C${String(n).padStart(4, '0')}`;
