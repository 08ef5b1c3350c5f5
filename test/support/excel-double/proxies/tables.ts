import type { SheetModel, TableModel } from '../sheet-model';
import type { DoubleContext } from '../context';
import { fail } from '../errors';
import { parseAddress } from '../a1';
import { ClientObjectDouble, CollectionDouble } from './client-object';
import { type RangeRef, RangeDouble, rangeRef } from './range';
import { WorksheetDouble } from './worksheet';

/** A TableCollection's scope: the whole workbook, or one sheet. */
export interface TableScope {
  sheet?: SheetModel;
}

interface ColumnRef {
  table: TableModel;
  index: number;
}

export class TableColumnDouble extends ClientObjectDouble<ColumnRef> {
  protected read(ref: ColumnRef, name: string): unknown {
    if (name === 'index') return ref.index;
    if (name === 'name') return this.context.model.columnNames(ref.table)[ref.index];
    return this.unknown(name);
  }

  get name(): string { return this.prop('name'); }
  get index(): number { return this.prop('index'); }
}

export class TableColumnCollectionDouble extends CollectionDouble<TableModel, ColumnRef, TableColumnDouble> {
  constructor(context: DoubleContext, derive: () => TableModel | null) {
    super(context, { kind: 'nav', derive });
  }

  protected list(table: TableModel): ColumnRef[] {
    return this.context.model.columnNames(table).map((_, index) => ({ table, index }));
  }

  protected wrap(ref: ColumnRef): TableColumnDouble {
    return new TableColumnDouble(this.context, { kind: 'bound', entity: ref });
  }

  /**
   * Appends a column (index null, undefined or -1). Inserting at an index and
   * passing values are not emulated; the header is `name` (ExcelApi 1.4).
   */
  add(index?: number | null, values?: unknown, name?: string | null): TableColumnDouble {
    return new TableColumnDouble(this.context, {
      kind: 'method', parent: this, method: 'add', args: [index ?? null, values ?? null, name ?? null],
      resolve: () => {
        if (index !== undefined && index !== null && index !== -1) fail('NotEmulated', `inserting a table column at ${index}`);
        if (values !== undefined && values !== null) fail('NotEmulated', 'values in TableColumnCollection.add');
        if (name !== undefined && name !== null && (typeof name !== 'string' || name === '')) fail('InvalidArgument', `column name ${name}`);
        const table = this.entity();
        return { table, index: this.context.model.appendTableColumn(table, name ?? undefined) };
      },
    });
  }
}

export class TableDouble extends ClientObjectDouble<TableModel> {
  readonly columns = new TableColumnCollectionDouble(this.context, () => this.entityOrNull());

  protected read(table: TableModel, name: string): unknown {
    return name === 'name' ? table.name : this.unknown(name);
  }

  get name(): string { return this.prop('name'); }

  get worksheet(): WorksheetDouble {
    return new WorksheetDouble(this.context, { kind: 'nav', derive: () => this.entityOrNull()?.sheet ?? null });
  }

  private part(method: string, rows: (t: TableModel) => { row: number; rows: number }): RangeDouble {
    return RangeDouble.at(this.context, this, method, [], (): RangeRef => {
      const t = this.entity();
      return rangeRef(t.sheet, { ...rows(t), col: t.firstCol, cols: t.lastCol - t.firstCol + 1 });
    });
  }

  getRange(): RangeDouble {
    return this.part('getRange', (t) => ({ row: t.headerRow, rows: t.lastRow - t.headerRow + 1 }));
  }

  getHeaderRowRange(): RangeDouble {
    return this.part('getHeaderRowRange', (t) => ({ row: t.headerRow, rows: 1 }));
  }

  getDataBodyRange(): RangeDouble {
    return this.part('getDataBodyRange', (t) => ({ row: t.headerRow + 1, rows: t.lastRow - t.headerRow }));
  }

  /** Table.resize (ExcelApi 1.13): a Range, or an address on the table's sheet (see WorkbookModel.resizeTable). */
  resize(newRange: RangeDouble | string): void {
    const arg = typeof newRange === 'string' ? newRange : { range: newRange.id };
    this.queueCall('resize', [arg], (table) => {
      const ref = typeof newRange === 'string' ? { sheet: table.sheet, rect: parseAddress(newRange) } : newRange.entity();
      this.context.model.resizeTable(table, ref.sheet, ref.rect);
    });
  }
}

export class TableCollectionDouble extends CollectionDouble<TableScope, TableModel, TableDouble> {
  constructor(context: DoubleContext, derive: () => TableScope | null) {
    super(context, { kind: 'nav', derive });
  }

  protected list(scope: TableScope): TableModel[] {
    return this.context.model.tables.filter((t) => !scope.sheet || t.sheet === scope.sheet);
  }

  protected wrap(table: TableModel): TableDouble {
    return new TableDouble(this.context, { kind: 'bound', entity: table });
  }

  getItem(name: string): TableDouble {
    return new TableDouble(this.context, {
      kind: 'method', parent: this, method: 'getItem', args: [name],
      resolve: () => this.context.model.table(name, this.entity().sheet),
    });
  }

  getItemOrNullObject(name: string): TableDouble {
    return new TableDouble(this.context, {
      kind: 'method', parent: this, method: 'getItemOrNullObject', args: [name],
      resolve: () => this.context.model.findTable(name, this.entity().sheet),
    });
  }
}
