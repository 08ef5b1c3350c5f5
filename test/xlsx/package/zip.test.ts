import { deflateSync } from 'fflate';
import { crc32, entryData, readZip, writeZip, ZipError } from '../../../src/ports/xlsx/zip';

const text = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('zip container', () => {
  const original = writeZip([
    { name: 'a.xml', data: text('<a>first</a>'.repeat(50)) },
    { name: 'dir/b.xml', data: text('<b>second</b>') },
  ]);

  it('reads back what it wrote, part by part', () => {
    const entries = readZip(original);
    expect(entries.map((e) => e.name)).toEqual(['a.xml', 'dir/b.xml']);
    expect(decode(entryData(entries[1]!))).toBe('<b>second</b>');
  });

  it('copies an untouched part as its very compressed bytes', () => {
    const [a, b] = readZip(original);
    const copy = writeZip([{ name: a!.name, copy: a! }, { name: 'dir/b.xml', data: text('<b>changed</b>') }]);
    const [a2, b2] = readZip(copy);
    expect(Buffer.from(copy.subarray(a2!.dataOffset, a2!.dataOffset + a2!.compressedSize)))
      .toEqual(Buffer.from(original.subarray(a!.dataOffset, a!.dataOffset + a!.compressedSize)));
    expect(a2!.crc).toBe(a!.crc);
    expect(decode(entryData(b2!))).toBe('<b>changed</b>');
    expect(b2!.crc).not.toBe(b!.crc);
  });

  it('refuses a part whose bytes do not match its checksum', () => {
    const damaged = original.slice();
    const [a] = readZip(damaged);
    damaged[a!.dataOffset + 3] ^= 0xff;
    expect(() => entryData(readZip(damaged)[0]!)).toThrow(/damaged|invalid/);
  });

  it('refuses what is not a zip archive', () => {
    expect(() => readZip(text('not a zip at all, just text'))).toThrow(ZipError);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(deflateSync(text('x')).length).toBeGreaterThan(0);
  });
});

describe('the Node codec and the portable one', () => {
  it('read each other\'s parts: the same formats, two implementations', async () => {
    const { NODE_CODEC } = await import('../../../src/ports/xlsx/package-file');
    const { PORTABLE_CODEC } = await import('../../../src/ports/xlsx/zip');
    const data = text('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(2000));
    for (const [writer, reader] of [[NODE_CODEC, PORTABLE_CODEC], [PORTABLE_CODEC, NODE_CODEC]] as const) {
      const zip = writeZip([{ name: 'x.xml', data }], writer);
      expect(Buffer.from(entryData(readZip(zip)[0]!, reader))).toEqual(Buffer.from(data));
    }
    expect(NODE_CODEC.crc32(data)).toBe(PORTABLE_CODEC.crc32(data));
  });
});
