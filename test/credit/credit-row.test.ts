import fc from 'fast-check';
import { isFormulaWrite, type CellValue, type CellWrite } from '../../src/core/cells/cell';
import { columnLetter } from '../../src/core/cells/address';
import type { SheetLayout } from '../../src/core/columns/layout';
import { FACTORS, type Factor } from '../../src/core/columns/roles';
import { label, labelWith, type LabelId } from '../../src/core/i18n/labels';
import { CREDIT_COL, CREDIT_COLUMNS } from '../../src/core/credit/credit-columns';
import { CreditRowWriter } from '../../src/core/credit/credit-row';
import { ratioFormulas, type FigureRefs, type FigureRole } from '../../src/core/credit/ratios';
import { defaultScorecard, RATIOS } from '../../src/core/credit/scorecard-config';
import { scorecardRefs } from '../../src/core/credit/scorecard-sheet';
import { gradeFormula, levelFormula, limitFormula, ratioPointsFormula, ScorecardRules, scoreFormula, type RowRefs } from '../../src/core/credit/scoring';
import { FIGURES, inputColumns, inputName } from '../../src/core/credit/statement-inputs';

const rules = new ScorecardRules(defaultScorecard(['L1', 'L2', 'L3', 'L4']));
const sc = scorecardRefs();
const ownCols = CREDIT_COLUMNS.map((_, i) => 100 + i);
const own = Object.fromEntries(Object.entries(CREDIT_COL).map(([k, i]) => [k, columnLetter(ownCols[i]!)])) as Record<keyof typeof CREDIT_COL, string>;
const en = (id: string) => label(id as LabelId, 'en');
const ROLES = [...FIGURES, ...FACTORS.map((f) => `rating:${f}` as const)];

const value = fc.oneof(fc.integer({ min: -50, max: 500 }), fc.constantFrom(null, 0, 2.5, 'good', ' 優 ', 'n/a', '#N/A'));
const sheet = fc.record({
  present: fc.array(fc.boolean(), { minLength: ROLES.length, maxLength: ROLES.length }),
  crossSheet: fc.boolean(),
  rows: fc.array(
    fc.record({
      values: fc.array(value, { minLength: ROLES.length, maxLength: ROLES.length }),
      row: fc.integer({ min: 1, max: 1_048_574 }),
      sourceRow: fc.option(fc.integer({ min: 1, max: 1_048_574 }), { freq: 4 }),
      avg: fc.option(fc.double({ min: 0, max: 1e7, noNaN: true })),
    }),
    { minLength: 1, maxLength: 8 },
  ),
});

/** The row's formulas built directly, the plain way: references with their row numbers, no templates. */
function directFormulas(refs: { figures: FigureRefs; ratings: Partial<Record<Factor, string>> }, row: number) {
  const at = (col: string) => `${col}${row + 1}`;
  const rowRefs: RowRefs = { avgMonthlySales: at(own.avgMonthlySales), grade: at(own.grade), limitCap: at(own.limitCap) };
  const ratios = ratioFormulas(refs.figures, en('value.na'));
  // The four ratio points are adjacent columns, the management points apart from them.
  const points = `${at(own[`${RATIOS[0]}Points`])}:${at(own[`${RATIOS[3]}Points`])},${at(own.managementPoints)}`;
  const lastFactor = columnLetter(ownCols[CREDIT_COL.factorPoints + FACTORS.length - 1]!);
  const rated = { ratios: `${at(own.quickRatio)}:${at(own.netMargin)}`, ratioCount: 4, factorPoints: `${at(own.factorPoints)}:${lastFactor}${row + 1}`, factorCount: 11 };
  const notRated = en('value.notRated');
  return {
    ...Object.fromEntries(RATIOS.map((r) => [r, ratios[r] && `=${ratios[r]}`])),
    ...Object.fromEntries(RATIOS.map((r) => [`${r}Points`, `=${ratioPointsFormula(sc, r, at(own[r]))}`])),
    score: `=${scoreFormula(points)}`,
    grade: `=${gradeFormula(sc, at(own.score), rated, notRated)}`,
    limit: `=${limitFormula(sc, rowRefs, notRated)}`,
    level: `=${levelFormula(sc, at(own.limit), { survey: en('value.surveyNeeded'), none: en('value.noCredit') })}`,
  };
}

/** The three rated items that cost most points, found by sorting (ties: the earlier item); missing items cost none. */
function sortedReasons(lost: { item: string; points: number }[]): string | null {
  const top = lost.filter((l) => l.points > 1e-9).sort((a, b) => b.points - a.points).slice(0, 3);
  return top.length === 0 ? null : top.map((l) => `${l.item} −${Math.round(l.points * 100) / 100}`).join('; ');
}

