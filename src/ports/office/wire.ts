import { type CellWrite, isFormulaWrite } from '../../core/cells/cell';

/** What goes into Range.values / Range.formulas for one cell. */
export type WireCell = string | number;

/**
 * Excel treats written strings like typed input: "=..." becomes a formula,
 * "-5" or "1/2" a number or date, "TRUE" a boolean. A leading apostrophe makes
 * Excel keep the rest as text (and drop the apostrophe), so every non-empty
 * text gets one. null must become "": in a written array null means "leave
 * this cell unchanged", "" clears it.
 */
export function toWireCell(cell: CellWrite): WireCell {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'string') return `'${cell}`;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`cannot write ${cell} to a cell`);
    return cell;
  }
  if (isFormulaWrite(cell)) return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  throw new TypeError(`not a cell write: ${JSON.stringify(cell)}`);
}

/**
 * Column width: the core speaks Excel's character units (digits of the
 * default font); Office.js takes points. With Calibri 11, a digit is 7 px and
 * Excel adds 5 px of padding; at 96 dpi a pixel is 0.75 pt.
 */
export function columnWidthPoints(characters: number): number {
  if (!Number.isFinite(characters) || characters < 0) throw new RangeError(`column width ${characters}`);
  return characters === 0 ? 0 : (characters * 7 + 5) * 0.75;
}

