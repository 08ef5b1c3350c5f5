/**
 * Edits of one worksheet part. The sheet's XML is split into its top-level
 * elements and its rows; only the rows and elements an op touches are
 * rebuilt, everything else is written back as the very text it was read as.
 */
import { isFormulaWrite, isErrorValue, type CellWrite } from '../../core/cells/cell';
import { cellAddress, columnIndex } from '../../core/cells/address';
import { spansMeet, sqrefSpans } from './sqref';
import type { StyleBook, StyleChange } from './style-book';
import { attribute, attributes, escapeXml, findAll, findElement, startTag, tagEnd } from './xml';

/** CT_Worksheet's children in schema order: a new element goes to its place. */
const ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

export const EMPTY_SHEET = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
  + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/></worksheet>';

interface Element {
  name: string;
  raw: string;
}

interface Cell {
  col: number;
  raw: string;
}

interface Row {
  /** 0-based. */
  index: number;
  raw: string;
  /** Set once the row is touched: its start tag and cells. */
  tag?: string;
  cells?: Cell[];
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function decodeRef(ref: string): Rect {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const at = (s: string) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`not a cell reference: ${s}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
  };
  const tl = at(a!);
  const br = at(b!);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

function encodeRect(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

/** The number as the file writes it; a non-finite number is a bug upstream. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`a non-finite number (${n}) was about to be written to a cell`);
  return String(n);
}

function textElement(text: string): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${space}>${escapeXml(text)}</t>`;
}

function styleAttr(s: number): string {
  return s > 0 ? ` s="${s}"` : '';
}

/** A <c> element for a value the core writes (text always as text, never as a formula). */
export function cellXml(ref: string, s: number, value: CellWrite): string | null {
  if (value === null) return s > 0 ? `<c r="${ref}"${styleAttr(s)}/>` : null;
  if (typeof value === 'number') return `<c r="${ref}"${styleAttr(s)}><v>${numberText(value)}</v></c>`;
  if (typeof value === 'string') return `<c r="${ref}"${styleAttr(s)} t="inlineStr"><is>${textElement(value)}</is></c>`;
  const formula = escapeXml(value.formula.startsWith('=') ? value.formula.slice(1) : value.formula);
  const v = value.value;
  if (v === null) return `<c r="${ref}"${styleAttr(s)}><f>${formula}</f></c>`;
  if (typeof v === 'number') return `<c r="${ref}"${styleAttr(s)}><f>${formula}</f><v>${numberText(v)}</v></c>`;
  const t = isErrorValue(v) ? 'e' : 'str';
  return `<c r="${ref}"${styleAttr(s)} t="${t}"><f>${formula}</f><v>${escapeXml(v)}</v></c>`;
}

function cellStyle(raw: string): number {
  const end = raw.indexOf('>');
  return Number(attribute(raw.slice(0, end + 1), 's') ?? 0);
}

function withStyle(raw: string, s: number): string {
  const end = tagEnd(raw, 0);
  const tag = raw.slice(0, end);
  const replaced = / s="\d*"/.test(tag) ? tag.replace(/ s="\d*"/, styleAttr(s))
    : / r="[^"]*"/.test(tag) ? tag.replace(/ r="[^"]*"/, (r) => r + styleAttr(s)) : tag.replace(/^<c/, `<c${styleAttr(s)}`);
  return replaced + raw.slice(end);
}

interface ColRange {
  min: number;
  max: number;
  attrs: Map<string, string>;
}

export class SheetPatch {
  private readonly head: string;
  private readonly tail: string;
  private readonly elements: Element[];
  private rows: Row[] | null = null;
  private sheetDataOpen = '<sheetData>';
  private readonly merges: Rect[];
  private mergesChanged = false;
  private colRanges: ColRange[] | null = null;
  private extent: Rect | null = null;
  private changed = false;
  /** True when a cell that held a formula now holds none (the calculation chain must go). */
  formulaRemoved = false;

