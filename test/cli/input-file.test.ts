import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { readZip } from '../../src/ports/xlsx/zip';
import { makeWorkbook } from '../support/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

function collector() {
  const chunks: string[] = [];
  return { write: (t: string) => chunks.push(t), text: () => chunks.join('') };
}

async function failed(...argv: string[]): Promise<[number, string]> {
  const stdout = collector();
  const stderr = collector();
  const code = await main(argv, stdout, stderr);
  expect(stdout.text()).toBe('');
  return [code, stderr.text()];
}

const notWorkbook = (input: string) => `credit-desk: '${input}' is not a complete .xlsx workbook: it is damaged, incomplete (cut short while copied or downloaded) or of another format, so get it again, or open it in Excel and save it as Excel Workbook (.xlsx).\n`;

beforeAll(async () => {
  const wb = makeWorkbook([
    { name: 'Customers', rows: [['Customer ID', 'Customer name'], ['C1', 'Alpha']] },
    { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 900]] },
  ]);
  await wb.xlsx.writeFile(at('whole.xlsx'));
  const whole = readFileSync(at('whole.xlsx'));
  writeFileSync(at('cut.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
  writeFileSync(at('text.xlsx'), 'Customer ID,Amount\nC1,900\n');
  writeFileSync(at('old.xlsx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  mkdirSync(at('folder.xlsx'));
  // Whole but for one sheet's data, which is read only once the run gets to it.
  const damaged = Buffer.from(whole);
  const sheet = readZip(damaged).find((e) => e.name === 'xl/worksheets/sheet2.xml')!;
  damaged[sheet.dataOffset + Math.floor(sheet.compressedSize / 2)]! ^= 0xff;
  writeFileSync(at('damaged-part.xlsx'), damaged);
});

describe('an input that cannot be read says why in plain words, exit 1, nothing written', () => {
  it('a folder', async () => {
    expect(await failed('run', at('folder.xlsx'), '-o', at('o1.xlsx')))
      .toEqual([1, `credit-desk: The input '${at('folder.xlsx')}' is a folder, not a workbook, so name the .xlsx file in it to read.\n`]);
  });

  it('a file cut short, or of another format (not the zip reader\'s words)', async () => {
    expect(await failed('run', at('cut.xlsx'), '-o', at('o2.xlsx'))).toEqual([1, notWorkbook(at('cut.xlsx'))]);
    expect(await failed('remove-forms', at('text.xlsx'), '-o', at('o3.xlsx'))).toEqual([1, notWorkbook(at('text.xlsx'))]);
  });

  it('a part found damaged only when the run reads it', async () => {
    expect(await failed('run', at('damaged-part.xlsx'), '-o', at('o6.xlsx'), '--json')).toEqual([1, notWorkbook(at('damaged-part.xlsx'))]);
  });

  it('in the --lang language', async () => {
    expect(await failed('run', at('cut.xlsx'), '-o', at('o4.xlsx'), '--lang', 'zh-CN'))
      .toEqual([1, `credit-desk: “${at('cut.xlsx')}”不是完整的 .xlsx 工作簿：文件已损坏、不完整（复制或下载时中断），或是其他格式。请重新获取文件，或在 Excel 中打开后另存为 Excel 工作簿 (.xlsx)。\n`]);
  });

  it('an old .xls or password-protected file keeps the reason that says so', async () => {
    const [code, text] = await failed('run', at('old.xlsx'), '-o', at('o5.xlsx'));
    expect([code, text]).toEqual([1, expect.stringContaining('it is password-protected or an old .xls file')]);
  });

  it('leaves no output behind', () => {
    expect(readdirSync(dir).filter((n) => n.startsWith('o'))).toEqual(['old.xlsx']);
  });
});
