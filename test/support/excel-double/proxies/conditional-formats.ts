import { fail } from '../errors';
import { checkColor } from '../input';
import { intersects } from '../a1';
import type { CellValueRule, ConditionalFormatModel } from '../sheet-model';
import type { DoubleContext } from '../context';
import { ClientObjectDouble, CollectionDouble } from './client-object';
import { type RangeRef, clearConditionalFormats } from './range';

const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];

function checkRule(rule: unknown): CellValueRule {
  const r = rule as Partial<CellValueRule> | null;
  const ok = r !== null && typeof r === 'object' && OPERATORS.includes(r.operator ?? '')
    && typeof r.formula1 === 'string' && r.formula1 !== ''
    && (!r.operator?.includes('Between') || (typeof r.formula2 === 'string' && r.formula2 !== ''));
  if (!ok) fail('InvalidArgument', `conditional format rule ${JSON.stringify(rule)}`);
  return { ...(r as CellValueRule) };
}

/** fill or font of a conditional format: only color is emulated. */
export class ConditionalColorDouble extends ClientObjectDouble<ConditionalFormatModel> {
  constructor(context: DoubleContext, derive: () => ConditionalFormatModel | null, private readonly part: 'fill' | 'font') {
    super(context, { kind: 'nav', derive });
  }

  protected read(cf: ConditionalFormatModel, name: string): unknown {
    return name === 'color' ? cf[this.part] ?? null : this.unknown(name);
  }

  get color(): string { return this.prop('color'); }

  set color(color: string) {
    this.queueSet('color', color, (cf) => { cf[this.part] = checkColor(color); });
  }
}

export class ConditionalRangeFormatDouble {
  readonly fill: ConditionalColorDouble;
  readonly font: ConditionalColorDouble;

  constructor(context: DoubleContext, derive: () => ConditionalFormatModel | null) {
    this.fill = new ConditionalColorDouble(context, derive, 'fill');
    this.font = new ConditionalColorDouble(context, derive, 'font');
  }
}

export class CellValueConditionalFormatDouble extends ClientObjectDouble<ConditionalFormatModel> {
  readonly format: ConditionalRangeFormatDouble;

  constructor(context: DoubleContext, derive: () => ConditionalFormatModel | null) {
    super(context, { kind: 'nav', derive });
    this.format = new ConditionalRangeFormatDouble(context, derive);
  }

  protected read(cf: ConditionalFormatModel, name: string): unknown {
    return name === 'rule' ? cf.rule ?? null : this.unknown(name);
  }

  get rule(): CellValueRule { return this.prop('rule'); }

  set rule(rule: CellValueRule) {
    this.queueSet('rule', rule, (cf) => { cf.rule = checkRule(rule); });
  }
}

export class ConditionalFormatDouble extends ClientObjectDouble<ConditionalFormatModel> {
  readonly cellValue = new CellValueConditionalFormatDouble(this.context, () => this.entityOrNull());

  protected read(cf: ConditionalFormatModel, name: string): unknown {
    return name === 'type' ? cf.type : this.unknown(name);
  }

  get type(): string { return this.prop('type'); }
}

/** Range.conditionalFormats: add('CellValue'), clearAll(), items (formats touching the range). */
export class ConditionalFormatCollectionDouble extends CollectionDouble<RangeRef, ConditionalFormatModel, ConditionalFormatDouble> {
  constructor(context: DoubleContext, derive: () => RangeRef | null) {
    super(context, { kind: 'nav', derive });
  }

  protected list(ref: RangeRef): ConditionalFormatModel[] {
    return ref.sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => intersects(a, ref.rect)));
  }

  protected wrap(cf: ConditionalFormatModel): ConditionalFormatDouble {
    return new ConditionalFormatDouble(this.context, { kind: 'bound', entity: cf });
  }

  add(type: string): ConditionalFormatDouble {
    return new ConditionalFormatDouble(this.context, {
      kind: 'method', parent: this, method: 'add', args: [type],
      resolve: () => {
        if (type !== 'CellValue') fail('NotEmulated', `conditional format type ${type}`);
        const ref = this.entity();
        if (ref.sheet.isProtected) fail('AccessDenied', `adding a conditional format on protected sheet "${ref.sheet.name}"`);
        const cf: ConditionalFormatModel = { type: 'CellValue', areas: [{ ...ref.rect }] };
        ref.sheet.conditionalFormats.push(cf);
        return cf;
      },
    });
  }

  clearAll(): void {
    this.queueCall('clearAll', [], clearConditionalFormats);
  }
}
