/**
 * The Credit control section's as-of date, as the date field holds it
 * (yyyy-mm-dd). The control step takes the calendar day of a Date in local
 * time (asOfSerial), so the field's day is made at local midnight.
 */

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The local calendar day of `now` as the date field shows it: the default as-of date. */
export function dayText(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/** The field's text as a date, or null when it is empty or not a real day (2025-02-30). */
export function readAsOf(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}