  constructor(xml: string, private readonly styles: StyleBook) {
    const root = findElement(xml, 'worksheet');
    if (!root) throw new Error('the sheet part has no <worksheet> element');
    this.head = xml.slice(0, root.contentStart);
    this.tail = xml.slice(root.contentEnd);
    this.elements = [];
    let at = root.contentStart;
    for (;;) {
      const open = xml.indexOf('<', at);
      if (open < 0 || open >= root.contentEnd) break;
      const name = /^<([\w:]+)/.exec(xml.slice(open, open + 64))?.[1];
      if (!name) throw new Error('unreadable element in a sheet part');
      const f = findElement(xml, name, open, root.contentEnd);
      if (!f) throw new Error(`unclosed <${name}> in a sheet part`);
      this.elements.push({ name, raw: xml.slice(open, f.end) });
      at = f.end;
    }
    const merge = this.element('mergeCells');
    this.merges = merge ? findAll(merge.raw, 'mergeCell').map((m) => decodeRef(attribute(m.tag, 'ref') ?? 'A1')) : [];
  }

  private element(name: string): Element | undefined {
    return this.elements.find((e) => e.name === name);
  }

  /** Puts an element in place of the one of that name, or at its place in schema order. */
  private setElement(name: string, raw: string | null): void {
    const at = this.elements.findIndex((e) => e.name === name);
    if (at >= 0) {
      if (raw === null) this.elements.splice(at, 1);
      else if (this.elements[at]!.raw !== raw) this.elements[at] = { name, raw };
      else return;
      this.changed = true;
      return;
    }
    if (raw === null) return;
    const rank = ORDER.indexOf(name);
    const next = this.elements.findIndex((e) => ORDER.indexOf(e.name) > rank);
    if (next < 0) this.elements.push({ name, raw });
    else this.elements.splice(next, 0, { name, raw });
    this.changed = true;
  }

  private loadRows(): Row[] {
    if (this.rows) return this.rows;
    const data = this.element('sheetData');
    const rows: Row[] = [];
    if (data && !data.raw.endsWith('/>')) {
      const open = tagEnd(data.raw, 0);
      this.sheetDataOpen = data.raw.slice(0, open);
      const close = data.raw.lastIndexOf('</');
      let index = -1;
      let at = open;
      for (;;) {
        const f = findElement(data.raw, 'row', at, close);
        if (!f) break;
        const r = attribute(f.tag, 'r');
        index = r !== undefined ? Number(r) - 1 : index + 1;
        rows.push({ index, raw: data.raw.slice(f.start, f.end) });
        at = f.end;
      }
    } else if (data) {
      this.sheetDataOpen = data.raw.replace(/\/>$/, '>');
    }
    this.rows = rows;
    return rows;
  }

