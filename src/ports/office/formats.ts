import type { BorderOp, FillRulesOp, StyleOp, ValidationOp } from '../../core/plan/write-ops';

/** Office colours are "#RRGGBB" (or colour names, which the core does not use). */
export function officeColor(color: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) throw new RangeError(`not a #RRGGBB colour: ${JSON.stringify(color)}`);
  return color.toUpperCase();
}

/** formula1 of a "cell value equals this text" rule: a quoted string formula. */
export function textEqualsFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/** Replaces the range's conditional formats with one CellValue "equals" format per rule (ExcelApi 1.6). */
export function queueFillRules(target: Excel.Range, rules: FillRulesOp['rules']): void {
  target.conditionalFormats.clearAll();
  for (const rule of rules) {
    const format = target.conditionalFormats.add('CellValue').cellValue;
    format.format.fill.color = officeColor(rule.fill);
    format.format.font.color = officeColor(rule.font);
    format.rule = { formula1: textEqualsFormula(rule.equals), operator: 'EqualTo' };
  }
}

/** Sets only the style properties given. */
export function queueStyle(target: Excel.Range, style: StyleOp['style']): void {
  if (style.bold !== undefined) target.format.font.bold = style.bold;
  if (style.fontSize !== undefined) target.format.font.size = style.fontSize;
  if (style.fill !== undefined) target.format.fill.color = officeColor(style.fill);
  if (style.wrap !== undefined) target.format.wrapText = style.wrap;
  if (style.horizontal !== undefined) target.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) target.format.verticalAlignment = VERTICAL[style.vertical];
  // FormatProtection.locked (ExcelApi 1.2): what stays editable once the sheet is protected.
  if (style.locked !== undefined) target.format.protection.locked = style.locked;
}

/** Excel's limits on a data validation alert's title and message (characters). */
export const ALERT_TITLE_MAX = 32;
export const ALERT_MESSAGE_MAX = 255;

/** What queueListValidation would send that Excel refuses. */
export function checkListValidation(op: ValidationOp): void {
  if (op.list && op.list.source.trim() === '') throw new RangeError(`a list validation on ${op.sheet} without a source`);
  if (op.between && !(op.between.min <= op.between.max)) throw new RangeError(`a validation on ${op.sheet} from ${op.between.min} to ${op.between.max}`);
  if (op.alert.title.length > ALERT_TITLE_MAX) throw new RangeError(`a validation alert title of ${op.alert.title.length} characters`);
  if (op.alert.message.length > ALERT_MESSAGE_MAX) throw new RangeError(`a validation alert message of ${op.alert.message.length} characters`);
}

/**
 * List validation with the in-cell drop-down, or a number between two
 * bounds, with a Stop alert (ExcelApi 1.8).
 * The range's validation is cleared first, as Microsoft's samples do: a rule
 * set over cells that already have one can be refused.
 */
export function queueListValidation(target: Excel.Range, op: ValidationOp): void {
  const validation = target.dataValidation;
  validation.clear();
  if (op.list) validation.rule = { list: { inCellDropDown: true, source: op.list.source } };
  else {
    // DataValidationRule.decimal / wholeNumber (ExcelApi 1.8): a number from min to max.
    const between = { formula1: op.between.min, formula2: op.between.max, operator: 'Between' as Excel.DataValidationOperator };
    validation.rule = op.between.type === 'whole' ? { wholeNumber: between } : { decimal: between };
  }
  validation.errorAlert = { showAlert: true, style: 'Stop', title: op.alert.title, message: op.alert.message };
}

/** Excel.HorizontalAlignment / VerticalAlignment values (ExcelApi 1.1). */
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

type BorderSide = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/**
 * The RangeBorder sides a border op sets on a rows x cols range. Inside lines
 * exist only between rows / columns, so a single row has no InsideHorizontal.
 */
export function borderSides(edges: BorderOp['edges'], rows: number, cols: number): BorderSide[] {
  const sides: BorderSide[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (edges === 'grid' && rows > 1) sides.push('InsideHorizontal');
  if (edges === 'grid' && cols > 1) sides.push('InsideVertical');
  return sides;
}

/** Thin continuous lines on the given sides (RangeBorderCollection.getItem, ExcelApi 1.1); colour stays automatic. */
export function queueBorders(target: Excel.Range, edges: BorderOp['edges'], rows: number, cols: number): void {
  for (const side of borderSides(edges, rows, cols)) {
    const border = target.format.borders.getItem(side);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}
