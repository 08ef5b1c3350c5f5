import fc from 'fast-check';
import { FACTORS } from '../../src/core/columns/roles';
import { factorRecord } from '../../src/core/credit/factor-record';
import { compileTemplate, fillTemplate, ROW, SOURCE_ROW } from '../../src/core/credit/formula-template';

/** The plain way to fill a formula: replace every placeholder. */
const replaced = (formula: string, row: string, sourceRow: string) => formula.replaceAll(ROW, row).replaceAll(SOURCE_ROW, sourceRow);

/** Formula text with placeholders among ASCII, CJK, quotes and characters outside the BMP. */
const formula = fc
  .array(fc.constantFrom(ROW, SOURCE_ROW, '=IF(', 'ISNUMBER(ZB', "'信用評分表'!$B$", '"不適用"', "'Bob''s'!C", '😀', ',', ')', 'é'), { maxLength: 40 })
  .map((pieces) => pieces.join(''));
const rowNumber = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 95, max: 105 }), fc.integer({ min: 1, max: 1_048_576 })).map(String);

describe('filling formula templates row by row', () => {
  test('gives the same text as replacing the placeholders, whatever the order and length of the row numbers', () => {
    fc.assert(
      fc.property(fc.array(formula, { minLength: 1, maxLength: 5 }), fc.array(fc.tuple(rowNumber, rowNumber), { minLength: 1, maxLength: 30 }), (formulas, rows) => {
        const templates = formulas.map(compileTemplate);
        for (const [row, sourceRow] of rows) {
          expect(templates.map((t) => fillTemplate(t, row, sourceRow))).toEqual(formulas.map((f) => replaced(f, row, sourceRow)));
          expect(templates.map((t) => fillTemplate(t, row, row))).toEqual(formulas.map((f) => replaced(f, row, row)));
        }
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});

test('a record by factor takes the values in FACTORS order', () => {
  expect(Object.entries(factorRecord(FACTORS))).toEqual(FACTORS.map((f) => [f, f]));
});
