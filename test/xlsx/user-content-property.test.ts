/**
 * "Never lose a user's work", as a property over generated workbooks: a
 * customer and a sales sheet (plain ranges or Excel tables, a title above
 * the headers or not) and a notes sheet, in any order, with the user's own
 * content everywhere outside the add-in's columns — values, styles, merged
 * cells, comments, formulas without cached values (as files from tools that
 * do not calculate hold them) and defined names of several kinds. Tiers and
 * credit run through the package port, as the command line runs them; then:
 *
 * - every cell outside the owned columns keeps its value, formula text and
 *   style (in the sheet XML, and as ExcelJS reads it), and no cell appears there;
 * - every sheet keeps its merges and comments; the sheets keep their names and order;
 * - every defined name of the input is in the output, same scope, text and attributes;
 * - every part of the input but the ones a run may change is byte-identical;
 * - a second run on the output changes no part at all.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { CREDIT_COLUMNS } from '../../src/core/credit/credit-columns';
import { TIER_COLUMNS } from '../../src/core/tiers/tier-columns';
import {
  cellMeaning, cellReader, changedParts, definedNames, diffPackages, parseXmlPart, partText, readPackage, relationships, sheetPart, sheets,
  type Package,
} from '../support/package-diff';
import { runThroughFile } from '../support/workbooks';

const KEYS = ['K1', 'K2', 'K3', 'K4', 'K5', 'k5 ', 'K6'];
const CUSTOMER_HEADERS = ['Customer ID', 'Customer name', 'Notes'];
const SALES_HEADERS = ['Date', 'Customer ID', 'Amount', 'Memo'];

/** A formula as a file from a tool that does not calculate holds it: no cached value. */
interface UserFormula {
  formula: string;
}
type UserValue = string | number | boolean | { error: string } | UserFormula;

const text = fc.constantFrom('hello', '=1+1', '+1-2', ' spaced ', '備註', 'x"y', '<b>&amp;</b>', "O'Neil", 'line\nbreak');
const formula = fc.constantFrom<UserFormula>(
  { formula: 'A2&"-x"' }, { formula: 'LEN(B2)*2' }, { formula: 'IF(1>0,"",1)' }, { formula: 'SUM(1,2,3)' }, { formula: 'TODAY()' }, { formula: 'NA()' },
);
const userValue: fc.Arbitrary<UserValue> = fc.oneof(
  text,
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant({ error: '#N/A' }),
  formula,
);

interface UserStyle {
  bold: boolean;
  fill: string | null;
  numFmt: string | null;
  border: boolean;
  center: boolean;
}
const userStyle: fc.Arbitrary<UserStyle> = fc.record({
  bold: fc.boolean(),
  fill: fc.option(fc.constantFrom('FFFFFF00', 'FF00B050', 'FFDDEBF7')),
  numFmt: fc.option(fc.constantFrom('0.00%', '#,##0', 'yyyy-mm-dd', '@')),
  border: fc.boolean(),
  center: fc.boolean(),
});

type SheetRole = 'customers' | 'sales' | 'notes';
/** A place on one of the sheets, 0-based; each role's cells are kept to the user's own area when built. */
const spot = fc.record({ sheet: fc.constantFrom<SheetRole>('customers', 'sales', 'notes'), row: fc.nat({ max: 9 }), col: fc.nat({ max: 3 }) });

const NAME_KINDS = ['constant', 'array', 'formula', 'wholeColumn', 'sheetScoped', 'range', 'hidden', 'commented', 'sameNameOtherScope'] as const;
type NameKind = (typeof NAME_KINDS)[number];

