/**
 * Just enough XML for the package's parts, on strings: the port edits a
 * part by replacing the few elements it owns and keeps every other byte.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return String.fromCodePoint(n);
    }
    return ENTITIES[code] ?? whole;
  });
}

/** Text for element content or a double-quoted attribute; characters XML 1.0 cannot hold are dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"]/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;');
}

/** Attributes of a start tag ("<c r=\"A1\" s=\"2\">"), in order, values unescaped. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([A-Za-z_:][-\w.:]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out.set(m[1]!, unescapeXml(m[3] ?? m[4] ?? ''));
  return out;
}

const ATTRIBUTE_RES = new Map<string, RegExp>();

export function attribute(tag: string, name: string): string | undefined {
  let re = ATTRIBUTE_RES.get(name);
  if (!re) {
    re = new RegExp(`\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    ATTRIBUTE_RES.set(name, re);
  }
  const m = re.exec(tag);
  return m ? unescapeXml(m[2] ?? m[3] ?? '') : undefined;
}

/** A start tag written from attributes (values escaped). */
export function startTag(name: string, attrs: Iterable<[string, string]>, selfClosing = false): string {
  let s = `<${name}`;
  for (const [k, v] of attrs) s += ` ${k}="${escapeXml(v)}"`;
  return s + (selfClosing ? '/>' : '>');
}

/** An element found in a part: where it starts and ends (end exclusive), its start tag. */
export interface Found {
  start: number;
  end: number;
  tag: string;
  /** Where the content starts (after the start tag); equals end for a self-closing element. */
  contentStart: number;
  /** Where the content ends (before the end tag). */
  contentEnd: number;
}

/** Index of the end of the tag starting at `at` (the position after '>'), quotes respected. */
export function tagEnd(xml: string, at: number): number {
  let quote = '';
  for (let i = at + 1; i < xml.length; i++) {
    const ch = xml[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
  }
  throw new Error('unterminated tag');
}

function isNameEnd(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '>' || ch === '/' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** The next element named `name` (no namespace prefix) at or after `from`; nested same-name elements are handled. */
export function findElement(xml: string, name: string, from = 0, before = xml.length): Found | null {
  let at = from;
  for (;;) {
    at = xml.indexOf(`<${name}`, at);
    if (at < 0 || at >= before) return null;
    if (isNameEnd(xml[at + name.length + 1])) break;
    at += name.length + 1;
  }
  const open = tagEnd(xml, at);
  const tag = xml.slice(at, open);
  if (tag.endsWith('/>')) return { start: at, end: open, tag, contentStart: open, contentEnd: open };
  let depth = 1;
  let i = open;
  while (depth > 0) {
    const next = xml.indexOf(`<${name}`, i);
    const close = xml.indexOf(`</${name}`, i);
    if (close < 0) throw new Error(`unclosed <${name}>`);
    if (next >= 0 && next < close && isNameEnd(xml[next + name.length + 1])) {
      const e = tagEnd(xml, next);
      if (!xml.slice(next, e).endsWith('/>')) depth++;
      i = e;
    } else {
      depth--;
      i = tagEnd(xml, close);
      if (depth === 0) return { start: at, end: i, tag, contentStart: open, contentEnd: close };
    }
  }
  return null;
}

/** Every element named `name` inside [from, before), not nested in each other. */
export function findAll(xml: string, name: string, from = 0, before = xml.length): Found[] {
  const out: Found[] = [];
  let at = from;
  for (;;) {
    const f = findElement(xml, name, at, before);
    if (!f) return out;
    out.push(f);
    at = f.end;
  }
}

/** The text of every <t> inside an element (shared or inline rich text), phonetic runs left out. */
export function richText(xml: string): string {
  let text = '';
  let at = 0;
  for (;;) {
    const ph = xml.indexOf('<rPh', at);
    const t = findElement(xml, 't', at);
    if (!t) return text;
    if (ph >= 0 && ph < t.start) {
      const phonetic = findElement(xml, 'rPh', ph);
      at = phonetic ? phonetic.end : t.end;
      continue;
    }
    text += unescapeXml(xml.slice(t.contentStart, t.contentEnd));
    at = t.end;
  }
}
