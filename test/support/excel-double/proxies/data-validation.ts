import { fail } from '../errors';
import type { DoubleContext } from '../context';
import type { ValidationModel } from '../sheet-model';
import { ClientObjectDouble } from './client-object';
import type { RangeRef } from './range';

/** DataValidationRule keys and the DataValidationType each one gives. */
const RULE_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber', decimal: 'Decimal', list: 'List', date: 'Date', time: 'Time', textLength: 'TextLength', custom: 'Custom',
};

const ALERT_STYLES = ['Stop', 'Warning', 'Information'];
/** Excel's limits on an error alert's title and message (characters). */
const ALERT_TITLE_MAX = 32;
const ALERT_MESSAGE_MAX = 255;

/** A list rule's criteria: the source as text (a comma-separated list, or a formula such as "=Name"); a Range source is not emulated. */
function listCriteria(list: unknown): NonNullable<ValidationModel['list']> {
  const { source, inCellDropDown = true } = (list ?? {}) as { source?: unknown; inCellDropDown?: unknown };
  if (typeof source !== 'string') fail(typeof source === 'object' && source !== null ? 'NotEmulated' : 'InvalidArgument', `list validation source ${JSON.stringify(source)}`);
  if (source.trim() === '') fail('InvalidArgument', 'list validation source is empty');
  if (typeof inCellDropDown !== 'boolean') fail('InvalidArgument', `inCellDropDown ${JSON.stringify(inCellDropDown)}`);
  return { source, inCellDropDown };
}

function errorAlert(alert: unknown): NonNullable<ValidationModel['errorAlert']> {
  const a = (alert ?? {}) as Record<string, unknown>;
  const ok = typeof a.showAlert === 'boolean' && typeof a.style === 'string' && ALERT_STYLES.includes(a.style)
    && typeof a.title === 'string' && a.title.length <= ALERT_TITLE_MAX && typeof a.message === 'string' && a.message.length <= ALERT_MESSAGE_MAX;
  if (!ok) fail('InvalidArgument', `data validation errorAlert ${JSON.stringify(alert)}`);
  return { showAlert: a.showAlert as boolean, style: a.style as string, title: a.title as string, message: a.message as string };
}

/**
 * Range.dataValidation (ExcelApi 1.8): `type` over the range is "None" when
 * no cell has a rule, the rule's type when every cell has the same one,
 * "MixedCriteria" when some cells have a rule and others none, and
 * "Inconsistent" when cells have different rules. Setting `rule` (one rule
 * type; a list rule keeps its source, given as text, and inCellDropDown,
 * other types keep no criteria; the rule replaces the cells' rules, which
 * Excel is not known to do for cells that have one: the port clears first,
 * as Microsoft's samples do), setting
 * `errorAlert` on cells with a rule (showAlert, style, title of at most 32
 * characters, message of at most 255) and clear() are emulated; prompt,
 * ignoreBlanks and `valid` are not.
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
      const type = RULE_TYPES[keys[0]];
      ref.sheet.setValidation(ref.rect, keys[0] === 'list' ? { type, list: listCriteria(rule.list) } : { type });
    });
  }

  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.queueSet('errorAlert', alert, (ref) => {
      const checked = errorAlert(alert);
      this.eachCell(ref, (r, c) => {
        const current = ref.sheet.validationRuleAt(r, c);
        if (current === null) fail('NotEmulated', `an error alert on R${r + 1}C${c + 1}, which has no data validation rule`);
        ref.sheet.setValidation({ row: r, col: c, rows: 1, cols: 1 }, { ...current, errorAlert: checked });
      });
    });
  }

  clear(): void {
    this.queueCall('clear', [], (ref) => ref.sheet.setValidation(ref.rect, null));
  }

  private eachCell(ref: RangeRef, visit: (row: number, col: number) => void): void {
    for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++) {
      for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) visit(r, c);
    }
  }
}
