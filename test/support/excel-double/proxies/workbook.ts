import type { WorkbookModel } from '../workbook-model';
import type { DoubleContext } from '../context';
import { ClientObjectDouble } from './client-object';
import { WorksheetCollectionDouble } from './worksheet';
import { NamedItemCollectionDouble } from './names';
import { TableCollectionDouble } from './tables';

export class WorkbookDouble extends ClientObjectDouble<WorkbookModel> {
  readonly worksheets: WorksheetCollectionDouble;
  readonly names: NamedItemCollectionDouble;
  readonly tables: TableCollectionDouble;

  constructor(context: DoubleContext) {
    super(context, { kind: 'bound', entity: context.model });
    this.worksheets = new WorksheetCollectionDouble(context, { kind: 'bound', entity: context.model });
    this.names = new NamedItemCollectionDouble(context, { kind: 'bound', entity: context.model });
    this.tables = new TableCollectionDouble(context, () => ({}));
  }

  protected read(_model: WorkbookModel, name: string): unknown {
    return this.unknown(name);
  }
}
