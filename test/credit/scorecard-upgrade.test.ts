import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/cells/cell';
import { defaultScorecard } from '../../src/core/credit/scorecard-config';
import {
  CURRENT_LAYOUT, FIXED_LAYOUT, FIXED_LAYOUT_BEFORE_NOT_RATED, RELEASE_01_LAYOUT, type ScorecardLayout,
} from '../../src/core/credit/scorecard-layout';
import { parseScorecard } from '../../src/core/credit/scorecard-read';
import { scorecardLayoutOf, scorecardSheetOps } from '../../src/core/credit/scorecard-sheet';
import type { NamedCell } from '../../src/core/workbook-shape';
import { withCells } from '../support/scorecard-grid';
import { reasonOf } from '../support/reason-of';

const FIXTURES = join(__dirname, '..', 'fixtures');

/** The scorecard sheet of a fixture as the credit step reads it for an upgrade: the old layout's columns, down to the current layout's last row. */
async function fixtureBlock(fixture: string, cols: number): Promise<CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(FIXTURES, fixture, 'sample-scored.xlsx')) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('信用評分表')!;
  return Array.from({ length: CURRENT_LAYOUT.rows }, (_, r) => Array.from({ length: cols }, (_, c) => (ws.getCell(r + 1, c + 1).value ?? null) as CellValue));
}

const at = (name: string, row: number, col = 1): NamedCell => ({ name, sheet: 'SC', row, col });

describe('which layout a scorecard sheet is in, from where its names sit', () => {
  const marker = at('CreditDesk_Scorecard', 0, 0);
  test('release 0.1 (no credit-months name), the fixed layout (with or without the not-rated rule) and the current one', () => {
    expect(scorecardLayoutOf('SC', [marker]).layout).toBe(RELEASE_01_LAYOUT);
    expect(scorecardLayoutOf('SC', [marker, at('CreditDesk_CreditMonths', 73), at('CreditDesk_MaxMissingRatios', 85), at('CreditDesk_MaxMissingRatings', 86)]))
      .toEqual({ layout: FIXED_LAYOUT, moved: [] });
    expect(scorecardLayoutOf('SC', [marker, at('CreditDesk_CreditMonths', 73)])).toEqual({ layout: FIXED_LAYOUT_BEFORE_NOT_RATED, moved: [] });
    expect(scorecardLayoutOf('SC', [marker, at('CreditDesk_CreditMonths', 120), at('CreditDesk_MaxMissingRatings', 137)])).toEqual({ layout: CURRENT_LAYOUT, moved: [] });
    // Names of another sheet do not count.
    expect(scorecardLayoutOf('SC', [marker, { ...at('CreditDesk_CreditMonths', 120), sheet: 'Other' }]).layout).toBe(RELEASE_01_LAYOUT);
  });

  test('a sheet row inserted or deleted moves the names with their cells: the sheet cannot be read by position, and each moved name is named', () => {
    const { layout, moved } = scorecardLayoutOf('SC', [marker, at('CreditDesk_CreditMonths', 121), at('CreditDesk_MaxMissingRatings', 138)]);
    expect(layout).toBe(CURRENT_LAYOUT);
    expect(moved.map((p) => [p.cell, p.code, p.args])).toEqual([
      ['B122', 'scorecardMoved', { expected: 'B121' }], ['B139', 'scorecardMoved', { expected: 'B138' }],
    ]);
    expect(reasonOf(moved[0]!)).toMatch(/^this cell was B121: sheet rows were inserted or deleted above it/);
    expect(scorecardLayoutOf('SC', [at('CreditDesk_Scorecard', 1, 0), at('CreditDesk_CreditMonths', 74)]).moved.map((p) => p.cell)).toEqual(['A2', 'B75']);
  });
});

