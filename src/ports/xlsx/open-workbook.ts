import { inputError } from '../../core/i18n/input-error-text';
import { UnreadableWorkbookError, XlsxWorkbook } from './xlsx-workbook';
import type { ZipCodec } from './zip';

/** Opens .xlsx bytes as a package workbook (browser and Node); a file it cannot carry through whole is refused. */
export function openWorkbook(bytes: Uint8Array, path: string, codec?: ZipCodec): XlsxWorkbook {
  try {
    return new XlsxWorkbook(bytes, codec);
  } catch (err) {
    if (!(err instanceof UnreadableWorkbookError)) throw err;
    throw inputError('workbookUnreadable', { path, reason: err.reason });
  }
}
