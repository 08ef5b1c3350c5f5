/**
 * Carries a write plan out on the package: every op edits the parts it
 * names, and only when the whole plan went through are the new parts put in
 * place (a plan that fails half-way leaves the workbook as it was).
 */
import { absoluteRef, cellAddress, columnLetter, quoteSheet } from '../../core/cells/address';
import type { DeleteSheetOp, NameOp, PageSetupOp, StyleOp, WriteOp } from '../../core/plan/write-ops';
import type { NamedCell } from '../../core/workbook-shape';
import { EMPTY_SHEET, SheetPatch } from './sheet-patch';
import { Utf8Sink } from './utf8-sink';
import type { StyleChange } from './style-book';
import { addTableColumns, TABLE_REL, tableInfo } from './table-part';
import { addSheetRecord, parseNameRange, setDefinedNames, type NameEdit } from './workbook-part';
import { deleteSheetFromPackage } from './delete-sheet';
import { checkDeleteSheet } from '../../core/forms/form-removal';
import { CONTENT_TYPE, REL, type XlsxWorkbook } from './xlsx-workbook';

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function eachCell(rect: Rect, visit: (row: number, col: number, r: number, c: number) => void): void {
  for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) visit(rect.row + r, rect.col + c, r, c);
}

function styleChange(style: StyleOp['style']): StyleChange {
  const change: StyleChange = {};
  if (style.bold !== undefined) change.bold = style.bold;
  if (style.fontSize !== undefined) change.fontSize = style.fontSize;
  if (style.fill !== undefined) change.fill = style.fill;
  if (style.wrap !== undefined) change.wrap = style.wrap;
  if (style.horizontal !== undefined) change.horizontal = style.horizontal;
  if (style.vertical !== undefined) change.vertical = style.vertical;
  if (style.locked !== undefined) change.locked = style.locked;
  return change;
}

/** "&Lleft&Ccenter&Rright" with the empty sections left out; null when all are empty. */
export function headerFooterText(parts: { left: string; center: string; right: string }): string | null {
  const text = (parts.left ? `&L${parts.left}` : '') + (parts.center ? `&C${parts.center}` : '') + (parts.right ? `&R${parts.right}` : '');
  return text === '' ? null : text;
}

function printAreaText(sheet: string, area: PageSetupOp['printArea']): string {
  const at = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return `${quoteSheet(sheet)}!${at(area.row, area.col)}:${at(area.row + area.rows - 1, area.col + area.cols - 1)}`;
}

/** A name's reference: one cell ('S'!$B$2), a rectangle ('S'!$B$2:$B$9) or whole columns ('S'!$C:$C). */
function nameText(op: NameOp): string {
  const rows = op.rows ?? 1;
  const cols = op.cols ?? 1;
  if (rows === 1 && cols === 1) return absoluteRef(op.sheet, op.row, op.col);
  if (op.row === 0 && rows === 1048576) return `${quoteSheet(op.sheet)}!$${columnLetter(op.col)}:$${columnLetter(op.col + cols - 1)}`;
  return printAreaText(op.sheet, { row: op.row, col: op.col, rows, cols });
}

function freePartName(wb: XlsxWorkbook, taken: Set<string>): string {
  const folder = wb.workbookPart.split('/').slice(0, -1).join('/');
  for (let n = 1; ; n++) {
    const part = `${folder}/worksheets/sheet${n}.xml`;
    if (!wb.pkg.has(part) && !taken.has(part)) return part;
  }
}

export function applyOps(wb: XlsxWorkbook, ops: WriteOp[]): void {
  try {
    planParts(wb, ops);
  } catch (err) {
    // Styles were appended in memory as the ops went; none of it reached the package.
    wb.forgetStyles();
    throw err;
  }
}

