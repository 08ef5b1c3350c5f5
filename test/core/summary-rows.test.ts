import type { CellValue } from '../../src/core/cells/cell';
import { problemText } from '../../src/core/i18n/problem-text';
import type { Problem } from '../../src/core/problems';
import { listValues, summaryRows } from '../../src/core/tiers/summary-rows';

const where = (problems: Problem[]) => problems.map((p) => [p.cell, p.code, p.args?.variant ?? null]);

describe('summary rows anywhere in a list', () => {
  const key = { col: 0, values: ['K1', '小計', 'K2', null, 'K3', 'Total ', null, '總計', null] as CellValue[] };
  const name = { col: 1, values: ['A', null, 'B', '合计', 'Total', null, null, null, null] as CellValue[] };
  const found = summaryRows('S', 1, key, [name]);

  test('between data rows: the key a label, or the key blank and another cell one; at the bottom: the list ends above', () => {
    expect(found.within).toEqual([1, 3]);
    expect(found.keep).toBe(5);
    // Row 6 (K3, "Total" as its name) is a customer: its key is no label.
    expect(where(found.problems)).toEqual([
      ['A3', 'summaryRow', 'within'], ['B5', 'summaryRow', 'within'], ['A7', 'summaryRow', null], ['A9', 'summaryRow', null],
    ]);
  });

  test('the values read as far as the list goes, a row within it blank', () => {
    expect(listValues(key.values, found)).toEqual(['K1', null, 'K2', null, 'K3']);
    expect(listValues(name.values, found)).toEqual(['A', null, 'B', null, 'Total']);
  });

  test('a list without one is read as it is', () => {
    const plain = summaryRows('S', 1, { col: 0, values: ['K1', null, 'K2'] }, []);
    expect(plain).toEqual({ keep: 3, within: [], problems: [] });
  });

  test('a row within is worded as one: the list goes on below it, in every language', () => {
    const within = found.problems[0]!;
    expect(problemText(within, 'en')).toBe('summary row "小計" between the rows of the list: it is not read (the list goes on below it)');
    expect(problemText(within, 'zh-Hant')).toBe('清單中間的合計列 「小計」：此列不讀取（清單在其下方繼續）');
    expect(problemText(within, 'zh-Hans')).toBe('清单中间的合计行 “小計”：此行不读取（清单在其下方继续）');
    expect(problemText(found.problems[2]!, 'en')).toBe('summary row "Total ": the list ends on the row above, so this row is not read');
  });
});
