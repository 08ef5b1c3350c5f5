import { parseCellAddress } from '../../core/cells/address';

/** A rectangle of cells, 0-based and inclusive. */
export interface Span {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The rectangles of a space-separated reference list (a validation's or a conditional format's sqref), whole columns (A:A) and rows (1:1) included. */
export function sqrefSpans(sqref: string): Span[] {
  return sqref.trim().split(/\s+/).filter(Boolean).map((ref) => {
    const [a, b = a] = ref.replace(/\$/g, '').split(':');
    const cell = (s: string, end: boolean) => /^[A-Za-z]+$/.test(s) ? parseCellAddress(`${s}${end ? 1048576 : 1}`)
      : /^\d+$/.test(s) ? parseCellAddress(`${end ? 'XFD' : 'A'}${s}`) : parseCellAddress(s);
    const tl = cell(a!, false);
    const br = cell(b!, true);
    return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
  });
}

export function spansMeet(a: Span, b: Span): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
