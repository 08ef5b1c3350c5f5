import { runSteps } from '../../src/app/run-steps';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { loadWorkbook } from '../../src/ports/xlsx/xlsx-file';
import { createXlsxPort } from '../../src/ports/xlsx/xlsx-port';
import { roundTrip, SAMPLE, snapshot } from '../support/workbooks';

describe('the bundled sample through the .xlsx port', () => {
  test('tiers 300 customers, reports the deliberate bad rows by cell, and a second run after saving changes nothing', async () => {
    const wb = await loadWorkbook(SAMPLE);
    const before = snapshot(wb);
    const summary = await runSteps(createXlsxPort(wb), { steps: ['tiers'], options: defaultTierOptions() });
    expect(summary).toMatchObject({ customerSheet: '客戶資料', salesSheet: '銷售明細', derivedCustomerSheet: false, customers: 300, duplicateKeys: ['C0123'] });
    expect(summary.problems.map((p) => `${p.sheet}!${p.cell}`).sort()).toEqual(
      ['客戶資料!A204', '銷售明細!C12006', '銷售明細!C2002', '銷售明細!H4003', '銷售明細!H8004'].sort(),
    );
    expect(summary.tiers.D).toBeGreaterThanOrEqual(12);

    const saved = await roundTrip(wb);
    const after = snapshot(saved);
    for (const [addr, cell] of before.cells) {
      if (!addr.startsWith('客戶資料!')) expect([addr, after.cells.get(addr)]).toEqual([addr, cell]);
    }
    expect((after.tables as Record<string, unknown>).SalesLedger).toEqual((before.tables as Record<string, unknown>).SalesLedger);
    await runSteps(createXlsxPort(saved), { steps: ['tiers'], options: defaultTierOptions() });
    expect(snapshot(await roundTrip(saved))).toEqual(after);
  });
});
