import { readFile } from 'node:fs/promises';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { InputError } from '../../core/problems';
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
    throw new InputError(`Cannot open '${path}' as an .xlsx workbook: ${reason}. Check the path, and save the file as Excel Workbook (.xlsx).`, {
      code: missing ? 'workbookMissing' : 'workbookUnreadable',
      args: { path, reason },
    });
  }
  return openWorkbook(bytes, path, NODE_CODEC);
}

/** The workbook as .xlsx bytes: the input's parts as they were, plus the run's changes. */
export async function workbookBytes(wb: XlsxWorkbook): Promise<Uint8Array> {
  return wb.toBytes();
}
