import { InputError } from '../../core/problems';
import { UnreadableWorkbookError, XlsxWorkbook } from './xlsx-workbook';
import type { ZipCodec } from './zip';

/** Opens .xlsx bytes as a package workbook (browser and Node); a file it cannot carry through whole is refused. */
export function openWorkbook(bytes: Uint8Array, path: string, codec?: ZipCodec): XlsxWorkbook {
  try {
    return new XlsxWorkbook(bytes, codec);
  } catch (err) {
    if (!(err instanceof UnreadableWorkbookError)) throw err;
    throw new InputError(`Cannot open '${path}' as an .xlsx workbook: ${err.reason}. Check the path, and save the file as Excel Workbook (.xlsx).`, {
      code: 'workbookUnreadable',
      args: { path, reason: err.reason },
    });
  }
}
