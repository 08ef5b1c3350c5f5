import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeErrorSentence, writeFileAtomic, type WriteFs } from '../../src/cli/output-file';
import { rejection } from './output-rejection';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-in-use-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Node's file operations but a rename that fails with `code`, as Windows' does over a workbook Excel holds open. */
function renameFails(code: string): WriteFs {
  return {
    open, unlink,
    rename: async () => {
      throw Object.assign(new Error(`${code}: rename refused`), { code });
    },
  };
}

const IN_USE = (path: string) => `'${path}' could not be replaced because another program (such as Excel) has it open, or it is read-only: close it there, or choose another output file. Nothing was written; the previous file, if any, is unchanged.`;

describe('an output file that is in use or read-only', () => {
  it.each(['EPERM', 'EACCES', 'EBUSY', 'ETXTBSY'])('%s when replacing it says so, with what to do; the file and the folder are as they were', async (code) => {
    const d = mkdtempSync(join(dir, `${code}-`));
    const out = join(d, 'out.xlsx');
    writeFileSync(out, 'open in Excel');
    const err = await rejection(writeFileAtomic(out, Buffer.from('new'), 'en', renameFails(code)));
    expect([err.code, err.message]).toEqual([code, IN_USE(out)]);
    expect(readFileSync(out, 'utf8')).toBe('open in Excel');
    expect(readdirSync(d)).toEqual(['out.xlsx']);
  });

  it('is worded in the --lang language', async () => {
    const d = mkdtempSync(join(dir, 'lang-'));
    const out = join(d, 'out.xlsx');
    writeFileSync(out, 'x');
    const err = await rejection(writeFileAtomic(out, Buffer.from('new'), 'zh-Hant', renameFails('EBUSY')));
    expect(err.message).toBe(`無法取代「${out}」：它正被其他程式（例如 Excel）開啟，或為唯讀。請先在該程式中關閉它，或改用其他輸出檔案。未寫入任何內容；原有的檔案（如有）保持不變。`);
  });

  it('EPERM or EACCES with no file there yet is the folder\'s refusal, as before; EBUSY is "in use" whatever the step', async () => {
    const d = mkdtempSync(join(dir, 'new-'));
    const out = join(d, 'out.xlsx');
    const err = await rejection(writeFileAtomic(out, Buffer.from('new'), 'en', renameFails('EPERM')));
    expect(err.message).toBe(`You are not allowed to write '${out}' in its folder. Nothing was written; the previous file, if any, is unchanged.`);
    expect(writeErrorSentence('o.xlsx', 'EACCES', 'en', true)).toBe(IN_USE('o.xlsx'));
    expect(writeErrorSentence('o.xlsx', 'EACCES', 'en', false)).toBe(writeErrorSentence('o.xlsx', 'EPERM'));
    expect(writeErrorSentence('o.xlsx', 'EBUSY')).toBe(IN_USE('o.xlsx'));
    expect(writeErrorSentence('o.xlsx', 'EIO', 'en', true)).toBeUndefined();
  });

  it('with Node\'s own operations replaces the file (the seam changes nothing else)', async () => {
    const d = mkdtempSync(join(dir, 'ok-'));
    const out = join(d, 'out.xlsx');
    writeFileSync(out, 'old');
    await writeFileAtomic(out, Buffer.from('new'), 'en', { open, rename, unlink });
    expect(readFileSync(out, 'utf8')).toBe('new');
  });
});
