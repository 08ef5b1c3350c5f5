import { execFileSync } from 'node:child_process';
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
import { sampleAsOfDate } from '../../scripts/sample/layout';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-forms-'));
const KEYS = ['C0001', 'C0002', 'C0003', 'C0004', 'C0005', 'C0008', 'C0012'];
/** A grade-C customer of the sample (with an approved limit and open receivables: the control fields print too). */
const GRADE_C = 'C0017';
/** The sample's receivables are measured on its as-of day. */
const control = { asOf: sampleAsOfDate(), required: true };

describe('printing a batch of forms with LibreOffice', () => {
  test('N customers give N A4 pages per form type, each with its customer name and the form title', async () => {
    const { summary, wb, bytes } = await runThroughFile(sampleBytes(), {
      steps: [...DEFAULT_STEPS, 'forms'],
      options: defaultTierOptions(),
      control,
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

type Word = { page: number; block: number; text: string; x0: number; y0: number; x1: number; y1: number };

/** Word boxes of every page from `pdftotext -bbox-layout`, each with the text block (a cell's text, wrapped lines and all) it is in. */
function wordBoxes(pdf: string): Word[][] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return xml.split('<page ').slice(1).map((page, i) =>
    page.split('<block ').slice(1).flatMap((block, b) =>
      [...block.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) =>
        ({ page: i + 1, block: b, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]! }))));
}

/** A page's text, block by block (the words of a wrapped cell together). */
function pageText(words: Word[]): string {
  return words.map((w, i) => (i > 0 && words[i - 1]!.block !== w.block ? `\n${w.text}` : w.text)).join(' ');
}

/**
 * The text is on the page whole: in one block, or (pdftotext may split a wrapped
 * cell's lines into blocks) every one of its words printed whole as a word.
 */
function printedWhole(text: string, words: Word[]): boolean {
  if (squash(pageText(words)).includes(squash(text))) return true;
  const printed = new Set(words.map((w) => squash(w.text)));
  return text.includes(' ') && text.split(/\s+/).filter((t) => t !== '').every((t) => printed.has(squash(t)));
}

const squash = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/\s+/g, '');

describe.each(['en', 'zh-Hant', 'zh-Hans'] as const)('the forms printed in %s', (lang) => {
  let pages: ReturnType<typeof wordBoxes>;
  let expected: { sheet: string; pages: number[]; texts: string[] }[];

  beforeAll(async () => {
    // A batch of two (one with a request above its limit), then per-customer sheets for a grade-C customer asking for 750,000.
    const batch = await runThroughFile(sampleBytes(), {
      steps: [...DEFAULT_STEPS, 'forms'], options: defaultTierOptions(), control,
      forms: { selection: { kind: 'keys', keys: ['C0001', 'C0012'] }, batch: true, lang, now: new Date(2026, 11, 1, 9, 0), requestedLimits: { C0001: 300000 } },
    });
    const single = await runThroughFile(batch.bytes, {
      steps: [...DEFAULT_STEPS, 'forms'], options: defaultTierOptions(), control,
      forms: { selection: { kind: 'keys', keys: [GRADE_C] }, batch: false, lang, now: new Date(2026, 11, 1, 9, 0), requestedLimits: { [GRADE_C]: 750000 } },
    });
    const sheets = [...batch.summary.forms!.sheets, ...single.summary.forms!.sheets];
    const file = join(dir, `forms-${lang}.xlsx`);
    writeFileSync(file, showOnlySheets(single.bytes, sheets.map((s) => s.name)));
    const pdf = await convertToPdf(file, join(dir, lang), { recalculate: false });
    pages = wordBoxes(pdf);
    let page = 0;
    expected = sheets.map((s) => {
      const texts: string[] = [];
      single.wb.getWorksheet(s.name)!.eachRow((row) => row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.trim() !== '') texts.push(cell.value);
      }));
      const own = s.customers.map(() => ++page);
      return { sheet: s.name, pages: own, texts };
    });
    if (pages.length !== page) throw new Error(`LibreOffice printed ${pages.length} pages for ${page} forms`);
  });

  test('no two words overlap on any page', () => {
    const overlaps: string[] = [];
    for (const words of pages) {
      for (let i = 0; i < words.length; i++) {
        for (let j = i + 1; j < words.length; j++) {
          const a = words[i]!;
          const b = words[j]!;
          const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          // Glyph boxes include ascent and descent: lines of one wrapped cell touch; printed over each other, words share most of their height.
          if (dx > 0.5 && dy > 0.4 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) overlaps.push(`page ${a.page}: "${a.text}" / "${b.text}"`);
        }
      }
    }
    expect(overlaps).toEqual([]);
  });

  test('every label and text value of a form is printed whole on its page, batch and per-customer sheets alike', () => {
    const cut: string[] = [];
    for (const sheet of expected) {
      for (const page of sheet.pages) {
        // A per-customer sheet's page holds every text of the sheet; a batch sheet's texts are checked over its pages.
        for (const t of sheet.texts) if (sheet.pages.length === 1 && !printedWhole(t, pages[page - 1]!)) cut.push(`${sheet.sheet} page ${page}: ${t}`);
      }
      if (sheet.pages.length > 1) {
        const all = sheet.pages.flatMap((p) => pages[p - 1]!);
        for (const t of sheet.texts) if (!printedWhole(t, all)) cut.push(`${sheet.sheet}: ${t}`);
      }
    }
    expect(cut).toEqual([]);
  });

  test('each page says which form of its sheet it is, and the page count of no other sheet', () => {
    for (const sheet of expected) {
      sheet.pages.forEach((page, i) => {
        const text = squash(pageText(pages[page - 1]!));
        expect(text).toContain(squash(label('form.formOf', lang).replace('{n}', String(i + 1)).replace('{of}', String(sheet.pages.length))));
      });
    }
  });

  test('the application warns when the request is above the recommended limit and when the grade is C, and prints the exposure', () => {
    const last = squash(pageText(pages.at(-1)!));
    expect(last).toContain(squash(label('form.warnNoCreditGrade', lang).replace('{grade}', 'C')));
    expect(last).toContain(squash(label('form.warnAbove', lang).split('{')[0]!));
    expect(printedWhole(label('form.exposure', lang), pages.at(-1)!)).toBe(true);
    expect(last).toContain(squash(label('form.routeRequested', lang).split('{')[0]!));
  });
});
