/** Excel tables (xl/tables/tableN.xml): where they are, and widening one by new columns. */
import { cellAddress, parseCellAddress } from '../../core/cells/address';
import type { TableInfo } from '../../core/workbook-shape';
import { attribute, escapeXml, findAll, findElement } from './xml';

export const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';

function decode(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const tl = parseCellAddress(a!);
  const br = parseCellAddress(b!);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

/** The name formulas use (displayName), its extent and header row as the core wants them. */
export function tableInfo(xml: string): TableInfo {
  const table = findElement(xml, 'table');
  if (!table) throw new Error('a table part has no <table> element');
  const r = decode(attribute(table.tag, 'ref') ?? 'A1');
  const headerRows = Number(attribute(table.tag, 'headerRowCount') ?? 1);
  const totalsRows = Number(attribute(table.tag, 'totalsRowCount') ?? 0);
  return {
    name: attribute(table.tag, 'displayName') ?? attribute(table.tag, 'name') ?? '',
    headerRow: headerRows > 0 ? r.top : r.top - 1,
    firstCol: r.left,
    lastCol: r.right,
    lastRow: r.bottom - totalsRows,
  };
}

function widen(ref: string, by: number): string {
  const r = decode(ref);
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right + by)}`;
}

/** The table widened to the right by columns with these header names (the header cells are written separately). */
export function addTableColumns(xml: string, headers: string[]): string {
  const table = findElement(xml, 'table')!;
  const ref = attribute(table.tag, 'ref')!;
  let out = xml.slice(0, table.start) + table.tag.replace(/ ref="[^"]*"/, ` ref="${widen(ref, headers.length)}"`) + xml.slice(table.start + table.tag.length);
  const filter = findElement(out, 'autoFilter');
  if (filter) {
    const fref = attribute(filter.tag, 'ref');
    if (fref) out = out.slice(0, filter.start) + filter.tag.replace(/ ref="[^"]*"/, ` ref="${widen(fref, headers.length)}"`) + out.slice(filter.start + filter.tag.length);
  }
  const columns = findElement(out, 'tableColumns')!;
  const existing = findAll(out, 'tableColumn', columns.contentStart, columns.contentEnd);
  let id = Math.max(0, ...existing.map((c) => Number(attribute(c.tag, 'id') ?? 0)));
  const added = headers.map((name) => `<tableColumn id="${++id}" name="${escapeXml(name)}"/>`).join('');
  const count = existing.length + headers.length;
  const tag = columns.tag.replace(/ count="\d*"/, ` count="${count}"`);
  return out.slice(0, columns.start) + tag + out.slice(columns.start + columns.tag.length, columns.contentEnd) + added + out.slice(columns.contentEnd);
}
