import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { definedNames, readPackage } from '../support/package-diff';
import { formulaMismatches } from '../support/compare-formulas';
import { readFormulaValues, recalculateXlsxFiles, type FormulaValues } from '../support/libreoffice/recalculate';
import { makeWorkbook, runThroughFile, sampleBytes, type Grid } from '../support/workbooks';

/**
 * One truth for a scorecard whose structure is the user's (issue 10 §2, §6):
 * LibreOffice recalculates the credit formulas of workbooks whose scorecard
 * has 1 to 8 bands per ratio, 2 to 8 grades of the user's names, 1 to 8
 * approval levels and factors of the user's own, and gets the core's values.
 */
const dir = mkdtempSync(join(tmpdir(), 'credit-desk-lo-structure-'));

const FIGURE_HEADERS = ['流動資產', '存貨', '速動資產', '流動負債', '負債總額', '期初資產總額', '期末資產總額', '銷售收入', '淨利潤'];
const RATING_HEADERS = ['負責人評信', '企業規模及企業性質', '銷售能力', '經營技術', '近三年資本增長', '近三年贏利情況', '員工抱怨', '供料客戶評價', '銀行往來信用', '同業信用評價', '行業景氣'];

const figure = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e8, noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 100, 50, null, '1,234') },
);
const rating = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom('優', '良', '中', '差', '劣', 'good', 0, '好', null));
const customers = fc.array(fc.tuple(fc.array(figure, { minLength: 9, maxLength: 9 }), fc.array(rating, { minLength: 20, maxLength: 20 })), { minLength: 6, maxLength: 14 });

/** The scorecard's structure per generated workbook: bands per ratio, factors of the user's, grades, levels. */
interface Structure {
  bands: number;
  userFactors: number;
  grades: number;
  levels: number;
  separateSheet: boolean;
}
const STRUCTURES: Structure[] = [1, 2, 3, 4, 5, 6, 7, 8].map((bands, i) => ({
  bands,
  userFactors: [9, 0, 1, 3, 2, 5, 7, 4][i]!,
  grades: [2, 3, 4, 5, 6, 7, 8, 8][i]!,
  levels: [1, 2, 3, 4, 5, 6, 7, 8][i]!,
  separateSheet: i % 2 === 1,
}));
const USER_HEADERS = Array.from({ length: 9 }, (_, k) => `自訂項目${k + 1}`);
const GRADE_NAMES = ['甲等', '乙等', '丙等', 'Watch', 'D-', '戊等', '己等', 'Cash only'];

/** Sound customers, of three sizes, ahead of the generated ones: they reach the top grades and the approval levels. */
const SOUND: [unknown[], unknown[]][] = [1, 3, 10].map((size, i) => [
  [2e6, 5e5, null, 1e6, 3e6, 9e6, 1e7, 4.5e7, 6e6].map((v) => (v === null ? null : v * size)),
  Array.from({ length: 20 }, (_, k) => [5, 4, '優'][(i + k) % 3]),
]);

function workbookFrom(generated: [unknown[], unknown[]][], s: Structure): ExcelJS.Workbook {
  const rows = [...SOUND, ...generated];
  const ids = rows.map((_, i) => `K${i}`);
  const header = ['客戶編號', ...FIGURE_HEADERS, ...RATING_HEADERS, ...USER_HEADERS.slice(0, s.userFactors)];
  const inputs = rows.map(([figures, ratings], i) => [ids[i]!, ...figures, ...ratings.slice(0, 11 + s.userFactors)] as Grid[number]);
  const sales: Grid = [['日期', '客戶編號', '金額'], ...ids.flatMap((id, i) => [[45600 + 7 * i, id, 3e6 * (i + 1)], [45900 + i, id, 1.2e6 * ((i % 4) + 1)]])];
  const sheets = s.separateSheet
    ? [{ name: '客戶', rows: [['客戶編號', '客戶名稱'], ...ids.map((id) => [id, `名${id}`])] as Grid }, { name: '財務資料', rows: [header, ...inputs] as Grid }]
    : [{ name: '客戶', rows: [header, ...inputs] as Grid }];
  return makeWorkbook([...sheets, { name: '銷售', rows: sales }]);
}

/** Range of each ratio's thresholds, and whether lower is better. */
const SCALES = [{ low: 0.2, high: 2, lowerBetter: false }, { low: 0.2, high: 1, lowerBetter: true }, { low: 0.5, high: 6, lowerBetter: false }, { low: -0.1, high: 0.3, lowerBetter: false }];

