import { type Rect, parseAddress } from '../a1';
import { fail } from '../errors';
import { type HeaderFooterModel, MAX_HORIZONTAL_PAGE_BREAKS, PAPER_TYPES, POINTS_PER_INCH, type PageModel, type ZoomModel } from '../page-model';
import type { SheetModel } from '../sheet-model';
import type { DoubleContext } from '../context';
import { ClientObjectDouble } from './client-object';
import { RangeDouble } from './range';

type SheetDerive = () => SheetModel | null;

/** What zoom takes, as Excel.PageLayoutZoomOptions (null where Office reports "not used"). */
export interface ZoomOptions {
  scale?: number | null;
  horizontalFitToPages?: number | null;
  verticalFitToPages?: number | null;
}

const MARGINS = ['topMargin', 'bottomMargin', 'leftMargin', 'rightMargin', 'headerMargin', 'footerMargin'] as const;
const MARGIN_OPTIONS: Record<string, (typeof MARGINS)[number]> = {
  top: 'topMargin', bottom: 'bottomMargin', left: 'leftMargin', right: 'rightMargin', header: 'headerMargin', footer: 'footerMargin',
};
const UNITS: Record<string, number> = { Points: 1, Inches: POINTS_PER_INCH, Centimeters: POINTS_PER_INCH / 2.54 };
const HEADER_FOOTER_STATES = ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'];
const HEADER_FOOTER_PARTS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isSet = (v: unknown): boolean => v !== undefined && v !== null;

/**
 * PageLayout.zoom, set as a whole object: a scale (10-400) or pages wide and
 * tall (0 = as many as needed). Giving only one of the two page counts, or a
 * scale with them, is not emulated (office-js#1860 reports a lone
 * horizontalFitToPages not taking effect).
 */
function checkZoom(zoom: unknown): ZoomModel {
  if (zoom === null || typeof zoom !== 'object') fail('InvalidArgument', `zoom ${JSON.stringify(zoom)}`);
  const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = zoom as Record<string, unknown>;
  if (isSet(wide) || isSet(tall)) {
    if (isSet(scale)) fail('NotEmulated', 'zoom with both a scale and pages to fit');
    if (!isSet(wide) || !isSet(tall)) fail('NotEmulated', 'zoom with only one of horizontalFitToPages and verticalFitToPages');
    if (!isCount(wide) || !isCount(tall) || wide + tall === 0) fail('InvalidArgument', `zoom ${JSON.stringify(zoom)}`);
    return { horizontalFitToPages: wide, verticalFitToPages: tall };
  }
  if (typeof scale !== 'number' || scale < 10 || scale > 400) fail('InvalidArgument', `zoom ${JSON.stringify(zoom)}`);
  return { scale };
}

function checkString(what: string, value: unknown): string {
  return typeof value === 'string' ? value : fail('InvalidArgument', `${what} ${JSON.stringify(value)}`);
}

/** headersFooters.defaultForAllPages: the six header and footer strings, stored as given (codes such as &P are kept). */
export class HeaderFooterDouble extends ClientObjectDouble<SheetModel> {
  constructor(context: DoubleContext, derive: SheetDerive) {
    super(context, { kind: 'nav', derive });
  }

  protected read(sheet: SheetModel, name: string): unknown {
    return (HEADER_FOOTER_PARTS as readonly string[]).includes(name) ? sheet.page.defaultForAllPages[name as keyof HeaderFooterModel] : this.unknown(name);
  }

  private setPart(part: keyof HeaderFooterModel, value: string): void {
    this.queueSet(part, value, (sheet) => { sheet.page.defaultForAllPages[part] = checkString(part, value); });
  }

