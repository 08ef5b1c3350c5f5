import { readFile } from 'node:fs/promises';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { inputError } from '../../core/i18n/input-error-text';
import { InputError } from '../../core/problems';
import { openWorkbook } from './open-workbook';
import type { XlsxWorkbook } from './xlsx-workbook';
import { entryData, readZip, ZipError, type ZipCodec } from './zip';

/** zlib's deflate and CRC-32: the same formats as the portable codec, several times faster. */
export const NODE_CODEC: ZipCodec = {
  inflate: (raw) => inflateRawSync(raw),
  deflate: (data) => deflateRawSync(data, { level: 6 }),
  crc32: (data) => crc32(data),
};

/** An OLE compound file: an old .xls, or a password-protected workbook, for which the port's reason already says what to do. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0];

/** Whether every part of the archive reads back whole: false for a file cut short, damaged, or of another format. */
function wholeZip(bytes: Uint8Array): boolean {
  try {
    for (const entry of readZip(bytes)) entryData(entry, NODE_CODEC);
    return true;
  } catch (err) {
    if (err instanceof ZipError) return false;
    throw err;
  }
}

/**
 * Loads an .xlsx file, with a message that says what went wrong. An error
 * carries `cause` for a caller that words it itself: the system's code of a
 * failed read (EISDIR for a folder …), or `notWholeZip` for a file that is
 * not a whole zip archive (cut short, damaged, another format).
 */
export async function loadWorkbook(path: string): Promise<XlsxWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT';
    const reason = missing ? 'the file does not exist' : (err as Error).message;
    throw inputError(missing ? 'workbookMissing' : 'workbookUnreadable', { path, reason, ...(code ? { cause: code } : {}) });
  }
  try {
    return openWorkbook(bytes, path, NODE_CODEC);
  } catch (err) {
    // Only the failure is looked into again: a good workbook is read once.
    const compound = COMPOUND_FILE.every((b, i) => bytes[i] === b);
    if (compound || wholeZip(bytes)) throw err;
    const reason = err instanceof InputError ? err.args.reason ?? err.message : (err as Error).message;
    throw inputError('workbookUnreadable', { path, reason, cause: 'notWholeZip' });
  }
}

/** The workbook as .xlsx bytes: the input's parts as they were, plus the run's changes. */
export async function workbookBytes(wb: XlsxWorkbook): Promise<Uint8Array> {
  return wb.toBytes();
}
