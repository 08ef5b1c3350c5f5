import { fail } from '../errors';
import { checkColor } from '../input';
import { type CellStyle, DEFAULT_COLUMN_WIDTH_POINTS, DEFAULT_ROW_HEIGHT_POINTS, MAX_ROW_HEIGHT_POINTS } from '../sheet-model';
import type { DoubleContext } from '../context';
import { RangeBorderCollectionDouble } from './borders';
import { ClientObjectDouble } from './client-object';
import type { RangeRef } from './range';

type StyleKey = keyof CellStyle;

/** A property of the whole range: its value when every cell agrees, else null (as Office reports). */
function uniform(ref: RangeRef, value: (row: number, col: number) => unknown): unknown {
  const seen = new Set<unknown>();
  for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++) {
    for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) seen.add(value(r, c));
  }
  return seen.size === 1 ? [...seen][0] : null;
}

function checkBoolean(value: unknown): boolean {
  return typeof value === 'boolean' ? value : fail('InvalidArgument', `${JSON.stringify(value)} is not a boolean`);
}

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

function oneOf(allowed: string[], what: string): (value: unknown) => string {
  return (value) => (typeof value === 'string' && allowed.includes(value) ? value : fail('InvalidArgument', `${what} ${JSON.stringify(value)}`));
}

function checkFontSize(value: unknown): number {
  const ok = typeof value === 'number' && value >= 1 && value <= 409;
  return ok ? value : fail('InvalidArgument', `font size ${JSON.stringify(value)}`);
}

/** Range.format.font / .fill: cell styles named by their Office property. */
class StylePartDouble extends ClientObjectDouble<RangeRef> {
  constructor(context: DoubleContext, derive: () => RangeRef | null, private readonly keys: Record<string, StyleKey>) {
    super(context, { kind: 'nav', derive });
  }

  protected read(ref: RangeRef, name: string): unknown {
    const key = this.keys[name] ?? this.unknown(name);
    return uniform(ref, (r, c) => ref.sheet.styleAt(r, c, key));
  }

  protected setStyle<K extends StyleKey>(name: string, key: K, value: unknown, check: (v: unknown) => Required<CellStyle>[K]): void {
    this.queueSet(name, value, (ref) => ref.sheet.setStyle(ref.rect, key, check(value)));
  }
}

const UNDERLINES = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'];

function checkFontName(value: unknown): string {
  const ok = typeof value === 'string' && value.length > 0 && value.length <= 31;
  return ok ? value : fail('InvalidArgument', `font name ${JSON.stringify(value)}`);
}

/** Range.format.font: bold, size, name, color, italic and underline. */
export class RangeFontDouble extends StylePartDouble {
  constructor(context: DoubleContext, derive: () => RangeRef | null) {
    super(context, derive, { bold: 'bold', size: 'fontSize', name: 'fontName', color: 'fontColor', italic: 'italic', underline: 'underline' });
  }

  get bold(): boolean { return this.prop('bold'); }
  set bold(value: boolean) { this.setStyle('bold', 'bold', value, checkBoolean); }
  get size(): number { return this.prop('size'); }
  set size(value: number) { this.setStyle('size', 'fontSize', value, checkFontSize); }
  get name(): string { return this.prop('name'); }
  set name(value: string) { this.setStyle('name', 'fontName', value, checkFontName); }
  get color(): string { return this.prop('color'); }
  set color(value: string) { this.setStyle('color', 'fontColor', value, checkColor); }
  get italic(): boolean { return this.prop('italic'); }
  set italic(value: boolean) { this.setStyle('italic', 'italic', value, checkBoolean); }
  get underline(): string { return this.prop('underline'); }
  set underline(value: string) { this.setStyle('underline', 'underline', value, oneOf(UNDERLINES, 'underline')); }
}

export class RangeFillDouble extends StylePartDouble {
  constructor(context: DoubleContext, derive: () => RangeRef | null) {
    super(context, derive, { color: 'fill' });
  }