describe('a scorecard of an earlier layout is read in it, every value kept, for an upgrade in place', () => {
  test('the fixed layout, edited by hand (the fixture\'s README)', async () => {
    const { config, problems } = parseScorecard('信用評分表', await fixtureBlock('fixed-scorecard', 3), FIXED_LAYOUT);
    expect(problems).toEqual([]);
    const defaults = defaultScorecard(['客戶經理', '直銷部經理', '地區公司經理', '總公司']);
    expect(config).toEqual({
      ...defaults,
      company: 'Acme 貿易',
      ratios: {
        ...defaults.ratios,
        quickRatio: { ...defaults.ratios.quickRatio, bands: [{ threshold: 1.2, points: 10 }, ...defaults.ratios.quickRatio.bands.slice(1)] },
        debtRatio: { ...defaults.ratios.debtRatio, otherwise: 1 },
      },
      weights: { ...defaults.weights, principal: 9 },
      ratingWords: [...defaults.ratingWords.slice(0, -1), { word: 'awful', value: 1 }],
      grades: defaults.grades.map((g) => (g.grade === 'AA' ? { ...g, minScore: 82 } : g.grade === 'A' ? { ...g, factor: 0.9 } : g)),
      creditMonths: 2,
      levels: [{ name: '客戶經理', max: 100000 }, { name: '直銷部經理', max: 600000 }, { name: '區域經理', max: 2000000 }, { name: '總公司', max: null }],
      notRated: { maxMissingRatios: 1, maxMissingRatings: 4 },
    });
  });

  test('the fixed layout made before the not-rated rule gets the rule\'s defaults', async () => {
    const block = (await fixtureBlock('fixed-scorecard', 3)).map((row, r) => (r >= FIXED_LAYOUT_BEFORE_NOT_RATED.rows ? [null, null, null] : row));
    expect(parseScorecard('信用評分表', block, FIXED_LAYOUT_BEFORE_NOT_RATED).config!.notRated).toEqual({ maxMissingRatios: 1, maxMissingRatings: 3 });
  });

  test('release 0.1: its rating words get the keys "1"–"5" ahead of them', async () => {
    const { config, problems } = parseScorecard('信用評分表', await fixtureBlock('release-0.1', 9), RELEASE_01_LAYOUT);
    expect(problems).toEqual([]);
    expect(config!.ratingWords.map((w) => w.word)).toEqual(['1', '2', '3', '4', '5', '優', '优', '良', '中', '差', '劣', 'excellent', 'good', 'fair', 'poor', 'bad']);
    expect([config!.weights.principal, config!.ratios.quickRatio.bands[0]!.threshold, config!.creditMonths, config!.levels[0]!.max]).toEqual([9, 1.2, 2, 150000]);
  });

  test.each([
    ['the fixed layout', 'fixed-scorecard', FIXED_LAYOUT, 'A100'],
    ['the fixed layout before the not-rated rule', 'fixed-scorecard', FIXED_LAYOUT_BEFORE_NOT_RATED, 'B85'],
    ['release 0.1', 'release-0.1', RELEASE_01_LAYOUT, 'C60'],
  ] as [string, string, ScorecardLayout, string][])('%s: a cell of the user\'s where the current layout goes is refused by cell; beyond column C it is left alone', async (_, fixture, layout, cell) => {
    const block = (await fixtureBlock(fixture, layout.cols)).map((row, r) => (r >= layout.rows ? row.map(() => null) : row));
    const { config, problems } = parseScorecard('信用評分表', withCells(block, { [cell]: 'my note' }), layout);
    expect(config).toBeNull();
    expect(problems.map((p) => [p.cell, p.code, reasonOf(p)])).toEqual([[cell, 'scorecardCellTaken', 'the scorecard\'s current layout needs this cell, but it holds "my note": move it']]);
    expect(parseScorecard('信用評分表', withCells(block, { [`D${cell.slice(1)}`]: 'my note' }), layout).problems).toEqual([]);
  });
});

describe('the upgrade\'s writes', () => {
  const config = defaultScorecard(['L1', 'L2', 'L3', 'L4']);
  test('over the old layout\'s cells: formats back to General and fills painted plain first, then the current layout in columns A–C only', () => {
    const ops = scorecardSheetOps('SC', config, 'en', FIXED_LAYOUT);
    expect(ops.some((o) => o.op === 'addSheet')).toBe(false);
    expect(ops[0]).toEqual({ op: 'numberFormat', sheet: 'SC', row: 0, col: 0, rows: 88, cols: 3, format: 'General' });
    const reset = ops.findIndex((o) => o.op === 'style' && o.style.fill === '#FFFFFF');
    expect(reset).toBeGreaterThan(ops.findIndex((o) => o.op === 'values'));
    expect(ops.slice(reset + 1).some((o) => o.op === 'style' && o.style.fill === '#FFF2CC')).toBe(true);
    const values = ops.find((o) => o.op === 'values');
    expect(values).toMatchObject({ row: 0, col: 0 });
    expect(values?.op === 'values' && [values.values.length, values.values[0]!.length]).toEqual([CURRENT_LAYOUT.rows, 3]);
    expect(ops.every((o) => !('col' in o) || o.col + ('cols' in o ? o.cols ?? 1 : 1) <= 3)).toBe(true);
  });

  test('release 0.1\'s band columns D–I are cleared (they were the add-in\'s); a new sheet has no reset', () => {
    const ops = scorecardSheetOps('SC', config, 'en', RELEASE_01_LAYOUT);
    expect(ops).toContainEqual({ op: 'clear', sheet: 'SC', row: 0, col: 3, rows: 58, cols: 6 });
    const fresh = scorecardSheetOps('SC', config, 'en');
    expect(fresh[0]).toEqual({ op: 'addSheet', sheet: 'SC' });
    expect(fresh.some((o) => o.op === 'clear' || (o.op === 'numberFormat' && o.format === 'General'))).toBe(false);
  });
});
