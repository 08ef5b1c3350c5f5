import type ExcelJS from 'exceljs';
import { DEFAULT_STEPS } from '../../src/app/run-steps';
import type { Language } from '../../src/core/columns/layout';
import { label, type LabelId } from '../../src/core/i18n/labels';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { sampleAsOfDate } from '../../scripts/sample/layout';
import { openThroughFile, runThroughFile, sampleBytes } from '../support/workbooks';

/** C0017 has an approved limit, C0004 is over its recommended limit, C0009 has no receivables. */
const KEYS = ['C0004', 'C0009', 'C0017'];
const value = (v: ExcelJS.CellValue) => (v !== null && typeof v === 'object' && 'result' in v ? v.result : v);

/** Per customer ID: the values the form sheet prints beside a label (the next cell of the label's row), form by form in order. */
function besides(ws: ExcelJS.Worksheet, text: string): unknown[] {
  const out: unknown[] = [];
  ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.value === text) out.push(value(row.getCell(Number(cell.col) + 1).value));
  }));
  return out;
}

/**
 * The customer sheet's values under a header, for customer IDs, read by the
 * package port (ExcelJS reads a cached 0 as no result).
 */
async function customerValues(bytes: Uint8Array, ids: readonly string[], header: string): Promise<unknown[]> {
  const { port } = await openThroughFile(bytes);
  const info = (await port.listSheets()).find((s) => s.name === '客戶資料')!;
  const [block] = await port.readBlocks([{ sheet: '客戶資料', row: 2, col: 0, rows: info.rowCount - 2, cols: info.columnCount }]);
  const col = block![0]!.indexOf(header);
  if (col < 0) throw new Error(`no column ${header}`);
  return ids.map((id) => block!.find((row) => row[0] === id)![col] ?? null);
}

describe.each(['zh-Hant', 'en', 'zh-Hans'] as const)('forms of a run with credit control (%s)', (lang: Language) => {
  const L = (id: LabelId) => label(id, lang);
  let run: Awaited<ReturnType<typeof runThroughFile>>;

  beforeAll(async () => {
    run = await runThroughFile(sampleBytes(), {
      steps: [...DEFAULT_STEPS, 'forms'], options: defaultTierOptions(), control: { asOf: sampleAsOfDate(), required: true },
      forms: { selection: { kind: 'keys', keys: KEYS }, batch: true, lang, now: new Date(2026, 10, 1, 9, 0), requestedLimits: { C0017: 750_000 } },
    });
  });
  const sheet = (form: 'survey' | 'authorization') => run.wb.getWorksheet(run.summary.forms!.sheets.find((s) => s.form === form)!.name)!;
  const column = (id: LabelId) => customerValues(run.bytes, KEYS, label(id, 'zh-Hant'));

  test('the survey prints each customer\'s open receivables and overdue amount as the control columns hold them', async () => {
    expect(besides(sheet('survey'), L('form.outstanding'))).toEqual(await column('col.control.openReceivables'));
    // Nothing past due prints as none (a credit balance is the outstanding's to state), a positive amount as it is.
    const overdue = await column('col.control.overdue') as number[];
    expect(overdue).toContain(0);
    expect(besides(sheet('survey'), L('form.overdue'))).toEqual(overdue.map((v) => (v > 0 ? v : L('form.none'))));
  });

  test('the application prints each customer\'s current limit, exposure and available credit as the control columns hold them', async () => {
    const ws = sheet('authorization');
    expect(besides(ws, L('form.currentLimit'))).toEqual(await column('col.control.limitUsed'));
    expect(besides(ws, L('form.exposure'))).toEqual(await column('col.control.exposure'));
    expect(besides(ws, L('form.available'))).toEqual(await column('col.control.available'));
    expect(besides(ws, L('form.outstanding'))).toEqual(await column('col.control.openReceivables'));
    const limits = await column('col.control.limitUsed') as number[];
    const requested = besides(ws, L('form.requested')) as number[];
    expect(besides(ws, L('form.aboveCurrent'))).toEqual(requested.map((r, i) => Math.max(0, r - limits[i]!)));
  });

  test('only the customers over their limit get the over-limit warning', async () => {
    const status = await column('col.control.status') as string[];
    const over = label('control.status.overLimit', 'zh-Hant');
    const warned: boolean[] = [];
    const warning = L('form.warnOverLimit').replace('{status}', L('control.status.overLimit')).split('{')[0]!;
    sheet('authorization').eachRow((row) => row.eachCell((cell) => {
      // A merged line reads in each of its cells: the first one only.
      if (Number(cell.col) !== 1) return;
      // The stamp line ("as of … · source … · form n of N") starts each form.
      if (typeof cell.value === 'string' && cell.value.includes(`${L('form.source')}: `)) warned.push(false);
      if (typeof cell.value === 'string' && cell.value.startsWith(warning)) warned[warned.length - 1] = true;
    }));
    expect(warned).toEqual(status.map((s) => s.startsWith(over)));
    expect(warned).toContain(true);
  });
});

test('a run without the control step prints the profile columns (the sample has none: blank) and no control fields', async () => {
  const { wb, summary } = await runThroughFile(sampleBytes(), {
    steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(),
    forms: { selection: { kind: 'keys', keys: KEYS }, batch: true, lang: 'zh-Hant', now: new Date(2026, 10, 1, 9, 0) },
  });
  expect(summary.control).toBeUndefined();
  const survey = wb.getWorksheet(summary.forms!.sheets.find((s) => s.form === 'survey')!.name)!;
  const application = wb.getWorksheet(summary.forms!.sheets.find((s) => s.form === 'authorization')!.name)!;
  expect(besides(survey, label('form.outstanding', 'zh-Hant'))).toEqual([null, null, null]);
  expect(besides(application, label('form.exposure', 'zh-Hant'))).toEqual([]);
});
