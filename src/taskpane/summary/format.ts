export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

export function formatShare(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}

/** A money amount in the workbook's own currency (not known to the add-in): "1,250,000", "12.5". */
export function formatAmount(amount: number): string {
  return amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
