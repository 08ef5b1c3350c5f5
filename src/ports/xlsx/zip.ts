/**
 * The zip container of an .xlsx package: read the central directory, inflate
 * a part on demand, and write a new archive in which unchanged parts are
 * copied as their original compressed bytes (same CRC, same data), so a part
 * the run does not touch leaves the file exactly as it came in.
 */
import { deflateSync, inflateSync } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (the only two an .xlsx uses). */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the compressed data in the archive. */
  dataOffset: number;
  /** The archive the entry's bytes live in. */
  source: Uint8Array;
}

/** The file is not a zip archive this reader can carry through whole. */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;

const utf8 = new TextDecoder('utf-8');
const cp437ish = new TextDecoder('latin1');

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (dv.getUint32(i, true) === EOCD) return i;
  }
  throw new ZipError('it is not a zip archive (no end-of-archive record)');
}

/** Reads the archive's directory. Throws ZipError for what it cannot carry (encryption, zip64, other methods). */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  const end = findEndOfCentralDirectory(bytes, dv);
  if (end >= 20 && dv.getUint32(end - 20, true) === ZIP64_EOCD_LOCATOR) {
    throw new ZipError('it is a zip64 archive (a workbook over 4 GB or with over 65,535 parts)');
  }
  const count = dv.getUint16(end + 10, true);
  let at = dv.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== CENTRAL) throw new ZipError('its directory is damaged');
    const flags = dv.getUint16(at + 8, true);
    const method = dv.getUint16(at + 10, true);
    const crc = dv.getUint32(at + 16, true);
    const compressedSize = dv.getUint32(at + 20, true);
    const size = dv.getUint32(at + 24, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const localOffset = dv.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & 0x800 ? utf8 : cp437ish).decode(nameBytes);
    if (flags & 1) throw new ZipError(`its part ${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new ZipError(`its part ${name} uses compression method ${method}`);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw new ZipError(`its part ${name} needs zip64`);
    }
    if (dv.getUint32(localOffset, true) !== LOCAL) throw new ZipError(`its part ${name} is damaged`);
    const dataOffset = localOffset + 30 + dv.getUint16(localOffset + 26, true) + dv.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > bytes.length) throw new ZipError(`its part ${name} is cut short`);
    entries.push({ name, method, crc, compressedSize, size, dataOffset, source: bytes });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Raw deflate and CRC-32. The portable codec (fflate) runs in the browser;
 * on Node the file port passes zlib's, which is several times faster.
 */
export interface ZipCodec {
  inflate(raw: Uint8Array, size: number): Uint8Array;
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** The part's bytes, checked against the size and CRC the archive states. */
export function entryData(entry: ZipEntry, codec: ZipCodec = PORTABLE_CODEC): Uint8Array {
  const raw = entry.source.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let data: Uint8Array;
  try {
    data = entry.method === 0 ? raw : codec.inflate(raw, entry.size);
  } catch (err) {
    throw new ZipError(`its part ${entry.name} is damaged (${(err as Error).message})`);
  }
  if (data.length !== entry.size || codec.crc32(data) !== entry.crc) throw new ZipError(`its part ${entry.name} is damaged (checksum)`);
  return data;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

export const PORTABLE_CODEC: ZipCodec = {
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: 6 }),
  crc32,
};

/** A part of the archive to write: copied from the input as it was, or new bytes. */
export type OutPart = { name: string; copy: ZipEntry } | { name: string; data: Uint8Array };

interface Placed {
  nameBytes: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const encoder = new TextEncoder();
/** 1980-01-01 00:00, DOS format: the date parts get (no clock in the core of a file). */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Writes the archive; new parts are deflated. */
export function writeZip(parts: OutPart[], codec: ZipCodec = PORTABLE_CODEC): Uint8Array {
  const chunks: Uint8Array[] = [];
  const placed: Placed[] = [];
  let offset = 0;
  for (const part of parts) {
    const nameBytes = encoder.encode(part.name);
    let method: number, crc: number, size: number, body: Uint8Array;
    if ('copy' in part) {
      ({ method, crc, size } = part.copy);
      body = part.copy.source.subarray(part.copy.dataOffset, part.copy.dataOffset + part.copy.compressedSize);
    } else {
      crc = codec.crc32(part.data);
      size = part.data.length;
      method = 8;
      body = codec.deflate(part.data);
    }
    if (offset > 0xfffffffe || body.length > 0xfffffffe || size > 0xfffffffe) {
      throw new ZipError('the result would need zip64 (over 4 GB)');
    }
    const header = new Uint8Array(30 + nameBytes.length);
    const dv = view(header);
    dv.setUint32(0, LOCAL, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 0x800, true);
    dv.setUint16(8, method, true);
    dv.setUint16(10, DOS_TIME, true);
    dv.setUint16(12, DOS_DATE, true);
    dv.setUint32(14, crc, true);
    dv.setUint32(18, body.length, true);
    dv.setUint32(22, size, true);
    dv.setUint16(26, nameBytes.length, true);
    header.set(nameBytes, 30);
    chunks.push(header, body);
    placed.push({ nameBytes, method, crc, compressedSize: body.length, size, offset });
    offset += header.length + body.length;
  }
  const directoryStart = offset;
  for (const p of placed) {
    const record = new Uint8Array(46 + p.nameBytes.length);
    const dv = view(record);
    dv.setUint32(0, CENTRAL, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 20, true);
    dv.setUint16(8, 0x800, true);
    dv.setUint16(10, p.method, true);
    dv.setUint16(12, DOS_TIME, true);
    dv.setUint16(14, DOS_DATE, true);
    dv.setUint32(16, p.crc, true);
    dv.setUint32(20, p.compressedSize, true);
    dv.setUint32(24, p.size, true);
    dv.setUint16(28, p.nameBytes.length, true);
    dv.setUint32(42, p.offset, true);
    record.set(p.nameBytes, 46);
    chunks.push(record);
    offset += record.length;
  }
  if (placed.length > 0xffff) throw new ZipError('the result would need zip64 (over 65,535 parts)');
  const end = new Uint8Array(22);
  const dv = view(end);
  dv.setUint32(0, EOCD, true);
  dv.setUint16(8, placed.length, true);
  dv.setUint16(10, placed.length, true);
  dv.setUint32(12, offset - directoryStart, true);
  dv.setUint32(16, directoryStart, true);
  chunks.push(end);
  const out = new Uint8Array(offset + end.length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
