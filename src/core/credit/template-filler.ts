import { fillTemplate, ROW, type FormulaTemplate } from './formula-template';

/** The templates' text as UTF-8 with room for row numbers of given lengths. */
interface Layout {
  bytes: Uint8Array;
  /** Byte offsets of the digits that stand for ROW, and for SOURCE_ROW. */
  rowAt: Int32Array;
  sourceAt: Int32Array;
  /** The row numbers whose digits the bytes hold now. */
  row: string;
  sourceRow: string;
  /** Where each formula ends in the decoded text (UTF-16 units). */
  ends: number[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Puts `next`'s digits where `current`'s are, writing only the digits that differ. */
function writeDigits(bytes: Uint8Array, at: Int32Array, current: string, next: string): void {
  for (let d = 0; d < next.length; d++) {
    const code = next.charCodeAt(d);
    if (code === current.charCodeAt(d)) continue;
    for (let k = 0; k < at.length; k++) bytes[at[k]! + d] = code;
  }
}

/**
 * Fills the formula templates of one row at a time. Joining a formula's
 * pieces costs per piece, and a score formula has about 200; instead the
 * templates' text is kept as bytes with the row numbers in place, each row
 * rewrites the digits that changed and decodes the lot once. Each formula is
 * then a flat slice of that text, equal to fillTemplate's.
 */
export class TemplateFiller {
  /** By the lengths of the row numbers; null when the text does not survive UTF-8 (lone surrogates). */
  private readonly layouts = new Map<number, Layout | null>();

  constructor(private readonly templates: FormulaTemplate[]) {}

  /** The templates filled in for one row, in their order. Row numbers are decimal digits. */
  fill(row: string, sourceRow: string): string[] {
    const layout = this.layout(row.length, sourceRow.length);
    if (layout === null) return this.templates.map((t) => fillTemplate(t, row, sourceRow));
    writeDigits(layout.bytes, layout.rowAt, layout.row, row);
    layout.row = row;
    writeDigits(layout.bytes, layout.sourceAt, layout.sourceRow, sourceRow);
    layout.sourceRow = sourceRow;
    const text = decoder.decode(layout.bytes);
    const formulas = new Array<string>(layout.ends.length);
    let start = 0;
    for (let i = 0; i < formulas.length; i++) {
      formulas[i] = text.slice(start, layout.ends[i]);
      start = layout.ends[i]!;
    }
    return formulas;
  }

  private layout(rowLength: number, sourceLength: number): Layout | null {
    const key = rowLength * 1024 + sourceLength;
    let layout = this.layouts.get(key);
    if (layout === undefined) {
      layout = this.makeLayout('0'.repeat(rowLength), '0'.repeat(sourceLength));
      this.layouts.set(key, layout);
    }
    return layout;
  }

  private makeLayout(row: string, sourceRow: string): Layout | null {
    const chunks: Uint8Array[] = [];
    const rowAt: number[] = [];
    const sourceAt: number[] = [];
    const ends: number[] = [];
    let size = 0;
    let length = 0;
    const add = (text: string) => {
      const bytes = encoder.encode(text);
      chunks.push(bytes);
      size += bytes.length;
      length += text.length;
    };
    for (const t of this.templates) {
      t.parts.forEach((part, i) => {
        add(part);
        if (i === t.marks.length) return;
        (t.marks[i] === ROW ? rowAt : sourceAt).push(size);
        add(t.marks[i] === ROW ? row : sourceRow);
      });
      ends.push(length);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    const expected = this.templates.map((t) => fillTemplate(t, row, sourceRow)).join('');
    if (decoder.decode(bytes) !== expected) return null;
    return { bytes, rowAt: Int32Array.from(rowAt), sourceAt: Int32Array.from(sourceAt), row, sourceRow, ends };
  }
}
