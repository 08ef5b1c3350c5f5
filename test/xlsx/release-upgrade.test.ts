import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { CellValue } from '../../src/core/cells/cell';
import { CURRENT_LAYOUT, FIXED_LAYOUT, RELEASE_01_LAYOUT, type ScorecardLayout } from '../../src/core/credit/scorecard-layout';
import { parseScorecard } from '../../src/core/credit/scorecard-read';
import { changedParts, definedNames, readPackage, sheetPart } from '../support/package-diff';

const FIXTURES = join(__dirname, '..', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'credit-desk-upgrade-'));
const quiet = { write: () => true };

async function run(input: string, output: string): Promise<void> {
  let stderr = '';
  const code = await main(['run', input, '-o', output, '--overwrite'], quiet, { write: (t: string) => (stderr += t) });
  if (code !== 0) throw new Error(`credit-desk run ${input} exited ${code}: ${stderr}`);
}

async function book(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

/** The value at a workbook-scoped name's first cell ('Sheet'!$B$34 or a range starting there). */
function valueAtName(wb: ExcelJS.Workbook, names: ReturnType<typeof definedNames>, name: string): unknown {
  const found = names.find((n) => n.name === name && n.scope === null);
  if (!found) throw new Error(`no defined name ${name}`);
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+)/.exec(found.text);
  if (!m) throw new Error(`${name} is ${found.text}`);
  return wb.getWorksheet(m[1]!.replace(/''/g, "'"))!.getCell(`${m[2]}${m[3]}`).value;
}

/** The scorecard read back in a layout, as the credit step reads it. */
function scorecardIn(wb: ExcelJS.Workbook, layout: ScorecardLayout) {
  const ws = wb.getWorksheet('信用評分表')!;
  const block = Array.from({ length: Math.max(layout.rows, CURRENT_LAYOUT.rows) }, (_, r) =>
    Array.from({ length: layout.cols }, (_, c) => (ws.getCell(r + 1, c + 1).value ?? null) as CellValue));
  const { config, problems } = parseScorecard('信用評分表', block, layout);
  expect(problems).toEqual([]);
  return config!;
}

/**
 * A workbook scored by an earlier release (its scorecard edited by hand, see
 * the fixture's README), run twice with this release: the scorecard is read
 * in its layout and rewritten in place in the current one.
 */
function upgradeSuite(name: string, fixture: string, layout: ScorecardLayout, edits: (wb: ExcelJS.Workbook, names: ReturnType<typeof definedNames>) => void) {
  describe(name, () => {
    const input = join(FIXTURES, fixture, 'sample-scored.xlsx');
    const once = join(dir, `${fixture}-once.xlsx`);
    const twice = join(dir, `${fixture}-twice.xlsx`);
    beforeAll(async () => {
      await run(input, once);
      await run(once, twice);
    });

    test('keeps every scorecard value: the sheet read in the current layout is the one read in its own', async () => {
      const [before, after] = [await book(input), await book(once)];
      // (Release 0.1's rating table is read with the keys "1"–"5" ahead of its words, as the upgrade writes it.)
      expect(scorecardIn(after, CURRENT_LAYOUT)).toEqual(scorecardIn(before, layout));
      edits(after, definedNames(readPackage(once)));
    });

    test('changes no cell of the user columns, and no part of the sheets it does not own', async () => {
      const [before, after] = [await book(input), await book(once)];
      const customers = before.getWorksheet('客戶資料')!;
      const header = customers.getRow(3);
      // The first owned column is 銷售淨額: every column left of it is the user's.
      let firstOwned = 0;
      header.eachCell((cell, col) => {
        if (cell.value === '銷售淨額' && firstOwned === 0) firstOwned = col;
      });
      expect(firstOwned).toBeGreaterThan(20);
      let compared = 0;
      customers.eachRow((row, r) => {
        for (let c = 1; c < firstOwned; c++) {
          expect([r, c, after.getWorksheet('客戶資料')!.getCell(r, c).value]).toEqual([r, c, row.getCell(c).value]);
          compared++;
        }
      });
      expect(compared).toBeGreaterThan(5000);
      const [pin, pout] = [readPackage(input), readPackage(once)];
      for (const sheet of ['銷售明細', '說明']) {
        const part = sheetPart(pin, sheet);
        expect([sheet, Buffer.from(pout.get(part)!).equals(Buffer.from(pin.get(part)!))]).toEqual([sheet, true]);
      }
    });

    test('a second run changes nothing, part by part', () => {
      expect(changedParts(readFileSync(once), readFileSync(twice))).toEqual([]);
    });
  });
}

upgradeSuite('a workbook scored by release 0.1, run again with this release', 'release-0.1', RELEASE_01_LAYOUT, (wb, names) => {
  expect(valueAtName(wb, names, 'CreditDesk_WeightPrincipal')).toBe(9);
  expect(valueAtName(wb, names, 'CreditDesk_CreditMonths')).toBe(2);
  expect(valueAtName(wb, names, 'CreditDesk_LevelMaxima')).toBe(150_000);
  const thresholds = names.find((n) => n.name === 'CreditDesk_QuickRatioThresholds')!.text;
  const [, sheet, col, first, last] = /^'?(.+?)'?!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(thresholds)!;
  const ws = wb.getWorksheet(sheet!)!;
  // Worst band first: the edited best band (1.2) is the last row the table uses.
  expect(ws.getCell(`${col}${last}`).value).toBe(1.2);
  expect(Number(last) - Number(first)).toBe(2);
  expect(scorecardIn(wb, CURRENT_LAYOUT).ratingWords.slice(0, 6).map((w) => w.word)).toEqual(['1', '2', '3', '4', '5', '優']);
});

upgradeSuite('a workbook scored with the fixed scorecard layout, run again with this release', 'fixed-scorecard', FIXED_LAYOUT, (wb, names) => {
  const sc = scorecardIn(wb, CURRENT_LAYOUT);
  expect(sc.company).toBe('Acme 貿易');
  expect(sc.ratios.debtRatio.otherwise).toBe(1);
  expect(sc.ratios.quickRatio.bands[0]!.threshold).toBe(1.2);
  expect(sc.weights.principal).toBe(9);
  expect(sc.ratingWords.at(-1)).toEqual({ word: 'awful', value: 1 });
  expect(sc.grades.map((g) => [g.grade, g.minScore, g.factor])).toEqual([['AAA', 90, 1.5], ['AA', 82, 1.2], ['A', 70, 0.9], ['B', 60, 0.6], ['C', 0, 0]]);
  expect(sc.creditMonths).toBe(2);
  expect(sc.levels.map((l) => [l.name, l.max])).toEqual([['客戶經理', 100000], ['直銷部經理', 600000], ['區域經理', 2000000], ['總公司', null]]);
  expect(sc.notRated).toEqual({ maxMissingRatios: 1, maxMissingRatings: 4 });
  // The names point at the current layout's cells (README, "Credit step": B121, B138).
  expect(names.find((n) => n.name === 'CreditDesk_CreditMonths')!.text).toBe("'信用評分表'!$B$121");
  expect(valueAtName(wb, names, 'CreditDesk_MaxMissingRatings')).toBe(4);
  expect(names.find((n) => n.name === 'CreditDesk_RatingKeys')!.text).toBe("'信用評分表'!$A$78:$A$93");
});