  get leftHeader(): string { return this.prop('leftHeader'); }
  set leftHeader(value: string) { this.setPart('leftHeader', value); }
  get centerHeader(): string { return this.prop('centerHeader'); }
  set centerHeader(value: string) { this.setPart('centerHeader', value); }
  get rightHeader(): string { return this.prop('rightHeader'); }
  set rightHeader(value: string) { this.setPart('rightHeader', value); }
  get leftFooter(): string { return this.prop('leftFooter'); }
  set leftFooter(value: string) { this.setPart('leftFooter', value); }
  get centerFooter(): string { return this.prop('centerFooter'); }
  set centerFooter(value: string) { this.setPart('centerFooter', value); }
  get rightFooter(): string { return this.prop('rightFooter'); }
  set rightFooter(value: string) { this.setPart('rightFooter', value); }
}

/** PageLayout.headersFooters: state and defaultForAllPages (firstPage, oddPages, evenPages are not emulated). */
export class HeaderFooterGroupDouble extends ClientObjectDouble<SheetModel> {
  readonly defaultForAllPages: HeaderFooterDouble;

  constructor(context: DoubleContext, derive: SheetDerive) {
    super(context, { kind: 'nav', derive });
    this.defaultForAllPages = new HeaderFooterDouble(context, derive);
  }

  protected read(sheet: SheetModel, name: string): unknown {
    return name === 'state' ? sheet.page.headerFooterState : this.unknown(name);
  }

  get state(): string { return this.prop('state'); }

  set state(state: string) {
    this.queueSet('state', state, (sheet) => {
      if (!HEADER_FOOTER_STATES.includes(state)) fail('InvalidArgument', `header/footer state ${JSON.stringify(state)}`);
      sheet.page.headerFooterState = state;
    });
  }
}

/**
 * Worksheet.pageLayout: paper size, orientation, zoom, gridline printing and
 * margins (points) load and set; setPrintMargins and setPrintArea (one A1
 * range on this sheet, or a Range proxy) set. Print titles, centring and the
 * getPrintArea* methods are not emulated.
 */
export class PageLayoutDouble extends ClientObjectDouble<SheetModel> {
  readonly headersFooters: HeaderFooterGroupDouble;

  constructor(context: DoubleContext, derive: SheetDerive) {
    super(context, { kind: 'nav', derive });
    this.headersFooters = new HeaderFooterGroupDouble(context, derive);
  }

  protected read(sheet: SheetModel, name: string): unknown {
    const page = sheet.page;
    switch (name) {
      case 'paperSize': return page.paperSize;
      case 'orientation': return page.orientation;
      case 'zoom': return { ...page.zoom };
      case 'printGridlines': return page.printGridlines;
      default:
        return (MARGINS as readonly string[]).includes(name) ? page[name as (typeof MARGINS)[number]] : this.unknown(name);
    }
  }

  get paperSize(): string { return this.prop('paperSize'); }
  get orientation(): string { return this.prop('orientation'); }
  get zoom(): ZoomOptions { return this.prop('zoom'); }
  get printGridlines(): boolean { return this.prop('printGridlines'); }
  get topMargin(): number { return this.prop('topMargin'); }
  get bottomMargin(): number { return this.prop('bottomMargin'); }
  get leftMargin(): number { return this.prop('leftMargin'); }
  get rightMargin(): number { return this.prop('rightMargin'); }
  get headerMargin(): number { return this.prop('headerMargin'); }
  get footerMargin(): number { return this.prop('footerMargin'); }

  private change<K extends keyof PageModel>(name: K, value: unknown, check: () => PageModel[K]): void {
    this.queueSet(name, value, (sheet) => { sheet.page[name] = check(); });
  }

  set paperSize(size: string) {
    this.change('paperSize', size, () => (PAPER_TYPES.includes(size) ? size : fail('InvalidArgument', `paper size ${JSON.stringify(size)}`)));
  }

  set orientation(orientation: string) {
    this.change('orientation', orientation, () =>
      (orientation === 'Portrait' || orientation === 'Landscape' ? orientation : fail('InvalidArgument', `orientation ${JSON.stringify(orientation)}`)));
  }

  set zoom(zoom: ZoomOptions) {
    this.change('zoom', zoom, () => checkZoom(zoom));
  }

