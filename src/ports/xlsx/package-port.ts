import type { CellValue } from '../../core/cells/cell';
import { parseCellAddress } from '../../core/cells/address';
import type { NamedCell, SheetInfo } from '../../core/workbook-shape';
import type { BlockRequest, ColumnsRequest, UserContent, WorkbookPort } from '../workbook-port';
import { applyOps } from './apply-ops';
import { sqrefSpans, type Span } from './sqref';
import { TABLE_REL, tableInfo } from './table-part';
import { attribute, findAll, findElement } from './xml';
import { parseNameRange } from './workbook-part';
import type { XlsxWorkbook } from './xlsx-workbook';

/** The sqref of every data validation on a sheet, the Excel 2010 extension's included. */
function validationSpans(xml: string): Span[] {
  const out: Span[] = [];
  const block = findElement(xml, 'dataValidations');
  if (block) for (const f of findAll(xml, 'dataValidation', block.contentStart, block.contentEnd)) out.push(...sqrefSpans(attribute(f.tag, 'sqref') ?? ''));
  for (const m of xml.matchAll(/<xm:sqref>([^<]*)<\/xm:sqref>/g)) {
    if (xml.lastIndexOf('<x14:dataValidation', m.index) > xml.lastIndexOf('</x14:dataValidations>', m.index)) out.push(...sqrefSpans(m[1]!));
  }
  return out;
}

/** The WorkbookPort over an .xlsx package: reads the parts it needs, rewrites only the parts the plan changes. */
export function createPackagePort(wb: XlsxWorkbook): WorkbookPort {
  return {
    async listSheets(): Promise<SheetInfo[]> {
      return wb.sheets.map((s) => {
        const cells = wb.cellsOf(s.name);
        const tables = wb.sheetRelated(s.name, TABLE_REL).map((part) => tableInfo(wb.pkg.text(part)));
        return { name: s.name, rowCount: cells.rowCount, columnCount: cells.columnCount, tables };
      });
    },
    async readNames(prefix: string): Promise<NamedCell[]> {
      return wb.definedNames().flatMap((n) => {
        if (n.localSheetId !== null || !n.name.toLowerCase().startsWith(prefix.toLowerCase())) return [];
        const target = parseNameRange(n.text);
        return target ? [{ name: n.name, ...target }] : [];
      });
    },
    async readBlocks(requests: BlockRequest[]): Promise<CellValue[][][]> {
      return requests.map((q) => {
        const cells = wb.cellsOf(q.sheet);
        return Array.from({ length: q.rows }, (_, r) => Array.from({ length: q.cols }, (_, c) => cells.value(q.row + r, q.col + c)));
      });
    },
    async readColumns(q: ColumnsRequest): Promise<CellValue[][]> {
      const cells = wb.cellsOf(q.sheet);
      return q.cols.map((col) => {
        const values = cells.columns[col]?.values;
        const out = new Array<CellValue>(q.rows);
        for (let r = 0; r < q.rows; r++) out[r] = values?.[q.firstRow + r] ?? null;
        return out;
      });
    },
    async findUserContent(q: ColumnsRequest): Promise<(UserContent | null)[]> {
      const record = wb.sheet(q.sheet);
      const cells = wb.cellsOf(q.sheet);
      const styles = wb.styles();
      const last = q.firstRow + q.rows - 1;
      const xml = record.isWorksheet ? wb.pkg.text(record.part) : '';
      const validations = validationSpans(xml);
      const comments = wb.commentRefs(q.sheet).map((ref) => parseCellAddress(ref.replace(/\$/g, '')));
      const colsBlock = findElement(xml, 'cols');
      const columnStyles = colsBlock ? findAll(xml, 'col', colsBlock.contentStart, colsBlock.contentEnd).map((f) => ({
        min: Number(attribute(f.tag, 'min')) - 1, max: Number(attribute(f.tag, 'max')) - 1, style: Number(attribute(f.tag, 'style') ?? 0),
      })) : [];
      return q.cols.map((col) => {
        const found: UserContent[] = [];
        const column = cells.columns[col];
        if (column) {
          for (let r = q.firstRow; r <= last; r++) {
            if (column.formulas.has(r)) { found.push({ row: r, col, kind: 'formula' }); break; }
            if (column.values[r] != null) { found.push({ row: r, col, kind: 'value' }); break; }
            const s = column.styles[r];
            if (s !== undefined && styles.isVisibleStyle(s)) { found.push({ row: r, col, kind: 'style' }); break; }
          }
        }
        const comment = comments.filter((c) => c.col === col && c.row >= q.firstRow && c.row <= last).sort((a, b) => a.row - b.row)[0];
        if (comment) found.push({ row: comment.row, col, kind: 'comment' });
        const validation = validations.filter((v) => col >= v.left && col <= v.right && v.top <= last && v.bottom >= q.firstRow)
          .map((v) => Math.max(v.top, q.firstRow)).sort((a, b) => a - b)[0];
        if (validation !== undefined) found.push({ row: validation, col, kind: 'validation' });
        if (columnStyles.some((c) => col >= c.min && col <= c.max && styles.isVisibleStyle(c.style)) && q.rows > 0) {
          found.push({ row: q.firstRow, col, kind: 'style' });
        }
        return found.sort((a, b) => a.row - b.row)[0] ?? null;
      });
    },
    async apply(ops): Promise<void> {
      applyOps(wb, ops);
    },
  };
}
