/**
 * An Open Packaging Conventions package (the zip of an .xlsx) as parts: read
 * a part's bytes or text, replace it, add or remove one. At save time every
 * part nobody replaced is copied byte for byte.
 */
import { entryData, PORTABLE_CODEC, readZip, writeZip, type OutPart, type ZipCodec, type ZipEntry } from './zip';
import { attribute, escapeXml, findAll, findElement } from './xml';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name without a leading slash, resolved against the source part. */
  target: string;
  external: boolean;
}

/** Part name ("xl/worksheets/sheet1.xml") of a relationship target seen from `source`. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = source.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') base.pop();
    else if (piece !== '.' && piece !== '') base.push(piece);
  }
  return base.join('/');
}

/** The relationships part of a part: xl/workbook.xml -> xl/_rels/workbook.xml.rels. */
export function relsName(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relative target from `source`'s folder to `part` (both in the same tree). */
function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export class OpcPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly order: string[] = [];
  private readonly replaced = new Map<string, Uint8Array>();
  private readonly removed = new Set<string>();
  private readonly texts = new Map<string, string>();

  constructor(bytes: Uint8Array, private readonly codec: ZipCodec = PORTABLE_CODEC) {
    for (const entry of readZip(bytes)) {
      this.entries.set(entry.name, entry);
      this.order.push(entry.name);
    }
  }

  has(part: string): boolean {
    return !this.removed.has(part) && (this.replaced.has(part) || this.entries.has(part));
  }

  /** Every part, in archive order (new parts last). */
  parts(): string[] {
    return [...this.order, ...[...this.replaced.keys()].filter((p) => !this.entries.has(p))].filter((p) => this.has(p));
  }

  bytes(part: string): Uint8Array {
    const replaced = this.replaced.get(part);
    if (replaced) return replaced;
    const entry = this.entries.get(part);
    if (!entry || this.removed.has(part)) throw new Error(`the package has no part ${part}`);
    return entryData(entry, this.codec);
  }

  /** A part as text (cached: parts are read several times). */
  text(part: string): string {
    let text = this.texts.get(part);
    if (text === undefined) {
      text = decoder.decode(this.bytes(part));
      this.texts.set(part, text);
    }
    return text;
  }

  /** Replaces (or adds) a part; a text equal to the current one changes nothing. */
  setText(part: string, text: string): void {
    if (this.has(part) && this.text(part) === text) return;
    this.texts.set(part, text);
    this.replaced.set(part, encoder.encode(text));
    this.removed.delete(part);
  }

  /** Replaces (or adds) a part with bytes (a part too large, maybe, for one string). */
  setBytes(part: string, bytes: Uint8Array): void {
    this.texts.delete(part);
    this.replaced.set(part, bytes);
    this.removed.delete(part);
  }

  remove(part: string): void {
    this.removed.add(part);
    this.replaced.delete(part);
    this.texts.delete(part);
  }

  changedParts(): string[] {
    return [...this.replaced.keys(), ...this.removed];
  }

  relationships(part: string): Relationship[] {
    const rels = relsName(part);
    if (!this.has(rels)) return [];
    const xml = this.text(rels);
    return findAll(xml, 'Relationship').map((f) => {
      const target = attribute(f.tag, 'Target') ?? '';
      const external = attribute(f.tag, 'TargetMode') === 'External';
      return { id: attribute(f.tag, 'Id') ?? '', type: attribute(f.tag, 'Type') ?? '', target: external ? target : resolveTarget(part, target), external };
    });
  }

  /** Adds a relationship from `source` to `target` and returns its id. */
  addRelationship(source: string, type: string, target: string): string {
    const rels = relsName(source);
    const xml = this.has(rels)
      ? this.text(rels)
      : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const taken = new Set(this.relationships(source).map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const record = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(source, target))}"/>`;
    this.setText(rels, insertBeforeClose(xml, 'Relationships', record));
    return id;
  }

  removeRelationshipsTo(source: string, target: string): void {
    const rels = relsName(source);
    if (!this.has(rels)) return;
    let xml = this.text(rels);
    for (const f of findAll(xml, 'Relationship').reverse()) {
      const t = attribute(f.tag, 'Target') ?? '';
      if (attribute(f.tag, 'TargetMode') !== 'External' && resolveTarget(source, t) === target) xml = xml.slice(0, f.start) + xml.slice(f.end);
    }
    this.setText(rels, xml);
  }

  /** Declares the content type of a new part (an Override in [Content_Types].xml). */
  setContentType(part: string, type: string): void {
    const name = '[Content_Types].xml';
    const xml = this.text(name);
    const existing = findAll(xml, 'Override').find((f) => attribute(f.tag, 'PartName') === `/${part}`);
    if (existing) return;
    this.setText(name, insertBeforeClose(xml, 'Types', `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`));
  }

  removeContentType(part: string): void {
    const name = '[Content_Types].xml';
    const xml = this.text(name);
    const existing = findAll(xml, 'Override').find((f) => attribute(f.tag, 'PartName') === `/${part}`);
    if (existing) this.setText(name, xml.slice(0, existing.start) + xml.slice(existing.end));
  }

  /** The .xlsx bytes: untouched parts copied as they were, in their original order. */
  toBytes(): Uint8Array {
    const parts: OutPart[] = this.parts().map((name) => {
      const data = this.replaced.get(name);
      return data ? { name, data } : { name, copy: this.entries.get(name)! };
    });
    return writeZip(parts, this.codec);
  }
}

/** Inserts `content` before the closing tag of the root element `root` (expanding a self-closing root). */
export function insertBeforeClose(xml: string, root: string, content: string): string {
  const found = findElement(xml, root);
  if (!found) throw new Error(`no <${root}> element`);
  if (found.contentStart === found.end) {
    const open = found.tag.slice(0, -2) + '>';
    return xml.slice(0, found.start) + open + content + `</${root}>` + xml.slice(found.end);
  }
  return xml.slice(0, found.contentEnd) + content + xml.slice(found.contentEnd);
}