function planParts(wb: XlsxWorkbook, ops: WriteOp[]): void {
  const patches = new Map<string, SheetPatch>();
  const newSheets: { name: string; part: string }[] = [];
  const names: NameEdit[] = [];
  const tables = new Map<string, string>();
  const deletes: DeleteSheetOp[] = [];
  const styles = wb.styles();
  const sheetIndex = (name: string): number => {
    const at = wb.sheets.findIndex((s) => s.name === name);
    return at >= 0 ? at : wb.sheets.length + newSheets.findIndex((s) => s.name === name);
  };
  const patchOf = (sheet: string): SheetPatch => {
    let patch = patches.get(sheet);
    if (!patch) {
      const record = wb.sheet(sheet);
      if (!record.isWorksheet) throw new Error(`'${sheet}' is not a worksheet`);
      patch = new SheetPatch(wb.pkg.text(record.part), styles);
      patches.set(sheet, patch);
    }
    return patch;
  };

  for (const op of ops) {
    switch (op.op) {
      case 'addSheet': {
        const part = freePartName(wb, new Set(newSheets.map((s) => s.part)));
        newSheets.push({ name: op.sheet, part });
        patches.set(op.sheet, new SheetPatch(EMPTY_SHEET, styles));
        break;
      }
      case 'name':
        names.push({ name: op.name, localSheetId: null, text: nameText(op), comment: op.comment });
        break;
      case 'values': {
        const patch = patchOf(op.sheet);
        op.values.forEach((line, r) => line.forEach((v, c) => patch.setValue(op.row + r, op.col + c, v)));
        break;
      }
      case 'clear': {
        const patch = patchOf(op.sheet);
        eachCell(op, (row, col) => patch.setValue(row, col, null));
        break;
      }
      case 'numberFormat': {
        const patch = patchOf(op.sheet);
        eachCell(op, (row, col) => patch.setStyle(row, col, { numFmt: op.format }));
        break;
      }
      case 'style': {
        const patch = patchOf(op.sheet);
        const change = styleChange(op.style);
        eachCell(op, (row, col) => patch.setStyle(row, col, change));
        break;
      }
      case 'border': {
        const patch = patchOf(op.sheet);
        const grid = op.edges === 'grid';
        eachCell(op, (row, col, r, c) => {
          const edges = { top: grid || r === 0, bottom: grid || r === op.rows - 1, left: grid || c === 0, right: grid || c === op.cols - 1 };
          if (edges.top || edges.bottom || edges.left || edges.right) patch.setStyle(row, col, { edges });
        });
        break;
      }
      case 'merge':
        if (op.rows > 0 && op.cols > 0) patchOf(op.sheet).merge({ top: op.row, left: op.col, bottom: op.row + op.rows - 1, right: op.col + op.cols - 1 });
        break;
      case 'groupColumns':
        if (op.cols > 0) patchOf(op.sheet).groupColumns(op.col, op.cols);
        break;
      case 'columnWidth':
        patchOf(op.sheet).setColumnWidth(op.col, op.width);
        break;
      case 'rowHeight': {
        const patch = patchOf(op.sheet);
        for (let r = 0; r < op.rows; r++) patch.setRowHeight(op.row + r, op.height);
        break;
      }
      case 'fillRules':
        patchOf(op.sheet).setFillRules(
          { top: op.row, left: op.col, bottom: op.row + op.rows - 1, right: op.col + op.cols - 1 },
          op.rules.map((rule) => ({ equals: rule.equals, dxfId: styles.dxf(rule.fill, rule.font) })),
        );
        break;
      case 'tableColumns': {
        const part = wb.sheetRelated(op.sheet, TABLE_REL).find((p) => tableInfo(tables.get(p) ?? wb.pkg.text(p)).name === op.table);
        if (!part) throw new Error(`No table named '${op.table}' on sheet '${op.sheet}'.`);
        tables.set(part, addTableColumns(tables.get(part) ?? wb.pkg.text(part), op.headers));
        break;
      }
      case 'pageSetup':
        patchOf(op.sheet).setPageLayout({
          margins: op.margins,
          header: headerFooterText(op.header),
          footer: headerFooterText(op.footer),
          breaksBefore: op.pageBreaksBefore,
          pagesTall: op.pagesTall ?? 0,
        });
        names.push({ name: '_xlnm.Print_Area', localSheetId: sheetIndex(op.sheet), text: printAreaText(op.sheet, op.printArea) });
        break;
      case 'validation':
        if (op.rows > 0 && op.cols > 0) {
          patchOf(op.sheet).setValidation({ top: op.row, left: op.col, bottom: op.row + op.rows - 1, right: op.col + op.cols - 1 }, op.list ? { list: op.list.source } : { between: op.between }, op.alert);
        }
        break;
      case 'protectSheet':
        patchOf(op.sheet).protect();
        break;
      case 'deleteSheet':
        checkDeleteSheet(op, workbookNames(wb));
        deletes.push(op);
        break;
      default: {
        const unknown: never = op;
        throw new TypeError(`unknown write op ${JSON.stringify(unknown)}`);
      }
    }
  }
  // Deleting goes last, in commit: an op that also writes the sheet it deletes is a bug in the plan.
  const deleted = new Set(deletes.map((d) => d.sheet.toLowerCase()));
  const clash = ops.find((op) => op.op !== 'deleteSheet' && deleted.has(op.sheet.toLowerCase()));
  if (clash) throw new Error(`a plan that deletes sheet '${clash.sheet}' also writes it (${clash.op})`);
  commit(wb, patches, newSheets, names, tables, deletes);
}

