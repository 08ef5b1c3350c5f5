import type { CellWrite } from '../cells/cell';

import { FORM_COLS, FORM_COLUMN_WIDTHS, type FormPiece } from './form-piece';

/**
 * Row heights that fit every cell's text at its printed size, then stretched
 * so the form fills the A4 page. Text widths are estimated with the widest
 * font a host is likely to print with (DejaVu Sans Bold, LibreOffice's stand-in
 * for Calibri) and CJK at a full em and a bit, against the narrower of the
 * column widths Excel and LibreOffice give: a label measured to fit here fits
 * in both.
 */

/** Space above and below a cell's text in points, and the least a form too long for the page is given. */
const PADDING_PT = 3;
const MIN_PADDING_PT = 1;

/** Body text size in points (values and labels). */
export const BODY_PT = 10;
/**
 * Printable height of an A4 page between the forms' top and bottom margins
 * (points, see form-sheets.ts; the header prints in the top margin), less a
 * band for the hosts' rounding of row heights.
 */
export const PAGE_BODY_PT = 841.89 - (0.5 + 0.3) * 72 - 8;

/** DejaVu Sans Bold advance widths in em for printable ASCII (32–126). */
const ASCII_EM = [
  0.348, 0.456, 0.521, 0.838, 0.696, 1.002, 0.872, 0.306, 0.457, 0.457, 0.523, 0.838, 0.380, 0.415, 0.380, 0.365,
  0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.400, 0.400, 0.838, 0.838, 0.838, 0.580,
  1.000, 0.774, 0.762, 0.734, 0.830, 0.683, 0.683, 0.821, 0.837, 0.372, 0.372, 0.775, 0.637, 0.995, 0.837, 0.850,
  0.733, 0.850, 0.770, 0.720, 0.682, 0.812, 0.774, 1.103, 0.771, 0.724, 0.725, 0.457, 0.365, 0.457, 0.838, 0.500,
  0.500, 0.675, 0.716, 0.593, 0.716, 0.678, 0.435, 0.716, 0.712, 0.343, 0.343, 0.665, 0.343, 1.042, 0.712, 0.687,
  0.716, 0.716, 0.493, 0.595, 0.478, 0.712, 0.652, 0.924, 0.645, 0.652, 0.582, 0.712, 0.365, 0.712, 0.838,
];

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function hasWide(text: string): boolean {
  return WIDE.test(text);
}

function charEm(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return ASCII_EM[code - 32]!;
  return WIDE.test(ch) ? 1.15 : 0.8;
}

/** Estimated printed width of text in points. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size;
}

/**
 * Usable width in points of a span of form columns for Latin text measured in
 * DejaVu Sans (LibreOffice: 7 pt a character; Excel: 7 px + 5 px, with Calibri
 * about a fifth narrower than DejaVu) and for CJK text (the same font in both:
 * Excel's narrower column counts), less the cell padding.
 */
export function spanWidth(col: number, cols: number): { latin: number; wide: number } {
  let chars = 0;
  for (let c = col; c < col + cols; c++) chars += FORM_COLUMN_WIDTHS[c]!;
  const excel = (chars * 7 + 5) * 0.75 - 6;
  return { latin: Math.min(chars * 7 - 6, excel / 0.8), wide: excel };
}

/** The share of a line one character takes. */
function cost(ch: string, size: number, width: { latin: number; wide: number }): number {
  // CJK glyphs are a full em, bold or not: `size` may be a regular text's reduced measure.
  return WIDE.test(ch) ? Math.max(size, size / 0.9) / width.wide : (charEm(ch) * size) / width.latin;
}

function tokenCost(token: string, size: number, width: { latin: number; wide: number }): number {
  let c = 0;
  for (const ch of token) c += cost(ch, size, width);
  return c;
}

/** Words (runs without spaces or CJK) of the text that do not fit on one line of the width. */
export function tooLongWords(text: string, size: number, width: { latin: number; wide: number }): string[] {
  return (text.match(/[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+/g) ?? []).filter((w) => tokenCost(w, size, width) > 1);
}

/** Lines the text takes when wrapped into the width: breaks at spaces, and anywhere in CJK text; a word too long is broken too. */
export function lineCount(text: string, size: number, width: { latin: number; wide: number }): number {
  let lines = 0;
  for (const para of text.split('\n')) {
    // Tokens: a CJK character alone, or a run of other characters with its trailing spaces.
    const tokens = para.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s*|\s+/g) ?? [''];
    let used = 0;
    lines++;
    for (const token of tokens) {
      const c = tokenCost(token.trimEnd(), size, width);
      if (used > 0 && used + c > 1) {
        lines++;
        used = 0;
      }
      if (c > 1) {
        lines += Math.ceil(c) - 1;
        used = c % 1;
      } else used += tokenCost(token, size, width);
    }
  }
  return lines;
}

