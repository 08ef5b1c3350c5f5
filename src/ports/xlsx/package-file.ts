import { readFile } from 'node:fs/promises';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { inputError } from '../../core/i18n/input-error-text';
import { openWorkbook } from './open-workbook';
import type { XlsxWorkbook } from './xlsx-workbook';
import type { ZipCodec } from './zip';

/** zlib's deflate and CRC-32: the same formats as the portable codec, several times faster. */
export const NODE_CODEC: ZipCodec = {
  inflate: (raw) => inflateRawSync(raw),
  deflate: (data) => deflateRawSync(data, { level: 6 }),
  crc32: (data) => crc32(data),
};

/** Loads an .xlsx file, with a message that says what went wrong. */
export async function loadWorkbook(path: string): Promise<XlsxWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    const reason = missing ? 'the file does not exist' : (err as Error).message;
    throw inputError(missing ? 'workbookMissing' : 'workbookUnreadable', { path, reason });
  }
  return openWorkbook(bytes, path, NODE_CODEC);
}

/** The workbook as .xlsx bytes: the input's parts as they were, plus the run's changes. */
export async function workbookBytes(wb: XlsxWorkbook): Promise<Uint8Array> {
  return wb.toBytes();
}
