/**
 * Compares two .xlsx files as OPC zip packages, part by part, on the
 * decompressed bytes (so a different deflate level or zip entry time is not a
 * difference, but any change to a part's content is), and reads the few
 * things the passthrough tests need from the XML: the sheets and the parts
 * they point at, relationships, and the defined names.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

/** Part name (as in the zip, without a leading slash) -> decompressed bytes. */
export type Package = Map<string, Uint8Array>;

export type PartStatus = 'added' | 'removed' | 'changed' | 'identical';

export interface PartDiff {
  part: string;
  status: PartStatus;
}

/** Reads an .xlsx (a zip) into its parts. Throws on a zip with two entries of the same name, which no reader agrees on. */
export function readPackage(source: string | Uint8Array): Package {
  const bytes = typeof source === 'string' ? new Uint8Array(readFileSync(source)) : source;
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const files = unzipSync(bytes, {
    filter: (file) => {
      if (seen.has(file.name)) duplicates.push(file.name);
      seen.add(file.name);
      return true;
    },
  });
  if (duplicates.length > 0) throw new Error(`The package has more than one zip entry named ${duplicates.join(', ')}`);
  const parts: Package = new Map();
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue; // a folder entry, not a part
    parts.set(name, data);
  }
  return parts;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Every part of either package, sorted by name, with what happened to it from `before` to `after`. */
export function diffPackages(before: Package, after: Package): PartDiff[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.map((part) => {
    const a = before.get(part);
    const b = after.get(part);
    const status: PartStatus = a === undefined ? 'added' : b === undefined ? 'removed' : sameBytes(a, b) ? 'identical' : 'changed';
    return { part, status };
  });
}

/** Every part that differs between two .xlsx files, as "part: status" (added, removed, changed); [] for the same package. */
export function changedParts(before: string | Uint8Array, after: string | Uint8Array): string[] {
  return diffPackages(readPackage(before), readPackage(after)).filter((d) => d.status !== 'identical').map((d) => `${d.part}: ${d.status}`);
}

/** The parts of `input` that are not byte-identical in `output` (changed or removed), with their status, sorted by name. */
export function inputPartsNotIdentical(input: Package, output: Package): PartDiff[] {
  return diffPackages(input, output).filter((d) => d.status === 'changed' || d.status === 'removed');
}

/** A part as text (UTF-8); throws when the package has no such part. */
export function partText(pkg: Package, part: string): string {
  const data = pkg.get(part);
  if (data === undefined) throw new Error(`The package has no part ${part}`);
  return strFromU8(data);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces XML's predefined and numeric character references. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref]!;
    return String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}

/** The attributes of one start tag's text (`name="v" other='w'`), values decoded, prefixes kept. */
export function attributes(tagText: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tagText.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out.set(m[1]!, decodeXml(m[3] ?? m[4] ?? ''));
  }
  return out;
}

/** Elements named `local` (any namespace prefix) in `xml`: their attributes and their raw inner text ('' when self-closing). */
export function elements(xml: string, local: string): { attrs: Map<string, string>; inner: string }[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}\\b([^>]*?)(/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}>)`, 'g');
  return [...xml.matchAll(re)].map((m) => ({ attrs: attributes(m[1]!), inner: m[3] ?? '' }));
}

export interface Relationship {
  id: string;
  type: string;
  /** The target part name, resolved against the source part (no leading slash); for an external target, the target as written. */
  target: string;
  external: boolean;
}

/** The relationships part of `part` (xl/workbook.xml -> xl/_rels/workbook.xml.rels; '' for the package's own). */
export function relsPartOf(part: string): string {
  const dir = posix.dirname(part);
  const base = posix.basename(part);
  return part === '' ? '_rels/.rels' : `${dir === '.' ? '' : `${dir}/`}_rels/${base}.rels`;
}

/** The relationships of `part` (none when it has no .rels part). */
export function relationships(pkg: Package, part: string): Relationship[] {
  const rels = relsPartOf(part);
  if (!pkg.has(rels)) return [];
  const from = part === '' ? '' : posix.dirname(part);
  return elements(partText(pkg, rels), 'Relationship').map(({ attrs }) => {
    const target = attrs.get('Target') ?? '';
    const external = attrs.get('TargetMode') === 'External';
    const resolved = external ? target : target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(from === '.' ? '' : from, target));
    return { id: attrs.get('Id') ?? '', type: attrs.get('Type') ?? '', target: resolved, external };
  });
}

/** The workbook part (the package's officeDocument relationship, normally xl/workbook.xml). */
export function workbookPart(pkg: Package): string {
  const doc = relationships(pkg, '').find((r) => r.type.endsWith('/officeDocument'));
  if (!doc) throw new Error('The package has no officeDocument relationship in _rels/.rels');
  return doc.target;
}

export interface SheetEntry {
  name: string;
  /** The worksheet (or chartsheet) part it points at. */
  part: string;
}

/** The sheets of the workbook in tab order, with their parts. */
export function sheets(pkg: Package): SheetEntry[] {
  const wb = workbookPart(pkg);
  const rels = new Map(relationships(pkg, wb).map((r) => [r.id, r.target]));
  return elements(partText(pkg, wb), 'sheet').map(({ attrs }) => {
    const name = attrs.get('name') ?? '';
    const id = [...attrs].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    const part = id === undefined ? undefined : rels.get(id);
    if (part === undefined) throw new Error(`Sheet '${name}' has no relationship ${id ?? '(no r:id)'} in the workbook's rels`);
    return { name, part };
  });
}

