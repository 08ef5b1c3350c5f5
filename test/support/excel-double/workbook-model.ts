import { MAX_COLS, type Rect, formatAddress, intersects } from './a1';
import { fail } from './errors';
import { checkDefinedName, checkSheetName } from './input';
import { SheetModel, type TableModel, contains } from './sheet-model';
import { referenceFormula } from './name-formulas';

/**
 * A workbook-scoped defined name; `ref` is null for names that are not a
 * range (e.g. "=#REF!", or a constant such as ="x" or =DATE(2000,1,1), whose
 * result is `value`).
 */
export interface NameModel {
  name: string;
  comment: string;
  ref: { sheet: SheetModel; rect: Rect } | null;
  formula: string;
  /** What a name that is no range evaluates to; undefined: an error (#REF!). */
  value?: string | number | boolean;
  deleted?: boolean;
}

/**
 * Excel on the web refuses an operation that shifts more cells than this
 * (OperationCellsExceedLimit): adding a column to a table with anything to
 * its right fails past about 2,050 rows (rows x (16,383 - table columns)).
 */
export const WEB_SHIFT_CELL_LIMIT = 33_554_432;

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The in-memory workbook behind the proxies. */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NameModel[] = [];
  /** The workbook uses the 1904 date system (DATE(2000,1,1) is 35064, not 36526). */
  date1904 = false;
  /** Workbook.protection.protected: the structure is protected, so sheets cannot be added (AccessDenied). */
  protectedStructure = false;
  /** The active sheet (null: the first) and each sheet's selected range (absent: A1). */
  private activeSheet: SheetModel | null = null;
  private readonly selections = new Map<SheetModel, Rect>();

  get active(): SheetModel {
    return this.activeSheet ?? this.sheets[0] ?? fail('ItemNotFound', 'the workbook has no sheet');
  }

  /** Worksheet.activate(): the sheet shows with the selection it had. */
  activate(sheet: SheetModel): void {
    this.activeSheet = sheet;
  }

  /** Range.select(): activates the range's sheet and selects the range on it. */
  select(sheet: SheetModel, rect: Rect): void {
    this.activeSheet = sheet;
    this.selections.set(sheet, rect);
  }

  selectionOf(sheet: SheetModel): Rect {
    return this.selections.get(sheet) ?? { row: 0, col: 0, rows: 1, cols: 1 };
  }

  findSheet(name: string): SheetModel | null {
    return this.sheets.find((s) => same(s.name, name)) ?? null;
  }

  sheet(name: string): SheetModel {
    return this.findSheet(name) ?? fail('ItemNotFound', `worksheet "${name}"`);
  }

  addSheet(name: unknown): SheetModel {
    if (this.protectedStructure) fail('AccessDenied', `adding sheet ${JSON.stringify(name)} to a workbook whose structure is protected`);
    const checked = checkSheetName(name);
    if (this.findSheet(checked)) fail('ItemAlreadyExists', `worksheet "${checked}"`);
    const sheet = new SheetModel(checked);
    this.sheets.push(sheet);
    return sheet;
  }

  /**
   * Worksheet.delete(): the sheet goes with its tables; workbook names that
   * referred into it stay, as "=#REF!" (Excel keeps them so). Refused as
   * Excel refuses: on a protected structure (AccessDenied, the double's
   * choice of code) and for the only sheet (InvalidOperation).
   */
  deleteSheet(sheet: SheetModel): void {
    if (this.protectedStructure) fail('AccessDenied', `deleting sheet "${sheet.name}" of a workbook whose structure is protected`);
    const index = this.sheets.indexOf(sheet);
    if (index < 0) fail('ItemNotFound', `worksheet "${sheet.name}"`);
    if (this.sheets.length === 1) fail('InvalidOperation', `deleting "${sheet.name}", the workbook's only sheet`);
    this.sheets.splice(index, 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]!.sheet === sheet) this.tables.splice(i, 1);
    for (const n of this.names) {
      if (n.ref?.sheet !== sheet) continue;
      n.ref = null;
      n.formula = '=#REF!';
      delete n.value;
    }
    this.selections.delete(sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.min(index, this.sheets.length - 1)]!;
  }

  findTable(name: string, sheet?: SheetModel): TableModel | null {
    return this.tables.find((t) => same(t.name, name) && (!sheet || t.sheet === sheet)) ?? null;
  }

  table(name: string, sheet?: SheetModel): TableModel {
    return this.findTable(name, sheet) ?? fail('ItemNotFound', `table "${name}"`);
  }

  tableRect(t: TableModel): Rect {
    return { row: t.headerRow, col: t.firstCol, rows: t.lastRow - t.headerRow + 1, cols: t.lastCol - t.firstCol + 1 };
  }

  /** Header texts, which are the table's column names. */
  columnNames(t: TableModel): string[] {
    const names: string[] = [];
    for (let c = t.firstCol; c <= t.lastCol; c++) names.push(String(t.sheet.valueAt(t.headerRow, c)));
    return names;
  }

  addTable(t: TableModel): void {
    if (this.findTable(t.name)) fail('ItemAlreadyExists', `table "${t.name}"`);
    if (t.lastRow <= t.headerRow) fail('InvalidArgument', `table "${t.name}" needs a data row (Excel tables always have one)`);
    const rect = this.tableRect(t);
    if (this.tables.some((o) => o.sheet === t.sheet && intersects(this.tableRect(o), rect))) {
      fail('InvalidOperation', `table "${t.name}" overlaps another table`);
    }
    const names = this.columnNames(t).map((n) => n.toLowerCase());
    if (names.some((n) => n === '') || new Set(names).size !== names.length) {
      fail('InvalidArgument', `table "${t.name}" needs unique, non-blank headers`);
    }
    this.tables.push(t);
  }

  /**
   * TableColumnCollection.add(index, values, name) at the end of the table:
   * like Excel, it inserts a cell in each table row right of the table and
   * shifts what lies further right in those rows one column on (on the
   * desktop that data then stands out of line with the rows above and below;
   * see shiftRightOfTable for what moves and what Excel on the web refuses).
   * Excel renames a clashing header ("Grade" -> "Grade2"); so does the double.
   */
  appendTableColumn(t: TableModel, name: string | undefined): number {
    const col = t.lastCol + 1;
    if (col >= MAX_COLS) fail('InvalidOperation', `table "${t.name}" is at the last column`);
    if (t.sheet.isProtected) fail('AccessDenied', `adding a column to table "${t.name}" on protected sheet "${t.sheet.name}"`);
    this.shiftRightOfTable(t);
    const taken = new Set(this.columnNames(t).map((n) => n.toLowerCase()));
    const base = name ?? `Column${t.lastCol - t.firstCol + 2}`;
    let header = base;
    for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${base}${n}`;
    t.sheet.put(t.headerRow, col, { value: header });
    t.lastCol = col;
    return col - t.firstCol;
  }

  /**
   * Shifts everything right of the table, in the table's rows, one column
   * right: cells (values, formulas, formats, validation), comments and notes,
   * merged areas, conditional formats, names and other tables that lie wholly
   * in those rows. Refused as Excel refuses it: a merged area or another table
   * that sticks out of those rows (MergedRangeConflict, InsertDeleteConflict),
   * a non-empty cell in the last column (NonBlankCellOffSheet), and, on the
   * web, more than WEB_SHIFT_CELL_LIMIT cells to shift when anything is there
   * (OperationCellsExceedLimit). A conditional format that sticks out is not emulated.
   */
  private shiftRightOfTable(t: TableModel): void {
    const sheet = t.sheet;
    const band = { row: t.headerRow, rows: t.lastRow - t.headerRow + 1 };
    const at = t.lastCol + 1;
    const right: Rect = { row: band.row, rows: band.rows, col: at, cols: MAX_COLS - at };
    const inBand = (r: Rect): boolean => r.row >= band.row && r.row + r.rows <= band.row + band.rows;
    const cells: number[][] = [];
    for (let r = band.row; r < band.row + band.rows; r++) cells.push(sheet.usedColumnsFrom(r, at));
    const notes = [...sheet.comments, ...sheet.notes].filter((n) => n.row >= band.row && n.row < band.row + band.rows && n.col >= at);
    const tables = this.tables.filter((o) => o !== t && o.sheet === sheet && intersects(this.tableRect(o), right));
    const merges = sheet.merges.filter((m) => intersects(m, right));
    const anything = cells.some((c) => c.length > 0) || notes.length > 0 || tables.length > 0 || merges.length > 0;
    if (!anything) return;
    const shifted = band.rows * (MAX_COLS - 1 - (t.lastCol - t.firstCol + 1));
    if (shifted > WEB_SHIFT_CELL_LIMIT) {
      fail('OperationCellsExceedLimit', `adding a column to table "${t.name}" shifts ${shifted} cells (Excel on the web allows ${WEB_SHIFT_CELL_LIMIT})`);
    }
    if (cells.some((c) => c.includes(MAX_COLS - 1)) || notes.some((n) => n.col === MAX_COLS - 1)) {
      fail('NonBlankCellOffSheet', `adding a column to table "${t.name}" would push cells off the sheet`);
    }
    const stuck = tables.find((o) => !inBand(this.tableRect(o)));
    if (stuck) fail('InsertDeleteConflict', `adding a column to table "${t.name}" would move part of table "${stuck.name}"`);
    const cut = merges.find((m) => !inBand(m));
    if (cut) fail('MergedRangeConflict', `adding a column to table "${t.name}" would cut the merged area ${formatAddress(sheet.name, cut)}`);
    const formats = sheet.conditionalFormats.flatMap((cf) => cf.areas.filter((a) => intersects(a, right)));
    const stray = formats.find((a) => !inBand(a) || a.col < at);
    if (stray) fail('NotEmulated', `shifting part of the conditional format area ${formatAddress(sheet.name, stray)}`);
    sheet.insertCellsRight(band, at);
    for (const o of tables) {
      o.firstCol += 1;
      o.lastCol += 1;
    }
    for (const m of merges) m.col += 1;
    for (const a of formats) a.col += 1;
    for (const n of this.names) {
      if (n.ref && n.ref.sheet === sheet && contains(right, n.ref.rect)) {
        n.ref = { sheet, rect: { ...n.ref.rect, col: n.ref.rect.col + 1 } };
        n.formula = referenceFormula(n.ref);
      }
    }
  }

  /**
   * Table.resize(newRange) (ExcelApi 1.13): the table takes in the columns to
   * its right, shifting nothing; their header cells become its column names
   * (a blank one gets "ColumnN", a clashing one a number, as when Excel names
   * headers). Only widening to the right over the same rows is emulated; the
   * headers must stay in their row and the range must overlap the table.
   */
  resizeTable(t: TableModel, sheet: SheetModel, rect: Rect): void {
    const old = this.tableRect(t);
    if (sheet !== t.sheet) fail('InvalidArgument', `resizing table "${t.name}" onto another sheet`);
    if (rect.row !== t.headerRow) fail('InvalidArgument', `resizing table "${t.name}": the headers must stay in row ${t.headerRow + 1}`);
    if (!intersects(rect, old)) fail('InvalidArgument', `resizing table "${t.name}" onto a range that does not overlap it`);
    if (rect.col !== old.col || rect.rows !== old.rows || rect.cols < old.cols) fail('NotEmulated', `resizing table "${t.name}" other than wider to the right`);
    if (t.sheet.isProtected) fail('AccessDenied', `resizing table "${t.name}" on protected sheet "${t.sheet.name}"`);
    if (this.tables.some((o) => o !== t && o.sheet === sheet && intersects(this.tableRect(o), rect))) {
      fail('InvalidOperation', `table "${t.name}" would overlap another table`);
    }
    if (sheet.merges.some((m) => intersects(m, rect))) fail('InvalidOperation', `table "${t.name}" would take in merged cells`);
    const taken = new Set(this.columnNames(t).map((n) => n.toLowerCase()));
    for (let c = t.lastCol + 1; c < rect.col + rect.cols; c++) {
      const cell = sheet.cell(t.headerRow, c);
      const text = cell?.formula === undefined ? cell?.value ?? '' : undefined;
      if (typeof text !== 'string') fail('NotEmulated', `resizing table "${t.name}" over a header cell that is not text`);
      const base = text === '' ? `Column${c - t.firstCol + 1}` : text;
      let header = base;
      for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${base}${n}`;
      if (header !== text) sheet.put(t.headerRow, c, { ...cell, value: header });
      taken.add(header.toLowerCase());
    }
    t.lastCol = rect.col + rect.cols - 1;
  }

  /**
   * Another user inserts rows above row `at` of a sheet: its cells move down
   * (SheetModel.insertRows), and so do tables and names below; a table the
   * rows go through grows.
   */
  insertRows(sheet: SheetModel, at: number, count: number): void {
    sheet.insertRows(at, count);
    for (const t of this.tables.filter((o) => o.sheet === sheet)) {
      if (t.headerRow >= at) t.headerRow += count;
      if (t.lastRow >= at) t.lastRow += count;
    }
    for (const n of this.names) {
      if (n.ref && n.ref.sheet === sheet && n.ref.rect.row >= at) {
        n.ref = { sheet, rect: { ...n.ref.rect, row: n.ref.rect.row + count } };
        n.formula = referenceFormula(n.ref);
      }
    }
  }

  findName(name: string): NameModel | null {
    return this.names.find((n) => same(n.name, name)) ?? null;
  }

  addName(entry: NameModel): NameModel {
    checkDefinedName(entry.name);
    if (this.findName(entry.name)) fail('ItemAlreadyExists', `name "${entry.name}"`);
    this.names.push(entry);
    return entry;
  }

  deleteName(entry: NameModel): void {
    const index = this.names.indexOf(entry);
    if (index < 0) fail('ItemNotFound', `name "${entry.name}"`);
    this.names.splice(index, 1);
    entry.deleted = true;
  }
}