const generated = fc.record({
  names: fc.record({
    customers: fc.constantFrom('Customers', '客戶', "Cust's list", 'Sheet 1'),
    sales: fc.constantFrom('Sales', '銷售', 'Sales 2025'),
    notes: fc.constantFrom('Notes', "O'Brien notes", '備註'),
  }),
  order: fc.constantFrom<SheetRole[]>(['customers', 'sales', 'notes'], ['notes', 'customers', 'sales'], ['sales', 'notes', 'customers'], ['notes', 'sales', 'customers']),
  customersTable: fc.boolean(),
  salesTable: fc.boolean(),
  titleRows: fc.nat({ max: 2 }),
  boldHeaderRow: fc.boolean(),
  customers: fc.array(fc.record({ key: fc.constantFrom(...KEYS), name: fc.option(text), note: fc.option(userValue) }), { minLength: 1, maxLength: 6 }),
  sales: fc.array(fc.record({ key: fc.constantFrom(...KEYS), amount: fc.double({ min: -500, max: 50_000, noNaN: true, noDefaultInfinity: true }), day: fc.nat({ max: 400 }), memo: fc.option(userValue) }), { maxLength: 12 }),
  notes: fc.array(fc.record({ row: fc.nat({ max: 7 }), col: fc.nat({ max: 4 }), value: userValue }), { maxLength: 15 }),
  styles: fc.array(fc.record({ at: spot, style: userStyle }), { maxLength: 10 }),
  comments: fc.array(fc.record({ at: spot, text }), { maxLength: 5 }),
  notesMerges: fc.subarray(['A9:B10', 'D1:E3', 'A12:E12']),
  mergeNotesColumn: fc.boolean(),
  definedNames: fc.subarray([...NAME_KINDS], { minLength: 1 }),
});
type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const address = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;

function cellValue(v: UserValue): ExcelJS.CellValue {
  return typeof v === 'object' && 'formula' in v ? ({ formula: v.formula } as ExcelJS.CellFormulaValue) : (v as ExcelJS.CellValue);
}

function applyStyle(cell: ExcelJS.Cell, s: UserStyle): void {
  if (s.bold) cell.font = { name: 'Calibri', size: 11, bold: true };
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: s.fill } };
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.border) cell.border = { top: { style: 'thin' }, bottom: { style: 'double' } };
  if (s.center) cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

/** The header row of the customer sheet (0-based): after the title rows. */
const headerRow = (g: Generated) => g.titleRows;

/** The workbook as ExcelJS builds it, and the cells each role's sheet lets the user put things in. */
function build(g: Generated): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = {} as Record<SheetRole, ExcelJS.Worksheet>;
  for (const role of g.order) ws[role] = wb.addWorksheet(g.names[role]);
  const top = headerRow(g);

  // The customer sheet: a title above the headers, merged across the user's columns.
  const c = ws.customers;
  if (g.titleRows > 0) {
    c.getCell(1, 1).value = 'Customer list';
    c.mergeCells(1, 1, 1, CUSTOMER_HEADERS.length);
  }
  const customerRows = g.customers.map((r) => [r.key, r.name, r.note === null ? null : cellValue(r.note)]);
  if (g.customersTable) {
    c.addTable({ name: 'CustomerTable', ref: address(top, 0), headerRow: true, columns: CUSTOMER_HEADERS.map((name) => ({ name })), rows: customerRows });
  } else {
    c.getRow(top + 1).values = CUSTOMER_HEADERS;
    customerRows.forEach((r, i) => r.forEach((v, j) => { if (v !== null) c.getCell(top + 2 + i, j + 1).value = v; }));
  }
  if (g.boldHeaderRow) c.getRow(top + 1).font = { name: 'Calibri', size: 11, bold: true };
  // Two notes merged (Excel allows no merged cells in a table).
  if (g.mergeNotesColumn && !g.customersTable && g.customers.length >= 2) c.mergeCells(top + 2, 3, top + 3, 3);

  const s = ws.sales;
  const salesRows = g.sales.map((r) => [46_000 + r.day, r.key, r.amount, r.memo === null ? null : cellValue(r.memo)]);
  if (g.salesTable) {
    s.addTable({ name: 'SalesTable', ref: 'A1', headerRow: true, columns: SALES_HEADERS.map((name) => ({ name })), rows: salesRows.length > 0 ? salesRows : [[46_000, 'K1', 1, null]] });
  } else {
    s.getRow(1).values = SALES_HEADERS;
    salesRows.forEach((r, i) => r.forEach((v, j) => { if (v !== null) s.getCell(i + 2, j + 1).value = v; }));
  }

  for (const n of g.notes) ws.notes.getCell(n.row + 1, n.col + 1).value = cellValue(n.value);
  for (const range of g.notesMerges) ws.notes.mergeCells(range);

  // Styles and comments stay inside the user's area of each sheet: on the customer sheet, the user's columns
  // from the top to the last customer row (the add-in's columns start right of the headers).
  const inArea = (at: { sheet: SheetRole; row: number; col: number }) =>
    at.sheet !== 'customers' ? at : { ...at, col: at.col % CUSTOMER_HEADERS.length, row: at.row % (top + 1 + g.customers.length) };
  for (const { at, style } of g.styles) {
    const p = inArea(at);
    applyStyle(ws[p.sheet].getCell(p.row + 1, p.col + 1), style);
  }
  for (const { at, text: note } of g.comments) {
    const p = inArea(at);
    ws[p.sheet].getCell(p.row + 1, p.col + 1).note = note;
  }
  return wb;
}

