import { initialChoice, keysOf, resolveChoice } from '../../src/taskpane/forms/customer-choice';
import { paretoPoints } from '../../src/taskpane/summary/pareto-points';
import { draftOf, readDraft } from '../../src/taskpane/tiers/tier-draft';
import { rolesToShow } from '../../src/taskpane/data/source-roles';
import { roleLabel } from '../../src/core/i18n/role-label';
import { SOURCES } from './fixtures';

describe('readDraft', () => {
  const draft = draftOf({ mode: 'sales', thresholds: [80, 95] });

  it('reads the limits in percent and the period as typed', () => {
    expect(draft).toEqual({ mode: 'sales', a: '80', b: '95', from: '', to: '' });
    expect(readDraft(draft)).toEqual({ tier: { mode: 'sales', thresholds: [80, 95] }, errors: {} });
    expect(readDraft({ ...draft, a: '70.5', from: '2025-01-01', to: '2025-01-01' }).tier).toEqual({
      mode: 'sales',
      thresholds: [70.5, 95],
      from: '2025-01-01',
      to: '2025-01-01',
    });
  });

  it('names what is wrong: limits out of order or blank, dates that are not yyyy-mm-dd, a period ending before it starts', () => {
    expect(readDraft({ ...draft, a: '95', b: '80' })).toEqual({ tier: null, errors: { thresholds: 'pane.tiers.thresholdsInvalid' } });
    expect(readDraft({ ...draft, b: '' }).errors).toEqual({ thresholds: 'pane.tiers.thresholdsInvalid' });
    expect(readDraft({ ...draft, b: '101' }).errors).toEqual({ thresholds: 'pane.tiers.thresholdsInvalid' });
    expect(readDraft({ ...draft, from: '2025/1/1', to: '2025-02-30' }).errors).toEqual({ from: 'pane.tiers.dateInvalid', to: 'pane.tiers.dateInvalid' });
    expect(readDraft({ ...draft, from: '2025-03-01', to: '2025-02-28' }).errors).toEqual({ to: 'pane.tiers.periodInvalid' });
  });
});

describe('resolveChoice', () => {
  const noRows = async () => [];
  const INITIAL = initialChoice(true);
  /** The customer sheet with its headers in row 2: customers from the (0-based) row 2 on. */
  const SHEET = { sheet: '客戶', headerRow: 2 };

  it('starts with the selected rows in Excel, and with tier A where there is no selection (the preview): never everyone', () => {
    expect(initialChoice(true)).toMatchObject({ kind: 'rows', tier: 'A' });
    expect(initialChoice(false)).toMatchObject({ kind: 'tier', tier: 'A' });
  });

  it('makes the selection for a tier, a grade, typed keys or everyone', async () => {
    const chosen = (selection: unknown) => ({ selection, noRowsSelected: false });
    expect(await resolveChoice({ ...INITIAL, kind: 'tier', tier: 'B' }, null, noRows)).toEqual(chosen({ kind: 'tier', tier: 'B' }));
    expect(await resolveChoice({ ...INITIAL, kind: 'grade', grade: 'AA' }, null, noRows)).toEqual(chosen({ kind: 'grade', grade: 'AA' }));
    expect(await resolveChoice({ ...INITIAL, kind: 'keys', keys: ' K1, 甲公司，K3、 ,' }, null, noRows)).toEqual(chosen({ kind: 'keys', keys: ['K1', '甲公司', 'K3'] }));
    expect(await resolveChoice({ ...INITIAL, kind: 'all' }, null, noRows)).toEqual(chosen({ kind: 'all' }));
    expect(keysOf(' , ')).toEqual([]);
  });

  it('asks the host for the rows selected on the customer sheet, and keeps those below its header row', async () => {
    const asked: string[] = [];
    const rows = async (sheet: string) => {
      asked.push(sheet);
      return [0, 1, 2, 4, 9];
    };
    expect(await resolveChoice(INITIAL, SHEET, rows)).toEqual({ selection: { kind: 'rows', rows: [2, 4, 9] }, noRowsSelected: false });
    expect(asked).toEqual(['客戶']);
  });

  it('takes tier A when no customer row is selected (the cursor in the title or the header, another sheet, no customer sheet yet), and says so', async () => {
    const tierA = { selection: { kind: 'tier', tier: 'A' }, noRowsSelected: true };
    expect(await resolveChoice(INITIAL, SHEET, noRows)).toEqual(tierA);
    expect(await resolveChoice(INITIAL, SHEET, async () => [0, 1])).toEqual(tierA);
    expect(await resolveChoice(INITIAL, null, noRows)).toEqual(tierA);
  });

  it('says why no run can start when no key is typed', async () => {
    expect(await resolveChoice({ ...INITIAL, kind: 'keys', keys: ' ' }, SHEET, noRows)).toEqual({ problem: { id: 'pane.forms.keysEmpty', values: {} } });
  });
});

describe('paretoPoints', () => {
  it('runs from the origin through the end of each tier to all customers and all positive sales', () => {
    expect(paretoPoints({ tiers: { A: 2, B: 3, C: 4, D: 1 }, salesByTier: { A: 800, B: 150, C: 50, D: -20 } })).toEqual([
      { customers: 0, sales: 0, tier: null },
      { customers: 0.2, sales: 0.8, tier: 'A' },
      { customers: 0.5, sales: 0.95, tier: 'B' },
      { customers: 0.9, sales: 1, tier: 'C' },
      { customers: 1, sales: 1, tier: 'D' },
    ]);
  });

  it('leaves out empty tiers, and has no curve without customers or positive sales', () => {
    expect(paretoPoints({ tiers: { A: 1, B: 0, C: 1, D: 0 }, salesByTier: { A: 3, B: 0, C: 1, D: 0 } })?.map((p) => p.tier)).toEqual([null, 'A', 'C']);
    expect(paretoPoints({ tiers: { A: 0, B: 0, C: 0, D: 0 }, salesByTier: { A: 0, B: 0, C: 0, D: 0 } })).toBeNull();
    expect(paretoPoints({ tiers: { A: 0, B: 0, C: 0, D: 2 }, salesByTier: { A: 0, B: 0, C: 0, D: -3 } })).toBeNull();
  });
});

describe('the Data section roles', () => {
  it('shows the key roles, then every other recognised column in sheet order', () => {
    expect(rolesToShow(SOURCES.customers!, ['customerId', 'customerName'])).toEqual(['customerId', 'customerName', 'totalAssets', 'rating:bankCredit']);
  });

  it('names every role from the dictionary', () => {
    expect(roleLabel('amount', 'zh-Hans')).toBe('金额');
    expect(roleLabel('rating:peerStanding', 'zh-Hant')).toBe('評等：同業信用評價');
    expect(roleLabel('principalName', 'en')).toBe('Principal');
    expect(roleLabel('openingTotalAssets', 'en')).toBe('Opening total assets');
  });
});
