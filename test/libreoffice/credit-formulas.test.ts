import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { formulaMismatches } from '../support/compare-formulas';
import { readFormulaValues, recalculateXlsxFiles } from '../support/libreoffice/recalculate';
import { defaultRequest, makeWorkbook, runThroughFile, sampleBytes, type Grid } from '../support/workbooks';
import { sampleAsOfDate } from '../../scripts/sample/layout';
import { label } from '../../src/core/i18n/labels';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-lo-'));

const FIGURE_HEADERS = ['流動資產', '存貨', '速動資產', '流動負債', '負債總額', '期初資產總額', '期末資產總額', '銷售收入', '淨利潤'];
const RATING_HEADERS = ['負責人評信', '企業規模及企業性質', '銷售能力', '經營技術', '近三年資本增長', '近三年贏利情況', '員工抱怨', '供料客戶評價', '銀行往來信用', '同業信用評價', '行業景氣'];

const figure = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e6, max: 1e8, noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -5, 1e12, 1e-6, 100, 50) },
  { weight: 2, arbitrary: fc.constantFrom(null, '1,234', 'n/a', '#N/A') },
);
const rating = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('優', '良', '中', '差', '劣', 'good', '好', null, 2.5));
const generated = fc.record({
  customers: fc.array(fc.tuple(fc.array(figure, { minLength: 9, maxLength: 9 }), fc.array(rating, { minLength: 11, maxLength: 11 })), { minLength: 1, maxLength: 12 }),
  separateSheet: fc.boolean(),
  sales: fc.array(fc.tuple(fc.nat({ max: 14 }), fc.double({ min: -1e5, max: 1e7, noNaN: true, noDefaultInfinity: true }), fc.nat({ max: 800 })), { maxLength: 60 }),
});

type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

function workbookFrom(g: Generated): ExcelJS.Workbook {
  const ids = g.customers.map((_, i) => `K${i}`);
  const inputs: Grid = g.customers.map(([figures, ratings], i) => [ids[i]!, ...figures, ...ratings] as Grid[number]);
  const header = ['客戶編號', ...FIGURE_HEADERS, ...RATING_HEADERS];
  const sales: Grid = [['日期', '客戶編號', '金額'], ...g.sales.map(([c, amount, day]) => [45000 + day, `K${c}`, amount])];
  const sheets = g.separateSheet
    ? [
        { name: '客戶', rows: [['客戶編號', '客戶名稱'], ...ids.map((id) => [id, `名${id}`])] as Grid },
        { name: '財務資料', rows: [header, ...inputs] as Grid },
      ]
    : [{ name: '客戶', rows: [header, ...inputs] as Grid }];
  return makeWorkbook([...sheets, { name: '銷售', rows: sales }]);
}

/** The grade cells (column AR, after the sample's columns to 核准額度 in AG) of the sample's customer sheet, as cached or as LibreOffice recalculates them, in address order. */
async function gradesIn(file: string, recalc: boolean): Promise<[string, unknown][]> {
  const values = recalc ? (await recalculateXlsxFiles([file]))[0]! : await readFormulaValues(file);
  return [...values.get('客戶資料')!].filter(([addr]) => /^AR\d/.test(addr)).sort(([a], [b]) => a.localeCompare(b));
}

