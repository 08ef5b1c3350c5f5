/**
 * A money amount as every line of the command line's summary prints it, and
 * as the pane shows amounts (formatAmount, src/taskpane/summary/format.ts):
 * thousands separators, at most two decimals, never "-0". The workbook's
 * currency is not known, so none is named.
 */
export function money(amount: number): string {
  const text = amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return /^-0(?:\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** A count (customers, rows, documents) with thousands separators, as the pane shows counts. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
