import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { changedParts } from '../support/package-diff';
import { readBack, runThroughFile, sampleBytes, snapshot } from '../support/workbooks';

describe('the bundled sample through the .xlsx port', () => {
  test('tiers 300 customers, reports the deliberate bad rows by cell, and a second run after saving changes nothing', async () => {
    const input = sampleBytes();
    const before = snapshot(await readBack(input));
    const first = await runThroughFile(input, { steps: ['tiers'], options: defaultTierOptions() });
    const summary = first.summary;
    expect(summary).toMatchObject({ customerSheet: '客戶資料', salesSheet: '銷售明細', derivedCustomerSheet: false, customers: 300, duplicateKeys: ['C0123'] });
    expect(summary.problems.map((p) => `${p.sheet}!${p.cell}`).sort()).toEqual(
      ['客戶資料!A204', '銷售明細!C12006', '銷售明細!C2002', '銷售明細!H4003', '銷售明細!H8004'].sort(),
    );
    expect(summary.tiers.D).toBeGreaterThanOrEqual(12);

    const after = snapshot(first.wb);
    for (const [addr, cell] of before.cells) {
      if (!addr.startsWith('客戶資料!')) expect([addr, after.cells.get(addr)]).toEqual([addr, cell]);
    }
    expect((after.tables as Record<string, unknown>).SalesLedger).toEqual((before.tables as Record<string, unknown>).SalesLedger);
    const second = await runThroughFile(first.bytes, { steps: ['tiers'], options: defaultTierOptions() });
    expect(changedParts(first.bytes, second.bytes)).toEqual([]);
    expect(snapshot(second.wb)).toEqual(after);
  });
});
