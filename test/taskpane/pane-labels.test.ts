import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelWith } from '../../src/taskpane/i18n/labels';
import { PANE_LABELS } from '../../src/taskpane/i18n/pane-labels';
import { PREVIEW_LABELS } from '../../src/taskpane/preview/preview-labels';
import { englishWords } from './pane-text';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the pane labels of the one dictionary', () => {
  const entries = Object.entries(PANE_LABELS);

  it('have every language, with the same placeholders in each', () => {
    for (const [id, texts] of entries) {
      expect({ id, texts: Object.keys(texts).sort() }).toEqual({ id, texts: ['en', 'zh-Hans', 'zh-Hant'] });
      for (const text of Object.values(texts)) expect({ id, empty: text.trim() === '' }).toEqual({ id, empty: false });
      expect({ id, zhHant: placeholders(texts['zh-Hant']), zhHans: placeholders(texts['zh-Hans']) }).toEqual({
        id,
        zhHant: placeholders(texts.en),
        zhHans: placeholders(texts.en),
      });
    }
  });

  it('are Chinese in Chinese: no English words but the names that stay the same', () => {
    for (const [id, texts] of entries) {
      const words = [texts['zh-Hant'], texts['zh-Hans']].flatMap((text) => englishWords(text.replace(/\{\w+\}/g, '')));
      expect({ id, words }).toEqual({ id, words: [] });
    }
  });

  it('fills placeholders, and refuses a label whose value is missing', () => {
    expect(labelWith('pane.tiers.rows', 'zh-Hant', { read: '1,200', skipped: 3 })).toBe('已讀取銷售資料：1,200 筆 · 略過：3 筆');
    expect(() => labelWith('pane.tiers.rows', 'en', { read: '1' })).toThrow('Label pane.tiers.rows needs a value for {skipped}.');
    expect(labelWith('pane.ran.tiers', 'zh-Hans', { sheet: '客户' })).toBe('完成：已为“客户”中的客户分级。');
  });
});

describe('the wording of the pane and preview labels', () => {
  const entries = Object.entries({ ...PANE_LABELS, ...PREVIEW_LABELS });

  it('uses mainland terms in Simplified Chinese: 评级, 点击, 数据, never 评等, 点选, 资料', () => {
    for (const [id, texts] of entries) {
      const taiwanese = ['评等', '点选', '资料'].filter((word) => texts['zh-Hans'].includes(word));
      expect({ id, taiwanese }).toEqual({ id, taiwanese: [] });
    }
  });

  it('quotes Chinese with 「」 (Traditional) or “” (Simplified), never straight quotes', () => {
    for (const [id, texts] of entries) {
      const hant = texts['zh-Hant'];
      const hans = texts['zh-Hans'];
      expect({ id, hant: /["“”]/.test(hant), hans: /["「」]/.test(hans) }).toEqual({ id, hant: false, hans: false });
    }
  });

  it('the check catches the words and quotes it is about', () => {
    expect(['评等', '点选', '资料'].filter((word) => '已评等客户的资料，点选即可'.includes(word))).toEqual(['评等', '点选', '资料']);
    expect(/["“”]/.test('客戶取自"{customers}"')).toBe(true);
  });
});

describe('the pane\'s own texts live outside the core', () => {
  const core = join(__dirname, '..', '..', 'src', 'core');
  const files = readdirSync(core, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => ({ file: join(e.parentPath, e.name), text: readFileSync(join(e.parentPath, e.name), 'utf8') }));
  const paneIds = Object.keys({ ...PANE_LABELS, ...PREVIEW_LABELS });

  it('no file of src/core imports from the pane or names one of its ids', () => {
    expect(files.filter((f) => /from '[^']*taskpane/.test(f.text)).map((f) => f.file)).toEqual([]);
    expect(files.flatMap((f) => paneIds.filter((id) => f.text.includes(`'${id}'`)).map((id) => `${f.file}: ${id}`))).toEqual([]);
  });

  it('reads the core\'s files (the check can fail)', () => {
    expect(files.some((f) => f.text.includes("'col.customerId'"))).toBe(true);
    expect(paneIds).toContain('pane.tab.data');
  });
});