describe('credit formulas recalculated in LibreOffice equal the core (one truth)', () => {
  test('the demo workbook: every ratio, score, grade, limit and level cell', async () => {
    const { summary, bytes } = await runThroughFile(sampleBytes(), { ...defaultRequest(), control: { asOf: sampleAsOfDate(), required: true } });
    expect(summary.credit?.grades).toEqual({ AAA: 13, AA: 45, A: 67, B: 56, C: 61, notRated: 58 });
    const file = join(dir, 'demo.xlsx');
    writeFileSync(file, bytes);
    const [recalculated] = await recalculateXlsxFiles([file]);
    const cached = await readFormulaValues(file, { missingResult: '' });
    const { mismatches } = formulaMismatches(cached, recalculated!);
    // Per customer: 4 ratios, score, grade, limit, level, 4 ratio points, 11 factor points, management points, net-worth cap;
    // and, the sample having receivables, the control step's 8 (limit used, exposure, available, utilisation, status and its others, hold amount, code).
    expect(cached.get('客戶資料')!.size).toBe(300 * (25 + 8));
    expect(mismatches).toEqual([]);
  });

  test('property-generated workbooks with missing inputs, zero and negative denominators, negative equity and extreme values', async () => {
    const samples = fc.sample(generated, { numRuns: 24, seed: 20261122 });
    const files: string[] = [];
    for (const [i, g] of samples.entries()) {
      const { bytes } = await runThroughFile(workbookFrom(g));
      files.push(join(dir, `generated-${i}.xlsx`));
      writeFileSync(files[files.length - 1]!, bytes);
    }
    const recalculated = await recalculateXlsxFiles(files);
    let total = 0;
    for (const [i, file] of files.entries()) {
      const { compared, mismatches } = formulaMismatches(await readFormulaValues(file, { missingResult: '' }), recalculated[i]!);
      total += compared;
      expect([file, mismatches]).toEqual([file, []]);
    }
    expect(total).toBeGreaterThan(24 * 8);
  });

  test('editing one weight and one band on the scorecard regrades exactly the customers the core says', async () => {
    const base = join(dir, 'base.xlsx');
    writeFileSync(base, (await runThroughFile(sampleBytes())).bytes);

    // The user edits the scorecard in another program (ExcelJS here) and saves.
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(base);
    const scorecard = edited.getWorksheet('信用評分表')!;
    expect(scorecard.getCell('A54').value).toBe('負責人評信');
    scorecard.getCell('B54').value = 20; // principal's weight 8 -> 20
    expect(scorecard.getCell('B15').value).toBe(1);
    scorecard.getCell('B15').value = 1.5; // quick ratio: 10 points from 1.5 instead of 1.0 (the best band is the last row of its table)
    const editedFile = join(dir, 'edited.xlsx');
    await edited.xlsx.writeFile(editedFile);

    const before = await gradesIn(base, false);
    const libreOffice = await gradesIn(editedFile, true);
    const coreFile = join(dir, 'core.xlsx');
    writeFileSync(coreFile, (await runThroughFile(readFileSync(editedFile))).bytes); // the core reads the edited scorecard and recomputes
    const core = await gradesIn(coreFile, false);

    expect(libreOffice).toEqual(core);
    const changed = (after: typeof core) => after.filter(([addr, g], i) => before[i]![0] === addr && before[i]![1] !== g).map(([addr]) => addr);
    expect(changed(core).length).toBeGreaterThan(0);
    expect(changed(libreOffice)).toEqual(changed(core));
  });
});

test('loosening the not-rated rule on the scorecard grades, in LibreOffice, exactly the customers the core then grades', async () => {
  const base = join(dir, 'rule-base.xlsx');
  const first = await runThroughFile(sampleBytes());
  writeFileSync(base, first.bytes);
  const notRated = label('value.notRated', 'zh-Hant');
  const edited = new ExcelJS.Workbook();
  await edited.xlsx.readFile(base);
  const scorecard = edited.getWorksheet('信用評分表')!;
  expect(scorecard.getCell('A138').value).toBe(label('sc.maxMissingRatings', 'zh-Hant'));
  scorecard.getCell('B137').value = 4; // any number of ratios may be missing
  scorecard.getCell('B138').value = 11; // and any number of ratings
  const editedFile = join(dir, 'rule-edited.xlsx');
  await edited.xlsx.writeFile(editedFile);

  const before = await gradesIn(base, false);
  const libreOffice = await gradesIn(editedFile, true);
  const coreFile = join(dir, 'rule-core.xlsx');
  const again = await runThroughFile(readFileSync(editedFile));
  writeFileSync(coreFile, again.bytes);
  const core = await gradesIn(coreFile, false);

  expect(first.summary.credit!.grades.notRated).toBeGreaterThan(0);
  expect(again.summary.credit!.grades.notRated).toBe(0);
  expect(libreOffice).toEqual(core);
  // Exactly the customers not rated before are graded now.
  const wasNotRated = before.filter(([, g]) => g === notRated).map(([addr]) => addr);
  const changed = core.filter(([addr, g], i) => before[i]![0] === addr && before[i]![1] !== g).map(([addr]) => addr);
  expect(changed).toEqual(wasNotRated);
});
