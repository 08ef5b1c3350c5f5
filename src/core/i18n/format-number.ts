/**
 * Figures as the pane and the command line both print them, whatever the
 * label language: thousands separators, never "-0". No language text here,
 * so both edges share it from the core.
 */

/** A figure that rounds to zero from below (a tiny negative share, a refund netted to nothing) reads "0", never "-0". */
const withoutMinusZero = (text: string) => (/^-0(?:\.0+)?$/.test(text) ? text.slice(1) : text);

/** A count (customers, rows, documents) with thousands separators: "12,345". */
export function formatCount(count: number): string {
  return withoutMinusZero(count.toLocaleString('en-US'));
}

/** A fraction as a percentage with one decimal: "80.0%", "0.0%" (never "-0.0%"); "—" when there is none. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${withoutMinusZero((share * 100).toFixed(1))}%`;
}

/** A money amount in the workbook's own currency (not known to the add-in): "1,250,000", "12.5", "0" (never "-0"). */
export function formatAmount(amount: number): string {
  return withoutMinusZero(amount.toLocaleString('en-US', { maximumFractionDigits: 2 }));
}
