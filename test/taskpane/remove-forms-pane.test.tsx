/**
 * "Remove the form sheets of the last run" in the pane: its texts in the
 * three languages, the Forms section once sheets are gone, and the browser
 * preview's host doing it on the open file (the Excel host's Office calls
 * are the Office port's, tested on the Excel double in test/office/).
 */
import { File as NodeFile } from 'node:buffer';
import ExcelJS from 'exceljs';
import type { FormsRemoval } from '../../src/app/remove-forms';
import type { Language } from '../../src/core/columns/layout';
import { FormsSection } from '../../src/taskpane/components/forms/FormsSection';
import { RemoveFormSheets } from '../../src/taskpane/components/forms/RemoveFormSheets';
import type { PaneRunRequest } from '../../src/taskpane/host/pane-host';
import { createPreviewHost } from '../../src/taskpane/preview/preview-host';
import type { FormRemoval, RemovalState } from '../../src/taskpane/state/use-form-removal';
import { removalLines, sheetList } from '../../src/taskpane/summary/removal-text';
import { CHOICES, IDLE_REMOVAL, SUMMARY } from './fixtures';
import { englishWords, paneText } from './pane-text';

const LANGUAGES: Language[] = ['en', 'zh-Hant', 'zh-Hans'];
const none = () => undefined;
const outcome = (removal: Partial<FormsRemoval>): FormsRemoval => ({ remove: [], keptEdited: [], unchecked: [], ...removal });
const panel = (state: RemovalState) => <RemoveFormSheets state={state} onStart={none} onConfirm={none} onCancel={none} disabled={false} />;

describe('the removal\'s texts', () => {
  test('sheet names are quoted and listed as each language does', () => {
    expect(sheetList(['調查表 (批次)', 'B'], 'en')).toBe('“調查表 (批次)”, “B”');
    expect(sheetList(['調查表 (批次)', 'B'], 'zh-Hant')).toBe('「調查表 (批次)」、「B」');
    expect(sheetList(['调查表 (批次)', 'B'], 'zh-Hans')).toBe('“调查表 (批次)”、“B”');
  });

  test('what a removal did: the sheets removed, the edited ones kept, the ones that cannot be checked, each named', () => {
    const done = outcome({ remove: ['甲'], keptEdited: ['乙', '丙'], unchecked: ['丁'] });
    expect(removalLines(done, 'en')).toEqual([
      'Form sheets removed (1): “甲”.',
      'Kept, edited since the run (2): “乙”, “丙”.',
      'Kept as well (1): “丁”. Credit Desk cannot check these: they were made before this version, or by a run that stopped part-way. Delete them yourself if you no longer need them.',
    ]);
    expect(removalLines(done, 'zh-Hant')).toEqual([
      '已移除表單工作表（1 張）：「甲」。',
      '已保留之後曾被編輯的表單工作表（2 張）：「乙」、「丙」。',
      '另保留（1 張）：「丁」。Credit Desk 無法檢查這些工作表：它們由舊版產生，或產生時中途停止。若不再需要，請自行刪除。',
    ]);
    expect(removalLines(outcome({ keptEdited: ['乙'] }), 'zh-Hans')).toEqual(['上次生成的表单工作表中，没有可删除的工作表。', '已保留之后曾被编辑的表单工作表（1 张）：“乙”。']);
  });

  const states: [string, RemovalState][] = [
    ['idle', { kind: 'idle' }],
    ['checking', { kind: 'checking' }],
    ['removing', { kind: 'removing', found: outcome({ remove: ['甲'] }) }],
    ['cancelled', { kind: 'cancelled' }],
    ['done', { kind: 'done', outcome: outcome({ remove: ['甲'], keptEdited: ['乙'], unchecked: ['丁'] }) }],
  ];
  for (const language of ['zh-Hant', 'zh-Hans'] as Language[]) {
    test.each(states)(`the panel, %s, shows no English in ${language}`, (_, state) => {
      expect(englishWords(paneText(panel(state), language))).toEqual([]);
    });
  }

  test.each(LANGUAGES)('the panel shows its button and, once done, what went and what stayed (%s)', (language) => {
    const text = paneText(panel({ kind: 'done', outcome: outcome({ remove: ['甲'], keptEdited: ['乙'] }) }), language);
    const button = { en: 'Remove the form sheets of the last run', 'zh-Hant': '移除上次產生的表單工作表', 'zh-Hans': '删除上次生成的表单工作表' }[language];
    expect(text).toContain(`|${button}|`);
    for (const line of removalLines(outcome({ remove: ['甲'], keptEdited: ['乙'] }), language)) expect(text).toContain(line);
    expect(paneText(panel({ kind: 'cancelled' }), language)).toContain({ en: 'Cancelled: no sheet was removed.', 'zh-Hant': '已取消：未移除任何工作表。', 'zh-Hans': '已取消：未删除任何工作表。' }[language]);
  });

  test('the Forms section no longer links the sheets a removal deleted', () => {
    const sheets = [{ name: '調查表-甲', form: 'survey' as const, customers: ['K1'] }, { name: '調查表-乙', form: 'survey' as const, customers: ['K2'] }];
    const removal: FormRemoval = { ...IDLE_REMOVAL, state: { kind: 'done', outcome: outcome({ remove: ['調查表-甲'] }) } };
    const section = (r: FormRemoval) => paneText(
      <FormsSection forms={CHOICES.forms} onForms={none} onGenerate={none} problem={null} pending={null} onConfirm={none} onCancelPending={none}
        canUseSelection running={false} summary={{ ...SUMMARY, forms: { sheets } }} onGoTo={none} removal={r} />, 'zh-Hant');
    expect(section(IDLE_REMOVAL)).toContain('|調查表-甲|');
    const after = section(removal);
    expect(after).toContain('|已建立工作表：1|');
    expect(after).not.toContain('|調查表-甲|');
    expect(after).toContain('|調查表-乙|');
  });
});

