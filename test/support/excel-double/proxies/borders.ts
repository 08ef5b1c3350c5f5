import { fail } from '../errors';
import { checkColor } from '../input';
import type { BorderModel, CellSide } from '../sheet-model';
import type { DoubleContext } from '../context';
import { ClientObjectDouble } from './client-object';
import type { RangeRef } from './range';

const LINE_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];
const SIDES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

interface BorderRef {
  ref: RangeRef;
  index: string;
}

interface CellEdge {
  row: number;
  col: number;
  side: CellSide;
}

/**
 * The cell edges a RangeBorder stands for. Excel keeps borders per cell, so
 * an inside line sets the edges of the cells on both sides of it.
 */
function cellEdges({ ref, index }: BorderRef): CellEdge[] {
  const { row, col, rows, cols } = ref.rect;
  const edges: CellEdge[] = [];
  const across = (r: number, side: CellSide): void => {
    for (let c = col; c < col + cols; c++) edges.push({ row: r, col: c, side });
  };
  const down = (c: number, side: CellSide): void => {
    for (let r = row; r < row + rows; r++) edges.push({ row: r, col: c, side });
  };
  switch (index) {
    case 'EdgeTop': across(row, 'top'); break;
    case 'EdgeBottom': across(row + rows - 1, 'bottom'); break;
    case 'EdgeLeft': down(col, 'left'); break;
    case 'EdgeRight': down(col + cols - 1, 'right'); break;
    case 'InsideHorizontal':
      for (let r = row; r < row + rows - 1; r++) {
        across(r, 'bottom');
        across(r + 1, 'top');
      }
      break;
    case 'InsideVertical':
      for (let c = col; c < col + cols - 1; c++) {
        down(c, 'right');
        down(c + 1, 'left');
      }
      break;
    default: fail('NotEmulated', `border ${index}`);
  }
  if (edges.length === 0) fail('NotEmulated', `${index} of a range without inside lines`);
  return edges;
}

/** One side of a range's borders: style, weight and colour of every cell edge on it (null when they differ). */
export class RangeBorderDouble extends ClientObjectDouble<BorderRef> {
  protected read(border: BorderRef, name: string): unknown {
    if (name === 'sideIndex') return border.index;
    if (name !== 'style' && name !== 'weight' && name !== 'color') return this.unknown(name);
    const seen = new Set(cellEdges(border).map((e) => border.ref.sheet.borderAt(e.row, e.col, e.side)[name]));
    return seen.size === 1 ? [...seen][0] : null;
  }

  get sideIndex(): string { return this.prop('sideIndex'); }
  get style(): string { return this.prop('style'); }
  get weight(): string { return this.prop('weight'); }
  get color(): string { return this.prop('color'); }

  set style(style: string) {
    this.change('style', style, () => (LINE_STYLES.includes(style) ? style : fail('InvalidArgument', `border style ${JSON.stringify(style)}`)));
  }

  set weight(weight: string) {
    this.change('weight', weight, () => (WEIGHTS.includes(weight) ? weight : fail('InvalidArgument', `border weight ${JSON.stringify(weight)}`)));
  }

  set color(color: string) {
    this.change('color', color, () => checkColor(color));
  }

  /** Weight or colour of an edge without a line: whether Excel then draws one is not emulated. */
  private change(name: keyof BorderModel, value: string, check: () => string): void {
    this.queueSet(name, value, (border) => {
      const checked = check();
      const edges = cellEdges(border);
      const { sheet } = border.ref;
      if (name !== 'style' && edges.some((e) => sheet.borderAt(e.row, e.col, e.side).style === 'None')) {
        fail('NotEmulated', `setting a border's ${name} before its style`);
      }
      for (const e of edges) sheet.setBorder(e.row, e.col, e.side, { [name]: checked });
    });
  }
}

/** Range.format.borders: getItem(side) only. */
export class RangeBorderCollectionDouble extends ClientObjectDouble<RangeRef> {
  constructor(context: DoubleContext, derive: () => RangeRef | null) {
    super(context, { kind: 'nav', derive });
  }

  protected read(_ref: RangeRef, name: string): unknown {
    return this.unknown(name);
  }

  getItem(index: string): RangeBorderDouble {
    if (!SIDES.includes(index)) fail('InvalidArgument', `border index ${JSON.stringify(index)}`);
    return new RangeBorderDouble(this.context, {
      kind: 'nav',
      derive: () => {
        const ref = this.entityOrNull();
        return ref && { ref, index };
      },
    });
  }
}
