import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_STEPS } from '../../src/app/run-steps';
import { label } from '../../src/core/i18n/labels';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { showOnlySheets } from '../support/forms-only';
import { pdfInfo, pdfPageText } from '../support/libreoffice/pdf';
import { convertToPdf } from '../support/libreoffice/recalculate';
import { runThroughFile, sampleBytes } from '../support/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-forms-'));
const KEYS = ['C0001', 'C0002', 'C0003', 'C0004', 'C0005', 'C0008', 'C0012'];

describe('printing a batch of forms with LibreOffice', () => {
  test('N customers give N A4 pages per form type, each with its customer name and the form title', async () => {
    const { summary, wb, bytes } = await runThroughFile(sampleBytes(), {
      steps: [...DEFAULT_STEPS, 'forms'],
      options: defaultTierOptions(),
      forms: { selection: { kind: 'keys', keys: KEYS }, batch: true, now: new Date(2026, 10, 22, 9, 0) },
    });
    const names = new Map<string, string>();
    wb.getWorksheet('客戶資料')!.eachRow((row, n) => {
      if (n > 3) names.set(String(row.getCell(1).value), String(row.getCell(2).value));
    });
    const sheets = summary.forms!.sheets;
    expect(sheets.map((s) => [s.form, s.customers])).toEqual([['survey', KEYS], ['authorization', KEYS]]);
    // The command line's output with every other sheet hidden: the form sheets print as the run wrote them, page breaks and all.
    const file = join(dir, 'forms.xlsx');
    writeFileSync(file, showOnlySheets(bytes, sheets.map((s) => s.name)));
    const pdf = await convertToPdf(file, dir, { recalculate: false });
    const info = await pdfInfo(pdf);
    expect(info.pages).toBe(2 * KEYS.length);
    expect(Math.round(info.pageSize.width)).toBe(595); // A4 portrait
    expect(Math.round(info.pageSize.height)).toBe(842);
    for (const [k, sheet] of sheets.entries()) {
      const title = label(sheet.form === 'survey' ? 'form.survey' : 'form.authorization', 'zh-Hant');
      for (const [i, key] of KEYS.entries()) {
        const text = await pdfPageText(pdf, k * KEYS.length + i + 1);
        expect([sheet.form, key, text.includes(names.get(key)!), text.includes(title), text.includes(key)]).toEqual([sheet.form, key, true, true, true]);
      }
    }
  });
});