  /** The row, parsed into cells (created empty when the sheet has none at that index). */
  private row(index: number): Row {
    const rows = this.loadRows();
    let lo = 0, hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]!.index < index) lo = mid + 1;
      else hi = mid;
    }
    let row = rows[lo];
    if (!row || row.index !== index) {
      row = { index, raw: '', tag: `<row r="${index + 1}">`, cells: [] };
      rows.splice(lo, 0, row);
      return row;
    }
    if (!row.cells) this.parseRow(row);
    return row;
  }

  private parseRow(row: Row): void {
    const end = tagEnd(row.raw, 0);
    let tag = row.raw.slice(0, end);
    // Spans are a hint of the row's first and last cell: they would be wrong once cells are added.
    tag = tag.replace(/ spans="[^"]*"/, '');
    if (!/ r="/.test(tag)) tag = tag.replace(/^<row/, `<row r="${row.index + 1}"`);
    row.tag = tag.endsWith('/>') ? tag.slice(0, -2) + '>' : tag;
    const cells: Cell[] = [];
    if (!row.raw.slice(0, end).endsWith('/>')) {
      const close = row.raw.lastIndexOf('</');
      let col = -1;
      let at = end;
      for (const f of findAll(row.raw, 'c', at, close)) {
        let raw = row.raw.slice(f.start, f.end);
        const r = attribute(f.tag, 'r');
        if (r !== undefined) {
          col = columnIndex(/^[A-Za-z]+/.exec(r)![0]);
        } else {
          col++;
          // Cells without a reference are placed by position: give them one, so an inserted cell cannot shift them.
          raw = raw.replace(/^<c/, `<c r="${cellAddress(row.index, col)}"`);
        }
        cells.push({ col, raw });
        at = f.end;
      }
    }
    row.cells = cells;
  }

  private cellAt(row: Row, col: number): { at: number; cell: Cell | undefined } {
    const cells = row.cells!;
    let lo = 0, hi = cells.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cells[mid]!.col < col) lo = mid + 1;
      else hi = mid;
    }
    const cell = cells[lo];
    return { at: lo, cell: cell && cell.col === col ? cell : undefined };
  }

  private hiddenByMerge(row: number, col: number): boolean {
    return this.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && !(row === m.top && col === m.left));
  }

  /** The style a new cell at (row, col) gets: its row's (customFormat) or its column's, as Excel does. */
  private inheritedStyle(row: Row, col: number): number {
    if (row.tag && / customFormat="(1|true)"/.test(row.tag)) return Number(attribute(row.tag, 's') ?? 0);
    const range = this.cols().find((c) => col + 1 >= c.min && col + 1 <= c.max);
    return Number(range?.attrs.get('style') ?? 0);
  }

  private grow(row: number, col: number): void {
    const e = this.extent;
    this.extent = e
      ? { top: Math.min(e.top, row), left: Math.min(e.left, col), bottom: Math.max(e.bottom, row), right: Math.max(e.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }

  private put(r: number, col: number, make: (s: number, current: Cell | undefined) => string | null): void {
    const row = this.row(r);
    const { at, cell } = this.cellAt(row, col);
    const s = cell ? cellStyle(cell.raw) : this.inheritedStyle(row, col);
    const raw = make(s, cell);
    if (cell && raw === cell.raw) return;
    if (cell && /<f[\s>/]/.test(cell.raw) && !(raw && /<f[\s>/]/.test(raw))) this.formulaRemoved = true;
    this.changed = true;
    if (raw === null) {
      if (cell) row.cells!.splice(at, 1);
      return;
    }
    this.grow(r, col);
    if (cell) cell.raw = raw;
    else row.cells!.splice(at, 0, { col, raw });
  }

  /** A value or formula in a cell, keeping the cell's style; a hidden cell of a merge is left alone. */
  setValue(row: number, col: number, value: CellWrite): void {
    if (this.hiddenByMerge(row, col)) return;
    if (isFormulaWrite(value) && value.formula.length > 8192 + 1) {
      throw new Error(`a formula of ${value.formula.length} characters was about to be written to ${cellAddress(row, col)}`);
    }
    this.put(row, col, (s) => cellXml(cellAddress(row, col), s, value));
  }

  /** One style change for a cell (created when missing, as Excel does for a formatted blank cell). */
  setStyle(row: number, col: number, change: StyleChange): void {
    this.put(row, col, (s, current) => {
      const next = this.styles.withChange(s, change);
      if (current) return next === s ? current.raw : withStyle(current.raw, next);
      return cellXml(cellAddress(row, col), next, null);
    });
  }

  private cols(): ColRange[] {
    if (this.colRanges) return this.colRanges;
    const cols = this.element('cols');
    this.colRanges = cols
      ? findAll(cols.raw, 'col').map((f) => {
        const attrs = attributes(f.tag);
        return { min: Number(attrs.get('min')), max: Number(attrs.get('max')), attrs };
      })
      : [];
    return this.colRanges;
  }

  /** Width of one column (0-based) in character units; a range covering it is split. */
  setColumnWidth(col: number, width: number): void {
    this.setColumnAttributes(col, { width: String(width), customWidth: '1' });
  }

  /**
   * Groups columns col … col + cols − 1 at outline level 1 and collapses the
   * group: each column gets outlineLevel="1" hidden="1", and <sheetFormatPr>
   * outlineLevelCol="1". (No collapsed="1" on the column after the group: that
   * would need a <col> of its own, and one without a width reads as 0 wide in
   * some readers.) Columns already so change nothing.
   */
  groupColumns(col: number, cols: number): void {
    for (let c = col; c < col + cols; c++) this.setColumnAttributes(c, { hidden: '1', outlineLevel: '1' });
    const pr = this.element('sheetFormatPr');
    const attrs = pr ? attributes(pr.raw.slice(0, pr.raw.indexOf('>') + 1)) : new Map([['defaultRowHeight', '15']]);
    if (Number(attrs.get('outlineLevelCol') ?? 0) >= 1) return;
    attrs.set('outlineLevelCol', '1');
    const body = pr && !/\/>$/.test(pr.raw.slice(0, pr.raw.indexOf('>') + 1)) ? pr.raw.slice(pr.raw.indexOf('>') + 1) : null;
    this.setElement('sheetFormatPr', body === null ? startTag('sheetFormatPr', attrs, true) : startTag('sheetFormatPr', attrs) + body);
  }

  /** Sets attributes of one column's <col> (0-based); a range covering it is split, and nothing changes when it has them already. */
  private setColumnAttributes(col: number, wanted: Record<string, string>): void {
    const n = col + 1;
    const ranges = this.cols();
    const at = ranges.findIndex((r) => n >= r.min && n <= r.max);
    if (at >= 0) {
      const r = ranges[at]!;
      if (Object.entries(wanted).every(([k, v]) => r.attrs.get(k) === v)) return;
      const pieces: ColRange[] = [];
      if (r.min < n) pieces.push({ min: r.min, max: n - 1, attrs: new Map(r.attrs) });
      const mine = new Map(r.attrs);
      for (const [k, v] of Object.entries(wanted)) mine.set(k, v);
      pieces.push({ min: n, max: n, attrs: mine });
      if (r.max > n) pieces.push({ min: n + 1, max: r.max, attrs: new Map(r.attrs) });
      ranges.splice(at, 1, ...pieces);
    } else {
      const next = ranges.findIndex((r) => r.min > n);
      const range = { min: n, max: n, attrs: new Map([['min', ''], ['max', ''], ...Object.entries(wanted)]) };
      if (next < 0) ranges.push(range);
      else ranges.splice(next, 0, range);
    }
    this.setElement('cols', `<cols>${ranges.map((r) => {
      r.attrs.set('min', String(r.min));
      r.attrs.set('max', String(r.max));
      return startTag('col', r.attrs, true);
    }).join('')}</cols>`);
  }

  setRowHeight(index: number, height: number): void {
    const row = this.row(index);
    const tag = row.tag!;
    const attrs = attributes(tag);
    if (attrs.get('ht') === String(height) && attrs.get('customHeight') === '1') return;
    attrs.set('ht', String(height));
    attrs.set('customHeight', '1');
    row.tag = startTag('row', attrs);
    this.changed = true;
  }

  /** Merges a rectangle; overlapping merges are undone first; the same merge is left as it is. */
  merge(rect: Rect): void {
    if (rect.top === rect.bottom && rect.left === rect.right) return;
    const overlapping = this.merges.filter((m) => m.top <= rect.bottom && rect.top <= m.bottom && m.left <= rect.right && rect.left <= m.right);
    if (overlapping.length === 1 && encodeRect(overlapping[0]!) === encodeRect(rect)) return;
    for (const m of overlapping) this.merges.splice(this.merges.indexOf(m), 1);
    this.merges.push(rect);
    this.mergesChanged = true;
    this.changed = true;
  }

  /** Replaces the conditional formats on exactly this range (the add-in's) with "cell equals X" fills. */
  setFillRules(rect: Rect, rules: { equals: string; dxfId: number }[]): void {
    const sqref = encodeRect(rect);
    const others = this.elements.filter((e) => e.name === 'conditionalFormatting' && attribute(e.raw.slice(0, tagEnd(e.raw, 0)), 'sqref') !== sqref);
    const taken = new Set(others.flatMap((e) => findAll(e.raw, 'cfRule').map((f) => Number(attribute(f.tag, 'priority') ?? 0))));
    const current = this.elements.find((e) => e.name === 'conditionalFormatting' && !others.includes(e));
    // An earlier run's rules keep their priorities where they still fit, so that a second run changes nothing.
    const first = current ? Math.min(...findAll(current.raw, 'cfRule').map((f) => Number(attribute(f.tag, 'priority') ?? 0))) : NaN;
    const fits = Number.isFinite(first) && first > 0 && rules.every((_, i) => !taken.has(first + i));
    const base = fits ? first - 1 : Math.max(0, ...taken);
    const raw = `<conditionalFormatting sqref="${sqref}">${rules.map((rule, i) =>
      `<cfRule type="cellIs" dxfId="${rule.dxfId}" priority="${base + i + 1}" operator="equal"><formula>${escapeXml(`"${rule.equals.replace(/"/g, '""')}"`)}</formula></cfRule>`).join('')}</conditionalFormatting>`;
    const mine = this.elements.findIndex((e) => e.name === 'conditionalFormatting' && !others.includes(e));
    if (mine >= 0) {
      if (this.elements[mine]!.raw === raw) return;
      this.elements[mine] = { name: 'conditionalFormatting', raw };
      this.changed = true;
      return;
    }
    const after = this.elements.map((e) => ORDER.indexOf(e.name)).findIndex((rank) => rank > ORDER.indexOf('conditionalFormatting'));
    const at = others.length > 0 ? this.elements.indexOf(others[others.length - 1]!) + 1 : after < 0 ? this.elements.length : after;
    this.elements.splice(at, 0, { name: 'conditionalFormatting', raw });
    this.changed = true;
  }

  /**
   * A list validation, or a number between bounds, on exactly this rectangle, merged into the sheet's
   * <dataValidations>: one on the same rectangle (an earlier run's) is
   * replaced, every other one is kept as it is. One covering only part of the
   * rectangle is the user's, and the core plans over none of the user's
   * work, so that is a bug. Blank cells stay allowed; the drop-down shows
   * (OOXML's showDropDown="1" would hide it).
   */
  setValidation(
    rect: Rect,
    rule: { list: string } | { between: { type: 'decimal' | 'whole'; min: number; max: number } },
    alert: { title: string; message: string },
  ): void {
    const sqref = encodeRect(rect);
    const common = `errorStyle="stop" allowBlank="1" showErrorMessage="1" errorTitle="${escapeXml(alert.title)}" error="${escapeXml(alert.message)}" sqref="${sqref}"`;
    let mine: string;
    if ('list' in rule) {
      const formula = rule.list.startsWith('=') ? rule.list.slice(1) : rule.list;
      mine = `<dataValidation type="list" ${common}><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
    } else {
      const { type, min, max } = rule.between;
      mine = `<dataValidation type="${type}" operator="between" ${common}><formula1>${numberText(min)}</formula1><formula2>${numberText(max)}</formula2></dataValidation>`;
    }
    const block = this.element('dataValidations');
    const open = block ? block.raw.slice(0, tagEnd(block.raw, 0)) : '<dataValidations>';
    const items = block && !open.endsWith('/>') ? findAll(block.raw, 'dataValidation', open.length).map((f) => block.raw.slice(f.start, f.end)) : [];
    const sqrefOf = (raw: string) => attribute(raw.slice(0, tagEnd(raw, 0)), 'sqref') ?? '';
    const same = items.findIndex((raw) => sqrefOf(raw).trim() === sqref);
    const clash = items.find((raw, i) => i !== same && sqrefSpans(sqrefOf(raw)).some((span) => spansMeet(span, rect)));
    if (clash) throw new Error(`a list validation on ${sqref} would overlap the sheet's validation on ${sqrefOf(clash)}`);
    if (same >= 0) items[same] = mine;
    else items.push(mine);
    const attrs = attributes(open);
    attrs.set('count', String(items.length));
    this.setElement('dataValidations', `${startTag('dataValidations', attrs)}${items.join('')}</dataValidations>`);
  }

  /**
   * Protects the sheet with no password (<sheetProtection>, Excel's defaults:
   * objects and scenarios too). A sheet already protected keeps its
   * protection as it is, password included.
   */
  protect(): void {
    const current = this.element('sheetProtection');
    if (current && /^(1|true)$/.test(attribute(current.raw.slice(0, tagEnd(current.raw, 0)), 'sheet') ?? '')) return;
    this.setElement('sheetProtection', '<sheetProtection sheet="1" objects="1" scenarios="1"/>');
  }

  /** Print layout: A4 portrait fitted one page wide, margins, header and footer, gridlines hidden, row breaks. */
  setPageLayout(layout: {
    margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
    header: string | null;
    footer: string | null;
    breaksBefore: number[];
    /** 1: one page tall too; 0: as many pages as needed. */
    pagesTall: number;
  }): void {
    const pr = this.element('sheetPr');
    const prBody = pr && !pr.raw.endsWith('/>') ? pr.raw.slice(tagEnd(pr.raw, 0), pr.raw.lastIndexOf('</')) : '';
    const prTag = pr ? pr.raw.slice(0, tagEnd(pr.raw, 0)).replace(/\/>$/, '>') : '<sheetPr>';
    const fit = /<pageSetUpPr[^>]*>/.exec(prBody);
    const fitTag = fit ? startTag('pageSetUpPr', new Map([...attributes(fit[0]), ['fitToPage', '1']]), true) : '<pageSetUpPr fitToPage="1"/>';
    this.setElement('sheetPr', `${prTag}${fit ? prBody.replace(fit[0], fitTag) : prBody + fitTag}</sheetPr>`);

    const views = this.element('sheetViews');
    if (views) {
      this.setElement('sheetViews', views.raw.replace(/<sheetView\b[^>]*?(\/?)>/g, (tag: string, close: string) => {
        const attrs = attributes(tag);
        attrs.set('showGridLines', '0');
        return startTag('sheetView', attrs, close === '/');
      }));
    } else {
      this.setElement('sheetViews', '<sheetViews><sheetView showGridLines="0" workbookViewId="0"/></sheetViews>');
    }
    const m = layout.margins;
    this.setElement('pageMargins', `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`);
    const setup = this.element('pageSetup');
    const attrs = setup ? attributes(setup.raw) : new Map<string, string>();
    for (const k of ['scale', 'firstPageNumber', 'useFirstPageNumber']) attrs.delete(k);
    attrs.set('paperSize', '9');
    attrs.set('orientation', 'portrait');
    attrs.set('fitToWidth', '1');
    attrs.set('fitToHeight', String(layout.pagesTall));
    this.setElement('pageSetup', startTag('pageSetup', attrs, true));
    const hf = (name: string, text: string | null) => (text ? `<${name}>${escapeXml(text)}</${name}>` : '');
    const body = hf('oddHeader', layout.header) + hf('oddFooter', layout.footer);
    this.setElement('headerFooter', body ? `<headerFooter differentOddEven="0" differentFirst="0">${body}</headerFooter>` : null);
    const rows = [...new Set(layout.breaksBefore)].filter((r) => r > 0).sort((a, b) => a - b);
    this.setElement('rowBreaks', rows.length === 0 ? null
      : `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${rows.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`);
  }

  /**
   * Writes the sheet's XML piece by piece (a large sheet's text passes the
   * longest string a JavaScript engine holds); false, writing nothing, when
   * no op changed it. The patch is spent afterwards.
   */
  serializeTo(write: (text: string) => void): boolean {
    if (!this.changed) return false;
    if (this.rows && !this.element('sheetData')) this.setElement('sheetData', '<sheetData/>');
    if (this.mergesChanged) {
      const sorted = [...this.merges];
      this.setElement('mergeCells', sorted.length === 0 ? null
        : `<mergeCells count="${sorted.length}">${sorted.map((m) => `<mergeCell ref="${encodeRect(m)}"/>`).join('')}</mergeCells>`);
    }
    if (this.extent) {
      const dim = this.element('dimension');
      const old = dim ? attribute(dim.raw, 'ref') : undefined;
      const e = this.extent;
      const o = old ? decodeRef(old) : null;
      const ref = o ? { top: Math.min(o.top, e.top), left: Math.min(o.left, e.left), bottom: Math.max(o.bottom, e.bottom), right: Math.max(o.right, e.right) } : e;
      this.setElement('dimension', `<dimension ref="${encodeRect(ref)}"/>`);
    }
    write(this.head);
    for (const e of this.elements) {
      if (e.name !== 'sheetData' || this.rows === null) {
        write(e.raw);
        continue;
      }
      let any = false;
      for (const row of this.rows) {
        let text: string | null = null;
        if (!row.cells) text = row.raw;
        else if (row.cells.length > 0) text = row.tag!;
        else if (/ (ht|s|hidden|outlineLevel|customFormat)="/.test(row.tag!)) text = row.tag!.replace(/>$/, '/>');
        if (text === null) continue;
        if (!any) write(this.sheetDataOpen);
        any = true;
        write(text);
        if (row.cells && row.cells.length > 0) {
          for (const c of row.cells) write(c.raw);
          write('</row>');
        }
      }
      write(any ? '</sheetData>' : '<sheetData/>');
    }
    write(this.tail);
    this.rows = null;
    return true;
  }
}
