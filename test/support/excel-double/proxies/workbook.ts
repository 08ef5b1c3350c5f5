import type { WorkbookModel } from '../workbook-model';
import type { DoubleContext } from '../context';
import { ClientObjectDouble } from './client-object';
import { WorksheetCollectionDouble } from './worksheet';
import { NamedItemCollectionDouble } from './names';
import { TableCollectionDouble } from './tables';
import { RangeDouble, rangeRef } from './range';
import { RangeAreasDouble } from './selection';
import { WorkbookProtectionDouble } from './protection';
import { SettingCollectionDouble } from './settings';

export class WorkbookDouble extends ClientObjectDouble<WorkbookModel> {
  readonly worksheets: WorksheetCollectionDouble;
  readonly names: NamedItemCollectionDouble;
  readonly tables: TableCollectionDouble;
  /** Workbook.protection (ExcelApi 1.7): `protected` only. */
  readonly protection: WorkbookProtectionDouble;
  private settingsProxy?: SettingCollectionDouble;

  constructor(context: DoubleContext) {
    super(context, { kind: 'bound', entity: context.model });
    this.worksheets = new WorksheetCollectionDouble(context, { kind: 'bound', entity: context.model });
    this.names = new NamedItemCollectionDouble(context, { kind: 'bound', entity: context.model });
    this.tables = new TableCollectionDouble(context, () => ({}));
    this.protection = new WorkbookProtectionDouble(context, { kind: 'bound', entity: context.model });
  }

  /** workbook.settings (ExcelApi 1.4): see proxies/settings.ts. */
  get settings(): SettingCollectionDouble {
    return (this.settingsProxy ??= new SettingCollectionDouble(this.context));
  }

  /** The selected range of the active sheet. */
  getSelectedRange(): RangeDouble {
    return RangeDouble.at(this.context, this, 'getSelectedRange', [], () => {
      const sheet = this.context.model.active;
      return rangeRef(sheet, this.context.model.selectionOf(sheet));
    });
  }

  /** The selection as RangeAreas (ExcelApi 1.9); always one area in the double. */
  getSelectedRanges(): RangeAreasDouble {
    return new RangeAreasDouble(this.context, { kind: 'method', parent: this, method: 'getSelectedRanges', args: [], resolve: () => {
      const sheet = this.context.model.active;
      return { sheet, areas: [this.context.model.selectionOf(sheet)] };
    } });
  }

  protected read(_model: WorkbookModel, name: string): unknown {
    return this.unknown(name);
  }
}