/** Number formats by decimals, made once: toLocaleString with options makes a new one on every call, most of a forms run's time. */
const GROUPING = new Map<number, Intl.NumberFormat>();
function grouping(decimals: number): Intl.NumberFormat {
  let f = GROUPING.get(decimals);
  if (!f) GROUPING.set(decimals, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f;
}

/** The printed text of a value (numbers with their format's grouping and literal suffix). */
function printed(value: CellWrite, format: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const suffix = /"([^"]*)"/.exec(format ?? '')?.[1] ?? '';
    const decimals = /0\.(0+)/.exec(format ?? '')?.[1]?.length ?? 0;
    const pct = (format ?? '').includes('%');
    const n = pct ? value * 100 : value;
    return `${grouping(decimals).format(n)}${pct ? '%' : ''}${suffix}`;
  }
  if (typeof value === 'object' && 'formula' in (value as object)) return '';
  return String(value);
}

/** Line height in points of text at `size` (CJK fonts are taller). */
export function lineHeight(text: string, size: number): number {
  return size * (hasWide(text) ? 1.45 : 1.17);
}

/**
 * Sets every row's height: at least what its text needs wrapped in its span
 * (with less padding around the text when that does not fit the page), then
 * all rows stretched alike (at most 1.6 times) to fill the page.
 */
export function fitRows(f: FormPiece): void {
  // Regular DejaVu Sans is about a tenth narrower than the bold the widths are measured in.
  const sizeAt = (row: number, col: number) => {
    let size = BODY_PT;
    let bold = false;
    for (const s of f.styles) {
      if (!(row >= s.row && row < s.row + s.rows && col >= s.col && col < s.col + s.cols)) continue;
      if (s.style.fontSize !== undefined) size = s.style.fontSize;
      if (s.style.bold !== undefined) bold = s.style.bold;
    }
    return { size, measure: bold ? size : size * 0.9 };
  };
  const spans = new Map<string, number>();
  for (const m of f.merges) spans.set(`${m.row}:${m.col}`, m.cols);
  const formats = new Map<string, string>();
  for (const x of f.formats) formats.set(`${x.row}:${x.col}`, x.format);
  // Each text: its lines' height, without the padding (added below).
  const lines = new Array<number>(f.rows).fill(0);
  for (const c of f.cells.values()) {
    const text = printed(c.value, formats.get(`${c.row}:${c.col}`));
    if (text === '') continue;
    const { size, measure } = sizeAt(c.row, c.col);
    const cols = spans.get(`${c.row}:${c.col}`) ?? 1;
    const h = lineCount(text, measure, spanWidth(c.col, Math.min(cols, FORM_COLS - c.col))) * lineHeight(text, size);
    lines[c.row] = Math.max(lines[c.row]!, h);
  }
  const explicit = new Map(f.heights.map((h) => [h.row, h.height]));
  // A row of text is as tall as its text (a smaller size makes it shorter) or its own height; a row without text keeps its own, else one body line's.
  const heightsWith = (padding: number) => lines.map((h, row) => Math.max(h > 0 ? h + padding : lineHeight('A', BODY_PT) + padding, explicit.get(row) ?? 0));
  // A form too long for the page at the usual padding gets less (down to MIN_PADDING_PT): one form, one page.
  const sum = (hs: number[]) => hs.reduce((a, b) => a + b, 0);
  let padding = PADDING_PT;
  let base = heightsWith(padding);
  while (sum(base) > PAGE_BODY_PT && padding > MIN_PADDING_PT) {
    padding -= 0.25;
    base = heightsWith(padding);
  }
  const total = sum(base);
  const stretch = Math.min(1.6, Math.max(1, PAGE_BODY_PT / total));
  f.heights.length = 0;
  base.forEach((h, row) => f.heights.push({ row, height: Math.floor(h * stretch * 4) / 4 }));
}

/** The height of a fitted form in points. */
export function formHeight(f: FormPiece): number {
  return f.heights.reduce((a, h) => a + h.height, 0);
}
