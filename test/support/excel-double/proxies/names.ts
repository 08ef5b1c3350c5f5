import { formatAddress } from '../a1';
import { fail } from '../errors';
import type { NameModel, WorkbookModel } from '../workbook-model';
import { evaluateConstant, referenceFormula } from '../name-formulas';
import { ClientObjectDouble, CollectionDouble } from './client-object';
import { RangeDouble } from './range';

export { referenceFormula };

export class NamedItemDouble extends ClientObjectDouble<NameModel> {
  protected gone(entry: NameModel): boolean {
    return entry.deleted === true;
  }

  protected read(entry: NameModel, name: string): unknown {
    switch (name) {
      case 'name': return entry.name;
      case 'comment': return entry.comment;
      case 'formula': return entry.formula;
      case 'type': return entry.ref ? 'Range' : typeOfValue(entry.value);
      case 'value': return entry.ref ? formatAddress(entry.ref.sheet.name, entry.ref.rect) : entry.value ?? '#REF!';
      case 'visible': return true;
      default: return this.unknown(name);
    }
  }

  get name(): string { return this.prop('name'); }
  get comment(): string { return this.prop('comment'); }
  get formula(): string { return this.prop('formula'); }
  get type(): string { return this.prop('type'); }
  get value(): unknown { return this.prop('value'); }

  /** NamedItem.delete() changes no cell: a protected sheet the name refers into does not refuse it, as in Excel. */
  delete(): void {
    this.context.enqueue({ wire: { id: this.id, method: 'delete', args: [] }, run: () => this.context.model.deleteName(this.entity()) });
  }

  getRange(): RangeDouble {
    return RangeDouble.at(this.context, this, 'getRange', [], () => {
      const entry = this.entity();
      return entry.ref ?? fail('InvalidOperation', `name "${entry.name}" is not a range`);
    });
  }

  getRangeOrNullObject(): RangeDouble {
    return RangeDouble.at(this.context, this, 'getRangeOrNullObject', [], () => this.entity().ref);
  }
}

function typeOfValue(value: NameModel['value']): string {
  if (value === undefined) return 'Error';
  return typeof value === 'string' ? 'String' : typeof value === 'boolean' ? 'Boolean' : 'Double';
}

/**
 * Workbook-scoped names. add() takes a Range proxy, or a formula the double
 * can evaluate (DATE(y,m,d), a quoted text, TRUE/FALSE, a number; see
 * evaluateConstant); other text references are not emulated.
 */
export class NamedItemCollectionDouble extends CollectionDouble<WorkbookModel, NameModel, NamedItemDouble> {
  protected list(model: WorkbookModel): NameModel[] {
    return model.names;
  }

  protected wrap(entry: NameModel): NamedItemDouble {
    return new NamedItemDouble(this.context, { kind: 'bound', entity: entry });
  }

  add(name: string, reference: RangeDouble | string, comment = ''): NamedItemDouble {
    return new NamedItemDouble(this.context, {
      kind: 'method', parent: this, method: 'add',
      args: [name, typeof reference === 'string' ? reference : { range: reference.id }, comment],
      resolve: () => {
        const model = this.entity();
        if (typeof reference === 'string') {
          const value = evaluateConstant(reference, model.date1904);
          if (value === null) fail('NotEmulated', `text reference ${JSON.stringify(reference)}`);
          return model.addName({ name, comment, ref: null, formula: reference, value });
        }
        if (!(reference instanceof RangeDouble)) fail('InvalidArgument', `reference ${JSON.stringify(reference)}`);
        const ref = reference.entity();
        return model.addName({ name, comment, ref, formula: referenceFormula(ref) });
      },
    });
  }

  getItem(name: string): NamedItemDouble {
    return new NamedItemDouble(this.context, {
      kind: 'method', parent: this, method: 'getItem', args: [name],
      resolve: () => this.entity().findName(name) ?? fail('ItemNotFound', `name "${name}"`),
    });
  }

  getItemOrNullObject(name: string): NamedItemDouble {
    return new NamedItemDouble(this.context, {
      kind: 'method', parent: this, method: 'getItemOrNullObject', args: [name],
      resolve: () => this.entity().findName(name),
    });
  }
}
