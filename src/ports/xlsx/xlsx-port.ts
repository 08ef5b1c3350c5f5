import type ExcelJS from 'exceljs';
import { isBlank, type CellValue } from '../../core/cells/cell';
import { absoluteRef, cellAddress, parseCellAddress } from '../../core/cells/address';
import type { FillRulesOp, WriteOp } from '../../core/plan/write-ops';
import type { NamedCell, SheetInfo } from '../../core/workbook-shape';
import type { BlockRequest, ColumnsRequest, UserContent, UserContentKind, WorkbookPort } from '../workbook-port';
import { fromExcelJs, isFormulaValue, toExcelJs } from './cell-values';
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

type Style = Partial<ExcelJS.Style>;

/** ExcelJS's font for a cell that has a style but no font of its own (its fonts[0]). */
const DEFAULT_FONT = { name: 'Calibri', size: 11 };

/** A colour that is the default text colour: none, theme 1 (dark 1) or opaque black. */
function isDefaultTextColor(color: Partial<ExcelJS.Color> | undefined): boolean {
  if (!color) return true;
  const { argb, theme } = color as { argb?: string; theme?: number };
  return (argb === undefined || argb.toUpperCase() === 'FF000000') && (theme === undefined || theme === 1);
}

/**
 * The parts of a style the user set, as a comparable text: a number format
 * other than General, a fill with a pattern, border lines, alignment, and
 * font settings other than ExcelJS's default font (bold, italic, underline,
 * strike, a colour, another name or size). Protection is left out.
 * ExcelJS gives a cell with the default style (xf 0) `{}`, and any other
 * cell its whole font, so the font is compared by what differs from the default.
 */
function userStyleKey(style: Style | undefined): string {
  if (!style) return '';
  const parts: Record<string, unknown> = {};
  if (style.numFmt !== undefined && style.numFmt !== 'General') parts.numFmt = style.numFmt;
  const fill = style.fill as { type?: string; pattern?: string } | undefined;
  if (fill && !(fill.type === 'pattern' && (fill.pattern === undefined || fill.pattern === 'none'))) parts.fill = fill;
  const border = style.border as Record<string, { style?: string } | boolean | undefined> | undefined;
  const lines = border ? Object.entries(border).filter(([, side]) => typeof side === 'object' && side !== null && side.style !== undefined) : [];
  if (lines.length > 0) parts.border = Object.fromEntries(lines);
  const alignment = style.alignment ? Object.entries(style.alignment).filter(([, v]) => v !== undefined && v !== false && v !== 0) : [];
  if (alignment.length > 0) parts.alignment = Object.fromEntries(alignment);
  const font = style.font;
  if (font) {
    const set: Record<string, unknown> = {};
    for (const key of ['bold', 'italic', 'strike', 'outline', 'vertAlign'] as const) if (font[key]) set[key] = font[key];
    if (font.underline && font.underline !== 'none') set.underline = font.underline;
    if (!isDefaultTextColor(font.color)) set.color = font.color;
    if (font.name !== undefined && font.name !== DEFAULT_FONT.name) set.name = font.name;
    if (font.size !== undefined && font.size !== DEFAULT_FONT.size) set.size = font.size;
    if (Object.keys(set).length > 0) parts.font = set;
  }
  return Object.keys(parts).length > 0 ? JSON.stringify(parts) : '';
}

/**
 * The sheet's data validations (not in ExcelJS's Worksheet type): a rule per
 * cell address, ranges from a file spread over their cells.
 */
function validationsOf(ws: ExcelJS.Worksheet): { find(address: string): ExcelJS.DataValidation | undefined } {
  return (ws as unknown as { dataValidations: { find(address: string): ExcelJS.DataValidation | undefined } }).dataValidations;
}

/** The style of a row formatted as a whole (customFormat), else undefined. */
function rowStyle(row: ExcelJS.Row | undefined): Style | undefined {
  // Row.style is not in ExcelJS's types; it holds the row's own style (`s` of a customFormat row).
  const style = (row as { style?: Style } | undefined)?.style;
  return style && Object.keys(style).length > 0 ? style : undefined;
}

/**
 * What of the user's a cell holds, in the order the message prefers: a
 * formula (whatever it returns, cached or not) or a value; a note; data
 * validation; a style the user set. A style that the whole row has (a
 * formatted header row, a banded row) is the row's, not a claim on the
 * column, so it does not count; a whole column's style does.
 */
function userContentAt(ws: ExcelJS.Worksheet, row: number, col: number, columnStyle: Style | undefined): UserContentKind | null {
  const r = ws.findRow(row + 1);
  const cell = r?.findCell(col + 1);
  if (cell) {
    if (isFormulaValue(cell.value)) return 'formula';
    if (!isBlank(fromExcelJs(cell.value))) return 'value';
    if (cell.note !== undefined) return 'comment';
  }
  if (validationsOf(ws).find(cellAddress(row, col))) return 'validation';
  const base = rowStyle(r);
  const effective = cell ? (cell.style as Style) : base ?? columnStyle;
  return userStyleKey(effective) !== userStyleKey(base) ? 'style' : null;
}

function findUserContentIn(ws: ExcelJS.Worksheet, q: ColumnsRequest): (UserContent | null)[] {
  return q.cols.map((col) => {
    // ws.columns, not getColumn: a read must not create columns.
    const column = ws.columns?.[col]?.style as Style | undefined;
    for (let r = q.firstRow; r < q.firstRow + q.rows; r++) {
      const kind = userContentAt(ws, r, col, column);
      if (kind) return { row: r, col, kind };
    }
    return null;
  });
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
    /**
     * ExcelJS sees notes (legacy comments; Excel keeps a note beside each
     * threaded comment) only on cells it read from the sheet data: a note on a
     * cell with neither value nor style in the file is not loaded at all.
     */
    async findUserContent(q: ColumnsRequest): Promise<(UserContent | null)[]> {
      return findUserContentIn(sheetOf(wb, q.sheet), q);
    },
    async apply(ops: WriteOp[]): Promise<void> {
      for (const op of ops) applyOne(wb, op);
    },
    canSetUpPages: true,
  };
}
