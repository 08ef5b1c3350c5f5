/** A figure that rounds to zero from below (a tiny negative share, a refund netted to nothing) reads "0", never "-0". */
const withoutMinusZero = (text: string) => (/^-0(?:\.0+)?$/.test(text) ? text.slice(1) : text);

export function formatCount(count: number): string {
  return withoutMinusZero(count.toLocaleString('en-US'));
}

/** A fraction as a percentage with one decimal: "80.0%", "0.0%" (never "-0.0%"). */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${withoutMinusZero((share * 100).toFixed(1))}%`;
}

/** A money amount in the workbook's own currency (not known to the add-in): "1,250,000", "12.5", "0" (never "-0"). */
export function formatAmount(amount: number): string {
  return withoutMinusZero(amount.toLocaleString('en-US', { maximumFractionDigits: 2 }));
}