/** The user's defined names, put into the workbook part as Excel writes them (ExcelJS writes range names only). */
function withDefinedNames(bytes: Uint8Array, g: Generated): Uint8Array {
  const index = (role: SheetRole) => g.order.indexOf(role);
  const [c, s, n] = [quoted(g.names.customers), quoted(g.names.sales), quoted(g.names.notes)];
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const element: Record<NameKind, string> = {
    constant: '<definedName name="Rate">0.05</definedName>',
    array: `<definedName name="Regions">${esc('{"North","South"}')}</definedName>`,
    formula: `<definedName name="Doubled">${esc(`${s}!$C$2*2`)}</definedName>`,
    wholeColumn: `<definedName name="SalesAmounts">${esc(`${s}!$C:$C`)}</definedName>`,
    sheetScoped: `<definedName name="FirstCustomer" localSheetId="${index('customers')}">${esc(`${c}!$A$${headerRow(g) + 2}`)}</definedName>`,
    range: `<definedName name="NotesArea">${esc(`${n}!$A$1:$C$5`)}</definedName>`,
    hidden: `<definedName name="HiddenCell" hidden="1">${esc(`${n}!$A$1`)}</definedName>`,
    commented: `<definedName name="Commented" comment="${esc("the user's note")}">${esc(`${n}!$B$2`)}</definedName>`,
    sameNameOtherScope: `<definedName name="Rate" localSheetId="${index('notes')}">0.07</definedName>`,
  };
  const files = unzipSync(bytes);
  let xml = strFromU8(files['xl/workbook.xml']!);
  const names = g.definedNames.map((k) => element[k]).join('');
  xml = xml.includes('</definedNames>') ? xml.replace('</definedNames>', `${names}</definedNames>`) : xml.replace('<calcPr', `<definedNames>${names}</definedNames><calcPr`);
  if (!xml.includes(names)) throw new Error('the defined names did not go into the workbook part');
  files['xl/workbook.xml'] = strToU8(xml);
  return zipSync(files);
}

/** Each cell of a sheet (address -> what it holds and how it looks, from the XML), where `keep(col)`. */
function xmlCells(pkg: Package, sheet: string, keep: (col: number) => boolean): Map<string, string> {
  const reader = cellReader(pkg);
  const data = parseXmlPart(partText(pkg, sheetPart(pkg, sheet))).children.find((e) => e.name === 'sheetData');
  const out = new Map<string, string>();
  for (const row of data?.children ?? []) {
    for (const c of row.children) {
      const ref = c.attrs.r ?? '';
      const col = (/^[A-Z]+/.exec(ref)?.[0] ?? '').split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      if (keep(col)) out.set(ref, cellMeaning(c, reader));
    }
  }
  return out;
}

