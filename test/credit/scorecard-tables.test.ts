import fc from 'fast-check';
import { FACTORS, type Factor } from '../../src/core/columns/roles';
import { defaultScorecard, RATIOS, TABLE_ROWS, type RatioRule, type ScorecardConfig } from '../../src/core/credit/scorecard-config';
import { parseScorecard } from '../../src/core/credit/scorecard-read';
import { SCORECARD_NAMES } from '../../src/core/credit/scorecard-sheet';
import { problemText } from '../../src/core/i18n/problem-text';
import { namedCells, scorecardGrid, withCells } from '../support/scorecard-grid';

const DEFAULTS = defaultScorecard(['L1', 'L2', 'L3', 'L4']);
const grid = scorecardGrid(DEFAULTS);
const parse = (cells: Record<string, string | number | null>) => parseScorecard('SC', withCells(grid, cells));
const problemsOf = (cells: Record<string, string | number | null>) => parse(cells).problems.map((p) => [p.cell, p.code]);

/** Sorted distinct integers scaled down, n of them. */
const sortedDistinct = (n: number, min: number, max: number, scale: number) =>
  fc.uniqueArray(fc.integer({ min, max }), { minLength: n, maxLength: n }).map((xs) => xs.sort((a, b) => a - b).map((x) => x / scale));

const ratioRule: fc.Arbitrary<RatioRule> = fc.record({ n: fc.integer({ min: 1, max: TABLE_ROWS.bands.max }), atLeast: fc.boolean() }).chain(({ n, atLeast }) =>
  fc.record({
    thresholds: sortedDistinct(n, -100_000, 100_000, 100),
    points: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }).map((p) => p.sort((a, b) => b - a)),
  }).chain(({ thresholds, points }) => fc.integer({ min: 0, max: points[n - 1]! }).map((otherwise): RatioRule => ({
    direction: atLeast ? 'atLeast' : 'atMost',
    // Best first: the highest threshold for "at least", the lowest for "at most".
    bands: (atLeast ? [...thresholds].reverse() : thresholds).map((threshold, k) => ({ threshold, points: points[k]! })),
    otherwise,
  }))));

/** Any scorecard the sheet can hold: every table from its fewest rows to its most, grade names of the user's. */
const scorecard: fc.Arbitrary<ScorecardConfig> = fc.record({
  ratios: fc.record(Object.fromEntries(RATIOS.map((r) => [r, ratioRule])) as Record<(typeof RATIOS)[number], fc.Arbitrary<RatioRule>>),
  weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: FACTORS.length, maxLength: FACTORS.length }),
  userWeights: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: TABLE_ROWS.userFactors.max }),
  keys: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: TABLE_ROWS.keys.min, maxLength: TABLE_ROWS.keys.max }),
  grades: fc.integer({ min: TABLE_ROWS.grades.min, max: TABLE_ROWS.grades.max }).chain((n) => fc.record({
    minimums: sortedDistinct(n, 0, 2000, 10).map((m) => m.reverse()),
    factors: fc.array(fc.integer({ min: 0, max: 100 }).map((f) => f / 10), { minLength: n, maxLength: n }),
  })),
  maxima: fc.integer({ min: TABLE_ROWS.levels.min, max: TABLE_ROWS.levels.max }).chain((n) => sortedDistinct(n - 1, 0, 10_000_000, 1)),
  creditMonths: fc.integer({ min: 0, max: 36 }),
  netWorthCap: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
  roundingUnit: fc.constantFrom(0.01, 1, 10_000, 1e9),
  maxMissingRatios: fc.integer({ min: 0, max: RATIOS.length }),
  ratingsFraction: fc.double({ min: 0, max: 1, noNaN: true }),
}).map((g): ScorecardConfig => ({
  company: 'Acme',
  ratios: g.ratios,
  weights: Object.fromEntries(FACTORS.map((f, i) => [f, g.weights[i]!])) as Record<Factor, number>,
  userFactors: g.userWeights.map((weight, i) => ({ name: `Own factor ${String.fromCharCode(65 + i)}`, weight })),
  ratingWords: g.keys.map((value, i) => ({ word: i < 5 ? String(i + 1) : `word ${i}`, value })),
  grades: g.grades.minimums.map((minScore, i) => ({ grade: ['優', 'A+', 'Good', 'b', 'Watch', 'C-', '差', 'Z'][i]!, minScore, factor: g.grades.factors[i]! })),
  creditMonths: g.creditMonths,
  netWorthCap: g.netWorthCap,
  roundingUnit: g.roundingUnit,
  levels: [...g.maxima.map((max, i) => ({ name: `Level ${i + 1}`, max })), { name: 'Board', max: null }],
  notRated: { maxMissingRatios: g.maxMissingRatios, maxMissingRatings: Math.floor(g.ratingsFraction * (FACTORS.length + g.userWeights.length)) },
}));