/** The workbook-scoped names that point at one cell, as the port's readNames sees them. */
function workbookNames(wb: XlsxWorkbook): NamedCell[] {
  return wb.definedNames().flatMap((n) => {
    const target = n.localSheetId === null ? parseNameRange(n.text) : null;
    return target ? [{ name: n.name, ...target }] : [];
  });
}

/** Puts every new part in place, once the whole plan has gone through. */
function commit(
  wb: XlsxWorkbook, patches: Map<string, SheetPatch>, newSheets: { name: string; part: string }[], names: NameEdit[], tables: Map<string, string>, deletes: DeleteSheetOp[],
): void {
  const pkg = wb.pkg;
  let workbookXml = pkg.text(wb.workbookPart);
  let nextId = Math.max(0, ...wb.sheets.map((s) => s.sheetId));
  for (const sheet of newSheets) {
    const relId = pkg.addRelationship(wb.workbookPart, REL.worksheet, sheet.part);
    pkg.setContentType(sheet.part, CONTENT_TYPE.worksheet);
    workbookXml = addSheetRecord(workbookXml, sheet.name, ++nextId, relId);
  }
  workbookXml = setDefinedNames(workbookXml, names);
  for (const op of deletes) workbookXml = deleteSheetFromPackage(wb, workbookXml, op);
  pkg.setText(wb.workbookPart, workbookXml);
  let formulaRemoved = false;
  for (const [name, patch] of patches) {
    const sink = new Utf8Sink();
    const changed = patch.serializeTo((text) => sink.write(text));
    const fresh = newSheets.find((s) => s.name === name);
    if (fresh) pkg.setBytes(fresh.part, changed ? sink.bytes() : new TextEncoder().encode(EMPTY_SHEET));
    else if (changed) pkg.setBytes(wb.sheet(name).part, sink.bytes());
    formulaRemoved ||= patch.formulaRemoved;
  }
  for (const [part, xml] of tables) pkg.setText(part, xml);
  const stylesXml = wb.styles().serialize();
  if (stylesXml !== null) {
    const part = wb.workbookRelTarget(REL.styles) ?? `${wb.workbookPart.split('/').slice(0, -1).join('/')}/styles.xml`;
    if (!pkg.has(part)) {
      pkg.addRelationship(wb.workbookPart, REL.styles, part);
      pkg.setContentType(part, CONTENT_TYPE.styles);
    }
    pkg.setText(part, stylesXml);
  }
  // The calculation chain lists formula cells; one that no longer holds a formula makes Excel
  // report the file as damaged. It is a cache Excel rebuilds, so it goes.
  const chain = wb.workbookRelTarget(REL.calcChain);
  if (formulaRemoved && chain) {
    pkg.removeRelationshipsTo(wb.workbookPart, chain);
    pkg.removeContentType(chain);
    pkg.remove(chain);
  }
  wb.forgetReads();
}
