import { inputErrorText } from '../../src/core/i18n/input-error-text';
import { InputError } from '../../src/core/problems';
import { failThroughFile, runThroughFile, sampleBytes } from '../support/workbooks';
import { englishWords } from '../taskpane/pane-text';

test('an invalid scorecard is refused with its cells, each with a reason in the pane language', async () => {
  const { wb: saved } = await runThroughFile(sampleBytes());
  const sc = saved.getWorksheet('信用評分表')!;
  sc.getCell('B14').value = 1.2; // quick ratio band 2 above band 1 (bands are listed worst first: band 1 is B15)
  sc.getCell('B56').value = -3; // a negative weight
  sc.getCell('B128').value = null; // a level without an amount
  const { error, changed } = await failThroughFile(saved);
  expect(error).toBeInstanceOf(InputError);
  expect(changed).toEqual([]);
  const refused = error as InputError;
  expect(refused.code).toBe('scorecardInvalid');
  expect(refused.problems.map((p) => [p.cell, p.code])).toEqual([['B14', 'scorecardBandsDown'], ['B56', 'scorecardBelow'], ['B128', 'scorecardLevelNoMax']]);
  // The cells as references, by the one quoting rule (the pane links them).
  expect(refused.candidates).toEqual(["'信用評分表'!B14", "'信用評分表'!B56", "'信用評分表'!B128"]);
  // The English message is the dictionary's, worded as the pane words it in English.
  expect(refused.message).toBe(inputErrorText(refused, 'en'));
  expect(refused.message).toMatch(/信用評分表!B56: weight of Sales ability: must not be below 0, found -3/);

  const text = inputErrorText(refused, 'zh-Hant');
  expect(text.split('\n')).toEqual([
    '評分表「信用評分表」有問題：3 項。未寫入任何資料。請修正下列儲存格後再執行：',
    '信用評分表!B14：速動比率級距順序錯誤：門檻 2 須低於門檻 1',
    '信用評分表!B56：銷售能力的權重：不得低於 0，目前為 -3',
    '信用評分表!B128：審批層級「直銷部經理」沒有最高額度',
  ]);
  expect(englishWords(inputErrorText(refused, 'zh-Hans'))).toEqual([]);
});

test('a word rating that is not a number is reported once, as not a number', async () => {
  const { wb: saved } = await runThroughFile(sampleBytes());
  saved.getWorksheet('信用評分表')!.getCell('B83').value = 'good'; // the first rating word's rating (after the keys 1–5)
  const refused = (await failThroughFile(saved)).error as InputError;
  expect(refused.problems.map((p) => [p.cell, p.code, p.args])).toEqual([['B83', 'scorecardNumber', expect.objectContaining({ found: '"good"' })]]);
});