const formulaOf = (cell: CellWrite | undefined) => (cell !== undefined && isFormulaWrite(cell) ? cell.formula : null);

describe('the credit row writer', () => {
  test('writes the formulas built directly for each row; the reasons say why a row is not rated and end with the rated items that lost most points', () => {
    fc.assert(
      fc.property(sheet, ({ present, crossSheet, rows }) => {
        const columns: Record<string, number> = {};
        ROLES.forEach((role, i) => {
          if (present[i]) columns[role] = i + 1;
        });
        const layout: SheetLayout = { sheet: 'Fin', headerRow: 0, firstDataRow: 1, lastRow: 9, headers: [], columns, ambiguous: {}, language: 'en' };
        const inputs = inputColumns(layout, crossSheet, own.statementRow);
        const writer = new CreditRowWriter(rules, sc, ownCols, 'en', inputs, '2025-11');
        for (const r of rows) {
          const values: CellValue[] = inputs.map((c) => r.values[ROLES.indexOf(c.role as (typeof ROLES)[number])]!);
          // On the customer sheet a statement is the customer's own row; on a financials sheet any row.
          const statement = r.sourceRow === null ? null : { values, row: crossSheet ? r.sourceRow : r.row };
          const result = writer.row({ statement, avgMonthlySales: r.avg }, r.row);

          // Every row has the same formulas: on a financials sheet looked up by the statement-row column, else the row's own cells.
          const ref = (role: string) => (crossSheet ? `INDEX(${inputName(role as FigureRole)},$${own.statementRow}${r.row + 1})` : `${columnLetter(columns[role]!)}${r.row + 1}`);
          const shown = inputs;
          const expected = directFormulas({
            figures: Object.fromEntries(shown.filter((c) => c.factor === null).map((c) => [c.role as FigureRole, ref(c.role)])),
            ratings: Object.fromEntries(shown.filter((c) => c.factor !== null).map((c) => [c.factor!, ref(c.role)])),
          }, r.row);
          for (const [column, formula] of Object.entries(expected)) {
            expect([column, formulaOf(result.cells[CREDIT_COL[column as keyof typeof CREDIT_COL]])]).toEqual([column, formula]);
          }

          const lost = [
            ...RATIOS.filter((ratio) => result.ratios[ratio] !== null)
              .map((ratio) => ({ item: en(`col.${ratio}`), points: rules.config.ratios[ratio].bands[0]!.points - result.ratioPoints[ratio] })),
            ...FACTORS.filter((f) => result.ratings[f] !== null)
              .map((f) => ({ item: en(`factor.${f}`), points: rules.config.weights[f] - (rules.config.weights[f] * result.ratings[f]!) / 5 })),
          ];
          const missingRatios = RATIOS.filter((ratio) => result.ratios[ratio] === null).length;
          const missingRatings = FACTORS.filter((f) => result.ratings[f] === null).length;
          const notRated = missingRatios > 1 || missingRatings > 3;
          expect(result.grade === 'notRated').toBe(notRated);
          expect(result.limit === null).toBe(notRated);
          const parts = (result.reasons ?? '').split('; ');
          if (notRated) {
            expect(parts[0]).toBe(labelWith('reason.notRated', 'en', { ratios: missingRatios, ratioCount: 4, ratings: missingRatings, factorCount: 11, maxRatios: 1, maxRatings: 3 }));
          }
          const top = sortedReasons(lost);
          expect(result.reasons === null ? null : parts.slice(parts.length - (top === null ? 0 : top.split('; ').length)).join('; ') || null).toBe(top);
          expect(result.cells[CREDIT_COL.reasons]).toBe(result.reasons);
        }
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });

  test('refuses a statement on another row of the customer sheet: the column could not share one formula', () => {
    const layout: SheetLayout = { sheet: 'Fin', headerRow: 0, firstDataRow: 1, lastRow: 9, headers: [], columns: { quickAssets: 1, currentLiabilities: 2 }, ambiguous: {}, language: 'en' };
    const writer = new CreditRowWriter(rules, sc, ownCols, 'en', inputColumns(layout, false), '2025-11');
    expect(writer.row({ statement: { values: [5, 2], row: 4 }, avgMonthlySales: 10 }, 4).ratios.quickRatio).toBe(2.5);
    expect(() => writer.row({ statement: { values: [5, 2], row: 3 }, avgMonthlySales: 10 }, 4)).toThrow('the statement of sheet row 5 is on row 4');
  });
});
