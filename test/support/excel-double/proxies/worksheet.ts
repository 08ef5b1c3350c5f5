import { parseAddress } from '../a1';
import { fail } from '../errors';
import type { SheetModel } from '../sheet-model';
import type { WorkbookModel } from '../workbook-model';
import { ClientObjectDouble, CollectionDouble } from './client-object';
import { RangeDouble, rangeRef } from './range';
import { TableCollectionDouble } from './tables';
import { PageBreakCollectionDouble, PageLayoutDouble } from './page-layout';
import { CellNoteCollectionDouble } from './comments';
import { WorksheetProtectionDouble } from './protection';

export class WorksheetDouble extends ClientObjectDouble<SheetModel> {
  private tablesProxy?: TableCollectionDouble;
  private pageLayoutProxy?: PageLayoutDouble;
  private pageBreaksProxy?: PageBreakCollectionDouble;
  private commentsProxy?: CellNoteCollectionDouble;
  private notesProxy?: CellNoteCollectionDouble;
  private protectionProxy?: WorksheetProtectionDouble;

  /** A deleted sheet's proxies fail (ItemNotFound), as Excel's do. */
  protected override gone(sheet: SheetModel): boolean {
    return !this.context.model.sheets.includes(sheet);
  }

  protected read(sheet: SheetModel, name: string): unknown {
    if (name === 'name') return sheet.name;
    if (name === 'position') return this.context.model.sheets.indexOf(sheet);
    if (name === 'showGridlines') return sheet.showGridlines;
    return this.unknown(name);
  }

  get name(): string { return this.prop('name'); }
  get position(): number { return this.prop('position'); }
  get showGridlines(): boolean { return this.prop('showGridlines'); }

  set showGridlines(value: boolean) {
    this.queueSet('showGridlines', value, (sheet) => {
      sheet.showGridlines = typeof value === 'boolean' ? value : fail('InvalidArgument', `showGridlines ${value}`);
    });
  }

  get pageLayout(): PageLayoutDouble {
    return (this.pageLayoutProxy ??= new PageLayoutDouble(this.context, () => this.entityOrNull()));
  }

  get horizontalPageBreaks(): PageBreakCollectionDouble {
    return (this.pageBreaksProxy ??= new PageBreakCollectionDouble(this.context, () => this.entityOrNull()));
  }

  /** Threaded comments on the sheet (ExcelApi 1.10). */
  get comments(): CellNoteCollectionDouble {
    return (this.commentsProxy ??= new CellNoteCollectionDouble(this.context, () => this.entityOrNull(), 'comments'));
  }

  /** Notes, the old-style comments, on the sheet (ExcelApi 1.18). */
  get notes(): CellNoteCollectionDouble {
    return (this.notesProxy ??= new CellNoteCollectionDouble(this.context, () => this.entityOrNull(), 'notes'));
  }

  /** Worksheet.protection (ExcelApi 1.2): `protected` only. */
  get protection(): WorksheetProtectionDouble {
    return (this.protectionProxy ??= new WorksheetProtectionDouble(this.context, () => this.entityOrNull()));
  }

  get tables(): TableCollectionDouble {
    return (this.tablesProxy ??= new TableCollectionDouble(this.context, () => {
      const sheet = this.entityOrNull();
      return sheet && { sheet };
    }));
  }

  /** Worksheet.delete() (ExcelApi 1.1); see WorkbookModel.deleteSheet. */
  delete(): void {
    this.queueCall('delete', [], (sheet) => this.context.model.deleteSheet(sheet));
  }

  activate(): void {
    this.queueCall('activate', [], (sheet) => this.context.model.activate(sheet));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeDouble {
    return RangeDouble.at(this.context, this, 'getRangeByIndexes', [row, col, rows, cols],
      () => rangeRef(this.entity(), { row, col, rows, cols }));
  }

  getRange(address: string): RangeDouble {
    return RangeDouble.at(this.context, this, 'getRange', [address], () => rangeRef(this.entity(), parseAddress(address)));
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    return RangeDouble.at(this.context, this, 'getUsedRangeOrNullObject', [valuesOnly], () => {
      const sheet = this.entity();
      const rect = sheet.usedRect(valuesOnly);
      return rect && rangeRef(sheet, rect);
    });
  }
}

export class WorksheetCollectionDouble extends CollectionDouble<WorkbookModel, SheetModel, WorksheetDouble> {
  protected list(model: WorkbookModel): SheetModel[] {
    return model.sheets;
  }

  protected wrap(sheet: SheetModel): WorksheetDouble {
    return new WorksheetDouble(this.context, { kind: 'bound', entity: sheet });
  }

  private sheetBy(method: string, args: unknown[], resolve: (model: WorkbookModel) => SheetModel | null): WorksheetDouble {
    return new WorksheetDouble(this.context, { kind: 'method', parent: this, method, args, resolve: () => resolve(this.entity()) });
  }

  getItem(name: string): WorksheetDouble {
    return this.sheetBy('getItem', [name], (model) => model.sheet(name));
  }

  getItemOrNullObject(name: string): WorksheetDouble {
    return this.sheetBy('getItemOrNullObject', [name], (model) => model.findSheet(name));
  }

  getActiveWorksheet(): WorksheetDouble {
    return this.sheetBy('getActiveWorksheet', [], (model) => model.active);
  }

  /** Adds a sheet at the end; the double needs the name (Excel would invent "SheetN"). */
  add(name: string): WorksheetDouble {
    return this.sheetBy('add', [name], (model) => model.addSheet(name));
  }
}
