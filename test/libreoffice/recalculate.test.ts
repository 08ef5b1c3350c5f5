/**
 * The LibreOffice recalculation helper really recalculates: every formula in
 * the fixture carries a deliberately wrong cached result (999, "stale"), so a
 * pass means LibreOffice computed the values rather than echoing the cache.
 *
 * soffice launches here (~2-3 s each): one for the recalculated fixture plus
 * its changed-input copy, one control without the recalc setting, one PDF,
 * one broken file. Needs LibreOffice: a missing install fails these tests.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import {
  NOT_INSTALLED_MESSAGE,
  convertToPdf,
  libreOfficePrecision,
  pdfToText,
  readFormulaValues,
  recalculateXlsx,
  recalculateXlsxFiles,
  type FormulaValues,
} from '../support/libreoffice/recalculate';

const DATA = '信用評分表 2024';
const SUMMARY = '結果 Summary';
const Q = `'${DATA}'!`;

function formula(text: string, wrongCachedResult: number | string | boolean): ExcelJS.CellValue {
  return { formula: text, result: wrongCachedResult } as ExcelJS.CellValue;
}

/** The fixture: inputs on DATA, formulas on both sheets, every cached result wrong. */
function buildFixture(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet(DATA);
  data.getCell('A1').value = 21;
  data.getCell('B1').value = 0;
  const customers: [string, number, number][] = [
    ['甲公司', 92, 250000],
    ['乙公司', 78, 120000],
    ['丙公司', 85, 180000],
    ['丁公司', 64, 50000],
    ['戊公司', 70, 90000],
  ];
  customers.forEach(([name, score, limit], i) => {
    data.getCell(4 + i, 1).value = name;
    data.getCell(4 + i, 2).value = score;
    data.getCell(4 + i, 3).value = limit;
  });
  data.getCell('D1').value = formula('IF(B1=0,"n/a",A1/B1)', 999);
  data.getCell('D2').value = formula('A1/B1', 999);
  data.getCell('D3').value = formula('IF(A1>0,"","x")', 'stale');
  data.getCell('D4').value = formula('A1>B1', false);
  data.getCell('D5').value = formula('2/3', 999);
  data.getCell('D6').value = formula('A1*2', 999);
  data.getCell('D7').value = formula('VLOOKUP("不存在",A4:C8,3,FALSE)', 999);
  data.getCell('D8').value = formula('0.1+0.2', 999);
  data.getCell('D9').value = formula('PI()', 999);

  const summary = wb.addWorksheet(SUMMARY);
  summary.getCell('A1').value = formula(`${Q}A1*2`, 999);
  summary.getCell('A2').value = formula(`IF(AND(${Q}B6>=80,${Q}C6>100000),"A","B")`, 'stale');
  summary.getCell('A3').value = formula(`ROUNDDOWN(${Q}C4*0.37,-3)`, 999);
  summary.getCell('A4').value = formula(`INDEX(${Q}C4:C8,MATCH("丙公司",${Q}A4:A8,0))`, 999);
  summary.getCell('A5').value = formula(`SUMPRODUCT((${Q}B4:B8>=70)*${Q}C4:C8)`, 999);
  summary.getCell('A6').value = formula(`IFERROR(MATCH("不存在",${Q}A4:A8,0),"not found")`, 999);
  summary.getCell('A7').value = formula(`IF(${Q}B1=0,"n/a",${Q}A1/${Q}B1)`, 999);
  summary.getCell('A8').value = formula(`IFERROR(${Q}A1/${Q}B1,-1)`, 999);
  summary.getCell('A9').value = formula('ROUND(1/3,2)', 999);
  summary.getCell('A10').value = formula(`${Q}D6+1`, 999);
  summary.getCell('B1').value = '信用額度';
  return wb;
}

/** Every formula cell's true value (LibreOffice's 15 significant digits where it matters). */
const TRUE_VALUES: Record<string, Record<string, string | number | boolean | null>> = {
  [DATA]: {
    D1: 'n/a',
    D2: '#DIV/0!',
    D3: '',
    D4: true,
    D5: 0.666666666666667,
    D6: 42,
    D7: '#N/A',
    D8: 0.3,
    D9: 3.14159265358979,
  },
  [SUMMARY]: {
    A1: 42,
    A2: 'A',
    A3: 92000,
    A4: 180000,
    A5: 640000,
    A6: 'not found',
    A7: 'n/a',
    A8: -1,
    A9: 0.33,
    A10: 43,
  },
};

function plain(values: FormulaValues): Record<string, Record<string, unknown>> {
  return Object.fromEntries([...values].map(([sheet, cells]) => [sheet, Object.fromEntries(cells)]));
}

