import type { FillRulesOp, StyleOp } from '../../core/plan/write-ops';

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
}