describe('a scorecard whose structure is the user\'s', () => {
  test('any scorecard the tables can hold is read back as written, and each name covers exactly the rows its table uses', () => {
    fc.assert(fc.property(scorecard, (config) => {
      const block = scorecardGrid(config);
      expect(parseScorecard('SC', block)).toEqual({ config, problems: [] });
      const named = namedCells(config, block);
      for (const r of RATIOS) {
        // Worst band first, as MATCH needs them.
        expect(named.get(SCORECARD_NAMES.thresholds(r))).toEqual([...config.ratios[r].bands].reverse().map((b) => b.threshold));
        expect(named.get(SCORECARD_NAMES.bandPoints(r))).toEqual([...config.ratios[r].bands].reverse().map((b) => b.points));
      }
      config.userFactors.forEach((u, i) => expect(named.get(SCORECARD_NAMES.userWeight(i + 1))).toEqual([u.weight]));
      expect(named.get(SCORECARD_NAMES.ratingKeys)).toEqual(config.ratingWords.map((w) => w.word));
      expect(named.get(SCORECARD_NAMES.gradeNames)).toEqual(config.grades.map((g) => g.grade));
      expect(named.get(SCORECARD_NAMES.gradeMinimums)).toEqual(config.grades.slice(0, -1).map((g) => g.minScore));
      // With one level, its own blank maximum (COUNTIF counts no blank): every limit gets that level.
      expect(named.get(SCORECARD_NAMES.levelMaxima)).toEqual(config.levels.length === 1 ? [null] : config.levels.slice(0, -1).map((l) => l.max));
      expect(named.get(SCORECARD_NAMES.levelNames)).toEqual(config.levels.map((l) => l.name));
    }), { numRuns: 200, seed: 20261201 });
  });

  test('a band typed in the next row of its table is read back, and its names cover it', () => {
    // Quick ratio: bands in B13:C15 (worst first), its table's rows to B20.
    const { config } = parse({ B16: 1.5, C16: 12 });
    expect(config!.ratios.quickRatio.bands).toEqual([{ threshold: 1.5, points: 12 }, { threshold: 1, points: 10 }, { threshold: 0.8, points: 7 }, { threshold: 0.5, points: 4 }]);
    const named = namedCells(config!, withCells(grid, { B16: 1.5, C16: 12 }));
    expect(named.get('CreditDesk_QuickRatioThresholds')).toEqual([0.5, 0.8, 1, 1.5]);
    // A band cleared (the rows below moved up) is gone: one band left.
    expect(parse({ B14: null, C14: null, B15: null, C15: null }).config!.ratios.quickRatio.bands).toEqual([{ threshold: 0.5, points: 4 }]);
  });

  test('every structural problem names its cell: a gap, an unsorted band, a row below the table, a table left empty', () => {
    expect(problemsOf({ B17: 2, C17: 12 })).toEqual([['B16', 'scorecardGap']]);
    // The new best band (last row) is below the one above it.
    expect(problemsOf({ B16: 0.9, C16: 12 })).toEqual([['B15', 'scorecardBandsDown']]);
    expect(problemsOf({ B16: 1.1, C16: 12, B17: 1.2, C17: 12, B18: 1.3, C18: 12, B19: 1.4, C19: 12, B20: 1.5, C20: 12, C21: 13 })).toEqual([['C21', 'scorecardTooManyRows']]);
    expect(problemsOf({ B13: null, C13: null, B14: null, C14: null, B15: null, C15: null })).toEqual([['B13', 'scorecardTooFewRows']]);
    // The debt ratio is lower-is-better: its bands rise in the list (B23:B25 = 0.7, 0.6, 0.5).
    expect(problemsOf({ B26: 0.55, C26: 10 })).toEqual([['B25', 'scorecardBandsUp']]);
    const [gap] = parse({ B17: 2, C17: 12 }).problems;
    expect(problemText(gap!, 'en')).toBe('Quick ratio bands: this row is blank inside the table: fill it, or move the rows below it up');
    expect(problemText(gap!, 'zh-Hans')).toBe('速动比率区间：表格中间有空白行：请填写，或将下方各行上移');
    const [tooMany] = parse({ B21: 9 }).problems;
    expect(problemText(tooMany!, 'zh-Hant')).toBe('速動比率級距：表格最多 8 列，此列在表格之外');
  });

  test('grades: 2 to 8 with the user\'s names; a name twice, a number, a wildcard or the not-rated text is refused by cell', () => {
    // Grades in A111:C118; the defaults use five.
    const six = { A111: 'Prime', A112: 'Good', A113: '優', A114: 'Watch', A115: 'Cash only', B115: 10, A116: 'Refuse', B116: 0, C116: 0 };
    expect(parse(six).config!.grades.map((g) => [g.grade, g.minScore])).toEqual([['Prime', 90], ['Good', 80], ['優', 70], ['Watch', 60], ['Cash only', 10], ['Refuse', 0]]);
    expect(problemsOf({ ...six, B116: -1 })).toEqual([['B116', 'scorecardBelow']]);
    expect(problemsOf({ A112: 'aaa', A113: 7, A114: 'B*', A115: '未评级' })).toEqual([
      ['A112', 'scorecardGradeTwice'], ['A113', 'scorecardText'], ['A114', 'scorecardWildcard'], ['A115', 'scorecardGradeName'],
    ]);
    const oneGrade = { A112: null, B112: null, C112: null, A113: null, B113: null, C113: null, A114: null, B114: null, C114: null, A115: null, B115: null, C115: null };
    expect(problemsOf(oneGrade)).toEqual([['A112', 'scorecardTooFewRows']]);
    const eight = { B115: 5, A116: 'G6', B116: 4, C116: 0, A117: 'G7', B117: 3, C117: 0, A118: 'G8', B118: 2, C118: 0 };
    expect(parse(eight).config!.grades).toHaveLength(8);
    expect(problemsOf({ ...eight, A119: 'G9' })).toEqual([['A119', 'scorecardTooManyRows']]);
  });

  test('approval levels: from 1 (it approves any amount) to 8', () => {
    // Levels in A127:B134; one level left: the name, no maximum.
    const one = parse({ A127: 'Board', B127: null, A128: null, B128: null, A129: null, B129: null, A130: null });
    expect(one.config!.levels).toEqual([{ name: 'Board', max: null }]);
    const eight = Object.fromEntries([5, 6, 7, 8].flatMap((k) => [[`A${126 + k}`, `L${k}`], [`B${126 + k}`, k * 1e7]]));
    const { config } = parse({ ...eight, A130: 'L4', B130: 3e6, B134: null });
    expect(config!.levels.map((l) => l.max)).toEqual([100000, 500000, 2000000, 3e6, 5e7, 6e7, 7e7, null]);
    expect(problemsOf({ A130: null, A131: 'Board' })).toEqual([['A130', 'scorecardGap']]);
  });

  test('rating keys: as many as the 30 rows of their table', () => {
    // Keys in A78:B107; the defaults use 16.
    const more = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [[`A${94 + i}`, `word${i}`], [`B${94 + i}`, 3]]).flat());
    expect(parse(more).config!.ratingWords).toHaveLength(30);
    expect(problemsOf({ ...more, A108: 'one too many' })).toEqual([['A108', 'scorecardTooManyRows']]);
  });

  test('the user\'s own factors: a name and a weight each, up to 9, read after the eleven', () => {
    // Rows A66:B74, below the eleven factors (A54:B64) and their header (row 65).
    const { config } = parse({ A66: 'Payment record', B66: 5, A67: '  Years as a customer ', B67: 2 });
    expect(config!.userFactors).toEqual([{ name: 'Payment record', weight: 5 }, { name: 'Years as a customer', weight: 2 }]);
    expect(problemsOf({ A66: 'Payment record', B66: 5, A67: 'payment-RECORD', B67: 1, A68: '銀行往來信用', B68: 1, A69: 'x', B69: null, B70: 3 })).toEqual([
      ['A67', 'scorecardFactorTwice'], ['A68', 'scorecardFactorTwice'], ['B69', 'scorecardBlankNumber'], ['A70', 'scorecardBlank'],
    ]);
    const nine = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [[`A${66 + i}`, `F${i}`], [`B${66 + i}`, 1]]).flat());
    expect(parse(nine).config!.userFactors).toHaveLength(9);
    expect(problemsOf({ ...nine, A75: 'F9', B75: 1 })).toEqual([['A75', 'scorecardTooManyRows']]);
    // With two of them, a grade may miss up to 13 ratings.
    expect(parse({ A66: 'P', B66: 5, A67: 'Q', B67: 2, B138: 13 }).config!.notRated.maxMissingRatings).toBe(13);
    expect(problemsOf({ A66: 'P', B66: 5, A67: 'Q', B67: 2, B138: 14 })).toEqual([['B138', 'scorecardAbove']]);
  });

  test('columns right of C are not read: notes beside the tables (and the credit-control rules from column K) are not problems', () => {
    const noted = grid.map((row, r) => [...row, ...Array.from({ length: 12 }, (_, c) => `note ${r}:${c}`)]);
    expect(parseScorecard('SC', noted)).toEqual({ config: DEFAULTS, problems: [] });
  });
});
