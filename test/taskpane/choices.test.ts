import { withColumn, withSheet } from '../../src/taskpane/choices/change-overrides';
import { defaultChoices, defaultThresholds } from '../../src/taskpane/choices/default-choices';
import { readChoices } from '../../src/taskpane/choices/read-choices';
import { CHOICES } from './fixtures';

describe('defaultChoices', () => {
  it('recognises everything, tiers by sales at 80/95 percent, both forms in the pane language one sheet per customer', () => {
    expect(defaultChoices('zh-Hans')).toEqual({ overrides: {}, tier: { mode: 'sales', thresholds: [80, 95] }, forms: { kinds: ['survey', 'authorization'], lang: 'zh-Hans', batch: true } });
    expect(defaultThresholds('headcount')).toEqual([20, 50]);
  });
});

describe('withSheet and withColumn', () => {
  it('chooses a sheet and drops the column choices made on the previous one', () => {
    const next = withSheet({ customerSheet: 'A', customerColumns: { customerId: 'C' }, salesColumns: { amount: 'D' } }, 'customerSheet', 'B');
    expect(next).toEqual({ customerSheet: 'B', salesColumns: { amount: 'D' } });
    expect(withSheet(next, 'customerSheet', null)).toEqual({ salesColumns: { amount: 'D' } });
    expect(withSheet({ financialsSheet: 'F', customerColumns: { customerId: 'C' } }, 'financialsSheet', null)).toEqual({ customerColumns: { customerId: 'C' } });
  });

  it('keeps the column choices when the same sheet is chosen again', () => {
    const overrides = { salesSheet: 'S', salesColumns: { amount: 'D' } };
    expect(withSheet(overrides, 'salesSheet', 'S')).toEqual(overrides);
  });

  it('chooses a column by letter, and back to automatic', () => {
    const one = withColumn({}, 'salesColumns', 'amount', 'E');
    expect(one).toEqual({ salesColumns: { amount: 'E' } });
    expect(withColumn(one, 'salesColumns', 'date', 'A')).toEqual({ salesColumns: { amount: 'E', date: 'A' } });
    expect(withColumn(one, 'salesColumns', 'amount', null)).toEqual({});
  });
});

describe('readChoices', () => {
  it('reads back what was saved (through JSON, as document settings and files keep it)', () => {
    expect(readChoices(JSON.parse(JSON.stringify(CHOICES)))).toEqual(CHOICES);
    const { from: _from, to: _to, ...noPeriod } = CHOICES.tier;
    expect(readChoices({ ...CHOICES, tier: noPeriod })).toEqual({ ...CHOICES, tier: noPeriod });
  });

  it('refuses malformed choices, naming what is wrong', () => {
    expect(() => readChoices('x')).toThrow('the saved choices are not an object');
    expect(() => readChoices({ ...CHOICES, overrides: { salesSheet: 3 } })).toThrow('the saved sheet and column choices are malformed');
    expect(() => readChoices({ ...CHOICES, overrides: { salesColumns: { amount: 1 } } })).toThrow('the saved sheet and column choices are malformed');
    expect(() => readChoices({ ...CHOICES, tier: { ...CHOICES.tier, mode: 'size' } })).toThrow('the saved tier mode is malformed');
    expect(() => readChoices({ ...CHOICES, tier: { ...CHOICES.tier, thresholds: [80] } })).toThrow('the saved tier limits are malformed');
    expect(() => readChoices({ ...CHOICES, tier: { ...CHOICES.tier, from: 20250101 } })).toThrow('the saved period is malformed');
    expect(() => readChoices({ ...CHOICES, forms: { lang: 'fr', batch: false } })).toThrow('the saved form choices are malformed');
    expect(() => readChoices({ ...CHOICES, forms: { ...CHOICES.forms, kinds: [] } })).toThrow('the saved form types are malformed');
    expect(() => readChoices({ ...CHOICES, forms: { ...CHOICES.forms, kinds: ['invoice'] } })).toThrow('the saved form types are malformed');
  });

  it('reads choices saved before form types could be chosen as both forms, and keeps the forms in their usual order', () => {
    const { kinds: _kinds, ...older } = CHOICES.forms;
    expect(readChoices({ ...CHOICES, forms: older }).forms.kinds).toEqual(['survey', 'authorization']);
    expect(readChoices({ ...CHOICES, forms: { ...older, kinds: ['authorization', 'survey', 'survey'] } }).forms.kinds).toEqual(['survey', 'authorization']);
  });
});
