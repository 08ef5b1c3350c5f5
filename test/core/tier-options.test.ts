import { parseRunArgs, UsageError } from '../../src/cli/parse-args';
import { dateToSerial } from '../../src/core/cells/normalize';
import { inputErrorText } from '../../src/core/i18n/input-error-text';
import { InputError } from '../../src/core/problems';
import {
  DEFAULT_THRESHOLDS, defaultTierOptions, fractionsToPercent, percentToFractions, periodDateSerial, tierOptionsFromTyped,
} from '../../src/core/tiers/tier-options';
import { defaultChoices } from '../../src/taskpane/choices/default-choices';
import { inputColumnsRequest } from '../../src/taskpane/host/steps-request';
import { readDraft } from '../../src/taskpane/tiers/tier-draft';

const NOW = new Date(2026, 0, 1);

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('Nothing was thrown.');
}

describe('percent and fractions', () => {
  it('converts both ways, without floating-point noise', () => {
    expect(percentToFractions(80, 95)).toEqual([0.8, 0.95]);
    expect(percentToFractions(82.5, 100)).toEqual([0.825, 1]);
    expect(fractionsToPercent([0.8, 0.95])).toEqual([80, 95]);
    expect(fractionsToPercent([0.07, 0.57])).toEqual([7, 57]);
    for (const mode of ['sales', 'headcount'] as const) expect(percentToFractions(...fractionsToPercent(DEFAULT_THRESHOLDS[mode]))).toEqual(DEFAULT_THRESHOLDS[mode]);
  });

  it('refuses limits out of order or out of range', () => {
    expect([[0, 50], [50, 50], [60, 50], [20, 101], [NaN, 50]].map(([a, b]) => percentToFractions(a!, b!))).toEqual([null, null, null, null, null]);
  });
});

describe('period dates', () => {
  it('reads yyyy-mm-dd only, and only days that exist', () => {
    expect(periodDateSerial('2024-01-15')).toBe(dateToSerial(2024, 1, 15));
    expect(['2024/01/15', '15.01.2024', '2024-1-15', '2024-02-30', '', 'soon'].map(periodDateSerial)).toEqual([null, null, null, null, null, null]);
  });
});

describe('one conversion for the pane, the command line and the saved choices', () => {
  const typed = { mode: 'headcount' as const, thresholds: [25, 60] as const, from: '2024-01-01', to: '2024-12-31' };
  const expected = { mode: 'headcount', thresholds: [0.25, 0.6], period: { from: dateToSerial(2024, 1, 1), to: dateToSerial(2024, 12, 31) } };

  it('gives the same options from the same settings', () => {
    expect(tierOptionsFromTyped(typed)).toEqual(expected);
    const choices = { ...defaultChoices('en'), tier: { mode: typed.mode, thresholds: [25, 60] as [number, number], from: typed.from, to: typed.to } };
    expect(inputColumnsRequest(choices, NOW).options).toEqual(expected);
    expect(parseRunArgs(['in.xlsx', '-o', 'out.xlsx', '--mode', 'headcount', '--thresholds', '25,60', '--from', '2024-01-01', '--to', '2024-12-31']).tier).toEqual(expected);
    expect(readDraft({ mode: 'headcount', a: '25', b: '60', from: typed.from, to: typed.to }).tier).toEqual(choices.tier);
  });

  it('gives the defaults: the saved choices\' percent are the core\'s fractions', () => {
    expect(inputColumnsRequest(defaultChoices('en'), NOW).options).toEqual(defaultTierOptions('sales'));
    expect(parseRunArgs(['in.xlsx', '-o', 'out.xlsx']).tier).toEqual(defaultTierOptions('sales'));
    expect(parseRunArgs(['in.xlsx', '-o', 'out.xlsx', '--mode', 'headcount']).tier).toEqual(defaultTierOptions('headcount'));
  });

  it('refuses the same settings in the same words, the command line adding its flag', () => {
    const badLimits = refusal(() => tierOptionsFromTyped({ ...typed, thresholds: [60, 25] })) as InputError;
    expect([badLimits.code, badLimits.message]).toEqual(['badThresholds', 'The tier limits must satisfy 0 < A < B ≤ 100, not 60 and 25.']);
    const pane = refusal(() => inputColumnsRequest({ ...defaultChoices('en'), tier: { mode: 'sales', thresholds: [60, 25] } }, NOW)) as InputError;
    expect([pane.code, pane.message]).toEqual([badLimits.code, badLimits.message]);
    const cli = refusal(() => parseRunArgs(['in.xlsx', '-o', 'out.xlsx', '--thresholds', '60,25']));
    expect(cli).toBeInstanceOf(UsageError);
    expect((cli as UsageError).message).toBe(`${badLimits.message} --thresholds takes two percentages a,b, e.g. 80,95.`);

    const badDate = refusal(() => tierOptionsFromTyped({ ...typed, to: '2024/12/31' })) as InputError;
    expect([badDate.code, badDate.args]).toEqual(['badPeriodDate', { text: '2024/12/31' }]);
    expect((refusal(() => parseRunArgs(['in.xlsx', '-o', 'out.xlsx', '--to', '2024/12/31'])) as UsageError).message)
      .toBe(`${badDate.message} --from and --to take dates as yyyy-mm-dd.`);
    expect(readDraft({ mode: 'sales', a: '80', b: '95', from: '', to: '2024/12/31' }).errors).toEqual({ to: 'pane.tiers.dateInvalid' });
  });

  it('refuses a period that ends before it starts (it would read no sales row), in the pane, the saved choices and on the command line', () => {
    const reversed = refusal(() => tierOptionsFromTyped({ ...typed, from: '2026-12-01', to: '2026-01-01' })) as InputError;
    expect([reversed.code, reversed.args, reversed.message])
      .toEqual(['periodReversed', { from: '2026-12-01', to: '2026-01-01' }, 'The period ends before it starts: from 2026-12-01 to 2026-01-01.']);
    expect(inputErrorText(reversed, 'zh-Hant')).toBe('期間迄日早於起日：2026-12-01 至 2026-01-01。');
    expect(inputErrorText(reversed, 'zh-Hans')).toBe('截止日期早于起始日期：2026-12-01 至 2026-01-01。');
    const saved = refusal(() => inputColumnsRequest({ ...defaultChoices('en'), tier: { mode: 'sales', thresholds: [80, 95], from: '2026-12-01', to: '2026-01-01' } }, NOW)) as InputError;
    expect([saved.code, saved.message]).toEqual([reversed.code, reversed.message]);
    const cli = refusal(() => parseRunArgs(['in.xlsx', '-o', 'out.xlsx', '--from', '2026-12-01', '--to', '2026-01-01', '--steps', 'tiers']));
    expect(cli).toBeInstanceOf(UsageError);
    expect((cli as UsageError).message).toBe(`${reversed.message} Give --to a date on or after --from.`);
    // The pane's period fields say so where the dates are typed, before any run.
    expect(readDraft({ mode: 'sales', a: '80', b: '95', from: '2026-12-01', to: '2026-01-01' }).errors).toEqual({ to: 'pane.tiers.periodInvalid' });
    // One day is a period.
    expect(tierOptionsFromTyped({ ...typed, from: '2026-01-01', to: '2026-01-01' }).period).toEqual({ from: dateToSerial(2026, 1, 1), to: dateToSerial(2026, 1, 1) });
  });
});
