import { XMLParser } from 'fast-xml-parser';

/** A plain element tree: enough to walk a manifest without fast-xml-parser's shapes leaking into tests. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

export function parseXml(xml: string): XmlElement {
  const roots = toElements(parser.parse(xml) as OrderedNode[]).filter((el) => el.name !== '?xml');
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

function toElements(nodes: OrderedNode[]): XmlElement[] {
  return nodes.flatMap((node) => {
    const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
    if (name === undefined) return [];
    const content = node[name] as OrderedNode[];
    const text = content.map((c) => c['#text']).filter((t) => t !== undefined).join('');
    return [{ name, attrs: node[':@'] ?? {}, children: toElements(content), text: String(text) }];
  });
}

export function* descendants(el: XmlElement): Generator<XmlElement> {
  for (const child of el.children) {
    yield child;
    yield* descendants(child);
  }
}

/** The only child with that name; throws when there is none or several. */
export function only(el: XmlElement, name: string): XmlElement {
  const found = el.children.filter((c) => c.name === name);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}

/** Follows a path of unique children: path(root, 'DefaultSettings', 'SourceLocation'). */
export function path(el: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(only, el);
}
