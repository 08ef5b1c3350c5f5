/**
 * The pane's "Open the scorecard" runs the 'scorecard' step alone: it makes
 * the scorecard sheet when the workbook has none, as a credit run would make
 * it, and tiers and scores nothing.
 */
import type ExcelJS from 'exceljs';
import { runSteps } from '../../src/app/run-steps';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { openThroughFile, readBack, runThroughFile, sampleBytes } from '../support/workbooks';

const scorecardOnly = { steps: ['scorecard'] as const, options: defaultTierOptions() };

/** Every value of a sheet, row by row, as text (formulas by their text). */
function sheetText(wb: ExcelJS.Workbook, name: string): string[] {
  const rows: string[] = [];
  wb.getWorksheet(name)!.eachRow({ includeEmpty: false }, (row) => rows.push(JSON.stringify(row.values)));
  return rows;
}

test('on a workbook without one, it makes the scorecard sheet and nothing else: no tier or credit column', async () => {
  const pristine = await readBack(sampleBytes());
  const made = await runThroughFile(sampleBytes(), { ...scorecardOnly, steps: [...scorecardOnly.steps] });
  expect(made.summary.scorecard).toEqual({ sheet: '信用評分表', created: true });
  expect(made.summary.credit).toBeUndefined();
  expect(made.wb.worksheets.map((ws) => ws.name)).toEqual([...pristine.worksheets.map((ws) => ws.name), '信用評分表']);
  // Every other sheet is as it was: the customer sheet has no ABC tier and no credit grade.
  for (const ws of pristine.worksheets) expect(sheetText(made.wb, ws.name)).toEqual(sheetText(pristine, ws.name));
  expect(sheetText(made.wb, '客戶資料').join('\n')).not.toMatch(/ABC 分類|信用等級/);

  // The same sheet a credit run makes.
  const credit = await runThroughFile(sampleBytes());
  expect(sheetText(made.wb, '信用評分表')).toEqual(sheetText(credit.wb, '信用評分表'));
});

test('on a workbook that has one, it finds it and writes nothing', async () => {
  const credit = await runThroughFile(sampleBytes());
  const again = await runThroughFile(credit.bytes, { ...scorecardOnly, steps: [...scorecardOnly.steps] });
  expect(again.summary.scorecard).toEqual({ sheet: '信用評分表', created: false });
  for (const ws of credit.wb.worksheets) expect(sheetText(again.wb, ws.name)).toEqual(sheetText(credit.wb, ws.name));
  expect(again.wb.worksheets.map((ws) => ws.name)).toEqual(credit.wb.worksheets.map((ws) => ws.name));
});

test('runs alone: with another step it is refused before anything is read', async () => {
  const file = await openThroughFile(sampleBytes());
  await expect(runSteps(file.port, { ...scorecardOnly, steps: ['scorecard', 'credit'] })).rejects.toThrow("the 'scorecard' step runs alone");
});
