import { DEFAULT_STEPS } from '../../src/app/run-steps';
import { cliErrorText } from '../../src/cli/flag-hints';
import { InputError } from '../../src/core/problems';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { changedParts } from '../support/package-diff';
import { columnBelow, failThroughFile, makeWorkbook, runThroughFile, sampleBytes, snapshot } from '../support/workbooks';
import { reasonOf } from '../support/reason-of';

describe('the credit step in a workbook', () => {
  test('creates the scorecard once, and a second run leaves the workbook identical', async () => {
    const first = await runThroughFile(sampleBytes());
    expect(first.summary.credit).toMatchObject({ scorecardSheet: '信用評分表', scorecardCreated: true, financialsSheet: '客戶資料' });
    const second = await runThroughFile(first.bytes);
    expect(second.summary.credit?.scorecardCreated).toBe(false);
    expect(second.summary.credit?.grades).toEqual(first.summary.credit?.grades);
    expect(changedParts(first.bytes, second.bytes)).toEqual([]);
    expect(snapshot(second.wb)).toEqual(snapshot(first.wb));
    expect(second.wb.worksheets.map((w) => w.name)).toEqual(['客戶資料', '銷售明細', '應收帳款', '說明', '信用評分表']);
  });

  test('an invalid scorecard stops the step with every problem by cell, and nothing is written', async () => {
    const { wb } = await runThroughFile(sampleBytes());
    const sc = wb.getWorksheet('信用評分表')!;
    sc.getCell('B14').value = 1.2; // quick ratio band 2 above band 1 (bands are listed worst first: band 1 is B15)
    sc.getCell('B56').value = -3; // a negative weight
    sc.getCell('B112').value = 95; // AA above AAA
    sc.getCell('B128').value = null; // a level without an amount
    const { error, changed } = await failThroughFile(wb);
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).message;
    expect(message).toMatch(/信用評分表!B14: Quick ratio bands out of order/);
    expect(message).toMatch(/信用評分表!B56: weight of Sales ability: must not be below 0/);
    expect(message).toMatch(/信用評分表!B112: grades not descending/);
    expect(message).toMatch(/信用評分表!B128: approval level "直銷部經理" has no maximum amount/);
    expect(changed).toEqual([]);
  });

  test('an English workbook gets a "Credit Scorecard" sheet and English labels; n/a for missing statements', async () => {
    const { summary, wb } = await runThroughFile(makeWorkbook([
      { name: 'Clients', rows: [['Customer ID', 'Current assets', 'Inventories', 'Current liabilities', 'Sales ability'], ['A1', 200, 50, 100, 'excellent'], ['A2', null, null, 0, 7]] },
      { name: 'Ledger', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'A1', 1200000], [46001, 'A2', 10]] },
    ]));
    expect(summary.credit?.scorecardSheet).toBe('Credit Scorecard');
    expect(columnBelow(wb, 'Clients', 'Quick ratio').map((v) => (typeof v === 'object' && v ? (v as { result: unknown }).result : v))).toEqual([1.5, 'n/a']);
    expect(summary.credit?.missingInputs).toMatchObject({ quickRatio: 1, debtRatio: 2, 'rating:salesAbility': 1, 'rating:principal': 2 });
    expect(summary.problems).toContainEqual({ sheet: 'Clients', cell: 'E3', code: 'badRating', args: { value: '7' } });
    expect(reasonOf(summary.problems.find((p) => p.cell === 'E3')!)).toBe('rating 7 is not 1–5 or a rating word: counted as missing');
  });

  test('a made customer list that gets shorter leaves no credit results on the rows it no longer has', async () => {
    const first = await runThroughFile(makeWorkbook([{ name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'K1', 900], [46000, 'K2', 90], [46100, 'K3', 10]] }]));
    expect(first.wb.getWorksheet('Customers')!.getRow(4).cellCount).toBeGreaterThan(10);
    // K3's only sale is gone: two customers, so row 4 (K3's) is cleared.
    const sales = first.wb.getWorksheet('Sales')!;
    for (let c = 1; c <= 3; c++) sales.getCell(4, c).value = null;
    const { wb } = await runThroughFile(first.wb, { steps: DEFAULT_STEPS, options: defaultTierOptions() });
    const ws = wb.getWorksheet('Customers')!;
    expect(columnBelow(wb, 'Customers', 'Customer ID').slice(0, 2)).toEqual(['K1', 'K2']);
    expect((ws.getRow(4).values as unknown[]).filter((v) => v !== null && v !== undefined)).toEqual([]);
  });

  test('a sale whose date cannot be read counts in net sales and is reported as left out of the 12-month average', async () => {
    const { summary, wb } = await runThroughFile(makeWorkbook([
      { name: 'Customers', rows: [['Customer ID'], ['K1']] },
      { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'K1', 1200], ['someday', 'K1', 1200], [46001, 'K1', 1200]] },
    ]));
    expect(columnBelow(wb, 'Customers', 'Net sales')).toEqual([3600]);
    // The header states the 12 months the average covers: to the month of the last dated sale (46001 is 2025-12-10).
    expect(columnBelow(wb, 'Customers', 'Avg monthly sales (12 m to 2025-12)')).toEqual([200]);
    expect(summary.problems).toContainEqual(expect.objectContaining({ sheet: 'Sales', cell: 'A3', code: 'undatedSale', args: { value: '"someday"' } }));
  });

  test('a statement figure named by two headers is refused, naming both columns, and nothing is written', async () => {
    const wb = makeWorkbook([
      { name: 'Clients', rows: [['Customer ID', 'Total liabilities', 'Liabilities', 'Total assets'], ['A1', 40, 41, 100]] },
      { name: 'Ledger', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'A1', 1200]] },
    ]);
    const { error, changed } = await failThroughFile(wb);
    const refused = error as InputError;
    expect(refused).toBeInstanceOf(InputError);
    expect(refused.code).toBe('ambiguousColumn');
    expect(refused.candidates).toEqual(['B', 'C']);
    expect(refused.message).toBe('Sheet “Clients” has 2 columns for “Total liabilities”: B (Total liabilities), C (Liabilities).');
    expect(cliErrorText(refused)).toMatch(/ Choose one with --customer-column totalLiabilities=<column>\.$/);
    expect(changed).toEqual([]);
  });

  test('each customer lacking inputs is listed by ID and name with its own Missing inputs cell, which names the gaps', async () => {
    const { summary, wb } = await runThroughFile(makeWorkbook([
      {
        name: 'Clients',
        rows: [
          ['Customer ID', 'Customer name', 'Current assets', 'Inventories', 'Current liabilities', 'Total liabilities', 'Total assets'],
          ['A1', 'Alpha', 200, 50, 100, 40, 100],
          ['A2', 'Beta', null, null, 0, 40, 100],
          ['A3', null, 300, 20, 100, null, null],
        ],
      },
      { name: 'Ledger', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'A1', 1200], [46001, 'A2', 10], [46002, 'A3', 10]] },
    ]));
    const credit = summary.credit!;
    expect(credit.customersWithMissing).toBe(3); // no customer has ratings, sales figures or opening assets
    expect(credit.missingCustomers.map((c) => [c.id, c.name])).toEqual([['A1', 'Alpha'], ['A2', 'Beta'], ['A3', null]]);
    expect(credit.missingCustomers[1]!.inputs).toContain('quickRatio');
    expect(credit.missingCustomers[0]!.inputs).not.toContain('quickRatio');
    expect(credit.missingCustomers[2]!.inputs).toContain('debtRatio');
    const ws = wb.getWorksheet('Clients')!;
    credit.missingCustomers.forEach((c, i) => {
      expect(c.cell).toMatch(new RegExp(`^[A-Z]+${i + 2}$`));
      expect(ws.getCell(c.cell.replace(/\d+$/, '1')).value).toMatch(/^Missing inputs \(run \d{4}-\d\d-\d\d\)$/);
    });
    expect(String(ws.getCell(credit.missingCustomers[1]!.cell).value)).toMatch(/Quick ratio \(up to 10 points\)/);
    expect(String(ws.getCell(credit.missingCustomers[0]!.cell).value)).not.toMatch(/Quick ratio/);
  });

  test('statements on a separate sheet with several periods: the latest is used, and the formulas point there', async () => {
    const { summary, wb } = await runThroughFile(makeWorkbook([
      { name: '客户', rows: [['客户编号', '客户名称'], ['K1', '甲'], ['K2', '乙']] },
      { name: '财务', rows: [['客户编号', '年度', '负债总额', '资产总额'], ['K1', 2025, 60, 100], ['K1', 2024, 10, 100], ['K2', 2025, '1,000', 100]] },
      { name: '销售', rows: [['日期', '客户编号', '金额'], [46000, 'K1', 100]] },
    ]));
    expect(summary.credit).toMatchObject({ financialsSheet: '财务', severalPeriods: 1, scorecardSheet: '信用评分表' });
    const debt = wb.getWorksheet('客户')!.getCell('J2').value as { formula: string; result: unknown };
    expect(wb.getWorksheet('客户')!.getCell('J1').value).toBe('资产负债率');
    expect(debt.result).toBe(0.6);
    // Looked up by the statement's row (an owned value column) in the defined names over the financials columns.
    expect(debt.formula).toContain('INDEX(CreditDesk_FigureTotalLiabilities,$S2)');
    expect(debt.formula).toContain('MAX(0,INDEX(CreditDesk_FigureTotalAssets,$S2))');
    expect(wb.getWorksheet('客户')!.getCell('S1').value).toBe('财务数据行');
    expect([2, 3].map((r) => wb.getWorksheet('客户')!.getCell(`S${r}`).value)).toEqual([2, 4]);
    expect(summary.problems).toContainEqual(expect.objectContaining({ sheet: '财务', cell: 'C4', code: 'textFigure', args: { value: '"1,000"' } }));
  });

  test('a balance-sheet figure below zero is reported by cell and scored as given; a net loss is not reported', async () => {
    const { summary, wb } = await runThroughFile(makeWorkbook([
      { name: 'Clients', rows: [['Customer ID', 'Quick assets', 'Current liabilities', 'Net profit', 'Sales revenue'], ['A1', -500, 100, -20, 1000], ['A2', 300, 100, 10, 1000]] },
      { name: 'Ledger', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'A1', 100], [46001, 'A2', 10]] },
    ]));
    const negative = summary.problems.filter((p) => p.code === 'negativeFigure');
    expect(negative).toEqual([expect.objectContaining({ sheet: 'Clients', cell: 'B2', args: { value: '-500' } })]);
    expect(reasonOf(negative[0]!)).toBe('-500 is below zero, which this statement figure never is: the ratios use it as given; check the statement');
    // Used as given: the quick ratio is -500 / 100.
    const quick = columnBelow(wb, 'Clients', 'Quick ratio')[0] as unknown as { result: number };
    expect(quick.result).toBe(-5);
  });

  test('refuses when a column the credit step needs holds user data, and writes nothing (not even the tiers)', async () => {
    const wb = makeWorkbook([
      { name: 'C', rows: [['Customer ID', 'Notes'], ['A1', 'x']] },
      { name: 'S', rows: [['Customer ID', 'Amount'], ['A1', 5]] },
    ]);
    wb.getWorksheet('C')!.getCell('J2').value = 'my data';
    const { error, changed } = await failThroughFile(wb);
    expect((error as InputError).message).toMatch(/column J of sheet “C” for “Debt ratio”, but cell J2 of that column holds your data \("my data"\)/);
    expect(changed).toEqual([]);
  });
});
