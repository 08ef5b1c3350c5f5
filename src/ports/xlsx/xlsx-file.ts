import ExcelJS from 'exceljs';
import { InputError } from '../../core/problems';

/** Loads an .xlsx file, with a message that says what went wrong. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    const reason = missing ? 'the file does not exist' : (err as Error).message;
    throw new InputError(`Cannot open '${path}' as an .xlsx workbook: ${reason}. Check the path, and save the file as Excel Workbook (.xlsx).`, {
      code: missing ? 'workbookMissing' : 'workbookUnreadable',
      args: { path, reason },
    });
  }
  return wb;
}

export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  await wb.xlsx.writeFile(path);
}

/** The workbook as .xlsx bytes (the caller writes them, atomically). */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
