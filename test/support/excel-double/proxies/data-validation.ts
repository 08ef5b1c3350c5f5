import { fail } from '../errors';
import type { DoubleContext } from '../context';
import { ClientObjectDouble } from './client-object';
import type { RangeRef } from './range';

/** DataValidationRule keys and the DataValidationType each one gives. */
const RULE_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber', decimal: 'Decimal', list: 'List', date: 'Date', time: 'Time', textLength: 'TextLength', custom: 'Custom',
};

/**
 * Range.dataValidation (ExcelApi 1.8): `type` over the range is "None" when
 * no cell has a rule, the rule's type when every cell has the same one,
 * "MixedCriteria" when some cells have a rule and others none, and
 * "Inconsistent" when cells have different rules. Setting `rule` (one rule
 * type; its criteria are not kept) and clear() are emulated; errorAlert,
 * prompt, ignoreBlanks and `valid` are not.
 */
export class DataValidationDouble extends ClientObjectDouble<RangeRef> {
  constructor(context: DoubleContext, derive: () => RangeRef | null) {
    super(context, { kind: 'nav', derive });
  }

  protected read(ref: RangeRef, name: string): unknown {
    if (name !== 'type') return this.unknown(name);
    const seen = new Set<string | null>();
    for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++) {
      for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) seen.add(ref.sheet.validationAt(r, c));
    }
    if (seen.size === 1) return [...seen][0] ?? 'None';
    return seen.has(null) ? 'MixedCriteria' : 'Inconsistent';
  }

  get type(): string { return this.prop('type'); }

  set rule(rule: Record<string, unknown>) {
    this.queueSet('rule', rule, (ref) => {
      const keys = rule && typeof rule === 'object' ? Object.keys(rule) : [];
      if (keys.length !== 1 || !(keys[0] in RULE_TYPES)) fail('InvalidArgument', `data validation rule ${JSON.stringify(rule)}: one of ${Object.keys(RULE_TYPES).join(', ')}`);
      ref.sheet.setValidation(ref.rect, RULE_TYPES[keys[0]]);
    });
  }

  clear(): void {
    this.queueCall('clear', [], (ref) => ref.sheet.setValidation(ref.rect, null));
  }
}