  get color(): string { return this.prop('color'); }
  set color(value: string) { this.setStyle('color', 'fill', value, checkColor); }
}

/** Range.format.protection (ExcelApi 1.2): `locked`, what protecting the sheet leaves editable (formulaHidden is not emulated). */
export class FormatProtectionDouble extends StylePartDouble {
  constructor(context: DoubleContext, derive: () => RangeRef | null) {
    super(context, derive, { locked: 'locked' });
  }

  get locked(): boolean { return this.prop('locked'); }
  set locked(value: boolean) { this.setStyle('locked', 'locked', value, checkBoolean); }
}

/**
 * Range.format: columnWidth and rowHeight (points), wrapText, horizontal and
 * vertical alignment, font (bold, size, name, color, italic, underline),
 * fill.color, borders, protection.locked.
 */
export class RangeFormatDouble extends ClientObjectDouble<RangeRef> {
  readonly font: RangeFontDouble;
  readonly fill: RangeFillDouble;
  readonly borders: RangeBorderCollectionDouble;
  readonly protection: FormatProtectionDouble;

  constructor(context: DoubleContext, derive: () => RangeRef | null) {
    super(context, { kind: 'nav', derive });
    this.font = new RangeFontDouble(context, derive);
    this.fill = new RangeFillDouble(context, derive);
    this.borders = new RangeBorderCollectionDouble(context, derive);
    this.protection = new FormatProtectionDouble(context, derive);
  }

  protected read(ref: RangeRef, name: string): unknown {
    if (name === 'wrapText') return uniform(ref, (r, c) => ref.sheet.styleAt(r, c, 'wrap'));
    if (name === 'horizontalAlignment') return uniform(ref, (r, c) => ref.sheet.styleAt(r, c, 'horizontal'));
    if (name === 'verticalAlignment') return uniform(ref, (r, c) => ref.sheet.styleAt(r, c, 'vertical'));
    if (name === 'rowHeight') {
      const heights = new Set<number>();
      for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++) heights.add(ref.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT_POINTS);
      return heights.size === 1 ? [...heights][0] : null;
    }
    if (name !== 'columnWidth') return this.unknown(name);
    const widths = new Set<number>();
    for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) {
      widths.add(ref.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_POINTS);
    }
    return widths.size === 1 ? [...widths][0] : null;
  }

  get columnWidth(): number { return this.prop('columnWidth'); }

  set columnWidth(points: number) {
    this.queueSet('columnWidth', points, (ref) => {
      if (typeof points !== 'number' || !Number.isFinite(points) || points < 0) fail('InvalidArgument', `column width ${points}`);
      for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) ref.sheet.columnWidths.set(c, points);
    });
  }

  get wrapText(): boolean { return this.prop('wrapText'); }

  set wrapText(value: boolean) {
    this.queueSet('wrapText', value, (ref) => ref.sheet.setStyle(ref.rect, 'wrap', checkBoolean(value)));
  }

  get horizontalAlignment(): string { return this.prop('horizontalAlignment'); }

  set horizontalAlignment(value: string) {
    this.queueSet('horizontalAlignment', value, (ref) => ref.sheet.setStyle(ref.rect, 'horizontal', oneOf(HORIZONTAL, 'horizontal alignment')(value)));
  }

  get verticalAlignment(): string { return this.prop('verticalAlignment'); }

  set verticalAlignment(value: string) {
    this.queueSet('verticalAlignment', value, (ref) => ref.sheet.setStyle(ref.rect, 'vertical', oneOf(VERTICAL, 'vertical alignment')(value)));
  }

  get rowHeight(): number { return this.prop('rowHeight'); }

  set rowHeight(points: number) {
    this.queueSet('rowHeight', points, (ref) => {
      const ok = typeof points === 'number' && Number.isFinite(points) && points >= 0 && points <= MAX_ROW_HEIGHT_POINTS;
      if (!ok) fail('InvalidArgument', `row height ${points}`);
      for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++) ref.sheet.rowHeights.set(r, points);
    });
  }
}
