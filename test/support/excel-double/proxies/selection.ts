import { formatAddress, type Rect } from '../a1';
import type { SheetModel } from '../sheet-model';
import { ClientObjectDouble, CollectionDouble } from './client-object';
import { RangeDouble, rangeRef, type RangeRef } from './range';
import { WorksheetDouble } from './worksheet';

/** The areas of a selection, all on one sheet (Excel.RangeAreas). */
export interface AreasRef {
  sheet: SheetModel;
  areas: Rect[];
}

class AreaCollectionDouble extends CollectionDouble<AreasRef, RangeRef, RangeDouble> {
  protected list(ref: AreasRef): RangeRef[] {
    return ref.areas.map((rect) => rangeRef(ref.sheet, rect));
  }

  protected wrap(ref: RangeRef): RangeDouble {
    return new RangeDouble(this.context, { kind: 'bound', entity: ref });
  }
}

/** Workbook.getSelectedRanges(): address, areas (a RangeCollection) and worksheet. */
export class RangeAreasDouble extends ClientObjectDouble<AreasRef> {
  private areasProxy?: AreaCollectionDouble;
  private worksheetProxy?: WorksheetDouble;

  protected read(ref: AreasRef, name: string): unknown {
    if (name === 'address') return ref.areas.map((rect) => formatAddress(ref.sheet.name, rect)).join(',');
    if (name === 'areaCount') return ref.areas.length;
    return this.unknown(name);
  }

  get address(): string { return this.prop('address'); }
  get areaCount(): number { return this.prop('areaCount'); }

  get areas(): AreaCollectionDouble {
    return (this.areasProxy ??= new AreaCollectionDouble(this.context, { kind: 'nav', derive: () => this.entityOrNull() }));
  }

  get worksheet(): WorksheetDouble {
    return (this.worksheetProxy ??= new WorksheetDouble(this.context, { kind: 'nav', derive: () => this.entityOrNull()?.sheet ?? null }));
  }
}
