import { MAX_COLS, type Rect, intersects } from './a1';
import { fail } from './errors';
import { checkDefinedName, checkSheetName } from './input';
import { SheetModel, type TableModel } from './sheet-model';

/** A workbook-scoped defined name; `ref` is null for names that are not a range (e.g. "=#REF!"). */
export interface NameModel {
  name: string;
  comment: string;
  ref: { sheet: SheetModel; rect: Rect } | null;
  formula: string;
  deleted?: boolean;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The in-memory workbook behind the proxies. */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NameModel[] = [];
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
    const checked = checkSheetName(name);
    if (this.findSheet(checked)) fail('ItemAlreadyExists', `worksheet "${checked}"`);
    const sheet = new SheetModel(checked);
    this.sheets.push(sheet);
    return sheet;
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
   * TableColumnCollection.add(index, values, name) at the end of the table.
   * Excel renames a clashing header ("Grade" -> "Grade2"); so does the double.
   * Widening into non-empty cells is refused: what Excel does there is not emulated.
   */
  appendTableColumn(t: TableModel, name: string | undefined): number {
    const col = t.lastCol + 1;
    if (col >= MAX_COLS) fail('InvalidOperation', `table "${t.name}" is at the last column`);
    const strip: Rect = { row: t.headerRow, col, rows: t.lastRow - t.headerRow + 1, cols: 1 };
    for (let r = strip.row; r < strip.row + strip.rows; r++) {
      if (t.sheet.hasContent(r, col)) fail('NotEmulated', `widening table "${t.name}" over non-empty cells`);
    }
    if (this.tables.some((o) => o !== t && o.sheet === t.sheet && intersects(this.tableRect(o), strip))) {
      fail('InvalidOperation', `table "${t.name}" would overlap another table`);
    }
    const taken = new Set(this.columnNames(t).map((n) => n.toLowerCase()));
    const base = name ?? `Column${t.lastCol - t.firstCol + 2}`;
    let header = base;
    for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${base}${n}`;
    t.sheet.put(t.headerRow, col, { value: header });
    t.lastCol = col;
    return col - t.firstCol;
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