/** Each cell with a value as ExcelJS reads it: value, formula text, style and note, where `keep(col)` (styled blank cells: see xmlCells). */
function exceljsCells(ws: ExcelJS.Worksheet, keep: (col: number) => boolean): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow((row) => row.eachCell((cell, col) => {
    if (!keep(col - 1)) return;
    out.set(cell.address, JSON.parse(JSON.stringify({ value: cell.value, formula: cell.formula ?? null, style: cell.style, note: cell.note ?? null })));
  }));
  return out;
}

/** The customer sheet's columns the add-in owns: those its workbook-scoped CreditDesk_ names mark. */
function ownedColumns(pkg: Package, customerSheet: string): Set<number> {
  const prefix = `${quoted(customerSheet)}!$`;
  const plain = `${customerSheet}!$`;
  return new Set(definedNames(pkg).filter((d) => d.name.startsWith('CreditDesk_') && d.scope === null && (d.text.startsWith(prefix) || d.text.startsWith(plain)))
    .map((d) => /!\$([A-Z]+)\$\d+$/.exec(d.text)![1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1));
}

/** The parts a run may change: the customer sheet and its table, the workbook part and its lists of parts, the styles. */
function mayChange(pkg: Package, customerSheet: string): Set<string> {
  const sheet = sheetPart(pkg, customerSheet);
  const tables = relationships(pkg, sheet).filter((r) => r.type.endsWith('/table')).map((r) => r.target);
  return new Set([sheet, ...tables, 'xl/workbook.xml', 'xl/styles.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels']);
}

describe('user content through a tiers and credit run on the package port (generated workbooks)', () => {
  test('every cell, merge, comment, name and sheet of the user is kept, and a second run changes no part', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async (g) => {
        const input = withDefinedNames(new Uint8Array(await build(g).xlsx.writeBuffer()), g);
        const first = await runThroughFile(input);
        expect(first.summary.customerSheet).toBe(g.names.customers);
        const [before, after] = [readPackage(input), readPackage(first.bytes)];
        const owned = ownedColumns(after, g.names.customers);
        expect(owned.size).toBe(TIER_COLUMNS.length + CREDIT_COLUMNS.length);
        expect(Math.min(...owned)).toBe(CUSTOMER_HEADERS.length);

        // Sheets: the user's, in their order, then the one the run made.
        const userSheets = g.order.map((role) => g.names[role]);
        expect(sheets(before).map((s) => s.name)).toEqual(userSheets);
        expect(sheets(after).map((s) => s.name)).toEqual([...userSheets, 'Credit Scorecard']);

        // Cells outside the owned columns: value, formula text and style, in the XML and as ExcelJS reads them.
        const beforeBook = new ExcelJS.Workbook();
        await beforeBook.xlsx.load(input as unknown as ArrayBuffer);
        for (const name of userSheets) {
          const keep = (col: number) => name !== g.names.customers || !owned.has(col);
          expect([name, xmlCells(after, name, keep)]).toEqual([name, xmlCells(before, name, keep)]);
          expect([name, exceljsCells(first.wb.getWorksheet(name)!, keep)]).toEqual([name, exceljsCells(beforeBook.getWorksheet(name)!, keep)]);
          expect([name, [...first.wb.getWorksheet(name)!.model.merges].sort()]).toEqual([name, [...beforeBook.getWorksheet(name)!.model.merges].sort()]);
        }

        // Defined names: every one of the user's, with its scope, text and attributes.
        const named = (pkg: Package) => definedNames(pkg).map((d) => JSON.stringify([d.name, d.scope, d.text, [...d.attrs].sort()]));
        const outNames = named(after);
        for (const n of named(before)) expect(outNames).toContain(n);

        // Parts: only those a run may change differ; a comments part, a drawing, the other sheets are byte-identical.
        const allowed = mayChange(before, g.names.customers);
        const changed = diffPackages(before, after).filter((d) => d.status === 'changed' || d.status === 'removed').map((d) => d.part);
        expect(changed.filter((p) => !allowed.has(p))).toEqual([]);

        const second = await runThroughFile(first.bytes);
        expect(changedParts(first.bytes, second.bytes)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
