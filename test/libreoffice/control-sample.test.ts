/**
 * The bundled sample run with credit control as of its as-of day, recalculated
 * in LibreOffice: every formula cell (credit and control, customer sheet and
 * scorecard) equals the core's cached value.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_STEPS } from '../../src/app/run-steps';
import { columnLetter } from '../../src/core/cells/address';
import { label } from '../../src/core/i18n/labels';
import { CONTROL_COL, CONTROL_COLUMNS } from '../../src/core/control/control-columns';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { APPROVED_LIMIT_HEADER, SAMPLE_AS_OF, sampleAsOfDate } from '../../scripts/sample/layout';
import { formulaMismatches } from '../support/compare-formulas';
import { readFormulaValues, recalculateXlsxFiles } from '../support/libreoffice/recalculate';
import { runThroughFile, sampleBytes } from '../support/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-control-sample-'));
const FORMULA_COLUMNS = [
  CONTROL_COL.limitUsed, CONTROL_COL.exposure, CONTROL_COL.available, CONTROL_COL.utilisation,
  CONTROL_COL.status, CONTROL_COL.statusAlso, CONTROL_COL.holdAmount, CONTROL_COL.statusCode,
];

test('the sample with credit control: every formula cell recalculated by LibreOffice equals the core', async () => {
  const { summary, wb, bytes } = await runThroughFile(sampleBytes(), {
    steps: DEFAULT_STEPS, options: defaultTierOptions(), control: { asOf: sampleAsOfDate(), required: true },
  });
  const control = summary.control!;
  expect(control.asOf).toBe(SAMPLE_AS_OF.toISOString().slice(0, 10));
  expect(control.receivablesSheet).toBe('應收帳款');
  // Every customer has a status; some are over their limit, some held for old overdue debt.
  expect(Object.values(control.statuses).reduce((a, b) => a + b, 0)).toBe(300);
  expect(control.statuses.overLimit).toBeGreaterThan(0);
  expect(control.statuses.overdueHold).toBeGreaterThan(0);
  expect(control.documentsAfterAsOf).toBe(0);

  const file = join(dir, 'sample-control.xlsx');
  writeFileSync(file, bytes);
  const [recalculated] = await recalculateXlsxFiles([file]);
  const cached = await readFormulaValues(file, { missingResult: '' });
  const { compared, mismatches } = formulaMismatches(cached, recalculated!);
  expect(mismatches).toEqual([]);

  // The control step's formula columns are among the cells compared: one formula per customer row in each.
  const ws = wb.getWorksheet('客戶資料')!;
  const headers = Array.from(ws.getRow(3).values as unknown[], (v) => (typeof v === 'string' ? v : ''));
  const customerCells = cached.get('客戶資料')!;
  for (const k of FORMULA_COLUMNS) {
    const header = label(CONTROL_COLUMNS[k]!.label, 'zh-Hant');
    const col = headers.findIndex((h) => h.startsWith(header)) - 1;
    expect([header, col >= 0]).toEqual([header, true]);
    const letter = columnLetter(col);
    expect([header, [...customerCells.keys()].filter((a) => a.replace(/\d+$/, '') === letter).length]).toEqual([header, 300]);
  }
  expect(compared).toBeGreaterThanOrEqual(300 * (25 + FORMULA_COLUMNS.length));

  // A customer the credit step could not rate, with no approved limit, has no limit: not rated (or held, not rated beside it), never no credit.
  const columnOf = (header: string) => headers.findIndex((h) => h === header || h.startsWith(`${header} (`)) - 1;
  const [grade, approved, status, also] = [label('col.grade', 'zh-Hant'), APPROVED_LIMIT_HEADER, label('col.control.status', 'zh-Hant'), label('col.control.statusAlso', 'zh-Hant')]
    .map((h) => { const col = columnOf(h); expect([h, col >= 0]).toEqual([h, true]); return col; });
  const valueAt = (col: number, row: number) => {
    const v = ws.getCell(row, col + 1).value;
    return v !== null && typeof v === 'object' && 'result' in v ? v.result : v;
  };
  const noLimit: number[] = [];
  for (let row = 4; row <= ws.rowCount; row++) if (valueAt(grade!, row) === label('value.notRated', 'zh-Hant') && valueAt(approved!, row) === null) noLimit.push(row);
  const notRated = label('control.status.notRated', 'zh-Hant');
  expect(noLimit.length).toBeGreaterThan(0);
  expect(noLimit.map((row) => {
    const shown = [customerCells.get(`${columnLetter(status!)}${row}`), customerCells.get(`${columnLetter(also!)}${row}`)];
    return shown[0] === notRated || (shown[0] === label('control.status.overdueHold', 'zh-Hant') && String(shown[1]).includes(notRated)) ? 'not rated' : `row ${row}: ${shown.join(' / ')}`;
  })).toEqual(noLimit.map(() => 'not rated'));
  expect(control.statuses.notRated).toBe(noLimit.filter((row) => customerCells.get(`${columnLetter(status!)}${row}`) === notRated).length);
});
