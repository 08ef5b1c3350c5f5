/**
 * One pass over a worksheet's XML bytes, cell by cell, without building a
 * document: a million-row sales ledger is read as columns of values.
 */
import { FORMULA_WITHOUT_VALUE, type CellValue } from '../../core/cells/cell';
import { richText, unescapeXml } from './xml';

const LT = 60, GT = 62, SLASH = 47, QUOTE = 34, APOS = 39, EQ = 61;
const C = 99, R = 114, O = 111, W = 119, V = 118, F = 102, I = 105, S = 115;

const utf8 = new TextDecoder('utf-8');

function isNameEnd(b: number | undefined): boolean {
  return b === undefined || b === 32 || b === GT || b === SLASH || b === 9 || b === 10 || b === 13;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** Position after the '>' of the tag that starts at `at`. */
function tagEnd(bytes: Uint8Array, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (quote) {
      if (b === quote) quote = 0;
    } else if (b === QUOTE || b === APOS) {
      quote = b;
    } else if (b === GT) {
      return i + 1;
    }
  }
  throw new Error('unterminated tag in a worksheet');
}

/** The r, s and t attributes of a <row> or <c> tag (others are skipped). */
function tagAttributes(bytes: Uint8Array, start: number, end: number, out: { r: string | null; s: number; t: string | null }): void {
  out.r = null;
  out.s = 0;
  out.t = null;
  let i = start;
  while (i < end) {
    // attribute name
    while (i < end && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13)) i++;
    const nameStart = i;
    while (i < end && bytes[i] !== EQ && bytes[i] !== 32 && bytes[i] !== GT && bytes[i] !== SLASH) i++;
    const nameEnd = i;
    while (i < end && bytes[i] !== QUOTE && bytes[i] !== APOS) {
      if (bytes[i] === GT) return;
      i++;
    }
    if (i >= end) return;
    const quote = bytes[i]!;
    const valueStart = ++i;
    while (i < end && bytes[i] !== quote) i++;
    const valueEnd = i++;
    if (nameEnd - nameStart === 1) {
      const n = bytes[nameStart];
      if (n === R) out.r = ascii(bytes, valueStart, valueEnd);
      else if (n === S) out.s = Number(ascii(bytes, valueStart, valueEnd)) || 0;
      else if (n === 116) out.t = ascii(bytes, valueStart, valueEnd);
    }
  }
}

/** Column index and row number (1-based) of an A1 reference; col -1 when none. */
function parseRef(ref: string): { col: number; row: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
  }
  return { col: col - 1, row: Number(ref.slice(i)) };
}

/** An ISO date (t="d" cells) as a 1900-system serial. */
function isoToSerial(text: string): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}${text.includes('T') ? '' : 'T00:00:00'}Z`);
  return Number.isFinite(ms) ? ms / 86400000 + 25569 : text;
}

export interface CellVisit {
  /** 0-based. */
  row: number;
  col: number;
  value: CellValue;
  /** Style index (cellXfs), 0 when none. */
  style: number;
  formula: boolean;
}

/**
 * Calls `visit` for every <c> of the sheet in document order. The shared
 * strings table resolves t="s"; a formula without a cached value reads as
 * FORMULA_WITHOUT_VALUE; "" reads as null, like an empty cell.
 */
export function scanCells(bytes: Uint8Array, sharedStrings: readonly string[], visit: (cell: CellVisit) => void): void {
  const attrs = { r: null as string | null, s: 0, t: null as string | null };
  const cell: CellVisit = { row: 0, col: 0, value: null, style: 0, formula: false };
  let row = -1;
  let col = -1;
  let p = 0;
  for (;;) {
    p = bytes.indexOf(LT, p);
    if (p < 0) return;
    const b1 = bytes[p + 1];
    if (b1 === R && bytes[p + 2] === O && bytes[p + 3] === W && isNameEnd(bytes[p + 4])) {
      const end = tagEnd(bytes, p);
      tagAttributes(bytes, p + 4, end, attrs);
      row = attrs.r !== null ? Number(attrs.r) - 1 : row + 1;
      col = -1;
      p = end;
      continue;
    }
    if (b1 !== C || !isNameEnd(bytes[p + 2])) {
      p++;
      continue;
    }
    const end = tagEnd(bytes, p);
    tagAttributes(bytes, p + 2, end, attrs);
    if (attrs.r !== null) {
      const ref = parseRef(attrs.r);
      col = ref.col;
      if (ref.row > 0) row = ref.row - 1;
    } else {
      col++;
    }
    cell.row = row;
    cell.col = col;
    cell.style = attrs.s;
    cell.formula = false;
    cell.value = null;
    if (bytes[end - 2] === SLASH) {
      p = end;
      visit(cell);
      continue;
    }
    // Content up to </c>: <f>, <v>, <is>; text cannot hold a raw '<', so the first "</c>" closes it.
    let q = end;
    let vStart = -1, vEnd = -1, isStart = -1, isEnd = -1;
    for (;;) {
      q = bytes.indexOf(LT, q);
      if (q < 0) throw new Error('unterminated cell in a worksheet');
      const n1 = bytes[q + 1];
      if (n1 === SLASH && bytes[q + 2] === C && bytes[q + 3] === GT) break;
      if (n1 === F && isNameEnd(bytes[q + 2])) {
        cell.formula = true;
        q = tagEnd(bytes, q);
      } else if (n1 === V && isNameEnd(bytes[q + 2])) {
        const e = tagEnd(bytes, q);
        if (bytes[e - 2] === SLASH) {
          vStart = vEnd = e;
          q = e;
        } else {
          vStart = e;
          vEnd = bytes.indexOf(LT, e);
          q = vEnd;
        }
      } else if (n1 === I && bytes[q + 2] === S && isNameEnd(bytes[q + 3])) {
        isStart = q;
        q = tagEnd(bytes, q);
        // find </is>
        for (;;) {
          q = bytes.indexOf(LT, q);
          if (q < 0) throw new Error('unterminated inline string in a worksheet');
          if (bytes[q + 1] === SLASH && bytes[q + 2] === I && bytes[q + 3] === S && bytes[q + 4] === GT) break;
          q++;
        }
        isEnd = q + 5;
        q = isEnd;
      } else {
        q++;
      }
    }
    p = q + 4;
    const t = attrs.t;
    if (t === 'inlineStr') {
      const text = isStart >= 0 ? richText(utf8.decode(bytes.subarray(isStart, isEnd))) : '';
      cell.value = text === '' ? null : text;
    } else if (vStart < 0) {
      cell.value = cell.formula ? FORMULA_WITHOUT_VALUE : null;
    } else if (t === null || t === 'n') {
      const text = ascii(bytes, vStart, vEnd).trim();
      cell.value = text === '' ? (cell.formula ? FORMULA_WITHOUT_VALUE : null) : Number(text);
      if (typeof cell.value === 'number' && Number.isNaN(cell.value)) cell.value = text;
    } else if (t === 's') {
      const text = sharedStrings[Number(ascii(bytes, vStart, vEnd))];
      cell.value = text === undefined || text === '' ? null : text;
    } else if (t === 'b') {
      cell.value = ascii(bytes, vStart, vEnd).trim() === '1';
    } else {
      const text = unescapeXml(utf8.decode(bytes.subarray(vStart, vEnd)));
      cell.value = text === '' ? null : t === 'd' ? isoToSerial(text) : text;
    }
    visit(cell);
  }
}
