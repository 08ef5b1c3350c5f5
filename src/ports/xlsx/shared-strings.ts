import { richText, unescapeXml } from './xml';

/** The shared strings table (xl/sharedStrings.xml): text of each <si>, rich runs joined, phonetic runs left out. */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<si(\/>|>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (m[1] === '/>') {
      out.push('');
      continue;
    }
    const end = xml.indexOf('</si>', re.lastIndex);
    if (end < 0) throw new Error('unterminated <si> in the shared strings');
    const body = xml.slice(re.lastIndex, end);
    // The common case, one plain <t>, without the general rich-text walk.
    const plain = /^<t>([^<]*)<\/t>$/.exec(body);
    out.push(plain ? unescapeXml(plain[1]!) : richText(body));
    re.lastIndex = end + 5;
  }
  return out;
}
