import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/cells/cell';
import { absoluteRef, cellAddress, parseCellAddress } from '../../core/cells/address';
import type { FillRulesOp, WriteOp } from '../../core/plan/write-ops';
import type { NamedCell, SheetInfo } from '../../core/workbook-shape';
import type { BlockRequest, ColumnsRequest, WorkbookPort } from '../workbook-port';
import { fromExcelJs, toExcelJs } from './cell-values';
import { applyBorder, applyMerge, argb, applyPageSetup, applyRowHeight, applyStyle, eachCell, isHiddenByMerge, restyle } from './xlsx-layout';
import { addTableColumns, tableInfo, tableModels } from './xlsx-tables';

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`No sheet named '${name}' in the workbook.`);
  return ws;
}

/** Reads a cell without creating rows or cells (ExcelJS's getRow/getCell would). */
function peek(ws: ExcelJS.Worksheet, row: number, col: number): CellValue {
  const r = ws.findRow(row + 1);
  return r ? fromExcelJs(r.findCell(col + 1)?.value) : null;
}

function usedExtent(ws: ExcelJS.Worksheet): { rowCount: number; columnCount: number } {
  let rowCount = 0;
  let columnCount = 0;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (fromExcelJs(cell.value) === null) return;
      rowCount = Math.max(rowCount, r);
      columnCount = Math.max(columnCount, c);
    });
  });
  return { rowCount, columnCount };
}

/** "'My sheet'!$A$1" -> sheet and cell; null for references that are not one cell. */
function parseNameRange(range: string): { sheet: string; row: number; col: number } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]+\$?\d+)$/.exec(range);
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]!).replace(/''/g, "'"), ...parseCellAddress(m[3]!) };
}

function setFillRules(ws: ExcelJS.Worksheet, op: FillRulesOp): void {
  const ref = `${cellAddress(op.row, op.col)}:${cellAddress(op.row + op.rows - 1, op.col + op.cols - 1)}`;
  ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => cf.ref !== ref);
  ws.addConditionalFormatting({
    ref,
    rules: op.rules.map((rule, i) => ({
      type: 'cellIs',
      operator: 'equal',
      priority: i + 1,
      formulae: [`"${rule.equals.replace(/"/g, '""')}"`],
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } },
        font: { color: { argb: argb(rule.font) } },
      },
    })),
  });
}

function applyOne(wb: ExcelJS.Workbook, op: WriteOp): void {
  if (op.op === 'addSheet') {
    wb.addWorksheet(op.sheet);
    return;
  }
  if (op.op === 'name') {
    // Re-pointed in place, so that a second run leaves the names in the same order.
    const names = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
    const entry = { name: op.name, ranges: [absoluteRef(op.sheet, op.row, op.col)] };
    const model = names.model;
    const at = model.findIndex((n) => n.name.toLowerCase() === op.name.toLowerCase());
    names.model = at < 0 ? [...model, entry] : model.map((n, i) => (i === at ? entry : n));
    return;
  }
  const ws = sheetOf(wb, op.sheet);
  switch (op.op) {
    case 'values':
      op.values.forEach((rowValues, i) => {
        const row = ws.getRow(op.row + i + 1);
        rowValues.forEach((v, j) => {
          const cell = row.getCell(op.col + j + 1);
          // A hidden cell of a merge would pass the value on to the top-left cell.
          if (!isHiddenByMerge(cell)) cell.value = toExcelJs(v);
        });
      });
      return;
    case 'clear':
      eachCell(ws, op, (cell) => {
        if (!isHiddenByMerge(cell)) cell.value = null;
      });
      return;
    case 'numberFormat':
      eachCell(ws, op, (cell) => restyle(cell, (style) => ({ ...style, numFmt: op.format })));
      return;
    case 'tableColumns': {
      const model = tableModels(ws).find((t) => t.name === op.table);
      if (!model) throw new Error(`No table named '${op.table}' on sheet '${op.sheet}'.`);
      addTableColumns(model, op.headers);
      return;
    }
    case 'fillRules':
      setFillRules(ws, op);
      return;
    case 'columnWidth':
      ws.getColumn(op.col + 1).width = op.width;
      return;
    case 'style':
      applyStyle(ws, op);
      return;
    case 'merge':
      applyMerge(ws, op);
      return;
    case 'border':
      applyBorder(ws, op);
      return;
    case 'rowHeight':
      applyRowHeight(ws, op);
      return;
    case 'pageSetup':
      applyPageSetup(ws, op);
      return;
    default: {
      const unknown: never = op;
      throw new TypeError(`unknown write op ${JSON.stringify(unknown)}`);
    }
  }
}

/** The WorkbookPort over an ExcelJS workbook in memory (file I/O is in xlsx-file.ts). */
export function createXlsxPort(wb: ExcelJS.Workbook): WorkbookPort {
  return {
    async listSheets(): Promise<SheetInfo[]> {
      return wb.worksheets.map((ws) => ({ name: ws.name, ...usedExtent(ws), tables: tableModels(ws).map(tableInfo) }));
    },
    async readNames(prefix: string): Promise<NamedCell[]> {
      const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
      return names.flatMap((n) => {
        const target = n.name.toLowerCase().startsWith(prefix.toLowerCase()) && n.ranges.length === 1 ? parseNameRange(n.ranges[0]!) : null;
        return target ? [{ name: n.name, ...target }] : [];
      });
    },
    async readBlocks(requests: BlockRequest[]): Promise<CellValue[][][]> {
      return requests.map((q) => {
        const ws = sheetOf(wb, q.sheet);
        return Array.from({ length: q.rows }, (_, r) => Array.from({ length: q.cols }, (_, c) => peek(ws, q.row + r, q.col + c)));
      });
    },
    async readColumns(q: ColumnsRequest): Promise<CellValue[][]> {
      const ws = sheetOf(wb, q.sheet);
      const out = q.cols.map(() => new Array<CellValue>(q.rows).fill(null));
      for (let r = 0; r < q.rows; r++) {
        const row = ws.findRow(q.firstRow + r + 1);
        if (!row) continue;
        q.cols.forEach((col, i) => (out[i]![r] = fromExcelJs(row.findCell(col + 1)?.value)));
      }
      return out;
    },
    async apply(ops: WriteOp[]): Promise<void> {
      for (const op of ops) applyOne(wb, op);
    },
    canSetUpPages: true,
  };
}