/** The worksheet part of the sheet named `name`. */
export function sheetPart(pkg: Package, name: string): string {
  const found = sheets(pkg).find((s) => s.name === name);
  if (!found) throw new Error(`The workbook has no sheet '${name}'; it has ${sheets(pkg).map((s) => `'${s.name}'`).join(', ')}`);
  return found.part;
}

export interface DefinedName {
  name: string;
  /** The sheet it is scoped to (from localSheetId), or null for workbook scope. */
  scope: string | null;
  /** The name's formula text, XML entities decoded. */
  text: string;
  attrs: Map<string, string>;
}

/** The <definedName> elements of the workbook, their scope resolved to a sheet name. */
export function definedNames(pkg: Package): DefinedName[] {
  const names = sheets(pkg).map((s) => s.name);
  return elements(partText(pkg, workbookPart(pkg)), 'definedName').map(({ attrs, inner }) => {
    const local = attrs.get('localSheetId');
    let scope: string | null = null;
    if (local !== undefined) {
      scope = names[Number(local)] ?? null;
      if (scope === null) throw new Error(`Defined name ${attrs.get('name')} has localSheetId ${local}, but the workbook has ${names.length} sheets`);
    }
    return { name: attrs.get('name') ?? '', scope, text: decodeXml(inner), attrs };
  });
}

/** One line for a defined name: `Name [Sheet] = text`. */
export function describeName(n: Pick<DefinedName, 'name' | 'scope' | 'text'>): string {
  return `${n.name}${n.scope === null ? '' : ` [${n.scope}]`} = ${n.text}`;
}

/** An element with its namespace prefix dropped, xmlns declarations left out, whitespace between elements ignored. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The element's own text (entities decoded), '' when it has none. */
  text: string;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
});

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

