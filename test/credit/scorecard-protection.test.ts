import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { makeWorkbook, runThroughFile } from '../support/workbooks';

const book = () => makeWorkbook([
  { name: 'Customers', rows: [['Customer ID', 'Total assets', 'Total liabilities'], ['K1', 1000, 400]] },
  { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'K1', 1200]] },
]);

describe('a new scorecard sheet', () => {
  test('is protected without a password, its yellow inputs unlocked and validated, and prints on one page', async () => {
    const { wb } = await runThroughFile(book(), { steps: ['tiers', 'credit'], options: defaultTierOptions() });
    const sc = wb.getWorksheet('Credit Scorecard')!;
    const model = sc as unknown as { sheetProtection?: { sheet?: boolean; algorithmName?: string }; dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> } };
    expect(model.sheetProtection?.sheet).toBe(true);
    expect(model.sheetProtection?.algorithmName).toBeUndefined();
    // The first factor's weight (B54) and credit months (B121) are inputs; a label (A54) and the title are not.
    expect(sc.getCell('A54').value).toBe("Principal's credibility");
    expect([sc.getCell('B54').protection?.locked, sc.getCell('B121').protection?.locked]).toEqual([false, false]);
    expect([sc.getCell('A54').protection?.locked ?? true, sc.getCell('A1').protection?.locked ?? true]).toEqual([true, true]);
    const validations = model.dataValidations.model;
    expect(validations.B54).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    expect(validations.B121).toMatchObject({ type: 'decimal', formulae: [0, 36] });
    expect(validations.L2).toMatchObject({ type: 'whole', formulae: [1, 36500] });
    expect(sc.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
  });

  test('shows the points on offer, live: 40 from the best bands and 60 from the weights make 100', async () => {
    const { wb } = await runThroughFile(book(), { steps: ['tiers', 'credit'], options: defaultTierOptions() });
    const sc = wb.getWorksheet('Credit Scorecard')!;
    const cell = (a: string) => sc.getCell(a).value as { formula: string; result: number };
    expect(sc.getCell('E1').value).toBe('Points on offer');
    expect([cell('F2').result, cell('F3').result, cell('F4').result]).toEqual([40, 60, 100]);
    expect(cell('F3').formula).toBe('SUM(B54:B64,B66:B74)');
    expect(cell('F4').formula).toBe('F2+F3');
  });
});
