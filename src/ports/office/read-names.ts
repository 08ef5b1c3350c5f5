import { unquoteSheet } from '../../core/cells/address';
import type { NamedCell } from '../workbook-port';
import { DATE_PROBE_NAME } from './date-system';
import type { OfficeLimits } from './limits';
import { RUN_MARKER } from './run-marker';
import { syncWithin } from './transport';

/** The port's own names, which mark no cell of the core's. */
const PORT_NAMES = new Set([RUN_MARKER, DATE_PROBE_NAME].map((n) => n.toLowerCase()));

/** The sheet part of a Range.address ("'Q1 Sales'!B2" -> "Q1 Sales"). */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  if (bang < 0) throw new Error(`Excel returned a range address without a sheet: ${address}`);
  return unquoteSheet(address.slice(0, bang));
}

/**
 * Workbook-scoped names starting with the prefix (case-insensitive, as Excel
 * compares names), with the top-left cell they point at. Two syncs at most.
 * A name that no longer refers to a range (its sheet was deleted: "=#REF!")
 * marks nothing and is left out, and so are the port's own names (the run
 * marker, the date-system probe), which are no ranges either.
 */
export async function readNames(context: Excel.RequestContext, prefix: string, limits: OfficeLimits): Promise<NamedCell[]> {
  const names = context.workbook.names.load('items/name');
  await syncWithin(context, limits);
  const wanted = prefix.toLowerCase();
  const mine = names.items.filter((n) => n.name.toLowerCase().startsWith(wanted) && !PORT_NAMES.has(n.name.toLowerCase()));
  if (mine.length === 0) return [];
  const ranges = mine.map((n) => n.getRangeOrNullObject().load('address,rowIndex,columnIndex'));
  await syncWithin(context, limits);
  return mine.flatMap((n, i) => {
    const range = ranges[i];
    if (range.isNullObject) return [];
    return [{ name: n.name, sheet: sheetOfAddress(range.address), row: range.rowIndex, col: range.columnIndex }];
  });
}
