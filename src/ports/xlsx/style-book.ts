/**
 * The workbook's styles part (xl/styles.xml) as lists of raw elements. A
 * changed cell style is the cell's own xf with one change, found among the
 * existing xfs or appended; nothing already there is rewritten, so the user's
 * styles keep their indexes and a second run appends nothing.
 */
import { attributes, escapeXml, findAll, findElement, startTag } from './xml';

/** A style change for a cell, as the write ops ask for it. */
export interface StyleChange {
  numFmt?: string;
  bold?: boolean;
  fontSize?: number;
  /** "#RRGGBB" solid fill. */
  fill?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  /** Thin edges to set. */
  edges?: { top?: boolean; bottom?: boolean; left?: boolean; right?: boolean };
  /** Whether the cell is locked when its sheet is protected (cells are, unless set otherwise). */
  locked?: boolean;
}

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '# ?/?': 12,
  '# ??/??': 13, 'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17, 'h:mm AM/PM': 18, 'h:mm:ss AM/PM': 19,
  'h:mm': 20, 'h:mm:ss': 21, 'm/d/yy h:mm': 22, '@': 49,
};

interface Section {
  name: string;
  item: string;
  items: string[];
  changed: boolean;
}

const DEFAULT_STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '<dxfs count="0"/></styleSheet>';

/** Schema order of the styleSheet's children: a missing section is inserted at its place. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** A child element of an xf, a font or a border, kept as raw text with its name. */
interface Child {
  name: string;
  raw: string;
}

function children(xml: string, from: number, to: number): Child[] {
  const out: Child[] = [];
  let at = from;
  for (;;) {
    const open = xml.indexOf('<', at);
    if (open < 0 || open >= to) return out;
    const name = /^<([\w:]+)/.exec(xml.slice(open, open + 64))?.[1];
    if (!name) return out;
    const f = findElement(xml, name, open, to);
    if (!f) return out;
    out.push({ name, raw: xml.slice(f.start, f.end) });
    at = f.end;
  }
}

function parseItem(raw: string, name: string): { attrs: Map<string, string>; kids: Child[] } {
  const f = findElement(raw, name)!;
  return { attrs: attributes(f.tag), kids: f.contentStart === f.end ? [] : children(raw, f.contentStart, f.contentEnd) };
}

function writeItem(name: string, attrs: Map<string, string>, kids: Child[]): string {
  return kids.length === 0 ? startTag(name, attrs, true) : startTag(name, attrs) + kids.map((k) => k.raw).join('') + `</${name}>`;
}

function setChild(kids: Child[], child: Child, before: string[]): void {
  const at = kids.findIndex((k) => k.name === child.name);
  if (at >= 0) {
    kids[at] = child;
    return;
  }
  const next = kids.findIndex((k) => before.includes(k.name));
  if (next < 0) kids.push(child);
  else kids.splice(next, 0, child);
}

export class StyleBook {
  private readonly sections = new Map<string, Section>();
  private readonly numFmts = new Map<string, number>();
  private readonly memo = new Map<string, number>();
  private xml: string;

  constructor(xml: string | null) {
    this.xml = xml ?? DEFAULT_STYLES;
    this.created = xml === null;
    const sectionItems: [string, string][] = [['numFmts', 'numFmt'], ['fonts', 'font'], ['fills', 'fill'], ['borders', 'border'], ['cellXfs', 'xf'], ['dxfs', 'dxf']];
    for (const [name, item] of sectionItems) {
      const found = findElement(this.xml, name);
      const items = found ? findAll(this.xml, item, found.contentStart, found.contentEnd).map((f) => this.xml.slice(f.start, f.end)) : [];
      this.sections.set(name, { name, item, items, changed: false });
    }
    for (const raw of this.section('numFmts').items) {
      const a = attributes(raw);
      this.numFmts.set(a.get('formatCode') ?? '', Number(a.get('numFmtId')));
    }
    if (this.section('cellXfs').items.length === 0) {
      this.section('cellXfs').items.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
      this.section('cellXfs').changed = true;
    }
  }

  /** True when the workbook had no styles part: one must be added. */
  readonly created: boolean;

  private section(name: string): Section {
    return this.sections.get(name)!;
  }

  private findOrAdd(name: string, raw: string): number {
    const s = this.section(name);
    const at = s.items.indexOf(raw);
    if (at >= 0) return at;
    s.items.push(raw);
    s.changed = true;
    return s.items.length - 1;
  }

  /** True when cellXfs[index] shows anything: a number format, a font unlike the default, a fill, a border, alignment. */
  isVisibleStyle(index: number): boolean {
    const raw = this.section('cellXfs').items[index];
    if (index === 0 || raw === undefined) return false;
    const xf = parseItem(raw, 'xf');
    const id = (key: string) => Number(xf.attrs.get(key) ?? 0);
    if (id('numFmtId') !== 0) return true;
    const fonts = this.section('fonts').items;
    if (id('fontId') !== 0 && fonts[id('fontId')] !== fonts[0]) return true;
    const fill = this.section('fills').items[id('fillId')] ?? '';
    if (/patternType="(?!none|gray125)/.test(fill) || fill.includes('<gradientFill')) return true;
    const border = this.section('borders').items[id('borderId')] ?? '';
    if (/style="(?!none)/.test(border)) return true;
    const align = xf.kids.find((k) => k.name === 'alignment');
    return align !== undefined && /(horizontal|vertical|wrapText|textRotation|indent)="(?!general|bottom|0)/.test(align.raw);
  }

  /** True when cellXfs[index] shows its number as a date or time (built-in date formats, or a code with d, m, y, h or s outside quotes). */
  isDateStyle(index: number): boolean {
    let known = this.dateStyles[index];
    if (known !== undefined) return known;
    const raw = this.section('cellXfs').items[index];
    const id = raw === undefined ? 0 : Number(attributes(raw).get('numFmtId') ?? 0);
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
      known = true;
    } else {
      const code = [...this.numFmts.entries()].find(([, n]) => n === id)?.[0] ?? '';
      const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
      known = /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
    }
    this.dateStyles[index] = known;
    return known;
  }

  private readonly dateStyles: boolean[] = [];

  private numFmtId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = Math.max(163, ...this.numFmts.values()) + 1;
    this.numFmts.set(code, id);
    const s = this.section('numFmts');
    s.items.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    s.changed = true;
    return id;
  }

