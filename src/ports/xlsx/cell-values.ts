import type ExcelJS from 'exceljs';
import type { CellValue, CellWrite } from '../../core/cells/cell';
import { FORMULA_WITHOUT_VALUE, isFormulaWrite } from '../../core/cells/cell';

const MS_PER_DAY = 86400000;
const EXCEL_EPOCH_OFFSET = 25569; // days from 1899-12-30 to 1970-01-01

export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

/**
 * ExcelJS cell value -> the core's cell model (see core/cells/cell.ts). A
 * formula is its cached result; one without a result (files from tools that
 * do not calculate, or a result ExcelJS did not keep, such as "") reads as
 * FORMULA_WITHOUT_VALUE, never as blank.
 */
export function fromExcelJs(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : value;
  if (value instanceof Date) return dateToSerial(value);
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if (isFormulaValue(value)) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined || result === null ? FORMULA_WITHOUT_VALUE : fromExcelJs(result);
  }
  if ('text' in value) return typeof value.text === 'string' ? value.text : fromExcelJs(value.text as ExcelJS.CellValue);
  throw new Error(`Unsupported cell value: ${JSON.stringify(value)}`);
}

/** A formula cell's value (a master formula or a cell of a shared one), cached result or not. */
export function isFormulaValue(value: ExcelJS.CellValue | undefined): boolean {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value);
}

/** The core's write model -> ExcelJS. Text stays text: ExcelJS never parses a string as a formula. */
export function toExcelJs(cell: CellWrite): ExcelJS.CellValue {
  if (!isFormulaWrite(cell)) return cell;
  const formula = cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula;
  return { formula, result: cell.value ?? undefined } as ExcelJS.CellFormulaValue;
}