describe('the preview host removes the last run\'s form sheets from the open file', () => {
  const file = async (): Promise<File> => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('客戶').addRows([['客戶編號', '客戶名稱'], ['K1', '甲'], ['K2', '乙']]);
    wb.addWorksheet('銷售').addRows([['日期', '客戶編號', '金額'], [46000, 'K1', 900], [46001, 'K2', 100]]);
    return new NodeFile([Buffer.from(await wb.xlsx.writeBuffer())], 'book.xlsx') as unknown as File;
  };
  const request: PaneRunRequest = {
    steps: ['tiers', 'credit', 'forms'], selection: { kind: 'all' }, onProgress: none, signal: new AbortController().signal,
    choices: { overrides: {}, tier: { mode: 'sales', thresholds: [80, 95] }, forms: { kinds: ['survey', 'authorization'], lang: 'zh-Hant', batch: true } },
  };
  const sheetsOf = async (blob: Blob) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await blob.arrayBuffer()) as unknown as ArrayBuffer);
    return wb.worksheets.map((w) => w.name);
  };

  test('finding writes nothing; removing the confirmed sheets changes the download, and only those go', async () => {
    const host = await createPreviewHost({ storage: null, locale: 'zh-TW', dark: false, watchDark: () => none });
    await host.open(await file());
    const summary = await host.run(request);
    const made = summary.forms!.sheets.map((s) => s.name);
    expect(made).toEqual(['調查表 (批次)', '授信申請 (批次)']);
    const before = Buffer.from(await (await host.download()).arrayBuffer());
    expect(await host.findFormsToRemove()).toEqual(outcome({ remove: made }));
    expect(Buffer.compare(Buffer.from(await (await host.download()).arrayBuffer()), before)).toBe(0);

    expect(await host.removeForms(['授信申請 (批次)'])).toEqual(outcome({ remove: ['授信申請 (批次)'] }));
    expect(await sheetsOf(await host.download())).toEqual(['客戶', '銷售', '信用評分表', '調查表 (批次)']);
    expect(await host.findFormsToRemove()).toEqual(outcome({ remove: ['調查表 (批次)'] }));
  });
});