  /** The index of the xf that is cellXfs[index] with the change applied. */
  withChange(index: number, change: StyleChange): number {
    const key = `${index}|${JSON.stringify(change)}`;
    const memo = this.memo.get(key);
    if (memo !== undefined) return memo;
    const xfs = this.section('cellXfs').items;
    const xf = parseItem(xfs[index] ?? xfs[0]!, 'xf');
    const a = xf.attrs;
    if (!a.has('xfId')) a.set('xfId', '0');
    if (change.numFmt !== undefined) {
      a.set('numFmtId', String(this.numFmtId(change.numFmt)));
      a.set('applyNumberFormat', '1');
    }
    if (change.bold !== undefined || change.fontSize !== undefined) {
      a.set('fontId', String(this.changedFont(Number(a.get('fontId') ?? 0), change)));
      a.set('applyFont', '1');
    }
    if (change.fill !== undefined) {
      const rgb = `FF${change.fill.replace('#', '').toUpperCase()}`;
      a.set('fillId', String(this.findOrAdd('fills', `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`)));
      a.set('applyFill', '1');
    }
    if (change.edges) {
      a.set('borderId', String(this.changedBorder(Number(a.get('borderId') ?? 0), change.edges)));
      a.set('applyBorder', '1');
    }
    if (change.wrap !== undefined || change.horizontal !== undefined || change.vertical !== undefined) {
      const old = xf.kids.find((k) => k.name === 'alignment');
      const align = old ? attributes(old.raw) : new Map<string, string>();
      if (change.horizontal !== undefined) align.set('horizontal', change.horizontal);
      if (change.vertical !== undefined) align.set('vertical', change.vertical);
      if (change.wrap !== undefined) align.set('wrapText', change.wrap ? '1' : '0');
      setChild(xf.kids, { name: 'alignment', raw: startTag('alignment', align, true) }, ['protection', 'extLst']);
      a.set('applyAlignment', '1');
    }
    if (change.locked !== undefined) {
      const old = xf.kids.find((k) => k.name === 'protection');
      const protection = old ? attributes(old.raw) : new Map<string, string>();
      protection.set('locked', change.locked ? '1' : '0');
      setChild(xf.kids, { name: 'protection', raw: startTag('protection', protection, true) }, ['extLst']);
      a.set('applyProtection', '1');
    }
    const result = this.findOrAdd('cellXfs', writeItem('xf', a, xf.kids));
    this.memo.set(key, result);
    return result;
  }

  private changedFont(fontId: number, change: StyleChange): number {
    const fonts = this.section('fonts').items;
    const font = parseItem(fonts[fontId] ?? fonts[0] ?? '<font/>', 'font');
    if (change.bold !== undefined) {
      const at = font.kids.findIndex((k) => k.name === 'b');
      if (at >= 0) font.kids.splice(at, 1);
      if (change.bold) font.kids.unshift({ name: 'b', raw: '<b/>' });
    }
    if (change.fontSize !== undefined) {
      setChild(font.kids, { name: 'sz', raw: `<sz val="${change.fontSize}"/>` }, ['color', 'name', 'family', 'charset', 'scheme']);
    }
    return this.findOrAdd('fonts', writeItem('font', font.attrs, font.kids));
  }

  private changedBorder(borderId: number, edges: NonNullable<StyleChange['edges']>): number {
    const borders = this.section('borders').items;
    const border = parseItem(borders[borderId] ?? '<border/>', 'border');
    const sides = ['left', 'right', 'top', 'bottom', 'diagonal'];
    for (const side of sides) {
      if (!border.kids.some((k) => k.name === side)) setChild(border.kids, { name: side, raw: `<${side}/>` }, sides.slice(sides.indexOf(side) + 1));
    }
    for (const side of ['left', 'right', 'top', 'bottom'] as const) {
      if (edges[side]) setChild(border.kids, { name: side, raw: `<${side} style="thin"/>` }, []);
    }
    return this.findOrAdd('borders', writeItem('border', border.attrs, border.kids));
  }

  /** A differential format for a conditional format: solid fill and font colour. */
  dxf(fill: string, font: string): number {
    const rgb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
    return this.findOrAdd('dxfs', `<dxf><font><color rgb="${rgb(font)}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${rgb(fill)}"/></patternFill></fill></dxf>`);
  }

  /** The styles part's new text, or null when nothing was added. */
  serialize(): string | null {
    const changed = [...this.sections.values()].filter((s) => s.changed);
    if (changed.length === 0 && !this.created) return null;
    let xml = this.xml;
    for (const s of changed) {
      const body = `<${s.name} count="${s.items.length}">${s.items.join('')}</${s.name}>`;
      const found = findElement(xml, s.name);
      if (found) {
        xml = xml.slice(0, found.start) + body + xml.slice(found.end);
        continue;
      }
      const later = ORDER.slice(ORDER.indexOf(s.name) + 1).map((n) => findElement(xml, n)).find((f) => f !== null);
      const root = findElement(xml, 'styleSheet')!;
      const at = later ? later.start : root.contentEnd;
      xml = xml.slice(0, at) + body + xml.slice(at);
    }
    return xml;
  }
}