let dir: string;
let fixturePath: string;
let recalculated: FormulaValues;
let recalculatedAfterChange: FormulaValues;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'credit-desk-lo-test-'));
  fixturePath = path.join(dir, '信用 fixture.xlsx');
  await buildFixture().xlsx.writeFile(fixturePath);

  // The same file with its inputs changed, as a user would edit it.
  const changed = new ExcelJS.Workbook();
  await changed.xlsx.readFile(fixturePath);
  changed.getWorksheet(DATA)!.getCell('A1').value = 50;
  changed.getWorksheet(DATA)!.getCell('B1').value = 4;
  const changedPath = path.join(dir, 'changed.xlsx');
  await changed.xlsx.writeFile(changedPath);

  const started = Date.now();
  [recalculated, recalculatedAfterChange] = await recalculateXlsxFiles([fixturePath, changedPath]);
  // One soffice launch for both files; visible with --verbose runs.
  console.log(`LibreOffice recalculated 2 workbooks in ${Date.now() - started} ms`);
});

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('recalculateXlsx', () => {
  it('the fixture really carries wrong cached results', async () => {
    const cached = await readFormulaValues(fixturePath);
    expect(cached.get(DATA)!.get('D6')).toBe(999);
    expect(cached.get(SUMMARY)!.get('A1')).toBe(999);
    expect(cached.get(SUMMARY)!.get('A2')).toBe('stale');
  });

  it('returns LibreOffice\'s recalculated value of every formula cell, not the cache', () => {
    expect(plain(recalculated)).toEqual(TRUE_VALUES);
    expect(recalculated.get(DATA)!.get('D6')).toBe(42);
    expect(recalculated.get(SUMMARY)!.get('A1')).toBe(42);
  });

  it('follows quoted cross-sheet references with CJK characters and spaces', () => {
    const summary = recalculated.get(SUMMARY)!;
    expect(summary.get('A4')).toBe(180000);
    expect(summary.get('A5')).toBe(640000);
    expect(summary.get('A10')).toBe(43);
  });

  it('writes numbers with 15 significant digits (libreOfficePrecision matches)', () => {
    const data = recalculated.get(DATA)!;
    expect(data.get('D5')).toBe(libreOfficePrecision(2 / 3));
    expect(data.get('D5')).not.toBe(2 / 3);
    expect(data.get('D8')).toBe(libreOfficePrecision(0.1 + 0.2));
    expect(data.get('D9')).toBe(libreOfficePrecision(Math.PI));
  });

  it('recalculates dependents of a changed input cell', () => {
    const data = recalculatedAfterChange.get(DATA)!;
    const summary = recalculatedAfterChange.get(SUMMARY)!;
    expect(data.get('D6')).toBe(100);
    expect(summary.get('A1')).toBe(100);
    expect(summary.get('A10')).toBe(101);
    expect(data.get('D1')).toBe(12.5);
    expect(data.get('D2')).toBe(12.5);
    expect(summary.get('A7')).toBe(12.5);
    expect(summary.get('A8')).toBe(12.5);
    expect(summary.get('A3')).toBe(92000);
  });

  it('keeps the cached results without the OOXMLRecalcMode setting (control)', async () => {
    const echoed = await recalculateXlsx(fixturePath, { recalculate: false });
    expect(echoed.get(DATA)!.get('D6')).toBe(999);
    expect(echoed.get(SUMMARY)!.get('A1')).toBe(999);
    expect(echoed.get(SUMMARY)!.get('A2')).toBe('stale');
  });

  it('throws with soffice\'s stderr when LibreOffice cannot load the file', async () => {
    const broken = path.join(dir, 'broken.xlsx');
    await fs.writeFile(broken, 'PK\u0003\u0004 not really a zip');
    await expect(recalculateXlsx(broken)).rejects.toThrow(/LibreOffice wrote no .*source file could not be loaded/s);
  });

  it('throws "not installed" when soffice is missing', async () => {
    const missing = path.join(dir, 'no-such-soffice');
    await expect(recalculateXlsx(fixturePath, { sofficePath: missing })).rejects.toThrow(NOT_INSTALLED_MESSAGE);
  });

  it('throws on a timeout and kills soffice', async () => {
    await expect(recalculateXlsx(fixturePath, { timeoutMs: 50 })).rejects.toThrow(/timed out after 50 ms/);
  });
});

describe('convertToPdf', () => {
  it('prints every sheet, recalculated, with CJK text (needs fonts-noto-cjk)', async () => {
    const pdf = await convertToPdf(fixturePath, path.join(dir, 'pdf'));
    expect(pdf).toBe(path.join(dir, 'pdf', '信用 fixture.pdf'));
    expect((await fs.readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfToText(pdf);
    expect(text).toContain('信用額度');
    expect(text).toContain('丙公司');
    expect(text).toContain('not found');
    expect(text).not.toContain('stale');
    expect(text).not.toMatch(/\b999\b/);
  });
});
