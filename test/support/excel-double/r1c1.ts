/**
 * R1C1 formulas as Excel reads them from Range.formulasR1C1, turned into the
 * A1 text of one cell: R[n] and C[n] count from that cell, Rn and Cn are
 * absolute (an absolute column becomes a $ column), a bare R or C is the
 * cell's own row or column. Only whole tokens outside string literals count
 * (ROUND, TRUE, names like CreditDesk_RC stay as they are); a whole row or
 * column (R5, C[2]) or an A1 reference in an R1C1 formula is not emulated.
 */
import { columnLetter } from '../../../src/core/cells/address';
import { MAX_COLS, MAX_ROWS } from './a1';
import { fail } from './errors';

const LITERAL = /("(?:[^"]|"")*")/;
const CELL = /(?<![A-Za-z0-9_.])R(?:\[(-?\d+)\]|(\d+))?C(?:\[(-?\d+)\]|(\d+))?(?![A-Za-z0-9_.([])/g;
const LINE = /(?<![A-Za-z0-9_.])[RC](?:\[-?\d+\]|\d+)?(?![A-Za-z0-9_.([])/;
const A1 = /(?<![A-Za-z0-9_.$])\$?[A-Za-z]{1,3}\$?\d+(?![A-Za-z0-9_.(!])/;

interface Ref {
  row: { relative: boolean; n: number };
  col: { relative: boolean; n: number };
}

/** One formula's R1C1 text, parsed once, as a function of the cell it goes in (0-based). */
export function compileR1C1(formula: string): (row: number, col: number) => string {
  const texts: string[] = [];
  const refs: Ref[] = [];
  let text = '';
  formula.split(LITERAL).forEach((piece, i) => {
    if (i % 2 === 1) {
      text += piece;
      return;
    }
    let last = 0;
    for (const m of piece.matchAll(CELL)) {
      const rest = piece.slice(last, m.index);
      checkRest(rest, formula);
      texts.push(text + rest);
      text = '';
      refs.push({
        row: m[2] !== undefined ? { relative: false, n: Number(m[2]) - 1 } : { relative: true, n: Number(m[1] ?? 0) },
        col: m[4] !== undefined ? { relative: false, n: Number(m[4]) - 1 } : { relative: true, n: Number(m[3] ?? 0) },
      });
      last = m.index + m[0].length;
    }
    checkRest(piece.slice(last), formula);
    text += piece.slice(last);
  });
  texts.push(text);
  return (row, col) => {
    let out = texts[0]!;
    refs.forEach((ref, k) => {
      const r = ref.row.relative ? row + ref.row.n : ref.row.n;
      const c = ref.col.relative ? col + ref.col.n : ref.col.n;
      if (r < 0 || r >= MAX_ROWS || c < 0 || c >= MAX_COLS) fail('NotEmulated', `${formula} in row ${row + 1}, column ${col + 1} points off the grid (#REF!)`);
      out += `${ref.col.relative ? '' : '$'}${columnLetter(c)}${ref.row.relative ? '' : '$'}${r + 1}${texts[k + 1]!}`;
    });
    return out;
  };
}

function checkRest(text: string, formula: string): void {
  if (LINE.test(text)) fail('NotEmulated', `${formula}: whole rows or columns in R1C1 are not emulated`);
  if (A1.test(text)) fail('NotEmulated', `${formula}: an A1 reference in an R1C1 formula is not emulated`);
}
