/**
 * Recalculate an .xlsx in real LibreOffice (headless) and read back every
 * formula cell's value, so tests can check the formulas the add-in writes
 * against the values its core computed; and print a workbook to PDF.
 *
 * How: soffice opens a copy of the workbook with a throwaway profile that sets
 * /org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode = 0 (always
 * recalculate on load; the shipped default 1 keeps the file's cached results),
 * saves it as .xlsx, and ExcelJS reads the saved <v> results.
 *
 * What comes back, per LibreOffice 7.4:
 * - numbers are written with 15 significant digits (1/3 -> 0.333333333333333),
 *   so compare core values through `libreOfficePrecision` (or toBeCloseTo);
 * - errors come back as their text ("#DIV/0!", "#N/A", "#NAME?") — the same
 *   convention as the core's CellValue; a text result "" comes back as ""
 *   (LibreOffice writes <c t="str"><v></v></c>, which ExcelJS alone reads as
 *   no result);
 * - booleans as true/false; dates (date-formatted results) as serial numbers.
 *
 * LibreOffice missing -> Error "LibreOffice is not installed: run
 * scripts/install-system-deps.sh" (tests fail, they do not skip).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { CellValue } from '../../../src/core/cells/cell';
import { convertWithSoffice, type SofficeOptions } from './soffice';

export { NOT_INSTALLED_MESSAGE, DEFAULT_TIMEOUT_MS, findSoffice, type SofficeOptions } from './soffice';
/** Reading the printed PDF back is poppler's work: see pdf.ts. */
export { pdfToText } from './pdf';

/** A formula cell's value: number, text (errors as "#DIV/0!" etc.), boolean or null (no result). */
export type RecalculatedValue = CellValue;

/** Sheet name -> A1 address ("B2") -> value, for formula cells only. */
export type FormulaValues = Map<string, Map<string, RecalculatedValue>>;

/** A number as LibreOffice writes it to .xlsx: rounded to 15 significant digits. */
export function libreOfficePrecision(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, day 0 of Excel's 1900 date system (serials past Feb 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function normalizeResult(result: unknown, missing: RecalculatedValue): RecalculatedValue {
  if (result === undefined || result === null) return missing;
  if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
  if (result instanceof Date) return (result.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
  if (typeof result === 'object') {
    const object = result as { error?: unknown; richText?: { text: string }[] };
    if (typeof object.error === 'string') return object.error;
    if (Array.isArray(object.richText)) return object.richText.map((run) => run.text).join('');
  }
  throw new Error(`Unexpected formula result ${JSON.stringify(result)}`);
}

export interface ReadOptions {
  /**
   * The value of a formula cell whose <v> is empty or absent; default null.
   * ExcelJS reads an empty text result (<c t="str"><v></v>) as no result at
   * all, and LibreOffice writes a <v> for every formula cell, so the
   * recalculating helpers pass "" here.
   */
  missingResult?: RecalculatedValue;
}

/** The cached result of every formula cell of an .xlsx, as stored in the file (no recalculation). */
export async function readFormulaValues(xlsxPath: string, options: ReadOptions = {}): Promise<FormulaValues> {
  const missing = options.missingResult === undefined ? null : options.missingResult;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  const values: FormulaValues = new Map();
  workbook.eachSheet((sheet) => {
    const cells = new Map<string, RecalculatedValue>();
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        cells.set(cell.address, normalizeResult(cell.result, missing));
      });
    });
    values.set(sheet.name, cells);
  });
  return values;
}

async function withTempDir<T>(prefix: string, task: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  try {
    return await task(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/**
 * Recalculates several workbooks with a single soffice launch (~2-3 s each
 * launch); returns their formula values in the order of `inputPaths`.
 */
export async function recalculateXlsxFiles(
  inputPaths: string[],
  options: SofficeOptions = {},
): Promise<FormulaValues[]> {
  if (inputPaths.length === 0) return [];
  return withTempDir('credit-desk-lo-recalc-', async (dir) => {
    const inDir = path.join(dir, 'in');
    const outDir = path.join(dir, 'out');
    await fs.mkdir(inDir);
    await fs.mkdir(outDir);
    // Copies under distinct names: no lock files next to the caller's files, no output clashes.
    const copies = await Promise.all(inputPaths.map(async (input, i) => {
      const copy = path.join(inDir, `workbook-${i}.xlsx`);
      await fs.copyFile(input, copy);
      return copy;
    }));
    const outputs = await convertWithSoffice({ inputs: copies, convertTo: 'xlsx', outDir }, options);
    const results: FormulaValues[] = [];
    for (const output of outputs) results.push(await readFormulaValues(output, { missingResult: '' }));
    return results;
  });
}

/**
 * Opens `inputPath` in LibreOffice, recalculates every formula, and returns
 * sheet name -> A1 address -> recalculated value for every formula cell.
 */
export async function recalculateXlsx(inputPath: string, options: SofficeOptions = {}): Promise<FormulaValues> {
  const [values] = await recalculateXlsxFiles([inputPath], options);
  return values!;
}

/**
 * Prints a workbook (every sheet, after recalculation unless
 * `options.recalculate` is false) to `<outDir>/<input base name>.pdf`; returns that path.
 */
export async function convertToPdf(inputPath: string, outDir: string, options: SofficeOptions = {}): Promise<string> {
  await fs.mkdir(outDir, { recursive: true });
  const target = path.join(path.resolve(outDir), `${path.parse(inputPath).name}.pdf`);
  return withTempDir('credit-desk-lo-pdf-', async (dir) => {
    const copy = path.join(dir, path.basename(inputPath));
    await fs.copyFile(inputPath, copy);
    const [pdf] = await convertWithSoffice({ inputs: [copy], convertTo: 'pdf', outDir: dir }, options);
    await fs.copyFile(pdf!, target);
    return target;
  });
}