function toNodes(nodes: OrderedNode[]): XmlNode[] {
  return nodes.flatMap((node): XmlNode[] => {
    const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
    if (name === undefined) return [];
    const content = (node[name] as OrderedNode[] | undefined) ?? [];
    const children = toNodes(content);
    const texts = content.map((c) => c['#text']).filter((t) => t !== undefined).map(String);
    const text = children.length > 0 && texts.every((t) => t.trim() === '') ? '' : texts.join('');
    const attrs = Object.fromEntries(Object.entries(node[':@'] ?? {}).filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:')));
    return [{ name: localName(name), attrs, children, text }];
  });
}

/** Parses an XML part into its root element. */
export function parseXmlPart(xml: string): XmlNode {
  const roots = toNodes(xmlParser.parse(xml) as OrderedNode[]);
  if (roots.length !== 1) throw new Error(`Expected one root element, found ${roots.length}`);
  return roots[0]!;
}

/** A stable one-line form of an element (attributes sorted), for comparing two elements' content. */
export function canonical(node: XmlNode): string {
  const attrs = Object.keys(node.attrs).sort().map((k) => ` ${k}=${JSON.stringify(node.attrs[k])}`).join('');
  return `<${node.name}${attrs}>${node.text === '' ? '' : JSON.stringify(node.text)}${node.children.map(canonical).join('')}</${node.name}>`;
}

/** The same element with xsd:boolean values written one way ("true"/"false" as "1"/"0"), which OOXML readers treat alike. */
export function normalizeBooleans(node: XmlNode): XmlNode {
  const attrs = Object.fromEntries(Object.entries(node.attrs).map(([k, v]) => [k, v === 'true' ? '1' : v === 'false' ? '0' : v]));
  return { ...node, attrs, children: node.children.map(normalizeBooleans) };
}

const childNamed = (node: XmlNode, name: string): XmlNode | undefined => node.children.find((c) => c.name === name);

/** The workbook's shared strings (<si> elements) in index order; none when it has no shared strings part. */
export function sharedStrings(pkg: Package): XmlNode[] {
  const rel = relationships(pkg, workbookPart(pkg)).find((r) => r.type.endsWith('/sharedStrings'));
  if (!rel) return [];
  return parseXmlPart(partText(pkg, rel.target)).children.filter((c) => c.name === 'si');
}

/**
 * Each cell format (cellXfs entry) of the workbook as one string, with its
 * font, fill, border and number format written out instead of their indexes,
 * so that the same look has the same string in two packages whose styles.xml
 * lists things in a different order.
 */
export function cellFormats(pkg: Package): string[] {
  const rel = relationships(pkg, workbookPart(pkg)).find((r) => r.type.endsWith('/styles'));
  if (!rel) return [];
  const styles = normalizeBooleans(parseXmlPart(partText(pkg, rel.target)));
  const list = (name: string): XmlNode[] => childNamed(styles, name)?.children ?? [];
  const numFmts = new Map(list('numFmts').map((n) => [n.attrs.numFmtId, n.attrs.formatCode]));
  const pick = (items: XmlNode[], id: string | undefined): string => (id === undefined ? '' : items[Number(id)] ? canonical(items[Number(id)]!) : `missing #${id}`);
  const fonts = list('fonts');
  const fills = list('fills');
  const borders = list('borders');
  const cellStyleXfs = list('cellStyleXfs');
  return list('cellXfs').map((xf) => {
    const { numFmtId, fontId, fillId, borderId, xfId, ...rest } = xf.attrs;
    const numFmt = numFmtId === undefined ? '' : numFmts.has(numFmtId) ? `code ${JSON.stringify(numFmts.get(numFmtId))}` : `builtin ${numFmtId}`;
    const flags = Object.keys(rest).sort().map((k) => `${k}=${rest[k]}`).join(' ');
    return `numFmt(${numFmt}) font(${pick(fonts, fontId)}) fill(${pick(fills, fillId)}) border(${pick(borders, borderId)}) style(${pick(cellStyleXfs, xfId)}) ${flags} ${xf.children.map(canonical).join('')}`;
  });
}

export interface CellReader {
  strings: XmlNode[];
  formats: string[];
}

export function cellReader(pkg: Package): CellReader {
  return { strings: sharedStrings(pkg), formats: cellFormats(pkg) };
}

/**
 * A worksheet cell as what it holds and how it looks: a shared or inline
 * string as its text runs, a number as its value, the style index as the
 * format it stands for; the formula as written.
 */
export function cellMeaning(cell: XmlNode, reader: CellReader): string {
  const t = cell.attrs.t ?? 'n';
  const f = childNamed(cell, 'f');
  const v = childNamed(cell, 'v');
  let value: string;
  if (t === 's') {
    const si = v === undefined ? undefined : reader.strings[Number(v.text)];
    value = si === undefined ? `missing shared string ${v?.text}` : `string ${si.children.map(canonical).join('')}`;
  } else if (t === 'inlineStr') {
    value = `string ${(childNamed(cell, 'is')?.children ?? []).map(canonical).join('')}`;
  } else if (t === 'n' && v !== undefined && v.text !== '') {
    value = `number ${Number(v.text)}`;
  } else {
    value = `${t} ${v === undefined || v.text === '' ? '(no value)' : JSON.stringify(v.text)}`;
  }
  const style = reader.formats[Number(cell.attrs.s ?? '0')] ?? `missing format #${cell.attrs.s}`;
  const others = Object.keys(cell.attrs).filter((k) => !['r', 's', 't'].includes(k)).sort().map((k) => ` ${k}=${cell.attrs[k]}`).join('');
  const extra = cell.children.filter((c) => !['f', 'v', 'is'].includes(c.name)).map(canonical).join('');
  return `${value}${f ? ` formula ${canonical(f)}` : ''}${others}${extra} format ${style}`;
}
