import { fail } from '../errors';
import { checkColor } from '../input';
import { type CellStyle, DEFAULT_COLUMN_WIDTH_POINTS } from '../sheet-model';
import type { DoubleContext } from '../context';
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

export class RangeFontDouble extends StylePartDouble {
  constructor(context: DoubleContext, derive: () => RangeRef | null) {
    super(context, derive, { bold: 'bold', size: 'fontSize' });
  }

  get bold(): boolean { return this.prop('bold'); }
  set bold(value: boolean) { this.setStyle('bold', 'bold', value, checkBoolean); }
  get size(): number { return this.prop('size'); }
  set size(value: number) { this.setStyle('size', 'fontSize', value, checkFontSize); }
}

export class RangeFillDouble extends StylePartDouble {
  constructor(context: DoubleContext, derive: () => RangeRef | null) {
    super(context, derive, { color: 'fill' });
  }

  get color(): string { return this.prop('color'); }
  set color(value: string) { this.setStyle('color', 'fill', value, checkColor); }
}

/** Range.format: columnWidth (points), wrapText, font.bold/size, fill.color. */
export class RangeFormatDouble extends ClientObjectDouble<RangeRef> {
  readonly font: RangeFontDouble;
  readonly fill: RangeFillDouble;

  constructor(context: DoubleContext, derive: () => RangeRef | null) {
    super(context, { kind: 'nav', derive });
    this.font = new RangeFontDouble(context, derive);
    this.fill = new RangeFillDouble(context, derive);
  }

  protected read(ref: RangeRef, name: string): unknown {
    if (name === 'wrapText') return uniform(ref, (r, c) => ref.sheet.styleAt(r, c, 'wrap'));
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
}