  set printGridlines(value: boolean) {
    this.change('printGridlines', value, () => (typeof value === 'boolean' ? value : fail('InvalidArgument', `printGridlines ${value}`)));
  }

  /** Margins not given stay as they are. */
  setPrintMargins(unit: string, options: Record<string, number>): void {
    this.queueCall('setPrintMargins', [unit, options], (sheet) => {
      const factor = UNITS[unit] ?? fail('InvalidArgument', `margin unit ${JSON.stringify(unit)}`);
      const changes = Object.entries(options ?? {}).map(([key, value]) => {
        const name = MARGIN_OPTIONS[key] ?? fail('InvalidArgument', `margin ${JSON.stringify(key)}`);
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail('InvalidArgument', `margin ${key} ${value}`);
        return [name, value * factor] as const;
      });
      for (const [name, points] of changes) sheet.page[name] = points;
    });
  }

  setPrintArea(area: string | RangeDouble): void {
    this.queueCall('setPrintArea', [typeof area === 'string' ? area : { range: area.id }], (sheet) => {
      sheet.page.printArea = { ...rectOn(sheet, area, 'print area') };
    });
  }
}

/** A Range proxy on this sheet, or one A1 range without a sheet name. */
function rectOn(sheet: SheetModel, area: string | RangeDouble, what: string): Rect {
  if (area instanceof RangeDouble) {
    const ref = area.entity();
    if (ref.sheet !== sheet) fail('NotEmulated', `a ${what} on another sheet`);
    return ref.rect;
  }
  if (typeof area !== 'string') fail('InvalidArgument', `${what} ${JSON.stringify(area)}`);
  if (area.includes('!') || area.includes(',')) fail('NotEmulated', `${what} "${area}": one A1 range on the sheet itself only`);
  return parseAddress(area);
}

/** A manual page break: rowIndex and columnIndex of the cell after it. */
export class PageBreakDouble extends ClientObjectDouble<{ row: number; col: number }> {
  protected read(entry: { row: number; col: number }, name: string): unknown {
    if (name === 'rowIndex') return entry.row;
    if (name === 'columnIndex') return entry.col;
    return this.unknown(name);
  }

  get rowIndex(): number { return this.prop('rowIndex'); }
  get columnIndex(): number { return this.prop('columnIndex'); }
}

/**
 * Worksheet.horizontalPageBreaks: manual breaks only. add() puts a break
 * above the range's top-left cell; a second break on the same row, a break
 * above row 1 and more than 1,026 breaks are not emulated.
 */
export class PageBreakCollectionDouble extends ClientObjectDouble<SheetModel> {
  constructor(context: DoubleContext, derive: SheetDerive) {
    super(context, { kind: 'nav', derive });
  }

  protected read(_sheet: SheetModel, name: string): unknown {
    return this.unknown(name);
  }

  add(pageBreakRange: string | RangeDouble): PageBreakDouble {
    return new PageBreakDouble(this.context, {
      kind: 'method', parent: this, method: 'add', args: [typeof pageBreakRange === 'string' ? pageBreakRange : { range: pageBreakRange.id }],
      resolve: () => {
        const sheet = this.entity();
        const { row, col } = rectOn(sheet, pageBreakRange, 'page break');
        if (row === 0) fail('NotEmulated', 'a page break above row 1');
        if (sheet.pageBreaks.some((b) => b.row === row)) fail('NotEmulated', `a second page break above row ${row + 1}`);
        if (sheet.pageBreaks.length >= MAX_HORIZONTAL_PAGE_BREAKS) fail('NotEmulated', `more than ${MAX_HORIZONTAL_PAGE_BREAKS} page breaks`);
        const entry = { row, col };
        sheet.pageBreaks.push(entry);
        return entry;
      },
    });
  }

  removePageBreaks(): void {
    this.queueCall('removePageBreaks', [], (sheet) => { sheet.pageBreaks.splice(0); });
  }
}