/** Sets the scorecard's tables to a structure, as a user types in their yellow rows (see README, "Credit step", for the cells). */
function setStructure(sc: ExcelJS.Worksheet, s: Structure): void {
  const clear = (first: number, rows: number, cols: string[]) => {
    for (let r = first; r < first + rows; r++) for (const c of cols) sc.getCell(`${c}${r}`).value = null;
  };
  SCALES.forEach(({ low, high, lowerBetter }, i) => {
    const first = 13 + 10 * i;
    clear(first, 8, ['B', 'C']);
    for (let k = 0; k < s.bands; k++) {
      // Worst first: ascending for higher-is-better, descending for lower-is-better; points rise to 10 at the best.
      const step = (high - low) * (k / Math.max(1, s.bands - 1));
      sc.getCell(`B${first + k}`).value = Math.round((lowerBetter ? high - step : low + step) * 1000) / 1000;
      sc.getCell(`C${first + k}`).value = Math.round((10 * (k + 1)) / s.bands);
    }
  });
  clear(66, 9, ['A', 'B']);
  for (let k = 0; k < s.userFactors; k++) {
    sc.getCell(`A${66 + k}`).value = USER_HEADERS[k]!;
    sc.getCell(`B${66 + k}`).value = 2 + k;
  }
  clear(111, 8, ['A', 'B', 'C']);
  for (let g = 0; g < s.grades; g++) {
    sc.getCell(`A${111 + g}`).value = GRADE_NAMES[8 - s.grades + g]!;
    sc.getCell(`B${111 + g}`).value = g === s.grades - 1 ? 0 : 80 - Math.round((70 * g) / s.grades);
    sc.getCell(`C${111 + g}`).value = Math.round(((s.grades - 1 - g) / (s.grades - 1)) * 15) / 10;
  }
  clear(127, 8, ['A', 'B']);
  for (let l = 0; l < s.levels; l++) {
    sc.getCell(`A${127 + l}`).value = `層級${l + 1}`;
    if (l < s.levels - 1) sc.getCell(`B${127 + l}`).value = 50000 * 3 ** l;
  }
  // Most customers graded, some not rated.
  sc.getCell('B137').value = 2;
  sc.getCell('B138').value = 6 + s.userFactors;
}

/** Per customer: 4 ratios, score, grade, limit, level, 4 ratio points, 11 factor points, management points, net-worth cap, and a points column per factor of the user's. */
const formulasPerCustomer = (userFactors: number) => 25 + userFactors;
/**
 * The formulas the run wrote, as cached: the customer sheet's. The scorecard's
 * points on offer were written when the sheet was made, and the test then
 * edits it with ExcelJS, which saves without recalculating, so their cache is
 * the editor's (Excel would have recalculated it).
 */
async function runFormulas(file: string): Promise<Awaited<ReturnType<typeof readFormulaValues>>> {
  const values = await readFormulaValues(file, { missingResult: '' });
  values.delete('信用評分表');
  return values;
}

/** The grades of the customer sheet (column of header 信用等級), by cell. */
function gradesOf(values: FormulaValues, wb: ExcelJS.Workbook): [string, unknown][] {
  const ws = wb.getWorksheet('客戶資料')!;
  let letter = '';
  ws.getRow(3).eachCell((cell) => { if (cell.value === '信用等級') letter = ws.getColumn(cell.col).letter; });
  return [...values.get('客戶資料')!].filter(([addr]) => addr.replace(/\d+$/, '') === letter).sort(([a], [b]) => a.localeCompare(b));
}

async function edit(bytes: Uint8Array, file: string, change: (sc: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  change(wb.getWorksheet('信用評分表')!);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a scorecard whose structure is the user\'s, recalculated in LibreOffice', () => {
  test('every band count from 1 to 8, with 2 to 8 grades of the user\'s names, 1 to 8 levels and 0 to 9 factors of the user\'s own: LibreOffice equals the core', async () => {
    const samples = fc.sample(customers, { numRuns: STRUCTURES.length, seed: 20261201 });
    const files: string[] = [];
    const expectedCells: number[] = [];
    for (const [i, s] of STRUCTURES.entries()) {
      const first = await runThroughFile(workbookFrom(samples[i]! as [unknown[], unknown[]][], s));
      const edited = await edit(first.bytes, join(dir, `structure-${s.bands}-edited.xlsx`), (sc) => setStructure(sc, s));
      const { summary, bytes } = await runThroughFile(readFileSync(edited));
      expect(summary.credit!.gradeNames).toEqual(GRADE_NAMES.slice(8 - s.grades));
      // The names cover exactly the rows in use: n bands from B13.
      const thresholds = definedNames(readPackage(bytes)).find((n) => n.name === 'CreditDesk_QuickRatioThresholds')!.text;
      expect(thresholds).toBe(s.bands === 1 ? "'信用評分表'!$B$13" : `'信用評分表'!$B$13:$B$${12 + s.bands}`);
      files.push(join(dir, `structure-${s.bands}.xlsx`));
      writeFileSync(files.at(-1)!, bytes);
      expectedCells.push((SOUND.length + samples[i]!.length) * formulasPerCustomer(s.userFactors));
      // Some limits reach the scorecard's approval levels (with one level, it approves them all).
      expect(Object.keys(summary.credit!.approvalLevels).some((level) => level.startsWith('層級'))).toBe(true);
    }
    const recalculated = await recalculateXlsxFiles(files);
    for (const [i, file] of files.entries()) {
      const { compared, mismatches } = formulaMismatches(await runFormulas(file), recalculated[i]!);
      expect([file, compared, mismatches]).toEqual([file, expectedCells[i], []]);
    }
  });

  test('the demo with a factor of the user\'s: adding a band row and changing weights regrades exactly the customers the core says', async () => {
    // The user adds 付款情形 (payment record, a column of the demo's customer sheet) as a factor, with rating words for its values; a run makes its column.
    const first = await runThroughFile(sampleBytes());
    const factorFile = await edit(first.bytes, join(dir, 'demo-factor.xlsx'), (sc) => {
      sc.getCell('A66').value = '付款情形';
      sc.getCell('B66').value = 6;
      [['正常', 5], ['偶有延遲', 3], ['經常延遲', 1]].forEach(([word, value], k) => {
        sc.getCell(`A${94 + k}`).value = word!;
        sc.getCell(`B${94 + k}`).value = value!;
      });
    });
    const base = await runThroughFile(readFileSync(factorFile));
    const baseFile = join(dir, 'demo-base.xlsx');
    writeFileSync(baseFile, base.bytes);
    expect(base.summary.credit!.missingInputs['rating:付款情形']).toBe(16);

    // Then: a fourth quick-ratio band (15 points from 1.5), and two weights (principal 8 -> 20, 付款情形 6 -> 12).
    const weights = (sc: ExcelJS.Worksheet) => {
      sc.getCell('B54').value = 20;
      sc.getCell('B66').value = 12;
    };
    const editedFile = await edit(base.bytes, join(dir, 'demo-edited.xlsx'), (sc) => {
      weights(sc);
      sc.getCell('B16').value = 1.5;
      sc.getCell('C16').value = 15;
    });
    const weightsOnly = await runThroughFile(readFileSync(await edit(base.bytes, join(dir, 'demo-weights.xlsx'), weights)));
    const after = await runThroughFile(readFileSync(editedFile));
    const afterFile = join(dir, 'demo-after.xlsx');
    writeFileSync(afterFile, after.bytes);
    const weightsOnlyFile = join(dir, 'demo-weights-run.xlsx');
    writeFileSync(weightsOnlyFile, weightsOnly.bytes);

    const [baseLo, editedLo, afterLo] = await recalculateXlsxFiles([baseFile, editedFile, afterFile]);
    // The demo with its factor: every formula as the core computes it.
    const baseCompare = formulaMismatches(await runFormulas(baseFile), baseLo!);
    expect(baseCompare.mismatches).toEqual([]);
    // The sample has receivables: its 8 credit-control formula columns too.
    expect(baseCompare.compared).toBe(300 * (formulasPerCustomer(1) + 8));

    const cached = async (file: string) => gradesOf(await readFormulaValues(file), base.wb);
    const before = await cached(baseFile);
    const changed = (grades: [string, unknown][]) => grades.filter(([addr, g], i) => before[i]![0] === addr && before[i]![1] !== g).map(([addr]) => addr);
    // Recalculated before any run, the weights regrade at once; the band row counts from the next run (the names cover the rows in use).
    expect(gradesOf(editedLo!, base.wb)).toEqual(await cached(weightsOnlyFile));
    // After the run, LibreOffice and the core agree on every formula, and regrade the same customers.
    expect(formulaMismatches(await runFormulas(afterFile), afterLo!).mismatches).toEqual([]);
    const core = await cached(afterFile);
    expect(gradesOf(afterLo!, base.wb)).toEqual(core);
    expect(changed(gradesOf(afterLo!, base.wb))).toEqual(changed(core));
    // The band regraded customers the weights alone did not.
    expect(core).not.toEqual(await cached(weightsOnlyFile));
  });
});
